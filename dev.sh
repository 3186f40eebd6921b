#!/usr/bin/env bash
# HTTP Lens developer entry point.
#   ./dev.sh run    install what is missing, build, and open HTTP Lens on its practice server
#                   (without a display: the same lesson on the command line)
#   ./dev.sh test   install what is missing, build, and run the whole test suite (ctest)
#   ./dev.sh build  install what is missing and build
#   ./dev.sh translations  update resources/translations/*.ts from the sources with lupdate
#   ./dev.sh package  build the Debian package (Release, in build-package) into
#                   build-package/package
# Environment: BUILD_DIR (default: build), BUILD_TYPE (default: RelWithDebInfo),
#              HTTPLENS_SANITIZE=ON for an ASan+UBSan build, HTTPLENS_WERROR=ON.
set -euo pipefail

cd "$(dirname "$0")"
ROOT=$PWD
REQUESTED_BUILD_DIR=${BUILD_DIR:-}
REQUESTED_BUILD_TYPE=${BUILD_TYPE:-}
BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}

PACKAGES=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-l10n-tools libgl-dev
    libcurl4-openssl-dev libssl-dev libbrotli-dev zlib1g-dev libsqlite3-dev
    nginx-light curl openssl ca-certificates
    python3 python3-requests python3-aiohttp nodejs httpie wget
    fonts-noto-cjk qt6-translations-l10n
    desktop-file-utils appstream dpkg-dev
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

# "run" opens the window: it starts its practice server on loopback and opens on the lab
# document with the walkthrough. Without a display it walks through the same lesson with
# httplens-cli: fetch a lab document (200 and an ETag), revalidate it (304, no body), change
# it, revalidate again (200 and the new text).
run_default() {
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
        exec "$BUILD_DIR/ui/httplens" "$@"
    fi
    echo "dev.sh: no display, so here is the lesson on the command line (httplens-cli)."
    run_cli_lesson "$@"
}

run_cli_lesson() {
    local cli="$BUILD_DIR/app/httplens-cli"
    DEMO_DIR=$(mktemp -d)
    trap 'kill "$DEMO_SERVER" 2>/dev/null || true; rm -rf "$DEMO_DIR"' EXIT
    "$cli" serve --port 0 --quiet > "$DEMO_DIR/serve.out" &
    DEMO_SERVER=$!
    local base=""
    for _ in $(seq 50); do
        base=$(grep -o 'http://[^ ]*' "$DEMO_DIR/serve.out" || true)
        [ -n "$base" ] && break
        sleep 0.1
    done
    [ -n "$base" ] || { echo "dev.sh: the practice server did not start" >&2; exit 1; }
    local url="${base}lab/welcome"
    echo "== Practice server on $base (GET / lists its endpoints)"
    echo
    echo "== 1. First fetch of $url: 200 with an ETag"
    "$cli" send --etag-save "$DEMO_DIR/etag" "$url" "$@"
    echo
    echo "== 2. The same request with If-None-Match: $(cat "$DEMO_DIR/etag"): 304 Not Modified, no body"
    "$cli" send --etag-compare "$DEMO_DIR/etag" "$url" "$@"
    echo
    echo "== 3. Someone changes the document (PUT with If-Match, so no update is lost)"
    "$cli" send -s -X PUT -H "If-Match: $(cat "$DEMO_DIR/etag")" -H 'Content-Type: text/plain; charset=utf-8' \
        --data-binary "The document changed." "$url"
    echo
    echo "== 4. Revalidating with the old ETag now gets 200 and the new text"
    "$cli" send --etag-compare "$DEMO_DIR/etag" "$url" "$@"
}

# The .ts files are lupdate's: new texts arrive unfinished, texts gone from the sources are
# dropped, and the English files hold only the plural forms of texts with %n. Translate the
# unfinished ones (Qt Linguist, or by hand); tst_translations fails until none is left.
translations() {
    install_packages
    local lupdate=/usr/lib/qt6/bin/lupdate dir=resources/translations
    [ -x "$lupdate" ] || lupdate=$(command -v lupdate)
    local common=(-locations none -no-obsolete -silent)
    "$lupdate" "${common[@]}" app -ts "$dir/httplens_zh_CN.ts"
    "$lupdate" "${common[@]}" -pluralonly app -ts "$dir/httplens_en.ts"
    "$lupdate" "${common[@]}" ui -ts "$dir/httplens_ui_zh_CN.ts"
    "$lupdate" "${common[@]}" -pluralonly ui -ts "$dir/httplens_ui_en.ts"
    grep -c 'type="unfinished"' "$dir"/*.ts || true
}

command=${1:-}
shift || true
case "$command" in
    run) build; run_default "$@" ;;
    test) build; ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 300 "$@" ;;
    build) build ;;
    translations) translations ;;
    package)
        # A Release build of its own (build-package unless BUILD_DIR says otherwise).
        BUILD_DIR=${REQUESTED_BUILD_DIR:-build-package}
        BUILD_TYPE=${REQUESTED_BUILD_TYPE:-Release}
        build
        cpack --config "$BUILD_DIR/CPackConfig.cmake" -B "$BUILD_DIR/package"
        ls "$BUILD_DIR"/package/*.deb
        ;;
    *) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
