#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Installs what is missing, builds, checks formatting and runs every test through ctest.
# Exits non-zero on any failure.

source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"

appclacks_install_packages

appclacks_log "Checking formatting (clang-format)"
"$APPCLACKS_ROOT/scripts/format.sh" --check

appclacks_build dev

# Cached per translation unit under ~/.cache (scripts/tidy.sh): a fresh clone re-checks only what
# changed; a cold run (empty cache) takes about 17 CPU-minutes, some 9 minutes on 2 idle cores.
appclacks_log "Running clang-tidy"
"$APPCLACKS_ROOT/scripts/tidy.sh"

cd "$APPCLACKS_ROOT"
jobs=$(nproc 2>/dev/null || echo 2)

# The .deb from the dev build (no second build): contents, control fields, lintian, metadata, and
# the program run from a private root; nothing is installed on this machine.
appclacks_log "Building and checking the Debian package"
package_dir=$(mktemp -d)
trap 'rm -rf "$package_dir"' EXIT
"$APPCLACKS_ROOT/scripts/package.sh" --build-dir "$APPCLACKS_ROOT/build/dev" --output "$package_dir" >/dev/null
"$APPCLACKS_ROOT/scripts/check-package.sh" "$package_dir"/appclacks-desktop_*.deb \
    "$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$APPCLACKS_ROOT/build/dev/CMakeCache.txt")"
rm -rf "$package_dir"

"$APPCLACKS_ROOT/scripts/fuzz.sh" "${APPCLACKS_FUZZ_SECONDS:-60}"

appclacks_log "Running the tests under AddressSanitizer and UndefinedBehaviorSanitizer"
appclacks_build asan >/dev/null
ctest --preset asan --parallel "$jobs"

# Last, so that ctest's summary of the plain build closes the output.
appclacks_log "Running the tests"
# Widget tests set QT_QPA_PLATFORM=offscreen themselves (tests/CMakeLists.txt).
ctest --preset dev --parallel "$jobs"
