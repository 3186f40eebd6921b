#!/usr/bin/env bash
# HTTP Lens developer entry point.
#   ./dev.sh run    install what is missing, build, and run HTTP Lens on its built-in default
#   ./dev.sh test   install what is missing, build, and run the whole test suite (ctest)
#   ./dev.sh build  install what is missing and build
# Environment: BUILD_DIR (default: build), BUILD_TYPE (default: RelWithDebInfo),
#              HTTPLENS_SANITIZE=ON for an ASan+UBSan build, HTTPLENS_WERROR=ON.
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$PWD
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libgl-dev
    libcurl4-openssl-dev
    nginx-light curl openssl ca-certificates
)

install_packages() {
    local missing=()
    for pkg in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "dev.sh: installing ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    install_packages
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja \
        -DCMAKE_BUILD_TYPE="$BUILD_TYPE" \
        -DHTTPLENS_WERROR="${HTTPLENS_WERROR:-OFF}" \
        -DHTTPLENS_SANITIZE="${HTTPLENS_SANITIZE:-OFF}"
    cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

# Until the desktop window exists, "run" shows the 200 -> 304 lesson with httplens-cli against
# a throw-away nginx on loopback: fetch a page, then revalidate it with its ETag.
run_default() {
    local cli="$BUILD_DIR/app/httplens-cli"
    local port
    DEMO_DIR=$(mktemp -d)
    trap 'kill "$(cat "$DEMO_DIR/nginx.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$DEMO_DIR"' EXIT
    local dir=$DEMO_DIR
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 18080)
    mkdir -p "$dir/html"
    printf '<!doctype html>\n<title>HTTP Lens</title>\n<p>Fetch me twice: the second time, the ETag makes it a 304.</p>\n' > "$dir/html/index.html"
    cat > "$dir/nginx.conf" <<CONF
daemon on;
master_process off;
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $dir/tmp;
    proxy_temp_path $dir/tmp;
    fastcgi_temp_path $dir/tmp;
    uwsgi_temp_path $dir/tmp;
    scgi_temp_path $dir/tmp;
    types { text/html html; }
    server { listen 127.0.0.1:$port; root $dir/html; }
}
CONF
    nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log"
    local url="http://127.0.0.1:$port/index.html"
    echo "== 1. First fetch of $url: the server answers 200 with an ETag"
    "$cli" send --etag-save "$dir/etag" "$url" "$@"
    echo
    echo "== 2. The same request with If-None-Match: $(cat "$dir/etag"): 304 Not Modified, no body"
    "$cli" send --etag-compare "$dir/etag" "$url" "$@"
}

command=${1:-}
shift || true
case "$command" in
    run) build; run_default "$@" ;;
    test) build; ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 "$@" ;;
    build) build ;;
    *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
