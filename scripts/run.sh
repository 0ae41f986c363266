#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Installs what is missing, builds, and opens Appclacks Desktop. Arguments go to the app.
# Without a display it says so and runs the headless equivalent instead.

source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"

appclacks_install_packages
appclacks_build dev >/dev/null

app="$APPCLACKS_ROOT/build/dev/app/appclacks-desktop"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    appclacks_log "No display (neither DISPLAY nor WAYLAND_DISPLAY is set): the window cannot open here."
    appclacks_log "Instead, the demo's summary, scraped from the built-in simulator over HTTP:"
    "$app" summary --demo "$@"
    chart="$APPCLACKS_ROOT/build/demo-latency.png"
    "$app" export-chart --demo --chart histogram --output "$chart" --size 1200x700
    appclacks_log "Open $chart to see the latency chart of the check that fails most."
    exit 0
fi
# With no arguments, the window opens on the built-in demo.
[ $# -gt 0 ] || set -- --demo
exec "$app" "$@"
