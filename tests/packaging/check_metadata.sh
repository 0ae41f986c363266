#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# The desktop-integration files, as the tools that read them see them, and as agreeing with
# each other and with the build: desktop-file-validate, appstreamcli validate --pedantic,
# update-mime-database; one id everywhere, the CMake version in AppStream and the changelog,
# the desktop file's types defined by our MIME file, one bugtracker URL.
#
#   check_metadata.sh SOURCE_DIR PROJECT_VERSION BUGTRACKER_URL

set -euo pipefail

source_dir=$1
version=$2
bugtracker=$3
linux="$source_dir/packaging/linux"
desktop="$linux/com.appclacks.Desktop.desktop"
metainfo="$linux/com.appclacks.Desktop.metainfo.xml"
mime="$linux/com.appclacks.Desktop.mime.xml"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $desktop"

# --no-net: the screenshot URLs exist once the repository is public; CI has no network.
# Pedantic hints fail the test too, except the one the design imposes (the capitals of
# com.appclacks.Desktop, the id of the desktop file, the bundle and the settings).
if ! appstreamcli validate --pedantic --no-net "$metainfo" >"$work/appstream" 2>&1; then
    cat "$work/appstream" >&2
    fail "appstreamcli validate rejects $metainfo"
fi
if grep -E '^[EWIP]: ' "$work/appstream" | grep -v 'cid-contains-uppercase-letter' >&2; then
    fail "appstreamcli validate --pedantic has remarks on $metainfo"
fi

id=com.appclacks.Desktop
value() { sed -n "s/^$1=//p" "$desktop"; }
[ "$(value Icon)" = "$id" ] || fail "the desktop file's Icon is not $id"
[ "$(value Exec)" = "appclacks-desktop %f" ] || fail "the desktop file's Exec is not 'appclacks-desktop %f'"
grep -q "<id>$id</id>" "$metainfo" || fail "AppStream id is not $id"
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" || fail "AppStream launchable is not $id.desktop"

newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -1)
[ "$newest" = "$version" ] || fail "the newest AppStream release is $newest, CMake's PROJECT_VERSION is $version"
changelog=$(sed -n '1s/^appclacks-desktop (\([^)]*\)).*/\1/p' "$linux/changelog")
[ "$changelog" = "$version" ] || fail "packaging/linux/changelog starts at $changelog, CMake's PROJECT_VERSION is $version"
grep -q "<url type=\"bugtracker\">$bugtracker</url>" "$metainfo" \
    || fail "AppStream's bugtracker URL is not $bugtracker (the About dialog's)"

# The MIME definition compiles, and the desktop file offers the app for exactly the types it
# defines (never text/plain: that would offer it for every text file), as AppStream says.
mkdir -p "$work/mime/packages"
cp "$mime" "$work/mime/packages/$id.xml"
XDG_DATA_HOME="$work" XDG_DATA_DIRS="$work" update-mime-database "$work/mime" 2>"$work/mime.log" || fail "update-mime-database rejects $mime"
if [ -s "$work/mime.log" ]; then
    cat "$work/mime.log" >&2
    fail "update-mime-database warns about $mime"
fi
grep -qx 'text/x-prometheus-metrics:\*\.prom' <(cut -d: -f2- "$work/mime/globs2") \
    || fail "*.prom is not text/x-prometheus-metrics in the compiled MIME database"
defined=$(sed -n 's/.*<mime-type type="\([^"]*\)".*/\1/p' "$mime" | sort)
offered=$(value MimeType | tr ';' '\n' | sed '/^$/d' | sort)
provided=$(sed -n 's/.*<mediatype>\([^<]*\)<\/mediatype>.*/\1/p' "$metainfo" | sort)
[ "$offered" = "$defined" ] || fail "the desktop file's MimeType ($offered) differs from the MIME file's types ($defined)"
[ "$provided" = "$defined" ] || fail "AppStream's mediatypes ($provided) differ from the MIME file's types ($defined)"

if [ "$failures" -gt 0 ]; then
    echo "$failures failed" >&2
    exit 1
fi
echo "desktop file, AppStream metadata and MIME definition: valid and consistent (version $version)"
