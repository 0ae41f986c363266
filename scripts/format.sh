#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# format.sh          reformat every C++ file in place
# format.sh --check  list the files that differ from .clang-format and fail if any does

set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# One pinned version: formatting must not change with the machine. InsertBraces needs 15 or newer.
CLANG_FORMAT=${CLANG_FORMAT:-clang-format-16}
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
if [ "${1:-}" = "--check" ]; then
    bad=()
    for f in "${files[@]}"; do
        if ! "$CLANG_FORMAT" --style=file "$f" | cmp -s - "$f"; then
            bad+=("$f")
        fi
    done
    if [ ${#bad[@]} -gt 0 ]; then
        echo "These files are not formatted (run scripts/format.sh):" >&2
        for f in "${bad[@]}"; do
            echo "  $f" >&2
            "$CLANG_FORMAT" --style=file "$f" | diff -u "$f" - | head -20 >&2 || true
        done
        exit 1
    fi
    echo "clang-format: ${#files[@]} files clean"
else
    "$CLANG_FORMAT" --style=file -i "${files[@]}"
fi
