#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# tidy.sh [--all]  runs clang-tidy (.clang-tidy's checks, every warning an error) on the
# project's sources with the dev build's compile commands. A file whose text, own header,
# .clang-tidy and clang-tidy version were found clean before is skipped: the cache lives under
# the home folder, so CI's fresh clones only check what changed. --all ignores the cache.

source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"

build_dir="$APPCLACKS_ROOT/build/dev"
[ -f "$build_dir/compile_commands.json" ] || appclacks_build dev >/dev/null
cache="${XDG_CACHE_HOME:-$HOME/.cache}/appclacks-desktop/clang-tidy"
mkdir -p "$cache"
[ "${1:-}" = "--all" ] && rm -f "$cache"/*

cd "$APPCLACKS_ROOT"
version=$(clang-tidy --version | sha256sum | cut -c1-16)
config=$(sha256sum .clang-tidy | cut -c1-16)
pending=()
for file in $(git ls-files '*.cpp' | grep -v '^fuzz/'); do
    header="${file%.cpp}.h"
    key=$( { cat "$file"; [ -f "$header" ] && cat "$header"; echo "$version $config"; } | sha256sum | cut -c1-40)
    [ -e "$cache/$key" ] || pending+=("$file:$key")
done
if [ ${#pending[@]} -eq 0 ]; then
    appclacks_log "clang-tidy: every file was found clean before"
    exit 0
fi
appclacks_log "clang-tidy on ${#pending[@]} files"
printf '%s\n' "${pending[@]}" | xargs -P "$(nproc 2>/dev/null || echo 2)" -I{} bash -c '
    file=${1%%:*}; key=${1##*:}
    if output=$(clang-tidy -p "$2" --quiet "$file" 2>&1); then
        touch "$3/$key"
    else
        printf "%s\n" "$output" >&2
        exit 1
    fi' _ {} "$build_dir" "$cache"
status=$?
if [ "$status" -ne 0 ]; then
    appclacks_log "clang-tidy found problems (above)"
    exit 1
fi
appclacks_log "clang-tidy: clean"
