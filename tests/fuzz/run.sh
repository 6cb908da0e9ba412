#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each on a scratch copy of the seed corpus and prints,
# per target, executions, exec/s, coverage and findings; exits 1 on any finding. Without targets
# in BUILD_DIR it configures and builds them with clang first (SAMENSPEL_FUZZ=ON: core, db and
# tests/fuzz only); an existing BUILD_DIR is brought up to date.
#
#   tests/fuzz/run.sh [BUILD_DIR [SECONDS [TARGET...]]]
#     BUILD_DIR  default build-fuzz
#     SECONDS    run time of each target, default 60
#     TARGET     e.g. fuzz_csv (default: every BUILD_DIR/fuzz_*)
#   SAMENSPEL_FUZZ_PARALLEL=2 runs two targets at a time (one per core).
#
# A finding (crash, leak, sanitizer report, broken promise, timeout, memory over 2 GB) is kept in
# BUILD_DIR/fuzz-findings/TARGET/; `BUILD_DIR/TARGET FILE` reproduces it. tests/data and
# questionnaires/ are only read: the corpus lives in a temporary folder.
set -uo pipefail
build=${1:-build-fuzz}
seconds=${2:-60}
shift 2 2>/dev/null || shift $#
[[ "$build" = /* ]] || build=$PWD/$build
cd "$(dirname "$0")/../.."
parallel=${SAMENSPEL_FUZZ_PARALLEL:-1}

if ! compgen -G "$build/fuzz_*" > /dev/null && [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSAMENSPEL_FUZZ=ON || exit 2
fi
if [ -f "$build/CMakeCache.txt" ]; then
  grep -q '^SAMENSPEL_FUZZ:BOOL=ON' "$build/CMakeCache.txt" || { echo "fuzz: $build is not a fuzz build (SAMENSPEL_FUZZ=ON)"; exit 2; }
  start=$(date +%s)
  cmake --build "$build" -j2 || exit 2
  echo "fuzz: build up to date after $(($(date +%s) - start)) s"
fi

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for t in "$build"/fuzz_*; do [ -x "$t" ] && targets+=("$(basename "$t")"); done
fi
[ ${#targets[@]} -gt 0 ] || { echo "fuzz: no targets in $build"; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/samenspel-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$build/tools/fuzz_seed_writer" "$work/seeds" || exit 2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

# One target: seeds, then libFuzzer for $seconds; its log goes to $work/TARGET.log.
run_target() {
  local t=$1 corpus=$work/$1/corpus len=1048576 pattern='*.json'
  case $t in
    fuzz_csv | fuzz_answer_import | fuzz_db_import) len=65536 pattern='*.csv' ;;
    fuzz_messages) len=262144 pattern='*.mo' ;;
  esac
  mkdir -p "$corpus" "$work/$t/artifacts"
  cp "$work/seeds/$t"/* "$corpus"/ 2>/dev/null
  find tests/data questionnaires -name "$pattern" -size -1M -exec cp -t "$corpus" {} + 2>/dev/null
  [ "$t" = fuzz_messages ] && cp "$build/core/nl.mo" "$corpus"/ 2>/dev/null
  local dict=()
  [ -f "$work/seeds/$t.dict" ] && dict=(-dict="$work/seeds/$t.dict")
  "$build/$t" -max_total_time="$seconds" -max_len="$len" -rss_limit_mb=2048 -timeout=30 \
    -print_final_stats=1 -artifact_prefix="$work/$t/artifacts/" "${dict[@]}" "$corpus" > "$work/$t.log" 2>&1
  echo $? > "$work/$t.rc"
}

running=0
for t in "${targets[@]}"; do
  [ -x "$build/$t" ] || { echo "fuzz: no target $build/$t"; exit 2; }
  echo "fuzz: $t for $seconds s"
  run_target "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
wait

stat() { grep -o "^stat::$1: *[0-9]*" "$2" | grep -o '[0-9]*$' | tail -1; }
findings_total=0
printf '%-20s %12s %9s %9s %9s\n' target executions exec/s coverage findings
for t in "${targets[@]}"; do
  log=$work/$t.log
  findings=$(find "$work/$t/artifacts" -type f | wc -l)
  if [ "$findings" -eq 0 ] && [ "$(cat "$work/$t.rc")" -ne 0 ]; then findings=1; fi # died without an artifact
  coverage=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
  printf '%-20s %12s %9s %9s %9s\n' "$t" "$(stat number_of_executed_units "$log")" \
    "$(stat average_exec_per_sec "$log")" "${coverage:--}" "$findings"
  if [ "$findings" -gt 0 ]; then
    findings_total=$((findings_total + findings))
    mkdir -p "$build/fuzz-findings/$t"
    cp "$work/$t/artifacts"/* "$log" "$build/fuzz-findings/$t"/ 2>/dev/null
    grep -m1 -E 'ERROR: |FINDING: |runtime error: |ALARM: ' "$log" | sed 's/^/    /'
    echo "    kept in $build/fuzz-findings/$t/ (reproduce: $build/$t FILE)"
  fi
done
echo "fuzz: ${#targets[@]} targets, $seconds s each, $findings_total finding(s)"
[ "$findings_total" -eq 0 ]
