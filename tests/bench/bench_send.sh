#!/usr/bin/env bash
# Benchmark: N sequential and N concurrent GETs to nginx on loopback, and one GET as a whole
# process, httplens-cli against the curl command-line tool in the same run. Prints every run,
# the median and the spread of each, and the ratio httplens-cli / curl run by run (below 1.00:
# HTTP Lens is faster); for the one request also the peak RSS of each tool.
#
#   tests/bench/bench_send.sh [BUILD_DIR] [N] [RUNS]
#
# Both tools run with the same options: -s (print only the body, sent to /dev/null) and, for the
# concurrent cases, -Z --parallel-max 50. With -s, httplens-cli records response heads, body and
# timings but not libcurl's debug stream, which nothing would show. The "concurrent-verbose" case
# gives both tools -v instead (standard error to /dev/null): the full capture of every request
# head and trace against curl's own verbose output. curl's tool by default makes parallel transfers wait
# for a connection to reuse (CURLOPT_PIPEWAIT), so 1000 URLs travel over a handful of
# connections; HTTP Lens cannot use that with libcurl 7.88's event API (transfers can stall) and
# always connects at once. The "concurrent-immediate" case gives curl --parallel-immediate so
# both tools open connections the same way; "concurrent" keeps curl's default.
# Run it by hand on an otherwise quiet machine.
set -euo pipefail

BUILD_DIR=${1:-build}
N=${2:-1000}
RUNS=${3:-7}
CLI=$(realpath "$BUILD_DIR/app/httplens-cli")
command -v nginx >/dev/null || PATH=$PATH:/usr/sbin
command -v curl >/dev/null || { echo "curl is needed as the reference" >&2; exit 1; }

dir=$(mktemp -d)
cleanup() { kill "$(cat "$dir/nginx.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir -p "$dir/html"
head -c 1024 /dev/zero | tr '\0' 'a' > "$dir/html/1k.txt"
cat > "$dir/nginx.conf" <<CONF
daemon on;
master_process off;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path $dir/tmp;
    proxy_temp_path $dir/tmp;
    fastcgi_temp_path $dir/tmp;
    uwsgi_temp_path $dir/tmp;
    scgi_temp_path $dir/tmp;
    server { listen 127.0.0.1:$port backlog=4096; root $dir/html; }
}
CONF
nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
sleep 0.2

url="http://127.0.0.1:$port/1k.txt"
urls=()
for ((i = 0; i < N; i++)); do urls+=("$url"); done

now_us() { echo $(($(date +%s%N) / 1000)); }

# time_once TOOL ARGS...: microseconds for one run, or "failed". curl's parallel progress meter
# ignores -s in 7.88, so standard error is discarded and the exit code checked instead.
time_once() {
    local start end
    start=$(now_us)
    if ! "$@" "${urls[@]}" > /dev/null 2>&1; then
        echo failed
        return
    fi
    end=$(now_us)
    echo $((end - start))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
ms_list() { printf '%s\n' "$@" | awk '{printf "%.1f ", $1 / 1000}'; }

# Sanity: both tools fetch every URL.
ours_bytes=$("$CLI" send -s "${urls[@]:0:10}" | wc -c)
curl_bytes=$(curl -s "${urls[@]:0:10}" | wc -c)
[ "$ours_bytes" = "$curl_bytes" ] && [ "$ours_bytes" = 10240 ] || { echo "tools disagree: $ours_bytes vs $curl_bytes bytes" >&2; exit 1; }

# report MODE: the runs of both tools in curl_times and ours_times, paired by index.
report() {
    local mode=$1
    if printf '%s\n' "${curl_times[@]}" "${ours_times[@]}" | grep -q failed; then
        echo "$mode: a run failed" >&2
        exit 1
    fi
    local c o ratios
    c=$(printf '%s\n' "${curl_times[@]}" | median)
    o=$(printf '%s\n' "${ours_times[@]}" | median)
    ratios=$(paste -d' ' <(printf '%s\n' "${ours_times[@]}") <(printf '%s\n' "${curl_times[@]}") |
        awk '{printf "%.2f\n", $1 / $2}')
    awk -v m="$mode" -v c="$c" -v o="$o" -v lo="$(echo "$ratios" | sort -n | head -1)" \
        -v hi="$(echo "$ratios" | sort -n | tail -1)" \
        'BEGIN { printf "%-21s %10.1f %12.1f %7.2f %6.2f-%.2f\n", m, c / 1000, o / 1000, o / c, lo, hi }'
    echo "    curl runs (ms): $(ms_list "${curl_times[@]}")" >> "$dir/runs"
    echo "    httplens-cli runs (ms): $(ms_list "${ours_times[@]}")" >> "$dir/runs"
    echo "    ratios: $(echo "$ratios" | tr '\n' ' ')" >> "$dir/runs"
}

echo "httplens-cli vs curl $(curl --version | head -1 | cut -d' ' -f2): $N GETs of 1 KiB on loopback nginx, $RUNS runs"
printf '%-21s %10s %12s %7s %11s\n' case curl_ms httplens_ms ratio spread
for mode in sequential concurrent concurrent-immediate concurrent-verbose; do
    case $mode in
        sequential) ours_extra=(-s); curl_extra=(-s) ;;
        concurrent) ours_extra=(-s -Z --parallel-max 50); curl_extra=(-s -Z --parallel-max 50) ;;
        concurrent-immediate)
            ours_extra=(-s -Z --parallel-max 50)
            curl_extra=(-s -Z --parallel-max 50 --parallel-immediate) ;;
        concurrent-verbose)
            ours_extra=(-v -Z --parallel-max 50)
            curl_extra=(-v -Z --parallel-max 50 --parallel-immediate) ;;
    esac
    curl_times=()
    ours_times=()
    for ((r = 0; r < RUNS; r++)); do
        # Alternate the order so drift on a shared machine hits both tools alike.
        if ((r % 2)); then
            ours_times+=("$(time_once "$CLI" send "${ours_extra[@]}")")
            curl_times+=("$(time_once curl "${curl_extra[@]}")")
        else
            curl_times+=("$(time_once curl "${curl_extra[@]}")")
            ours_times+=("$(time_once "$CLI" send "${ours_extra[@]}")")
        fi
    done
    echo "$mode" >> "$dir/runs"
    report "$mode"
done

# One request as a whole process, start-up included: 3 x RUNS pairs, and the peak RSS.
one_once() {
    local start end
    start=$(now_us)
    /usr/bin/time -f '%M' -o "$dir/rss-$1" "${@:2}" -s -o /dev/null "$url" > /dev/null 2>&1 || { echo failed; return; }
    end=$(now_us)
    echo $((end - start))
    cat "$dir/rss-$1" >> "$dir/rss-all-$1"
}
curl_times=()
ours_times=()
for ((r = 0; r < 3 * RUNS; r++)); do
    if ((r % 2)); then
        ours_times+=("$(one_once ours "$CLI" send)")
        curl_times+=("$(one_once curl curl)")
    else
        curl_times+=("$(one_once curl curl)")
        ours_times+=("$(one_once ours "$CLI" send)")
    fi
done
echo "one request" >> "$dir/runs"
report "one request"
printf 'one request, peak RSS (MB, median): curl %.1f, httplens-cli %.1f (target: within 1.5x of curl and under 16 MB)\n' \
    "$(awk '{print $1 / 1024}' "$dir/rss-all-curl" | median)" "$(awk '{print $1 / 1024}' "$dir/rss-all-ours" | median)"
echo "every run:"
cat "$dir/runs"
