#!/usr/bin/env bash
# README command one: install what is missing, build, fill the demo database and show it:
# the desktop program when a display is available, else the demo rounds' scores.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
cli=build/app/cli/samenspel
db=build/demo.samenspel
"$cli" --db "$db" demo
if [ -n "${DISPLAY:-}" ] && [ -x build/app/gui/samenspel-gui ]; then
  echo "Starting the desktop program: build/app/gui/samenspel-gui $db"
  exec build/app/gui/samenspel-gui "$db"
fi
for id in $("$cli" --db "$db" assessment list --format csv | tail -n +2 | cut -d, -f1); do
  echo
  "$cli" --db "$db" score --assessment "$id"
done
echo
echo "No display found. On a desktop, start the program with: build/app/gui/samenspel-gui $db"
