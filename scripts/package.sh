#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Builds the Debian package appclacks-desktop_VERSION_ARCH.deb with CPack; its dependencies are
# computed from the binary by dpkg-shlibdeps (cmake/Packaging.cmake).
#
#   scripts/package.sh                      release build with Debian's hardening flags → build/package/
#   scripts/package.sh --build-dir DIR      package an existing build (scripts/test.sh reuses build/dev)
#   scripts/package.sh --output DIR         where the .deb goes
#
# Then, on Debian 12 or newer: sudo apt install ./build/package/appclacks-desktop_*.deb

source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"

build_dir=
output="$APPCLACKS_ROOT/build/package"
while [ $# -gt 0 ]; do
    case $1 in
        --build-dir) build_dir=$(realpath "$2"); shift 2 ;;
        --output) output=$2; shift 2 ;;
        -h | --help) sed -n '5,13s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "Unknown argument: $1 (see $0 --help)" >&2; exit 2 ;;
    esac
done

appclacks_install_packages

if [ -z "$build_dir" ]; then
    # The flags Debian's own packages are built with, all hardening on (stack protector, fortify,
    # relro, bind now), so that lintian finds the binary hardened.
    export DEB_BUILD_MAINT_OPTIONS=hardening=+all
    cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
    ldflags=$(dpkg-buildflags --get LDFLAGS)
    appclacks_build release -DAPPCLACKS_BUILD_BENCHMARKS=OFF \
        "-DCMAKE_CXX_FLAGS=$cxxflags" "-DCMAKE_EXE_LINKER_FLAGS=$ldflags"
    build_dir="$APPCLACKS_ROOT/build/release"
else
    appclacks_log "Building what the package holds ($build_dir)"
    cmake --build "$build_dir" --target appclacks-desktop appclacks_desktop_data
fi

appclacks_log "Packing the .deb"
mkdir -p "$output"
rm -f "$output"/appclacks-desktop_*.deb
output=$(realpath "$output")
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$output" >"$output/cpack.log" 2>&1 \
    || { cat "$output/cpack.log" >&2; exit 1; }
# CPack's staging tree is only useful when a packaging step fails.
rm -rf "$output/_CPack_Packages" "$output/cpack.log"
ls "$output"/appclacks-desktop_*.deb
