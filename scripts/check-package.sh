#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Checks a built appclacks-desktop .deb without installing it on this machine:
# its control fields, its contents, lintian (no errors), the installed desktop file, AppStream
# metadata, icons and man page, and the program itself run from a private root (dpkg -x).
#
#   scripts/check-package.sh PACKAGE.deb EXPECTED_VERSION

set -euo pipefail

deb=$(realpath "$1")
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
field() { dpkg-deb --field "$deb" "$1"; }

# Control fields: name, version, architecture, and dependencies computed from the binary.
[ "$(field Package)" = appclacks-desktop ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version is $(field Version), expected $version"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is $(field Architecture)"
depends=$(field Depends)
for needed in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6charts6 libqt6svg6 \
    libqt6keychain1 libqt6sql6-sqlite libqt6dbus6; do
    grep -qE "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
grep -qE 'libqt6core6[^,]*\(>= 6\.' <<<"$depends" || fail "Depends has no minimum Qt version: $depends"
# Qt's own strings in the user's language (the app's own translations are inside the binary).
grep -qE "(^|, )qt6-translations-l10n( |,|$)" <<<"$(field Recommends)" \
    || fail "Recommends lacks qt6-translations-l10n: $(field Recommends)"
for name in Maintainer Homepage Section Description; do
    [ -n "$(field "$name")" ] || fail "no $name field"
done

# Contents: everything a desktop needs, and nothing from the build (headers, tests, libraries).
dpkg-deb --contents "$deb" | awk '{ print $NF }' | sed 's|^\./|/|' >"$work/contents"
expected=(
    /usr/bin/appclacks-desktop
    /usr/share/applications/com.appclacks.Desktop.desktop
    /usr/share/metainfo/com.appclacks.Desktop.metainfo.xml
    /usr/share/mime/packages/com.appclacks.Desktop.xml
    /usr/share/icons/hicolor/scalable/apps/com.appclacks.Desktop.svg
    /usr/share/man/man1/appclacks-desktop.1.gz
    /usr/share/doc/appclacks-desktop/copyright
    /usr/share/doc/appclacks-desktop/changelog.gz
)
sizes=(16 22 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/com.appclacks.Desktop.png")
done
for path in "${expected[@]}"; do
    grep -qx "$path" "$work/contents" || fail "$path is missing from the package"
done
if grep -E '/include/|\.a$|\.so(\.|$)|/tst_|bench|simulator|CMake|\.cmake$' "$work/contents" >&2; then
    fail "the package holds build files (above)"
fi

appclacks_log() { printf '==> %s\n' "$*" >&2; }
appclacks_log "lintian $(basename "$deb")"
# Errors fail the check; warnings are shown (the hardening ones go away with scripts/package.sh's
# release build, which uses dpkg-buildflags).
lintian --fail-on error --tag-display-limit 0 "$deb" >&2 || fail "lintian reports errors"

# Unpacked into a private root, as apt would install it.
root="$work/root"
dpkg-deb --extract "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/com.appclacks.Desktop.desktop" \
    || fail "desktop-file-validate rejects the installed desktop file"
appstreamcli validate --pedantic --no-net "$root/usr/share/metainfo/com.appclacks.Desktop.metainfo.xml" >&2 \
    || fail "appstreamcli rejects the installed metainfo"
for size in "${sizes[@]}"; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/com.appclacks.Desktop.png"
    [ "$(file --brief "$png" | grep -oE '[0-9]+ x [0-9]+')" = "$size x $size" ] \
        || fail "the ${size}x${size} icon is $(file --brief "$png")"
done
if ! LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
    "$root/usr/share/man/man1/appclacks-desktop.1.gz" 2>"$work/man.log" >/dev/null || [ -s "$work/man.log" ]; then
    cat "$work/man.log" >&2
    fail "the man page does not render cleanly"
fi
file --brief "$root/usr/bin/appclacks-desktop" | grep -q ', stripped' || fail "the binary is not stripped"
if ldd "$root/usr/bin/appclacks-desktop" | grep 'not found' >&2; then
    fail "the binary needs libraries this machine lacks (above)"
fi

# The program from the package: version, and the demo scraped over loopback HTTP, headless.
home="$work/home"
mkdir -p "$home"
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_RUNTIME_DIR="$home" "$root/usr/bin/appclacks-desktop" "$@"
}
[ "$(run --version)" = "appclacks-desktop $version" ] || fail "--version prints '$(run --version)'"
if run summary --demo >"$work/summary" 2>&1 && grep -q 'api-gateway' "$work/summary"; then
    :
else
    cat "$work/summary" >&2
    fail "summary --demo failed"
fi
if ! run export-chart --demo --chart histogram --output "$work/chart.png" >/dev/null 2>&1 \
    || ! file --brief "$work/chart.png" | grep -q '^PNG image data, 1200 x 700'; then
    fail "export-chart --demo did not draw a 1200x700 PNG"
fi
# The translations are embedded as resources (core/CMakeLists.txt): the packaged program speaks
# French with nothing else installed, the command line included.
if ! LANGUAGE=fr run --help | grep -q 'Commandes (chacune accepte --help)'; then
    fail "LANGUAGE=fr appclacks-desktop --help is not in French"
fi
if ! LANGUAGE=fr run summary --demo 2>&1 | grep -q '^CONTRÔLE'; then
    fail "LANGUAGE=fr appclacks-desktop summary --demo is not in French"
fi

if [ "$failures" -gt 0 ]; then
    echo "$(basename "$deb"): $failures checks failed" >&2
    exit 1
fi
echo "$(basename "$deb"): control fields, contents, lintian, metadata, icons, man page, a demo run and French all pass"
