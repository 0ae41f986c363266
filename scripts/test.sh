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

appclacks_log "Running the tests"
# Widget tests set QT_QPA_PLATFORM=offscreen themselves (tests/CMakeLists.txt).
cd "$APPCLACKS_ROOT"
ctest --preset dev --parallel "$(nproc 2>/dev/null || echo 2)"
