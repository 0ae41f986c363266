#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Sourced by run.sh and test.sh: installs what is missing from debian-packages.txt (one list, in
# one place) and builds a CMake preset incrementally. Quick when nothing changed.

set -euo pipefail

APPCLACKS_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export APPCLACKS_ROOT

appclacks_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

appclacks_install_packages() {
    local list="$APPCLACKS_ROOT/scripts/debian-packages.txt" missing=() pkg
    while read -r pkg; do
        [ -n "$pkg" ] || continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$list")
    [ ${#missing[@]} -eq 0 ] && return 0

    if ! command -v apt-get >/dev/null; then
        appclacks_log "Missing packages: ${missing[*]}. This script installs them on Debian/Ubuntu only;"
        appclacks_log "on other systems install the equivalents (see README.md) and run again."
        return 1
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { appclacks_log "Need root or sudo to install: ${missing[*]}"; return 1; }
        sudo=(sudo)
    fi
    appclacks_log "Installing ${#missing[@]} packages: ${missing[*]}"
    "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null
}

# appclacks_build PRESET [cmake -D options…]
appclacks_build() {
    local preset=$1
    shift
    local build_dir="$APPCLACKS_ROOT/build/$preset"
    if [ ! -f "$build_dir/build.ninja" ] || [ $# -gt 0 ]; then
        appclacks_log "Configuring ($preset)"
        cmake --preset "$preset" -S "$APPCLACKS_ROOT" "$@" >/dev/null
    fi
    appclacks_log "Building ($preset)"
    cmake --build "$build_dir" --parallel "$(nproc 2>/dev/null || echo 2)"
}
