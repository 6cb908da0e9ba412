#!/usr/bin/env bash
# The catalogues are complete and current: po/samenspel.pot is what the sources give (run
# scripts/update-po.sh after changing a text), every text in it has a Dutch translation in
# po/nl.po, and msgfmt accepts nl.po with its format and plural checks.
set -euo pipefail
cd "$(dirname "$0")/../.."
fresh=$(mktemp)
trap 'rm -f "$fresh"' EXIT
tests/po/extract.sh "$fresh"
if ! diff -q po/samenspel.pot "$fresh" > /dev/null; then
  diff -u po/samenspel.pot "$fresh" | head -40
  echo "po/samenspel.pot is out of date: run scripts/update-po.sh"
  exit 1
fi
msgcmp po/nl.po po/samenspel.pot
stats=$(msgfmt --check --statistics -o /dev/null po/nl.po 2>&1)
case $stats in
  *untranslated* | *fuzzy*) echo "po/nl.po: $stats"; exit 1 ;;
esac
echo "po: ${stats%.} in po/nl.po; the template is current"
