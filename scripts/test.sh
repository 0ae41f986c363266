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

cd "$APPCLACKS_ROOT"
jobs=$(nproc 2>/dev/null || echo 2)

"$APPCLACKS_ROOT/scripts/fuzz.sh" "${APPCLACKS_FUZZ_SECONDS:-60}"

appclacks_log "Running the tests under AddressSanitizer and UndefinedBehaviorSanitizer"
appclacks_build asan >/dev/null
ctest --preset asan --parallel "$jobs"

# Last, so that ctest's summary of the plain build closes the output.
appclacks_log "Running the tests"
# Widget tests set QT_QPA_PLATFORM=offscreen themselves (tests/CMakeLists.txt).
ctest --preset dev --parallel "$jobs"
