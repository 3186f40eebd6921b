#!/usr/bin/env bash
# Renders resources/icons/httplens.svg to the PNG sizes the window and the icon theme use. The
# PNGs are committed, so building needs no SVG renderer; run this after changing the SVG
# (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" httplens.svg -o "httplens-$size.png"
done
