#!/usr/bin/env bash
# Benchmark: the capture proxy (`httplens-cli capture`, recording to its history journal) against
# mitmproxy's mitmdump and against nginx as a plain reverse proxy (proxy_pass, the practical
# limit), in the same run, for N GETs of a 1 KiB file from a loopback nginx at concurrency 50,
# sent by curl. Prints every run and the medians: requests per second, the ratios, the latency a
# proxy adds to one request, the capture's peak resident memory, and HTTPS handshake times
# through the capture (a new host, so a new leaf certificate, against one seen before).
#
#   tests/bench/bench_capture.sh [BUILD_DIR] [N] [RUNS]
#
# Needs nginx (nginx-light), curl, mitmproxy (Debian's, for mitmdump) and python3. Run it by hand
# on an otherwise quiet machine, against a Release build.
set -euo pipefail

BUILD_DIR=${1:-build-rel}
N=${2:-10000}
RUNS=${3:-5}
CLI=$(realpath "$BUILD_DIR/app/httplens-cli")
command -v nginx >/dev/null || PATH=$PATH:/usr/sbin
for tool in nginx curl mitmdump python3 openssl; do
    command -v "$tool" >/dev/null || { echo "$tool is needed (Debian: nginx-light curl mitmproxy python3 openssl)" >&2; exit 1; }
done

dir=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    kill "$(cat "$dir/nginx.pid" 2>/dev/null)" 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
origin=$(free_port); reverse=$(free_port); tlsport=$(free_port); capture=$(free_port); mitm=$(free_port)

mkdir -p "$dir/html" "$dir/tmp"
head -c 1024 /dev/urandom > "$dir/html/k.bin"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/origin.key" -out "$dir/origin.pem" \
    -days 2 -subj /CN=localhost >/dev/null 2>&1
cat > "$dir/nginx.conf" <<CONF
daemon on;
worker_processes 1;
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
    upstream origin { server 127.0.0.1:$origin; keepalive 64; }
    server { listen 127.0.0.1:$origin backlog=4096; root $dir/html; }
    server {
        listen 127.0.0.1:$reverse backlog=4096;
        location / { proxy_pass http://origin; proxy_http_version 1.1; proxy_set_header Connection ""; }
    }
    server {
        listen 127.0.0.1:$tlsport ssl;
        ssl_certificate $dir/origin.pem;
        ssl_certificate_key $dir/origin.key;
        root $dir/html;
    }
}
CONF
nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"

"$CLI" capture --port "$capture" -q -k --data-dir "$dir/data" > "$dir/capture.out" &
pids+=($!)
capture_pid=$!
mitmdump -q --listen-host 127.0.0.1 -p "$mitm" --ssl-insecure > /dev/null 2>&1 &
pids+=($!)
for port in $origin $reverse $capture $mitm; do
    for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.1; done
done

list() { # list PORT: a curl config for N distinct URLs on that port
    for ((i = 0; i < N; i++)); do printf 'url = "http://127.0.0.1:%s/k.bin?%d"\noutput = "/dev/null"\n' "$1" "$i"; done
}
list "$origin" > "$dir/origin.curl"
list "$reverse" > "$dir/reverse.curl"

now() { date +%s.%N; }
rate() { # rate NAME CURL-ARGS...: requests per second of one run
    local start end
    start=$(now)
    curl -s -Z --parallel-max 50 --parallel-immediate "$@" 2>/dev/null
    end=$(now)
    python3 -c "print(f'{$N / ($end - $start):.0f}')"
}

