#!/usr/bin/env bash
# Start-up time and memory of the desktop window.
#   tests/bench/bench_gui.sh BUILD_DIR [RUNS] [HISTORY]
# For each of RUNS runs: time from exec to the first paint of the window, and resident memory
# then, for httplens and for a minimal Qt Widgets window (the floor any Qt program pays) built
# from tests/bench/minimalwindow.cpp. Then one run that sends HISTORY requests (default 1000)
# through the window to its practice server and reports memory with them in the history, and
# RUNS start-ups that read those exchanges back from the data folder, each typing a URL into
# the URL field key by key to time what a keystroke costs with that history (validators and
# completions are looked up on every one).
# Runs on an Xvfb of its own when there is no display. Prints medians and the ratio to the floor.
set -euo pipefail
BUILD=${1:?usage: bench_gui.sh BUILD_DIR [RUNS] [HISTORY]}
RUNS=${2:-9}
HISTORY=${3:-1000}
cmake --build "$BUILD" --target httplens bench_minimal_window >/dev/null

SETTINGS=$(mktemp -d)
trap 'rm -rf "$SETTINGS"' EXIT
export XDG_CONFIG_HOME="$SETTINGS"   # a first run each time, as a new user sees it
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    # One X server for all runs, so its own start-up is not counted.
    command -v Xvfb >/dev/null || { echo "needs a display or Xvfb (apt-get install xvfb)" >&2; exit 1; }
    Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB=$!
    trap 'kill "$XVFB" 2>/dev/null; rm -rf "$SETTINGS"' EXIT
    export DISPLAY=:77
    sleep 1
fi

measure() { # program args... -> "ms kb"
    local out
    out=$(HTTPLENS_BENCH_T0_MS=$(date +%s%3N) "$@" 2>/dev/null)
    echo "$(sed -n 's/^first-paint-ms //p' <<<"$out") $(sed -n 's/^rss-after-start-kb //p' <<<"$out")"
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

lens_ms=(); lens_kb=(); floor_ms=(); floor_kb=()
for run in $(seq "$RUNS"); do
    read -r ms kb < <(measure "$BUILD/ui/httplens" --practice-port 0 --measure-startup --data-dir "$SETTINGS/fresh-$run")
    lens_ms+=("$ms"); lens_kb+=("$kb")
    read -r ms kb < <(measure "$BUILD/tests/bench/bench_minimal_window")
    floor_ms+=("$ms"); floor_kb+=("$kb")
done
lm=$(printf '%s\n' "${lens_ms[@]}" | median); lk=$(printf '%s\n' "${lens_kb[@]}" | median)
fm=$(printf '%s\n' "${floor_ms[@]}" | median); fk=$(printf '%s\n' "${floor_kb[@]}" | median)
echo "runs: $RUNS (medians)"
printf 'first paint   httplens %5d ms   minimal Qt window %5d ms   ratio %.2f   (target < 500 ms)\n' "$lm" "$fm" "$(echo "$lm / $fm" | bc -l)"
printf 'RSS at start  httplens %5d kB   minimal Qt window %5d kB   ratio %.2f   (target < 80 MB)\n' "$lk" "$fk" "$(echo "$lk / $fk" | bc -l)"
out=$(HTTPLENS_BENCH_T0_MS=$(date +%s%3N) "$BUILD/ui/httplens" --practice-port 0 --measure-startup --measure-history "$HISTORY" --data-dir "$SETTINGS/history" 2>/dev/null)
printf 'RSS with %s exchanges in history: %s kB (target < 80 MB)\n' \
    "$(sed -n 's/^history-entries //p' <<<"$out")" "$(sed -n 's/^rss-after-history-kb //p' <<<"$out")"
history_ms=(); key_median=(); key_max=()
for _ in $(seq "$RUNS"); do
    out=$(HTTPLENS_BENCH_T0_MS=$(date +%s%3N) "$BUILD/ui/httplens" --practice-port 0 --measure-startup --data-dir "$SETTINGS/history" 2>/dev/null)
    history_ms+=("$(sed -n 's/^first-paint-ms //p' <<<"$out")")
    key_median+=("$(sed -n 's/^keystroke-ms-median //p' <<<"$out")")
    key_max+=("$(sed -n 's/^keystroke-ms-max //p' <<<"$out")")
done
printf 'first paint with those exchanges read back from disk: %d ms (median; target < 500 ms)\n' \
    "$(printf '%s\n' "${history_ms[@]}" | median)"
printf 'URL field per keystroke with them: median %s ms, slowest %s ms (medians of the runs; target < 5 ms)\n' \
    "$(printf '%s\n' "${key_median[@]}" | median)" "$(printf '%s\n' "${key_max[@]}" | median)"
