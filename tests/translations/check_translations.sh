#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# check_translations.sh LUPDATE PROJECT_JSON FULL_TS[;FULL_TS…] PLURALS_TS [LUPDATE OPTIONS…]
# Every user-visible string must be translated: lupdate on the sources into copies of the
# committed .ts files must change nothing (no new source string, no vanished entry kept), and
# no committed entry may be unfinished. The English file holds the plural forms only.

set -euo pipefail
lupdate=$1 project=$2 full=$3 plurals=$4
shift 4
options=("$@")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

check() { # FILE EXTRA_OPTIONS…
    local committed=$1
    shift
    local copy="$work/$(basename "$committed")"
    cp "$committed" "$copy"
    "$lupdate" -silent -project "$project" "${options[@]}" "$@" -ts "$copy"
    if ! diff -u "$committed" "$copy" >"$work/diff"; then
        echo "FAIL: $committed is not up to date with the sources (new, changed or vanished strings):" >&2
        head -60 "$work/diff" >&2
        failed=1
    fi
    if grep -n -E 'type="(unfinished|vanished|obsolete)"' "$committed" >&2; then
        echo "FAIL: $committed has the unfinished or vanished entries above" >&2
        failed=1
    fi
}

IFS=';' read -r -a full_files <<<"$full"
for ts in "${full_files[@]}"; do
    check "$ts"
done
check "$plurals" -pluralonly -source-language en -target-language en

if [ "$failed" -ne 0 ]; then
    echo "Run: cmake --build build/dev --target update_translations, translate what it marks unfinished (Qt Linguist, or the <translation> elements), and commit translations/." >&2
    exit 1
fi
echo "translations complete: ${full_files[*]} $plurals"
