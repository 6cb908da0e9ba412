#!/usr/bin/env bash
# The fault script: what happens to the data file when the program is killed (kill -9) in the middle
# of its work, and when bytes of the file are damaged. Prints the figures; exits non-zero when any
# run ended in a damaged file, a lost answer, a partial file under the final name or a temporary file
# left behind. Not part of the test suite, except a short run (tests/CMakeLists.txt).
#
#   tests/bench/faults.sh [KILLS [FLIPS [FUZZ_SECONDS [OPERATION...]]]]
#     KILLS         kills per operation (default 200)
#     FLIPS         single-bit flips in a copy of the demo database (default 200)
#     FUZZ_SECONDS  run time of each fuzz target in build-fuzz/ (default 600; 0 skips)
#     OPERATION     import demo report export answers actions (default: all)
#   The programs come from build/ (or $SAMENSPEL_BUILD_DIR).
set -uo pipefail
cd "$(dirname "$0")/../.."
kills=${1:-200}
flips=${2:-200}
fuzz_seconds=${3:-600}
shift 3 2>/dev/null || shift $#
operations=("$@")
[ ${#operations[@]} -eq 0 ] && operations=(import demo report export answers actions)

build=${SAMENSPEL_BUILD_DIR:-$PWD/build}
S=$build/app/cli/samenspel
W=$build/tests/bench/fault_worker
for tool in "$S" "$W"; do
  [ -x "$tool" ] || { echo "faults: build first (missing $tool)"; exit 2; }
done
command -v sqlite3 > /dev/null || { echo "faults: needs the sqlite3 shell"; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/samenspel-faults.XXXXXX")
trap 'rm -rf "$work"' EXIT
export SAMENSPEL_LANG=en
failures=0

integrity() { sqlite3 "$1" "PRAGMA integrity_check" 2>&1; }
now_ms() { date +%s%3N; }
# Sleeps a random time in [0, $1] milliseconds.
random_sleep() { sleep "$(awk -v max="$1" -v r="$RANDOM$RANDOM" 'BEGIN { srand(r); printf "%.3f", rand() * max / 1000 }')"; }
# Runs "$@" in the background, kills it with SIGKILL after a random time in [0, $limit] ms.
run_and_kill() {
  local limit=$1
  shift
  "$@" > "$work/out.log" 2>&1 &
  local pid=$!
  random_sleep "$limit"
  kill -9 "$pid" 2> /dev/null
  wait "$pid" 2> /dev/null
}
# How long "$@" takes when left alone, in ms (at least 20).
duration() {
  local start
  start=$(now_ms)
  "$@" > /dev/null 2>&1
  local d=$(( $(now_ms) - start ))
  echo $(( d < 20 ? 20 : d ))
}
report_line() { printf '%-8s %5d kills  %s\n' "$1" "$2" "$3"; }

# A round to import into, and an answer file of 60 executive-board members (all statements).
"$S" --db "$work/base.samenspel" init > /dev/null
"$S" --db "$work/base.samenspel" org add "Ziekenhuis Fout" --type stz > /dev/null
"$S" --db "$work/base.samenspel" assessment create --org "Ziekenhuis Fout" --name Ronde --date 2026-01-01 > /dev/null
items=$("$S" --format csv instrument show | awk -F, 'NR > 1 && $0 ~ /likert/ && $0 ~ /rvb/ { print $1 }' | head -40)
{
  echo "respondent,role,item,value"
  for r in $(seq 1 300); do for item in $items; do echo "R$r,rvb,$item,$(( (r % 5) + 1 ))"; done; done
} > "$work/answers.csv"
import_rows=$(( $(wc -l < "$work/answers.csv") - 1 ))
"$S" --db "$work/demo.samenspel" demo > /dev/null
"$S" --db "$work/demo.samenspel" export --assessment 2 -o "$work/reference.csv" > /dev/null

kill_import() {
  local limit bad=0 all=0 none=0
  cp "$work/base.samenspel" "$work/f.samenspel"
  limit=$(duration "$S" --db "$work/f.samenspel" import --assessment 1 "$work/answers.csv")
  for _ in $(seq "$kills"); do
    cp "$work/base.samenspel" "$work/f.samenspel"; rm -f "$work/f.samenspel-journal"
    run_and_kill "$limit" "$S" --db "$work/f.samenspel" import --assessment 1 "$work/answers.csv"
    local count
    count=$(sqlite3 "$work/f.samenspel" "SELECT count(*) FROM answers" 2>&1)
    if [ "$(integrity "$work/f.samenspel")" != ok ]; then bad=$((bad + 1))
    elif [ "$count" = "$import_rows" ]; then all=$((all + 1))
    elif [ "$count" = 0 ]; then none=$((none + 1))
    else bad=$((bad + 1)); fi
  done
  report_line import "$kills" "$bad inconsistent (all $import_rows rows stored: $all, none: $none)"
  failures=$((failures + bad))
}

kill_demo() {
  local limit bad=0
  limit=$(duration "$S" --db "$work/d0.samenspel" demo)
  for _ in $(seq "$kills"); do
    rm -f "$work/d.samenspel" "$work/d.samenspel-journal"
    run_and_kill "$limit" "$S" --db "$work/d.samenspel" demo
    [ -e "$work/d.samenspel" ] || continue
    if [ "$(integrity "$work/d.samenspel")" != ok ]; then bad=$((bad + 1)); continue; fi
    "$S" --db "$work/d.samenspel" assessment list > /dev/null 2>&1
    local code=$?
    # A file killed before its schema was written is empty: refused as "no data yet" (exit 4).
    if [ $code -ne 0 ] && ! { [ $code -eq 4 ] && [ ! -s "$work/d.samenspel" ]; }; then bad=$((bad + 1)); fi
  done
  report_line demo "$kills" "$bad inconsistent"
  failures=$((failures + bad))
}

# report and export: the output file is whole or absent, and no temporary file stays behind.
kill_writer() {
  local name=$1 target=$2 check=$3
  shift 3
  local limit partial=0 left=0
  mkdir -p "$work/out"
  limit=$(duration "$@")
  for _ in $(seq "$kills"); do
    rm -rf "$work/out" && mkdir -p "$work/out"
    run_and_kill "$limit" "$@"
    if [ -e "$target" ] && ! $check "$target"; then partial=$((partial + 1)); fi
    [ "$(find "$work/out" -name '*tmp*' | wc -l)" -eq 0 ] || left=$((left + 1))
  done
  # A run that is not killed removes what a killed one may have left between linking and renaming.
  "$@" > /dev/null 2>&1
  local after
  after=$(find "$work/out" -name '*tmp*' | wc -l)
  report_line "$name" "$kills" "$partial partial files under the final name, $left runs left a temporary file ($after after the next run)"
  failures=$((failures + partial + after))
}
pdf_whole() { tail -c 8 "$1" | grep -q '%%EOF'; }
csv_whole() { cmp -s "$1" "$work/reference.csv"; }

kill_worker() {
  local name=$1 bad=0 lost=0
  for _ in $(seq "$kills"); do
    cp "$work/base.samenspel" "$work/w.samenspel"; rm -f "$work/w.samenspel-journal"
    "$W" "$name" "$work/w.samenspel" 1 > "$work/worker.log" 2>&1 &
    local pid=$!
    random_sleep 400
    kill -9 "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    if [ "$(integrity "$work/w.samenspel")" != ok ]; then bad=$((bad + 1)); continue; fi
    "$W" check "$work/w.samenspel" "$work/worker.log" > "$work/check.log" 2>&1 || lost=$((lost + 1))
  done
  report_line "$name" "$kills" "$bad inconsistent, $lost runs lost a committed change"
  failures=$((failures + bad + lost))
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "== kill -9 at a random moment"
for op in "${operations[@]}"; do
  case $op in
    import) kill_import ;;
    demo) kill_demo ;;
    report) kill_writer report "$work/out/r.pdf" pdf_whole "$S" --db "$work/demo.samenspel" report --assessment 2 -o "$work/out/r.pdf" ;;
    export) kill_writer export "$work/out/a.csv" csv_whole "$S" --db "$work/demo.samenspel" export --assessment 2 -o "$work/out/a.csv" ;;
    answers | actions) kill_worker "$op" ;;
    *) echo "faults: unknown operation $op"; exit 2 ;;
  esac
