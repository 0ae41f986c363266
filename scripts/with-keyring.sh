#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# with-keyring.sh COMMAND [ARGS…]
# Runs COMMAND against a real Secret Service that belongs to nobody but this run: a private
# D-Bus session (dbus-run-session) and an unlocked gnome-keyring-daemon whose keyrings live in
# a throw-away HOME, so tests exercise QtKeychain's real backend without touching the user's.

set -euo pipefail
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home" "$scratch/runtime"
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/home/.local/share"
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- bash -c '
    # --login creates and unlocks the "login" keyring, which becomes the default collection.
    printf "appclacks-test" | gnome-keyring-daemon --login --daemonize >/dev/null 2>&1
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
    exec "$@"
' with-keyring "$@" 2> >(grep -v "fd limit" >&2)
