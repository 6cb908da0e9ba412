#!/usr/bin/env bash
# README command two (and CI): install what is missing, build with warnings as errors, and run
# every test through ctest, then every fuzz target for SAMENSPEL_FUZZ_SECONDS (default 60; 0
# skips) in build-fuzz/. Starts Xvfb for the GUI test when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh -DSAMENSPEL_WERROR=ON
if [ -z "${DISPLAY:-}" ] && command -v Xvfb > /dev/null; then
  display=:$((90 + RANDOM % 100))
  Xvfb "$display" -screen 0 1920x1080x24 -nolisten tcp > /dev/null 2>&1 &
  xvfb_pid=$!
  trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
  export DISPLAY=$display
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
fi
ctest --test-dir build --output-on-failure -j2
fuzz_seconds=${SAMENSPEL_FUZZ_SECONDS:-60}
if [ "$fuzz_seconds" -gt 0 ]; then
  # Two targets at a time: ctest is done, so each has a core of its own.
  SAMENSPEL_FUZZ_PARALLEL=${SAMENSPEL_FUZZ_PARALLEL:-2} bash tests/fuzz/run.sh build-fuzz "$fuzz_seconds"
fi
