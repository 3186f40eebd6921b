#!/usr/bin/env bash
# Installs HTTP Lens into a scratch folder and validates its desktop integration, then builds
# the .deb with CPack, unpacks it with dpkg-deb and runs the programs from there: their
# translations must come from the package's own share/httplens/translations.
#   tst_package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

id=org.httplens.HttpLens
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
DESTDIR="$scratch/install" cmake --install "$build" --prefix /usr >/dev/null
share="$scratch/install/usr/share"
desktop="$share/applications/$id.desktop"
desktop-file-validate "$desktop"
appstreamcli validate --no-net "$share/metainfo/$id.metainfo.xml"
grep -q '^Categories=Development;Network;$' "$desktop" || fail "Categories"
grep -q '^Name\[zh_CN\]=' "$desktop" || fail "no Name[zh_CN]"
grep -q '^Comment\[zh_CN\]=' "$desktop" || fail "no Comment[zh_CN]"
grep -q '^Keywords\[zh_CN\]=' "$desktop" || fail "no Keywords[zh_CN]"
grep -q 'xml:lang="zh_CN"' "$share/metainfo/$id.metainfo.xml" || fail "no Chinese metainfo"
for size in 16 32 48 64 128 256; do
    [ -s "$share/icons/hicolor/${size}x${size}/apps/$id.png" ] || fail "no ${size}px icon"
done
[ -s "$share/icons/hicolor/scalable/apps/$id.svg" ] || fail "no scalable icon"
grep -q '<project_license>MIT</project_license>' "$share/metainfo/$id.metainfo.xml" \
    || fail "metainfo names no project licence"
copyright="$share/doc/httplens/copyright"
grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/$' "$copyright" \
    || fail "no machine-readable copyright"
grep -q '^License: MIT$' "$copyright" || fail "copyright names no MIT licence"
words() { sed -n '/^ *Permission/,$p' "$1" | sed 's/^ \.$//; s/^ //' | tr -s ' \n' '  '; }
[ "$(words "$copyright")" = "$(words "$source_dir/LICENSE")" ] \
    || fail "copyright's MIT text differs from LICENSE"
for page in httplens httplens-cli; do
    [ -s "$share/man/man1/$page.1" ] || fail "no man page $page(1)"
done

# With the address docs/screenshots/ is served from, the metadata lists screenshots that exist.
cmake -DMETAINFO_IN="$source_dir/packaging/$id.metainfo.xml.in" -DMETAINFO_OUT="$scratch/shots.xml" \
    -DPROJECT_VERSION="$version" -DHTTPLENS_SCREENSHOT_BASE_URL=https://httplens.test/screenshots/ \
    -P "$source_dir/packaging/metainfo.cmake"
appstreamcli validate --no-net "$scratch/shots.xml"
shots=$(grep -o 'https://httplens.test/screenshots/[^<]*' "$scratch/shots.xml")
[ "$(wc -l <<<"$shots")" -ge 8 ] || fail "too few screenshots: $shots"
for shot in $shots; do
    [ -s "$source_dir/docs/screenshots/${shot##*/}" ] || fail "no docs/screenshots/${shot##*/}"
done

cpack --config "$build/CPackConfig.cmake" -B "$scratch/package" >/dev/null
deb=$(ls "$scratch/package"/httplens_"$version"_*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
for package in libcurl4 libqt6core6 libqt6network6 libqt6widgets6 libsqlite3-0 libc6; do
    grep -q "\b$package\b" <<<"$depends" || fail "Depends lacks $package: $depends"
done
dpkg-deb -x "$deb" "$scratch/root"
[ -s "$scratch/root/usr/share/doc/httplens/copyright" ] || fail "the .deb has no copyright file"
cli="$scratch/root/usr/bin/httplens-cli"
out=$(LANG=C.UTF-8 LC_ALL=C.UTF-8 "$cli" --version)
grep -q "^httplens-cli version $version$" <<<"$out" || fail "--version: $out"
grep -q '^libcurl [0-9]' <<<"$out" || fail "--version names no libcurl: $out"
grep -q '^Qt 6\.' <<<"$out" || fail "--version names no Qt: $out"
out=$(LANG=C.UTF-8 LC_ALL=C.UTF-8 "$cli" --help)
grep -q '^libcurl [0-9]' <<<"$out" || fail "--help names no libcurl: $out"
out=$(LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$cli" --version)
grep -q "^httplens-cli 版本 $version$" <<<"$out" || fail "Chinese --version: $out"
out=$(LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$cli" explain 304)
grep -q '^304 Not Modified$' <<<"$out" || fail "explain 304: $out"
grep -q '类别' <<<"$out" || fail "explain 304 is not in Chinese: $out"
out=$(LANG=C.UTF-8 LC_ALL=C.UTF-8 "$cli" explain 304)
grep -q 'Not Modified' <<<"$out" || fail "explain 304 in English: $out"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$scratch/root/usr/bin/httplens" --version)
grep -q "^httplens version $version$" <<<"$out" || fail "httplens --version: $out"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 \
    "$scratch/root/usr/bin/httplens" --help)
grep -q '^Qt 6\.' <<<"$out" || fail "httplens --help names no Qt: $out"
grep -q '选项' <<<"$out" || fail "httplens --help is not in Chinese: $out"
echo "package $(basename "$deb") verified"
