#!/usr/bin/env bash
# For developers: after adding or changing texts marked with tx(), txn() or txc(), extracts them
# into po/samenspel.pot and merges them into po/nl.po (new texts arrive untranslated; translate
# them in Poedit or any editor). The build and tests/po/check.sh then check the catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
tests/po/extract.sh po/samenspel.pot
msgmerge --quiet --update --backup=none --no-fuzzy-matching --no-wrap po/nl.po po/samenspel.pot
msgattrib --no-obsolete --no-wrap -o po/nl.po po/nl.po
msgfmt --check --statistics -o /dev/null po/nl.po
