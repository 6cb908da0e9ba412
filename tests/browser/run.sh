#!/usr/bin/env bash
# The reports as readers meet them. Writes the demo's HTML reports (every depth, Dutch and
# English, a round with an earlier one and a first round) into a temporary folder, then
#   run.sh BUILD_DIR validity   the Nu HTML checker (vnu.jar) must find no error;
#   run.sh BUILD_DIR browser    Debian's chromium renders them (tests/browser/check_report.mjs).
# The tools come from scripts/install-deps.sh (chromium, a Java runtime, npm ci here).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "$1" && pwd)
mode=$2
samenspel=$build/app/cli/samenspel
vnu=$here/node_modules/vnu-jar/build/dist/vnu.jar
missing() { echo "run.sh: $1 is missing; run scripts/install-deps.sh (it installs the browser test tools)" >&2; exit 1; }
[ -x "$samenspel" ] || missing "$samenspel (build first)"
[ -d "$here/node_modules/playwright-core" ] && [ -f "$vnu" ] || missing "tests/browser/node_modules"
command -v java > /dev/null || missing "java (default-jre-headless)"
command -v "${CHROMIUM:-chromium}" > /dev/null || missing "chromium"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/demo.samenspel
"$samenspel" --db "$db" demo > /dev/null
files=()
for lang in nl en; do
  for depth in full workshop aggregate; do
    "$samenspel" --db "$db" --lang "$lang" report --assessment 4 --depth "$depth" --format html \
      --advisor "A. Adviseur" -o "$work/noorderhaven-$depth-$lang.html" > /dev/null
    files+=("$work/noorderhaven-$depth-$lang.html")
  done
done
"$samenspel" --db "$db" report --assessment 1 --format html -o "$work/maasoever-full-nl.html" > /dev/null
files+=("$work/maasoever-full-nl.html")

case $mode in
  validity)
    # --errors-only: warnings are advice; an error is invalid HTML.
    java -jar "$vnu" --errors-only "${files[@]}"
    echo "vnu: ${#files[@]} files, no errors"
    ;;
  browser)
    node "$here/check_report.mjs" --expect "Noorderhaven Ziekenhuis" --expect "A. Adviseur" "${files[@]:0:6}"
    node "$here/check_report.mjs" --expect "Ziekenhuis Maasoever" "${files[6]}"
    ;;
  *) echo "usage: run.sh BUILD_DIR validity|browser" >&2; exit 2 ;;
esac
