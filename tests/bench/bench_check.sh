#!/usr/bin/env bash
# Benchmark: `httplens-cli check` over N distinct URLs on a loopback nginx at concurrency 50,
# against curl's parallel mode in two shapes and an asyncio script with aiohttp doing the same
# work, in the same run. Prints every run (URLs per second and peak RSS), the median and the
# spread of each tool, and the ratios run by run. Then the revalidation case: a run with --state,
# 1% of the files changed, and the same list again with the state of the first run, its wire
# bytes against the full download and its time against it.
#
#   [PAGE_KIB=MIN-MAX] tests/bench/bench_check.sh [BUILD_DIR] [N] [RUNS]
#
# PAGE_KIB sets the sizes of the pages (2-6 by default); the share revalidation saves depends on
# it, since a 304 costs the same couple of hundred bytes whatever the page it stands for.
#
# The two shapes of curl: "curl-w" prints each status with -w '%{http_code}\n' and writes each
# body to /dev/null (output = /dev/null per URL), as a script checking statuses does; "curl-s"
# writes every body to one output (-s, standard output to a file), as a mirroring script does.
# Both run -Z --parallel-max 50 --parallel-immediate. check and the script read the whole body
# and hash it (SHA-256), as check must to tell changes. check runs with --per-host 50, since
# there is only one host and curl and the script have no per-host limit. Needs nginx
# (nginx-light), curl, python3-aiohttp and GNU time (time). Run it by hand on an otherwise quiet
# machine; a target counts as met only when every run meets it.
set -euo pipefail

BUILD_DIR=${1:-build}
N=${2:-10000}
RUNS=${3:-5}
PAGE_KIB=${PAGE_KIB:-2-6}
CLI=$(realpath "$BUILD_DIR/app/httplens-cli")
PYTHON=/usr/bin/python3
command -v nginx >/dev/null || PATH=$PATH:/usr/sbin
for tool in nginx curl /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (Debian: nginx-light curl time)" >&2; exit 1; }
done
"$PYTHON" -c 'import aiohttp' 2>/dev/null || { echo "aiohttp is needed (Debian: python3-aiohttp)" >&2; exit 1; }

