#!/usr/bin/env bash
# The desktop program in a real window: open the demo database, save a screenshot, check it.
# Needs an X display ($DISPLAY, e.g. Xvfb started by .ci/run); without one it runs under
# xvfb-run when that exists, else reports "skipped" (77).
set -euo pipefail
cli=$1 gui=$2 out=$3
mkdir -p "$out"
db="$out/demo.samenspel"
rm -f "$db" "$db"-wal "$db"-shm
"$cli" --db "$db" demo > /dev/null
run() {
  if [ -n "${DISPLAY:-}" ]; then "$@"
  elif command -v xvfb-run > /dev/null; then xvfb-run -a -s "-screen 0 1366x768x24" "$@"
  else echo "no X display and no xvfb-run: skipped"; exit 77
  fi
}
for lang in nl en; do
  png="$out/main-window-$lang.png"
  rm -f "$png"
  SAMENSPEL_LANG=$lang run "$gui" "$db" --screenshot "$png"
  [ -s "$png" ] || { echo "no screenshot written: $png"; exit 1; }
  size=$(stat -c %s "$png")
  # An empty or black window compresses to almost nothing; a window with text does not.
  [ "$size" -gt 5000 ] || { echo "screenshot $png is suspiciously small ($size bytes)"; exit 1; }
  echo "screenshot $png ($size bytes)"
done
