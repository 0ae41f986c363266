#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# screenshots.sh  runs the window under Xvfb on the built-in demo and saves a picture of each
# page into docs/screenshots/: welcome, overview, latency, success, zones. It drives the window
# with the keyboard and the mouse, as a person would (xdotool).

source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"
appclacks_install_packages
appclacks_build dev >/dev/null

out="$APPCLACKS_ROOT/docs/screenshots"
mkdir -p "$out"
app="$APPCLACKS_ROOT/build/dev/app/appclacks-desktop"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
    xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" bash -c '
        set -e
        app=$1 out=$2
        shot() { sleep "${2:-1.2}"; import -window root "$out/$1.png"; }
        "$app" & pid=$!
        sleep 2.5; shot welcome 0
        kill $pid; wait $pid || true

        "$app" --demo & pid=$!
        sleep 3.5; shot overview 0
        # Xvfb has no window manager to give focus: click where a person would.
        xdotool mousemove 140 146 click 1; shot latency   # the check failing in one zone
        xdotool mousemove 634 131 click 1; shot success   # the Success tab
        xdotool mousemove 701 131 click 1; shot zones     # the Zones tab
        kill $pid; wait $pid || true
    ' bash "$app" "$out"
appclacks_log "Saved $(ls "$out" | wc -l) screenshots in $out"
