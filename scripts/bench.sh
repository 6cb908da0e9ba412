#!/usr/bin/env bash
# Runs the benchmarks and prints their figures (not part of the tests).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build build --target bench_import
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
for rows in 100000 400000; do
  build/tests/bench/bench_import "$rows"
done
