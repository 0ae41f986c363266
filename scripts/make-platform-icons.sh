#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Remakes the macOS .icns and the Windows .ico from resources/icons/com.appclacks.Desktop.svg.
# Both are committed: the macOS and Windows builds have no SVG renderer to make them. (Linux
# PNGs are rendered at build time instead, see cmake/Packaging.cmake.) Run after changing the SVG.
# Needs librsvg2-bin, icnsutils and imagemagick (Debian).

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
svg="$root/resources/icons/com.appclacks.Desktop.svg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for tool in rsvg-convert png2icns convert; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (apt install librsvg2-bin icnsutils imagemagick)" >&2; exit 1; }
done

for size in 16 32 48 128 256 512; do
    rsvg-convert --width "$size" --height "$size" "$svg" --output "$work/icon_$size.png"
done

# png2icns picks the icns element for each size itself (is32, il32, ih32, it32, ic08, ic09).
png2icns "$root/packaging/macos/appclacks-desktop.icns" \
    "$work"/icon_{16,32,48,128,256,512}.png >/dev/null
# Windows Explorer uses 16, 32 and 48 px, and 256 px (stored as PNG) for large icon views.
convert "$work"/icon_{16,32,48,256}.png "$root/packaging/windows/appclacks-desktop.ico"

echo "Wrote packaging/macos/appclacks-desktop.icns and packaging/windows/appclacks-desktop.ico"
