#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# screenshots.sh  runs the window under Xvfb on the built-in demo and saves a picture of each
# page into docs/screenshots/: welcome, overview, latency, success, zones, over time, timeline. It drives the window
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
    xvfb-run --auto-servernum --server-args="-screen 0 1400x900x24" bash -c '
        set -e
        app=$1 out=$2
        # Each picture is the window alone (import -window), not the screen around it.
        shot() { sleep "${2:-1.5}"; import -window "$wid" "$out/$1.png"; }
        window() { sleep 5; wid=$(xdotool search --sync --onlyvisible --classname "appclacks" | head -1); }
        click() { xdotool mousemove --window "$wid" "$1" "$2" click 1; }
        "$app" & pid=$!
        window; shot welcome 0.5
        kill $pid; wait $pid || true

        # The demo opens with its made-up day in a history of its own: every page has time in it.
        "$app" --demo & pid=$!
        window; shot overview 2
        click 80 123; shot latency         # checkout, failing in one zone now
        xdotool key alt+s; shot success
        xdotool key alt+o; shot zones
        xdotool key alt+t; shot over-time 3
        xdotool key alt+i; shot timeline 2
        click 80 96; xdotool key alt+t; shot over-time-outage 3   # legacy-ftp, failing everywhere
        kill $pid; wait $pid || true
    ' bash "$app" "$out"
appclacks_log "Saved $(ls "$out" | wc -l) screenshots in $out"