done

if [ "$flips" -gt 0 ]; then
  echo "== single-bit flips at random places in the demo database"
  outputs() { # everything the file shows: scores of every round, and the answers
    for round in 1 2 3; do
      "$S" --db "$1" score --assessment "$round" --format json 2>&1 || return 1
      "$S" --db "$1" export --assessment "$round" -o "$work/flip-export.csv" > /dev/null 2>&1 || return 1
      cat "$work/flip-export.csv"
    done
  }
  outputs "$work/demo.samenspel" > "$work/reference.out" || { echo "faults: the demo database does not read"; exit 1; }
  size=$(stat -c %s "$work/demo.samenspel")
  refused=0 same=0 silent=0 damaged_imports=0
  printf 'respondent,role,item,value\nNIEUW1,rvb,strategy.01,4\n' > "$work/one.csv"
  for _ in $(seq "$flips"); do
    cp "$work/demo.samenspel" "$work/flip.samenspel"
    offset=$(( (RANDOM * 32768 + RANDOM) % size ))
    bit=$(( RANDOM % 8 ))
    byte=$(od -An -tu1 -j "$offset" -N1 "$work/flip.samenspel" | tr -d ' ')
    printf "$(printf '\\%03o' $(( byte ^ (1 << bit) )))" | dd of="$work/flip.samenspel" bs=1 seek="$offset" conv=notrunc status=none
    if outputs "$work/flip.samenspel" > "$work/flip.out"; then
      if cmp -s "$work/flip.out" "$work/reference.out"; then same=$((same + 1)); else silent=$((silent + 1)); fi
    else
      refused=$((refused + 1))
    fi
    if "$S" --db "$work/flip.samenspel" import --assessment 1 "$work/one.csv" > /dev/null 2>&1 &&
      [ "$(integrity "$work/flip.samenspel")" != ok ]; then
      damaged_imports=$((damaged_imports + 1))
    fi
  done
  echo "$flips flips: $refused refused with a message, $same changed nothing that is shown, $silent changed what is shown without a message; $damaged_imports imports went into a damaged file"
  failures=$((failures + damaged_imports))
fi

if [ "$fuzz_seconds" -gt 0 ]; then
  if compgen -G "build-fuzz/fuzz_*" > /dev/null; then
    echo "== fuzzing, $fuzz_seconds s per target"
    bash tests/fuzz/run.sh build-fuzz "$fuzz_seconds" || failures=$((failures + 1))
  else
    echo "== fuzzing skipped: build the targets first (bash tests/fuzz/run.sh builds them into build-fuzz/)"
  fi
fi

echo "faults: $failures failures"
[ "$failures" -eq 0 ]
