#!/usr/bin/env bash
# The reports as readers meet them. Writes the demo's HTML reports (every depth, Dutch and
# English, a round with an earlier one and a first round) into a temporary folder, then
#   run.sh BUILD_DIR validity   the Nu HTML checker (vnu.jar) must find no error;
#   run.sh BUILD_DIR browser    Debian's chromium renders them (tests/browser/check_report.mjs);
#   run.sh BUILD_DIR workshop   a phone in chromium takes part in a served workshop
#                               (check_workshop.mjs), and the served pages are valid HTML.
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
server=
trap '[ -z "$server" ] || kill "$server" 2> /dev/null; rm -rf "$work"' EXIT
db=$work/demo.samenspel
"$samenspel" --db "$db" demo > /dev/null
if [ "$mode" = workshop ]; then
  # The command a facilitator runs, on the loopback address at a free port, until it is stopped.
  "$samenspel" --db "$db" workshop serve --assessment 4 --bind 127.0.0.1 --port 0 > "$work/serve.txt" 2>&1 &
  server=$!
  for _ in $(seq 50); do grep -q "/s/" "$work/serve.txt" && break; sleep 0.1; done
  url=$(grep -o 'http://[^ ]*/s/[^ ]*' "$work/serve.txt" | head -1)
  [ -n "$url" ] || { cat "$work/serve.txt"; echo "run.sh: the server printed no address" >&2; exit 1; }
  shots=${SCREENSHOTS:-$build/tests/browser/workshop}
  mkdir -p "$shots"
  curl -fsS "$url" > "$work/participant.html"
  curl -fsS "${url%%/s/*}/" > "$work/landing.html"
  java -jar "$vnu" --errors-only "$work/participant.html" "$work/landing.html"
  result=$(node "$here/check_workshop.mjs" "$url" "$shots")
  code=${result%% *}
  # The answers the phone gave are in the file, under its code, once stopped.
  kill -INT "$server"; wait "$server"; server=
  stored=$(sqlite3 "$db" "SELECT count(*) FROM answers a JOIN respondents r ON r.id = a.respondent_id WHERE r.code = '$code'")
  echo "workshop: $result; $stored answers stored for $code; $(tail -1 "$work/serve.txt")"
  [ "$stored" -ge 4 ] || { echo "run.sh: expected at least 4 stored answers for $code" >&2; exit 1; }
  # Live questions: the facilitator's page steers, three phones answer the pulse.
  "$samenspel" --db "$db" workshop serve --assessment 4 --bind 127.0.0.1 --port 0 --live > "$work/live.txt" 2>&1 &
  server=$!
  for _ in $(seq 50); do grep -q "/f/" "$work/live.txt" && break; sleep 0.1; done
  url=$(grep -o 'http://[^ ]*/s/[^ ]*' "$work/live.txt" | head -1)
  facilitator=$(grep -o 'http://[^ ]*/f/[^ ]*' "$work/live.txt" | head -1)
  curl -fsS "$facilitator" > "$work/facilitator.html"
  java -jar "$vnu" --errors-only "$work/facilitator.html"
  node "$here/check_workshop_live.mjs" "$url" "$facilitator" "$shots"
  # Ended from the facilitator's page: the server stops by itself after its 4 s of grace.
  for _ in $(seq 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$server" 2>/dev/null; then echo "run.sh: the server still runs 10 s after the session was ended" >&2; exit 1; fi
  wait "$server"; server=
  live=$(sqlite3 "$db" "SELECT count(*) FROM live_answers")
  echo "live: $live answers in the file"
  [ "$live" -eq 21 ] || { echo "run.sh: expected 21 live answers (3 phones, 7 elements)" >&2; exit 1; }
  exit 0
fi
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
# The ministry's national report from the forty demo hospitals, in both languages.
"$samenspel" --db "$work/vws.samenspel" demo --national --packages "$work/packages" > /dev/null
for lang in nl en; do
  "$samenspel" --db "$work/vws.samenspel" --lang "$lang" compare report -o "$work/national-$lang.html" > /dev/null
  files+=("$work/national-$lang.html")
done

case $mode in
  validity)
    # --errors-only: warnings are advice; an error is invalid HTML.
    java -jar "$vnu" --errors-only "${files[@]}"
    echo "vnu: ${#files[@]} files, no errors"
    ;;
  browser)
    node "$here/check_report.mjs" --expect "Noorderhaven Ziekenhuis" --expect "A. Adviseur" "${files[@]:0:6}"
    node "$here/check_report.mjs" --expect "Ziekenhuis Maasoever" "${files[6]}"
    node "$here/check_report.mjs" --expect "FMS" --expect "NZa" --expect "40" "${files[@]:7:2}"
    ;;
  *) echo "usage: run.sh BUILD_DIR validity|browser" >&2; exit 2 ;;
esac
