#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# fuzz.sh [SECONDS]  builds the libFuzzer targets (clang, ASan+UBSan) and runs the exposition
# parser's fuzzer for SECONDS (default 60) from the seed corpus. Fails on any crash, leak,
# sanitizer report, broken invariant or timeout; the reproducer is left in build/fuzz/artifacts.

source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"
seconds=${1:-60}

appclacks_install_packages
appclacks_build fuzz >/dev/null

work="$APPCLACKS_ROOT/build/fuzz/corpus"
artifacts="$APPCLACKS_ROOT/build/fuzz/artifacts"
mkdir -p "$work" "$artifacts"
appclacks_log "Fuzzing the exposition parser for ${seconds} s"
# New inputs go to the first directory (scratch); the committed seeds are only read.
"$APPCLACKS_ROOT/build/fuzz/fuzz/fuzz_expositionparser" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" \
    "$work" "$APPCLACKS_ROOT/tests/data/corpus" "$APPCLACKS_ROOT/tests/data/fuzz-seeds" 2>&1 | tail -n 6
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
    appclacks_log "The fuzzer found a problem (exit $status); reproducers: $artifacts"
    exit "$status"
fi
