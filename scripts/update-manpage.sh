#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# Writes the man page packaging/linux/appclacks-desktop.1 from the program's own help:
# `appclacks-desktop --help` and `appclacks-desktop COMMAND --help` for every command that the
# main help lists. So the page says what the program says, and only EXIT STATUS, ENVIRONMENT,
# FILES, BUGS and SEE ALSO are written here by hand.
#
#   scripts/update-manpage.sh [EXECUTABLE]            rewrite the page (after changing a --help)
#   scripts/update-manpage.sh --check [EXECUTABLE]    fail if the page is not current (the test)
#
# EXECUTABLE defaults to build/dev/app/appclacks-desktop.

set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
page="$root/packaging/linux/appclacks-desktop.1"
check=0
if [ "${1:-}" = "--check" ]; then
    check=1
    shift
fi
executable=$(realpath "${1:-$root/build/dev/app/appclacks-desktop}")
[ -x "$executable" ] || { echo "No executable at $executable: build first (cmake --build build/dev)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Run it as a user would, by its name (the usage lines print argv[0]), in a throw-away home, in
# English, without a display, at Qt's default help width.
mkdir -p "$work/bin" "$work/home"
ln -s "$executable" "$work/bin/appclacks-desktop"
program_help() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u LANGUAGE HOME="$work/home" XDG_RUNTIME_DIR="$work/home" \
        LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen PATH="$work/bin:$PATH" \
        appclacks-desktop "$@" 2>/dev/null
}

