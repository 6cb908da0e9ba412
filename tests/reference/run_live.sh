#!/usr/bin/env bash
# Runs the R references afresh (agreement: multilevel and psych; comparison: metafor) and compares
# the C++ statistics with them. Skipped (77) where R or a package is missing, except in CI
# (CI=true), where a missing package is a failure: the reference must run there.
set -euo pipefail
tests=$1 script=$2 funnel=$3
if ! command -v Rscript > /dev/null || ! Rscript -e 'library(multilevel); library(psych); library(metafor)' > /dev/null 2>&1; then
  if [ "${CI:-}" = "true" ]; then
    echo "R with multilevel, psych and metafor is needed in CI (scripts/install-deps.sh installs them)" >&2
    exit 1
  fi
  echo "R with multilevel, psych and metafor is not installed: skipped"
  exit 77
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
Rscript "$script" "$out"
Rscript "$funnel" "$out"
SAMENSPEL_REFERENCE_DIR="$out" "$tests" "[reference]"
