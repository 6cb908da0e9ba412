#!/usr/bin/env bash
# Benchmark: start-up of the desktop program to a usable window on the demo database (process
# start to the main window shown and idle), five times; prints each and the median. Needs an X
# display (e.g. Xvfb :99 and DISPLAY=:99). Target: under 1 s.
set -euo pipefail
cli=$1 gui=$2 folder=$3
db="$folder/startup.samenspel"
rm -f "$db" "$db"-wal "$db"-shm
"$cli" --db "$db" demo > /dev/null
times=()
for i in 1 2 3 4 5; do
  start=$(date +%s%N)
  "$gui" "$db" --ready-exit 2> /dev/null
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "start-up to a usable window (demo database): ${times[*]} ms; median ${sorted[2]} ms (target: 1000 ms)"