dir=$(mktemp -d)
cleanup() { kill "$(cat "$dir/nginx.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
port=$("$PYTHON" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

# N pages of PAGE_KIB with distinct contents, modified a day ago.
mkdir -p "$dir/html/p"
"$PYTHON" - "$dir/html/p" "$N" "$PAGE_KIB" <<'PY'
import os, sys, time
root, n = sys.argv[1], int(sys.argv[2])
low, high = (int(k) * 1024 for k in sys.argv[3].split("-"))
then = time.time() - 86400
for i in range(n):
    path = os.path.join(root, f"{i}.html")
    size = low + (i * 7919) % (high - low + 1)
    text = f"<p>page {i} " + "lorem ipsum " * (size // 12)
    with open(path, "w") as f:
        f.write(text[: size - 5] + "</p>\n")
    os.utime(path, (then, then))
PY
cat > "$dir/nginx.conf" <<CONF
daemon on;
master_process off;
pid $dir/nginx.pid;
error_log $dir/error.log;
worker_rlimit_nofile 8192;
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

list=$dir/urls.txt
curlconfig=$dir/curl.config
for ((i = 0; i < N; i++)); do echo "http://127.0.0.1:$port/p/$i.html"; done > "$list"
sed 's/.*/url = "&"\noutput = "\/dev\/null"/' "$list" > "$curlconfig"
curlurls=$dir/curl-urls.config
sed 's/.*/url = "&"/' "$list" > "$curlurls"

cat > "$dir/fetch.py" <<'PY'
# The same work with asyncio and aiohttp: GET each URL, 50 at a time, read and hash the body,
# print the status.
import asyncio, hashlib, sys
import aiohttp

async def fetch(session, limit, url):
    async with limit:
        try:
            async with session.get(url) as response:
                hashlib.sha256(await response.read()).digest()
                return response.status
        except aiohttp.ClientError:
            return 0

async def main():
    urls = [line.strip() for line in open(sys.argv[1]) if line.strip()]
    limit = asyncio.Semaphore(50)
    connector = aiohttp.TCPConnector(limit=50)
    async with aiohttp.ClientSession(connector=connector) as session:
        for coroutine in asyncio.as_completed([fetch(session, limit, u) for u in urls]):
            print(await coroutine)

asyncio.run(main())
PY

now_us() { echo $(($(date +%s%N) / 1000)); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# measure NAME COMMAND...: one run; appends "microseconds peak-kB" to $dir/NAME and checks that
# the command answered all N URLs: N status lines of 200 (or 304 for the revalidation run), or,
# for curl-s, N bodies in its one output.
measure() {
    local name=$1
    shift
    local start end
    start=$(now_us)
    /usr/bin/time -f '%M' -o "$dir/rss" "$@" > "$dir/out" 2> "$dir/err" || {
        echo "$name failed:" >&2
        tail -5 "$dir/err" >&2
        exit 1
    }
    end=$(now_us)
    local answered
    if [ "$name" = curl-s ]; then
        answered=$(grep -o '<p>page [0-9]* ' "$dir/out" | wc -l)
    else
        answered=$(grep -cE '^(200|304)\b|"status":(200|304)' "$dir/out" || true)
    fi
    [ "$answered" = "$N" ] || { echo "$name answered $answered of $N URLs" >&2; exit 1; }
    echo "$((end - start)) $(cat "$dir/rss")" >> "$dir/$name"
}

ours=("$CLI" check -q --concurrency 50 --per-host 50)
curl_common=(curl -s --parallel --parallel-max 50 --parallel-immediate)
tools=(check curl-w curl-s aiohttp)
for ((run = 0; run < RUNS; run++)); do
    # The order turns each run, so that drift on a shared machine hits every tool alike.
    for ((k = 0; k < ${#tools[@]}; k++)); do
        case ${tools[(k + run) % ${#tools[@]}]} in
            check) measure check "${ours[@]}" "$list" ;;
            curl-w) measure curl-w "${curl_common[@]}" -w '%{http_code}\n' -K "$curlconfig" ;;
            curl-s) measure curl-s "${curl_common[@]}" -K "$curlurls" ;;
            aiohttp) measure aiohttp "$PYTHON" "$dir/fetch.py" "$list" ;;
        esac
    done
done

rates() { awk -v n="$N" '{printf "%.0f\n", n / ($1 / 1e6)}' "$dir/$1"; }
rate() { rates "$1" | median; }
rss() { awk '{print $2 / 1024}' "$dir/$1" | median; }
echo "httplens-cli check vs curl $(curl --version | head -1 | cut -d' ' -f2) and aiohttp: $N distinct URLs ($PAGE_KIB KiB) on loopback nginx, concurrency 50, $RUNS runs"
printf '%-8s %9s %9s %9s %8s  %s\n' tool median min max peak_MB 'URLs/s of every run'
for tool in "${tools[@]}"; do
    printf '%-8s %9.0f %9.0f %9.0f %8.1f  %s\n' "$tool" "$(rate "$tool")" \
        "$(rates "$tool" | sort -n | head -1)" "$(rates "$tool" | sort -n | tail -1)" "$(rss "$tool")" \
        "$(rates "$tool" | tr '\n' ' ')"
done
# Ratios run by run (run i of check against run i of the other tool): every one, and the spread.
for other in curl-w curl-s aiohttp; do
    target=1.2
    [ "$other" = aiohttp ] && target=5
    ratios=$(paste -d' ' <(rates check) <(rates "$other") | awk '{printf "%.2f\n", $1 / $2}')
    missed=$(echo "$ratios" | awk -v t="$target" '$1 < t' | wc -l)
    printf 'check/%-7s median %.2f, min %.2f, max %.2f (target >= %s in every run: %s); runs: %s\n' \
        "$other" "$(echo "$ratios" | median)" "$(echo "$ratios" | sort -n | head -1)" \
        "$(echo "$ratios" | sort -n | tail -1)" "$target" \
        "$([ "$missed" = 0 ] && echo met || echo "missed in $missed")" "$(echo "$ratios" | tr '\n' ' ')"
done

# Revalidation: the state after a first run, 1% of the pages changed, the same list again.
wire() { grep -o '"wireBytes":[0-9]*' "$dir/out" | cut -d: -f2 | awk '{s += $1} END {print s}'; }
rm -f "$dir/first"
for ((run = 0; run < RUNS; run++)); do
    rm -f "$dir"/state.db*
    measure first "${ours[@]}" --json --state "$dir/state.db" "$list"
done
full=$(wire)
changed=$((N / 100))
"$PYTHON" - "$dir/html/p" "$N" "$changed" <<'PY'
import os, sys
root, n, changed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for i in range(0, n, n // changed):
    with open(os.path.join(root, f"{i}.html"), "a") as f:
        f.write("<p>changed</p>\n")
PY
mkdir "$dir/saved"
cp "$dir"/state.db* "$dir/saved/"
for ((run = 0; run < RUNS; run++)); do
    rm -f "$dir"/state.db*
    cp "$dir"/saved/state.db* "$dir/"
    measure again "${ours[@]}" --json --state "$dir/state.db" "$list"
done
again=$(wire)
reported=$(grep -c '"change":"changed"' "$dir/out" || true)
times_ms() { awk '{printf "%.0f\n", $1 / 1000}' "$dir/$1"; }
echo "revalidation: $changed of $N pages changed, $reported reported changed"
awk -v f="$full" -v a="$again" 'BEGIN {
    printf "wire bytes: first run %.1f MB, revalidation run %.1f MB: %.1f%% saved (target >= 95%%)\n",
           f / 1e6, a / 1e6, 100 * (1 - a / f)
}'
speedups=$(paste -d' ' <(times_ms first) <(times_ms again) | awk '{printf "%.2f\n", $1 / $2}')
printf 'time (ms): first runs (with --state) %s; revalidation runs %s\n' \
    "$(times_ms first | tr '\n' ' ')" "$(times_ms again | tr '\n' ' ')"
printf 'first/revalidation: median %.2f, min %.2f, max %.2f (target >= 1.5 in every run: %s)\n' \
    "$(echo "$speedups" | median)" "$(echo "$speedups" | sort -n | head -1)" \
    "$(echo "$speedups" | sort -n | tail -1)" \
    "$(echo "$speedups" | awk '$1 < 1.5' | grep -q . && echo missed || echo met)"
