#!/usr/bin/env bash
# Runs the benchmarks and prints their figures (not part of the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target bench_import bench_score bench_sweep bench_report bench_workshop bench_national samenspel
if [ -x build/app/gui/samenspel-gui ]; then cmake --build build --target bench_results samenspel-gui samenspel; fi
folder=${TMPDIR:-/tmp}/samenspel-bench
mkdir -p "$folder"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for rows in 100000 400000; do
  build/tests/bench/bench_import "$rows" "$folder"
done
build/tests/bench/bench_score "$folder"   # builds national.samenspel on its first run
build/tests/bench/bench_score "$folder"
echo "plain SQL aggregation in the sqlite3 shell on the same file:"
sqlite3 "$folder/national.samenspel" < tests/bench/national_scores.sql
build/tests/bench/bench_sweep
build/tests/bench/bench_report
# The ministry: 30 and 120 hospitals of 5 rounds each (memory should not grow with them).
build/tests/bench/bench_national 30 5 "$folder"
build/tests/bench/bench_national 120 5 "$folder"
# 60 phones in one room: quicker than people (300 ms between answers), then as fast as they can.
build/tests/bench/bench_workshop build/app/cli/samenspel "$folder" 60 300
build/tests/bench/bench_workshop build/app/cli/samenspel "$folder" 60 0
if [ -x build/tests/bench/bench_results ]; then
  build/tests/bench/bench_results "$folder"
  if [ -n "${DISPLAY:-}" ]; then
    tests/bench/gui_startup.sh build/app/cli/samenspel build/app/gui/samenspel-gui "$folder"
  else
    echo "start-up benchmark skipped: no X display (start Xvfb :99 and set DISPLAY=:99)"
  fi
fi
