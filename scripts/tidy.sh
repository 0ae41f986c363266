#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# tidy.sh [--all]  runs clang-tidy (.clang-tidy's checks, every warning an error) on each of the
# project's translation units (fuzz/ aside) with the dev build's compile commands; scripts/test.sh
# runs it, so a finding fails CI.
#
# A translation unit found clean before is skipped when nothing clang-tidy reads has changed: the
# key is the hash of its preprocessed text (every header it includes, so a header's change checks
# again each file that includes it), its compile flags, .clang-tidy and the clang-tidy version.
# The checkout's own path is taken out of the key, and the cache lives under the home folder, so
# CI's fresh clones re-check only what changed. --all ignores the cache.

source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"

# Incremental, and needed even when compile_commands.json exists: the files moc and uic generate
# are part of what clang-tidy parses.
appclacks_build dev >/dev/null
build_dir="$APPCLACKS_ROOT/build/dev"
cache="${XDG_CACHE_HOME:-$HOME/.cache}/appclacks-desktop/clang-tidy"
mkdir -p "$cache"
if [ "${1:-}" = "--all" ]; then
    find "$cache" -type f -delete
fi
# Keys no run has used for a month belong to code long gone.
find "$cache" -type f -mtime +30 -delete

cd "$APPCLACKS_ROOT"
# Only the clang-tidy that the package list installs, whose checks .clang-tidy was written for.
command -v clang-tidy >/dev/null || { appclacks_log "clang-tidy is missing (scripts/debian-packages.txt)"; exit 1; }
stamp="$(clang-tidy --version) $(sha256sum <.clang-tidy)"

declare -A tracked
while IFS= read -r -d '' file; do
    tracked["$APPCLACKS_ROOT/$file"]=1
done < <(git ls-files -z '*.cpp' ':!:fuzz/')

# One record a translation unit: file, directory, command, NUL-separated, for xargs.
units=$(mktemp)
trap 'rm -f "$units"' EXIT
count=0
while IFS= read -r -d '' file && IFS= read -r -d '' directory && IFS= read -r -d '' command; do
    [ -n "${tracked[$file]:-}" ] || continue
    printf '%s\0%s\0%s\0' "$file" "$directory" "$command" >>"$units"
    count=$((count + 1))
done < <(jq -j '.[] | .file, "\u0000", .directory, "\u0000", .command, "\u0000"' \
    "$build_dir/compile_commands.json")
[ "$count" -gt 0 ] || { appclacks_log "clang-tidy: no translation unit in $build_dir"; exit 1; }

check_unit() {
    local file=$1 directory=$2 command=$3 args preprocess=(clang++) arg key output
    # CMake writes each command in shell syntax (-DNAME=\"value\"), so the shell splits it.
    eval "args=($command)"
    set -- "${args[@]:1}"
    while [ $# -gt 0 ]; do
        case $1 in
        -o) shift ;;
        -c) ;;
        *) preprocess+=("$1") ;;
        esac
        shift
    done
    # clang's preprocessor, as clang-tidy's front end sees the code (__clang__ and all).
    key=$(set -o pipefail
        { printf '%s\n' "$stamp" "${preprocess[@]}"; (cd "$directory" && "${preprocess[@]}" -E -P -w -o -); } \
            | sed "s|$APPCLACKS_ROOT|@root@|g" | sha256sum | cut -c1-40) || key=
    if [ -n "$key" ] && [ -e "$cache/$key" ]; then
        touch "$cache/$key"
        return 0
    fi
    if output=$(clang-tidy -p "$build_dir" --quiet "$file" 2>&1); then
        [ -z "$key" ] || touch "$cache/$key"
    else
        printf '%s\n' "$output" | grep -v '^[0-9]* warnings\? generated\.$' >&2
        return 1
    fi
}
export -f check_unit
export stamp cache build_dir

appclacks_log "clang-tidy on $count translation units (those found clean before are skipped)"
if ! xargs -0 -n 3 -P "$(nproc 2>/dev/null || echo 2)" bash -c 'check_unit "$@"' _ <"$units"; then
    appclacks_log "clang-tidy found problems (above)"
    exit 1
fi
appclacks_log "clang-tidy: clean"
