#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
#
# bench.sh [ROUNDS]  builds the release preset and measures the exposition parser on the
# 10,000 check x zone corpus (24 MB). When the team's reference harness is beside this clone
# (../shared/bench, with its Go and Python parsers set up as its README says), the figures come
# from its bench.py, side by side with Prometheus's textparse, expfmt and prometheus_client in
# one run; otherwise from parse_bench alone.

source "$(dirname "${BASH_SOURCE[0]}")/setup-common.sh"
rounds=${1:-5}
appclacks_install_packages
appclacks_build release >/dev/null

bench_dir=$APPCLACKS_ROOT/build/release/bench
corpus=$APPCLACKS_ROOT/build/release/corpus
mkdir -p "$corpus"
harness=$APPCLACKS_ROOT/../shared/bench

if [ -f "$harness/gen_corpus.py" ] && command -v python3 >/dev/null; then
    [ -f "$corpus/hc_10k.prom" ] || python3 "$harness/gen_corpus.py" --checks 2500 --zones 4 --seed 1 -o "$corpus/hc_10k.prom"
else
    [ -f "$corpus/hc_10k.prom" ] || "$bench_dir/gen_exposition" --checks 2500 --zones 4 --seed 1 -o "$corpus/hc_10k.prom"
fi

if [ -f "$harness/bench.py" ] && [ -x /tmp/goparse ]; then
    appclacks_log "Side by side with the reference parsers ($rounds rounds)"
    python3 "$harness/bench.py" --rounds "$rounds" \
        --parser "appclacks-desktop=$bench_dir/parse_bench -n {n} {file}" "$corpus/hc_10k.prom"
else
    appclacks_log "Reference harness not found (../shared/bench and /tmp/goparse): our parser alone"
    for _ in $(seq "$rounds"); do
        /usr/bin/time -f '  peak RSS %M KB' "$bench_dir/parse_bench" -n 4 "$corpus/hc_10k.prom"
    done
fi

appclacks_log "Health snapshot and models for 10,000 check x zone pairs"
for _ in 1 2 3; do "$bench_dir/health_bench"; done

appclacks_log "The window: GUI-thread stalls during a refresh and selection switches, 10,000 pairs"
for _ in 1 2; do "$bench_dir/ui_bench"; done
