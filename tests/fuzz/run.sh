#!/usr/bin/env bash
# Fuzzes every parser of untrusted input with libFuzzer, SECONDS each (default 60), one after
# the other, and prints a table of executions per second and coverage.
#   tests/fuzz/run.sh [SECONDS] [TARGET...]     e.g. tests/fuzz/run.sh 600 har httpfile
#   tests/fuzz/run.sh --build-only              builds the fuzz targets (clang) and stops
# Environment: FUZZ_BUILD_DIR (default: build-fuzz); FUZZ_NO_BUILD=1 runs what is built (for
# several run.sh at once, each with its own targets).
# New inputs go to $FUZZ_BUILD_DIR/fuzz-work/TARGET; a crash, leak or time-out is saved as
# $FUZZ_BUILD_DIR/fuzz-work/artifacts/TARGET-* and makes the script fail. Copy the inputs that
# add coverage into tests/fuzz/corpus/TARGET (libFuzzer's -merge=1 picks them) and turn every
# crash into a test.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD_DIR=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
WORK=$BUILD_DIR/fuzz-work

build_only=0
if [ "${1:-}" = "--build-only" ]; then
    build_only=1
    shift
fi
seconds=${1:-60}
[ $# -gt 0 ] && shift
case $seconds in
'' | *[!0-9]*) echo "run.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac

if [ "${FUZZ_NO_BUILD:-0}" != 1 ]; then
    CC=clang CXX=clang++ cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DHTTPLENS_FUZZ=ON -DHTTPLENS_BUILD_TESTS=OFF >/dev/null
    cmake --build "$BUILD_DIR" --target httplens_fuzzers
fi
[ "$build_only" = 1 ] && exit 0

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for program in "$BUILD_DIR"/tests/fuzz/fuzz_*; do
        [ -f "$program" ] && [ -x "$program" ] && targets+=("${program##*/fuzz_}")
    done
fi

mkdir -p "$WORK/artifacts" "$WORK/scratch"
failed=0
printf '%-14s %10s %8s %7s %7s %7s %8s  %s\n' target runs exec/s cov edges corpus rss_mb result
for target in "${targets[@]}"; do
    program=$BUILD_DIR/tests/fuzz/fuzz_$target
    [ -x "$program" ] || { echo "run.sh: no fuzz target '$target'" >&2; exit 2; }
    mkdir -p "$WORK/$target"
    log=$WORK/$target.log
    result=ok
    # The scratch folder is the working directory: files the parsers might name stay inside it.
    (cd "$WORK/scratch" && "$program" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$WORK/artifacts/$target-" \
        "$WORK/$target" "$ROOT/tests/fuzz/corpus/$target") >"$log" 2>&1 || result=FAILED
    [ "$result" = ok ] || failed=1
    stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
    edges=$(sed -n 's/.*Loaded 1 modules *(\([0-9]*\) inline 8-bit counters).*/\1/p' "$log" | head -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    corpus=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
    printf '%-14s %10s %8s %7s %7s %7s %8s  %s\n' "$target" "$(stat number_of_executed_units)" \
        "$(stat average_exec_per_sec)" "${cov:-?}" "${edges:-?}" "${corpus:-?}" \
        "$(stat peak_rss_mb)" "$result"
    [ "$result" = ok ] || grep -E 'ERROR|SUMMARY|artifact' "$log" | head -5 >&2
done
exit $failed
