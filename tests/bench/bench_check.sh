#!/usr/bin/env bash
# Benchmark: `httplens-cli check` over N distinct URLs on a loopback nginx at concurrency 50,
# against curl's parallel mode and an asyncio script with aiohttp doing the same work, in the
# same run. Prints medians of RUNS runs: URLs per second, peak RSS and the ratios. Then the
# revalidation case: a run with --state, 1% of the files changed, and the same list again with
# the state of the first run, its wire bytes against the full download and its time against it.
#
#   [PAGE_KIB=MIN-MAX] tests/bench/bench_check.sh [BUILD_DIR] [N] [RUNS]
#
# PAGE_KIB sets the sizes of the pages (2-6 by default); the share revalidation saves depends on
# it, since a 304 costs the same couple of hundred bytes whatever the page it stands for.
#
# All three tools fetch each URL with a GET, read the whole body and print its status code;
# check and the script also hash each body (SHA-256), as check must to tell changes. check runs
# with --per-host 50, since there is only one host and curl and the script have no per-host
# limit. Needs nginx (nginx-light), curl, python3-aiohttp and GNU time (time). Run it by hand on
# an otherwise quiet machine.
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
# the command printed N status lines of 200 (or 304 for the revalidation run).
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
    answered=$(grep -cE '^(200|304)\b|"status":(200|304)' "$dir/out" || true)
    [ "$answered" = "$N" ] || { echo "$name answered $answered of $N URLs" >&2; exit 1; }
    echo "$((end - start)) $(cat "$dir/rss")" >> "$dir/$name"
}

ours=("$CLI" check -q --concurrency 50 --per-host 50)
for ((run = 0; run < RUNS; run++)); do
    measure check "${ours[@]}" "$list"
    measure curl curl -s --parallel --parallel-max 50 --parallel-immediate -w '%{http_code}\n' -K "$curlconfig"
    measure aiohttp "$PYTHON" "$dir/fetch.py" "$list"
done

rate() { awk -v n="$N" '{print n / ($1 / 1e6)}' "$dir/$1" | median; }
rss() { awk '{print $2 / 1024}' "$dir/$1" | median; }
echo "httplens-cli check vs curl $(curl --version | head -1 | cut -d' ' -f2) and aiohttp: $N distinct URLs ($PAGE_KIB KiB) on loopback nginx, concurrency 50, median of $RUNS runs"
printf '%-10s %10s %12s\n' tool URLs/s peak_MB
for tool in check curl aiohttp; do
    printf '%-10s %10.0f %12.1f\n' "$tool" "$(rate "$tool")" "$(rss "$tool")"
done
awk -v c="$(rate check)" -v k="$(rate curl)" -v a="$(rate aiohttp)" \
    'BEGIN {printf "rate ratios: check/curl %.2f (target >= 1), check/aiohttp %.2f (target >= 5)\n", c / k, c / a}'

# Revalidation: the state after a first run, 1% of the pages changed, the same list again.
wire() { grep -o '"wireBytes":[0-9]*' "$dir/out" | cut -d: -f2 | awk '{s += $1} END {print s}'; }
rm -f "$dir/first"
measure first "${ours[@]}" --json --state "$dir/state.db" "$list"
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
first_ms=$(awk '{print $1 / 1000}' "$dir/first")
again_ms=$(awk '{print $1 / 1000}' "$dir/again" | median)
echo "revalidation: $changed of $N pages changed, $reported reported changed"
awk -v f="$full" -v a="$again" -v t1="$first_ms" -v t2="$again_ms" 'BEGIN {
    printf "wire bytes: first run %.1f MB, revalidation run %.1f MB: %.1f%% saved (target >= 95%%)\n",
           f / 1e6, a / 1e6, 100 * (1 - a / f)
    printf "time: first run (with --state) %.0f ms, revalidation run %.0f ms (median): ratio %.2f\n",
           t1, t2, t2 / t1
}'
