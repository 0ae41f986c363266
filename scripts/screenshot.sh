#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# screenshot.sh [OUTPUT.png] [APP ARGS…]
# Runs the real window under Xvfb with a throw-away settings directory and saves a screenshot
# of the whole virtual screen (docs/screenshot.png by default).

source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"
appclacks_install_packages
appclacks_build dev >/dev/null

output=${1:-$APPCLACKS_ROOT/docs/screenshot.png}
shift || true
app="$APPCLACKS_ROOT/build/dev/app/appclacks-desktop"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The window centres itself at 1200x760 on first run; a 1280x800 screen frames it with a margin.
XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" bash -c '
        "$0" "${@:2}" & pid=$!
        for _ in $(seq 50); do xwininfo -root -tree 2>/dev/null | grep -q "Appclacks Desktop" && break; sleep 0.2; done
        sleep 1.5
        import -window root "$1"
        kill $pid; wait $pid 2>/dev/null || true
    ' "$app" "$output" "$@"
appclacks_log "Saved $output"