echo "N = $N GETs of 1 KiB, curl -Z --parallel-max 50, $RUNS runs (per second; capture records to its journal)"
printf '%-4s %10s %10s %10s %12s %14s %14s\n' run direct capture mitmdump nginx-proxy capture/mitm capture/nginx
declare -a direct_r capture_r mitm_r nginx_r ratio_m ratio_n
for ((run = 1; run <= RUNS; run++)); do
    d=$(rate -K "$dir/origin.curl")
    c=$(rate -x "http://127.0.0.1:$capture" -K "$dir/origin.curl")
    m=$(rate -x "http://127.0.0.1:$mitm" -K "$dir/origin.curl")
    n=$(rate -K "$dir/reverse.curl")
    rm=$(python3 -c "print(f'{$c / $m:.1f}')")
    rn=$(python3 -c "print(f'{$c / $n:.2f}')")
    printf '%-4s %10s %10s %10s %12s %14s %14s\n' "$run" "$d" "$c" "$m" "$n" "$rm" "$rn"
    direct_r+=("$d"); capture_r+=("$c"); mitm_r+=("$m"); nginx_r+=("$n"); ratio_m+=("$rm"); ratio_n+=("$rn")
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
spread() { printf '%s\n' "$@" | sort -g | awk 'NR==1{lo=$1} {hi=$1} END {print lo "–" hi}'; }
printf '%-4s %10s %10s %10s %12s %14s %14s\n' median "$(median "${direct_r[@]}")" "$(median "${capture_r[@]}")" \
    "$(median "${mitm_r[@]}")" "$(median "${nginx_r[@]}")" "$(median "${ratio_m[@]}")" "$(median "${ratio_n[@]}")"
printf '%-4s %10s %10s %10s %12s %14s %14s\n' range "$(spread "${direct_r[@]}")" "$(spread "${capture_r[@]}")" \
    "$(spread "${mitm_r[@]}")" "$(spread "${nginx_r[@]}")" "$(spread "${ratio_m[@]}")" "$(spread "${ratio_n[@]}")"

# Added latency: 500 requests one after another on one connection, direct and through each proxy.
seq_list() { for ((i = 0; i < 500; i++)); do printf 'url = "http://127.0.0.1:%s/k.bin?s%d"\noutput = "/dev/null"\n' "$origin" "$i"; done; }
seq_list > "$dir/seq.curl"
latency() { curl -s -w '%{time_total}\n' "$@" -K "$dir/seq.curl" | sort -g | awk '{a[NR]=$1} END {printf "%.3f", a[int(NR/2)+1]*1000}'; }
echo
echo "Median time of one request, 500 in a row on one connection (ms):"
ld=$(latency); lc=$(latency -x "http://127.0.0.1:$capture"); lm=$(latency -x "http://127.0.0.1:$mitm")
echo "  direct $ld, capture $lc (adds $(python3 -c "print(f'{$lc - $ld:.3f}')")), mitmdump $lm (adds $(python3 -c "print(f'{$lm - $ld:.3f}')"))"

# HTTPS through the capture: the CONNECT and TLS handshake with the proxy, for 20 new host
# names (each a new leaf) and then for one of them again (the cached leaf).
ca="$dir/data/capture/httplens-ca.pem"
# Names under .localhost are loopback for libcurl and for the capture (RFC 6761).
handshake() { curl -s -o /dev/null -w '%{time_appconnect}\n' -x "http://127.0.0.1:$capture" --cacert "$ca" \
    "https://$1:$tlsport/k.bin"; }
new=(); again=()
for i in $(seq 20); do new+=("$(handshake "host$i-$$.localhost")"); done
for i in $(seq 20); do again+=("$(handshake "host1-$$.localhost")"); done
echo
echo "HTTPS through the capture, time to the end of the client's TLS handshake (ms, median of 20):"
echo "  a new host (leaf made): $(python3 -c "print(f'{$(median "${new[@]}") * 1000:.2f}')"), a host seen before: $(python3 -c "print(f'{$(median "${again[@]}") * 1000:.2f}')")"

peak=$(awk '/VmHWM/ {print $2}' "/proc/$capture_pid/status")
echo
echo "Capture peak resident memory after $((RUNS * N + 1040)) exchanges recorded: $((peak / 1024)) MB"
echo "Journal: $(wc -l < "$dir/data/history.jsonl") lines"