main_help=$(program_help --help)
version=$(program_help --version | awk '{ print $NF }')
# The commands are the second word of the main help's "  appclacks-desktop COMMAND …" lines.
mapfile -t commands < <(printf '%s\n' "$main_help" | awk '/^  appclacks-desktop [a-z]/ { print $2 }')
[ ${#commands[@]} -gt 0 ] || { echo "Found no commands in appclacks-desktop --help" >&2; exit 1; }

# Roff-escapes text: backslashes, option dashes (the rest of the hyphens stay hyphens), and a
# leading dot or quote that roff would take for a request.
escape='
function esc(s) {
    gsub(/\\/, "\\e", s)
    s = " " s
    while (match(s, /[ [|(,=]-/)) {
        s = substr(s, 1, RSTART) "\\-" substr(s, RSTART + 2)
    }
    while (match(s, /\\--/)) {
        s = substr(s, 1, RSTART + 1) "\\-" substr(s, RSTART + 3)
    }
    s = substr(s, 2)
    if (substr(s, 1, 1) == "." || substr(s, 1, 1) == sprintf("%c", 39)) { s = "\\&" s }
    return s
}
# An option or argument: every dash is a minus, <placeholders> in italics (inside bold).
function term(s) {
    gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s); gsub(/</, "\\fI", s); gsub(/>/, "\\fB", s)
    return s
}
'

# A QCommandLineParser help text: "Usage: …", description lines, then "Options:" and
# "Arguments:" sections of "  TERM   DESCRIPTION" entries whose descriptions wrap onto lines
# indented to the description column. Anything else is kept as a preformatted block.
# Prints: the description as a paragraph, then each entry as a tagged paragraph (.TP).
body_awk="$escape"'
function flush() {
    if (entry != "") { print ".TP"; print "\\fB" term(entry) "\\fR"; print esc(text) }
    entry = ""; text = ""
}
NR == 1 && /^[Uu]sage:/ { next }
/^(Options|Arguments):$/ { flush(); section = $0; next }
section == "" {
    if ($0 == "") { paragraph = described; next }
    if (paragraph) { print ".PP"; paragraph = 0 }
    print esc($0); described = 1; next
}
/^  [^ ]/ {
    flush()
    line = substr($0, 3)
    split_at = index(line, "  ")
    if (split_at == 0) { entry = line; text = ""; next }
    entry = substr(line, 1, split_at - 1)
    text = line; sub(/^[^ ]+( [^ ]+)*  +/, "", text)
    next
}
/^   +[^ ]/ { line = $0; sub(/^ +/, "", line); text = text " " line; next }
/^$/ { flush(); next }
END { flush() }
'

synopsis() {
    # "  appclacks-desktop COMMAND ARGS" lines, one paragraph each so that long ones wrap; the
    # command word in bold, the rest as written.
    printf '%s\n' "$main_help" | awk "$escape"'
        /^  appclacks-desktop/ {
            line = substr($0, 3); sub(/^appclacks-desktop ?/, "", line)
            word = line; sub(/ .*/, "", word); rest = substr(line, length(word) + 1)
            print ".PP"
            printf "\\fBappclacks\\-desktop\\fR"
            if (word != "") { printf " \\fB%s\\fR", term(word) }
            print esc(rest)
        }'
}

description() {
    # Everything before the command list, then the SOURCE grammar after it, as written.
    printf '%s\n' "$main_help" | awk "$escape"'
        NR == 1 { next }
        /^Commands/ { in_commands = 1; next }
        /^Options:$/ { exit }
        !in_commands && $0 != "" { print esc($0); next }
        in_commands && /^[^ ]/ { grammar = 1; print ".PP"; print ".nf" }
        grammar && $0 != "" { print esc($0) }
        END { if (grammar) { print ".fi" } }'
}

summary_of() {
    # The indented line under "  appclacks-desktop COMMAND …" in the main help.
    printf '%s\n' "$main_help" | awk -v command="$1" "$escape"'
        found { sub(/^ +/, ""); print esc($0); exit }
        $1 == "appclacks-desktop" && $2 == command { found = 1 }'
}

name_line=$(printf '%s\n' "$main_help" | sed -n '2{s/\.$//;s/^\(.\)/\L\1/;p}')

{
    echo '.\" SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors'
    echo '.\" SPDX-License-Identifier: Apache-2.0'
    echo '.\" Generated by scripts/update-manpage.sh from appclacks-desktop --help: change the help'
    echo '.\" texts (or that script), then run it again. tests/packaging checks that it is current.'
    echo ".TH APPCLACKS\\-DESKTOP 1 \"\" \"appclacks\\-desktop $version\" \"User Commands\""
    echo '.SH NAME'
    echo "appclacks\\-desktop \\- $name_line"
    echo '.SH SYNOPSIS'
    echo '.nh'
    echo '.ad l'
    synopsis
    echo '.ad b'
    echo '.hy'
    echo '.SH DESCRIPTION'
    description
    echo '.PP'
    echo 'Without a command, the window opens: on the source given by an option, or where it was last'
    echo 'left.'
    echo '.SH OPTIONS'
    printf '%s\n' "$main_help" | awk '/^Options:$/ { keep = 1 } keep' | awk "$body_awk"
    echo '.SH COMMANDS'
    for command in "${commands[@]}"; do
        echo ".SS \"appclacks\\-desktop $command\""
        summary_of "$command" | sed 's/^\(.\)/\U\1/; s/[^.]$/&./'
        command_help=$(program_help "$command" --help || true)
        if printf '%s\n' "$command_help" | grep -q '^Options:$'; then
            echo '.PP'
            printf '%s\n' "$command_help" | awk "$body_awk"
        elif [ -n "$command_help" ]; then
            echo '.PP'
            echo '.nf'
            printf '%s\n' "$command_help" | awk "$escape"'{ print esc($0) }'
            echo '.fi'
        fi
    done
    cat <<'EOF'
.SH EXIT STATUS
As in
.BR sysexits.h ,
with 2 for usage errors:
.TP
.B 0
Success.
.TP
.B 2
Usage error: an unknown command or option, or a missing argument.
.TP
.B 64
A profile or source that cannot be used as it is: a malformed URL, label matcher or CA file.
.TP
.B 65
The input is not valid exposition data; the message reads
.IR FILE : LINE : COLUMN ": reason".
Also an answer that is not what was asked for, such as a web page where a Prometheus
server's API was expected.
.TP
.B 69
The source is unavailable: connection refused, timeout or TLS error.
.TP
.B 74
Input or output error, such as a file that cannot be read or written.
.TP
.B 77
The credentials were rejected (HTTP 401 or 403).
.SH ENVIRONMENT
.TP
.B APPCLACKS_ORGANIZATION_ID\fR, \fBAPPCLACKS_TOKEN
HTTP Basic credentials for
.BR \-\-url ,
and the token
.B profile add
stores when it is not given on standard input.
.TP
.B QT_QPA_PLATFORM
Qt's windowing platform; the commands that draw use
.B offscreen
by themselves when there is no display.
.SH FILES
.TP
.I ~/.config/com.appclacks/Desktop.conf
Settings and profiles. Tokens are never written there: they live in the system keychain
(the Secret Service on Linux) under the service name
.BR appclacks\-desktop .
.TP
.I ~/.local/share/com.appclacks/Desktop/plaintext\-secrets.ini
Tokens, only if you allowed it when no keychain was available; readable by your account only.
.TP
.I ~/.config/appclacks/appclacks.yaml
The Appclacks command-line tool's profiles, read by
.BR "profile import\-appclacks\-yaml" .
.SH BUGS
Report problems at
.UR https://github.com/appclacks/appclacks-desktop/issues
.UE .
.SH SEE ALSO
.UR https://www.appclacks.com
Appclacks
.UE ,
.UR https://github.com/appclacks/cabourotte
Cabourotte
.UE
EOF
} >"$work/appclacks-desktop.1"

if [ "$check" = 1 ]; then
    if ! diff -u "$page" "$work/appclacks-desktop.1" >"$work/diff"; then
        cat "$work/diff" >&2
        echo "packaging/linux/appclacks-desktop.1 is stale: it no longer matches appclacks-desktop --help." >&2
        echo "Run scripts/update-manpage.sh and commit the result." >&2
        exit 1
    fi
    echo "packaging/linux/appclacks-desktop.1 matches appclacks-desktop --help (${#commands[@]} commands)"
else
    cp "$work/appclacks-desktop.1" "$page"
    echo "Wrote packaging/linux/appclacks-desktop.1 (${#commands[@]} commands)"
fi
