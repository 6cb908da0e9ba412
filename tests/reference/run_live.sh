#!/usr/bin/env bash
# Runs the R reference afresh and compares the C++ statistics with it; skipped (77) without R.
set -euo pipefail
tests=$1 script=$2
if ! command -v Rscript > /dev/null || ! Rscript -e 'library(multilevel); library(psych)' > /dev/null 2>&1; then
  echo "R with multilevel and psych is not installed: skipped"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
Rscript "$script" "$out"
SAMENSPEL_REFERENCE_DIR="$out" "$tests" "[reference]"
