#!/usr/bin/env bash
# Writes the template of every text marked for translation (tx, txn, txc) in the sources to $1,
# without the creation date, so that the same sources always give the same file.
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t sources < <(find core db reports app -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort)
xgettext --from-code=UTF-8 --language=C++ --keyword= --keyword=tx --keyword=txn:1,2 --keyword=txc:1c,2 \
  --flag=tx:1:no-c-format --flag=txn:1:no-c-format --flag=txn:2:no-c-format --flag=txc:2:no-c-format \
  --no-wrap --add-comments=TRANSLATORS --sort-by-file --package-name=samenspel --msgid-bugs-address=samenspel@example.invalid \
  --output=- "${sources[@]}" | grep -v '^"POT-Creation-Date:' > "$1"
