#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
"""Whole-process, cold: what a user running the command line meets. Runs each command once per
round on the same file, the commands interleaved, and prints a Markdown table of medians: wall
time, MB/s over the whole process (read + parse + exit), user and system time, peak RSS and its
ratio to the input. The first command is the reference of the ratio columns: wall time, and CPU
time (user + system), the steadier figure when other processes share the cores.

  process_bench.py --rounds 7 FILE \
      'appclacks-desktop=build/release/app/appclacks-desktop parse {file} --format stats' \
      'go-textparse=/tmp/goparse -parser textparse -n 1 {file}'

Each command runs once before the rounds (not counted) so that the file and the executables are
in the page cache for every command alike. Prints one JSON line of the medians at the end.
"""
import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(cmd):
    start = time.perf_counter()
    child = subprocess.Popen(shlex.split(cmd), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    err = child.stderr.read().decode(errors="replace").strip()
    child.stderr.close()
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        return {"error": "rc=%d %s" % (child.returncode, err.splitlines()[0] if err else "")}
    return {"wall_s": wall, "user_s": usage.ru_utime, "sys_s": usage.ru_stime, "rss_MB": usage.ru_maxrss / 1024}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file")
    ap.add_argument("commands", nargs="+", metavar="NAME=CMD", help="CMD may use {file}")
    ap.add_argument("--rounds", type=int, default=7)
    a = ap.parse_args()
    commands = [tuple(c.split("=", 1)) for c in a.commands]
    size = os.path.getsize(a.file)
    results = {name: [] for name, _ in commands}
    for name, cmd in commands:  # warm the page cache
        run(cmd.format(file=shlex.quote(a.file)))
    for rnd in range(a.rounds):
        for name, cmd in commands:
            r = run(cmd.format(file=shlex.quote(a.file)))
            r.update(round=rnd, name=name)
            print(json.dumps(r), file=sys.stderr)
            results[name].append(r)
    med = statistics.median
    ref = commands[0][0]
    summary = {"file": a.file, "bytes": size}
    print("| file | MB | command | wall s | MB/s | x %s (same round) | user s | sys s | CPU x %s | peak RSS MB "
          "| RSS / input | runs ok |" % (ref, ref))
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, _ in commands:
        ok = [r for r in results[name] if "error" not in r]
        if not ok:
            print("| %s | %.1f | %s | error: %s | | | | | | | | 0/%d |"
                  % (os.path.basename(a.file), size / 1e6, name, results[name][0]["error"], a.rounds))
            continue
        ref_by_round = {r["round"]: r for r in results[ref] if "error" not in r}
        # how many times faster than the reference: reference wall over this wall, round by round
        ratios = [ref_by_round[r["round"]]["wall_s"] / r["wall_s"] for r in ok if r["round"] in ref_by_round]
        cpu = lambda r: r["user_s"] + r["sys_s"]
        cpu_ratios = [cpu(ref_by_round[r["round"]]) / cpu(r) for r in ok if r["round"] in ref_by_round]
        wall = med([r["wall_s"] for r in ok])
        rss = med([r["rss_MB"] for r in ok])
        summary[name] = {"wall_s": round(wall, 4), "rss_MB": round(rss, 1),
                         "speedup_vs_" + ref: round(med(ratios), 3) if ratios else None,
                         "cpu_s": round(med([cpu(r) for r in ok]), 4),
                         "cpu_speedup_vs_" + ref: round(med(cpu_ratios), 3) if cpu_ratios else None}
        print("| %s | %.1f | %s | %.3f | %.0f | %s | %.3f | %.3f | %s | %.0f | %.2f | %d/%d |" % (
            os.path.basename(a.file), size / 1e6, name, wall, size / wall / 1e6,
            "%.2f" % med(ratios) if ratios else "-", med([r["user_s"] for r in ok]),
            med([r["sys_s"] for r in ok]), "%.2f" % med(cpu_ratios) if cpu_ratios else "-",
            rss, rss * 1024 * 1024 / size, len(ok), a.rounds))
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
