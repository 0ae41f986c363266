#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
"""The one-day history benchmark, run by the suite (ctest history_bench_one_day).

Runs bench/history_bench on one day and checks its last line's figures: the history file holds the
same samples in fewer bytes than Prometheus 2.42's compacted TSDB and VictoriaMetrics (both run by
the benchmark on the same data), and the step query answered. The full week is the documented
command in README (Performance)."""
import json
import subprocess
import sys

bench = sys.argv[1]
arguments = sys.argv[2:] or ["--pairs", "40", "--days", "1", "--compare-pairs", "40", "--queries", "3"]
run = subprocess.run([bench] + arguments, capture_output=True, text=True, timeout=1800)
sys.stdout.write(run.stdout)
sys.stderr.write(run.stderr)
if run.returncode != 0:
    sys.exit(f"history_bench exited {run.returncode}")
figures = json.loads(run.stdout.strip().splitlines()[-1])
ours = figures["ours_bytes_per_sample"]
failures = []
for other in ("prometheus_bytes_per_sample", "victoriametrics_bytes_per_sample"):
    if figures[other] is None:
        failures.append(f"{other} was not measured (is the tool installed? scripts/debian-packages.txt)")
    elif not ours < figures[other]:
        failures.append(f"ours {ours:.3f} B/sample is not below {other} {figures[other]:.3f}")
if figures["samples"] <= 0 or figures["step_query_median_ms"] is None:
    failures.append("no samples written or no step query answered")
if failures:
    sys.exit("\n".join(failures))
print(f"ok: {ours:.3f} B/sample against Prometheus {figures['prometheus_bytes_per_sample']:.3f} "
      f"and VictoriaMetrics {figures['victoriametrics_bytes_per_sample']:.3f}")
