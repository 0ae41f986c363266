#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# bench.sh [ROUNDS]  builds the release preset and measures the exposition parser: in process on
# the 10,000 check x zone corpus (24 MB), and as a whole cold process (`parse FILE --format
# stats`) on it and on the 200,000 pair corpus (488 MB), with where that process's resident
# memory is (bench/rss_breakdown.py, when gdb is installed). When the team's reference harness is beside this
# clone (../shared/bench, with its Go and Python parsers set up as its README says), the figures
# come side by side with Prometheus's textparse (and, in process, expfmt and prometheus_client) in
# one interleaved run; otherwise our parser alone. The corpora go to $APPCLACKS_CORPUS_DIR
# (default /tmp/appclacks-corpus), never into the clone.

source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"
rounds=${1:-5}
appclacks_install_packages
appclacks_build release >/dev/null

bench_dir=$APPCLACKS_ROOT/build/release/bench
app=$APPCLACKS_ROOT/build/release/app/appclacks-desktop
corpus=${APPCLACKS_CORPUS_DIR:-${TMPDIR:-/tmp}/appclacks-corpus}
mkdir -p "$corpus"
harness=$APPCLACKS_ROOT/../shared/bench

generate() { # generate NAME CHECKS
    [ -f "$corpus/$1.prom" ] && return
    if [ -f "$harness/gen_corpus.py" ] && command -v python3 >/dev/null; then
        python3 "$harness/gen_corpus.py" --checks "$2" --zones 4 --seed 1 -o "$corpus/$1.prom"
    else
        "$bench_dir/gen_exposition" --checks "$2" --zones 4 --seed 1 -o "$corpus/$1.prom"
    fi
}
generate hc_10k 2500
generate hc_200k 50000

if [ -f "$harness/bench.py" ] && [ -x /tmp/goparse ]; then
    appclacks_log "Side by side with the reference parsers ($rounds rounds)"
    python3 "$harness/bench.py" --rounds "$rounds" --ref go-textparse \
        --parser "appclacks-desktop=$bench_dir/parse_bench -n {n} {file}" \
        --parser "appclacks-desktop-portable=$bench_dir/parse_bench --portable -n {n} {file}" "$corpus/hc_10k.prom"
    appclacks_log "Whole process, cold: parse --format stats against textparse's read + one parse ($rounds rounds)"
    for name in hc_10k hc_200k; do
        python3 "$APPCLACKS_ROOT/bench/process_bench.py" --rounds "$rounds" "$corpus/$name.prom" \
            "go-textparse=/tmp/goparse -parser textparse -n 1 {file}" \
            "appclacks-desktop=$app parse {file} --format stats"
    done
else
    appclacks_log "Reference harness not found (../shared/bench and /tmp/goparse): our parser alone"
    for _ in $(seq "$rounds"); do
        /usr/bin/time -f '  peak RSS %M KB' "$bench_dir/parse_bench" -n 4 "$corpus/hc_10k.prom"
    done
    for name in hc_10k hc_200k; do
        python3 "$APPCLACKS_ROOT/bench/process_bench.py" --rounds "$rounds" "$corpus/$name.prom" \
            "appclacks-desktop=$app parse {file} --format stats"
    done
fi

if command -v gdb >/dev/null; then
    appclacks_log "Where the resident memory of parse --format stats is at its end (24 MB corpus)"
    python3 "$APPCLACKS_ROOT/bench/rss_breakdown.py" --top 8 -- "$app" parse "$corpus/hc_10k.prom" --format stats
fi
appclacks_log "Streaming count in process: the window's size (24 MB corpus)"
for window in 65536 262144 1048576; do
    "$bench_dir/parse_bench" -n 7 --stream "$window" "$corpus/hc_10k.prom"
done

appclacks_log "Health snapshot and models for 10,000 check x zone pairs"
for _ in 1 2 3; do "$bench_dir/health_bench"; done

appclacks_log "The window: GUI-thread stalls during a refresh and selection switches, 10,000 pairs"
for _ in 1 2; do "$bench_dir/ui_bench"; done
