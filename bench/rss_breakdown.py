#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Appclacks Desktop contributors
# SPDX-License-Identifier: Apache-2.0
"""Where a command's resident memory is at its end: runs it under gdb, stops it as it calls
exit_group, reads /proc/PID/smaps and /proc/PID/status, and prints the resident KiB per mapping
(each shared library, the heap, anonymous memory, the stack), the largest first, then one JSON
line: peak RSS (VmHWM), RSS at the end, and the same per mapping.

  rss_breakdown.py -- build/release/app/appclacks-desktop parse FILE --format stats

Needs gdb. The figures are those of the process at its end; the peak may have been reached earlier
(VmHWM says how high it went).
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--top", type=int, default=15, help="mappings to list")
    ap.add_argument("command", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    command = a.command[1:] if a.command[:1] == ["--"] else a.command
    if not command:
        ap.error("no command")
    with tempfile.TemporaryDirectory() as tmp:
        smaps = os.path.join(tmp, "smaps")
        status = os.path.join(tmp, "status")
        script = os.path.join(tmp, "gdb.py")
        with open(script, "w") as f:
            f.write(
                "import gdb, shutil\n"
                "gdb.execute('set pagination off')\n"
                "gdb.execute('catch syscall exit_group')\n"
                "gdb.execute('run > /dev/null')\n"
                "pid = gdb.selected_inferior().pid\n"
                "shutil.copyfile('/proc/%%d/smaps' %% pid, %r)\n"
                "shutil.copyfile('/proc/%%d/status' %% pid, %r)\n"
                "gdb.execute('kill')\n" % (smaps, status))
        subprocess.run(["gdb", "-q", "-batch", "-nx", "-x", script, "--args"] + command,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        if not os.path.exists(smaps):
            sys.exit("gdb did not stop the command at its exit")
        rss = collections.Counter()
        name = None
        with open(smaps) as f:
            for line in f:
                fields = line.split()
                if "-" in fields[0] and len(fields) >= 5 and not fields[0].endswith(":"):
                    path = fields[5] if len(fields) > 5 else "[anonymous]"
                    name = os.path.basename(path) if path.startswith("/") else path
                elif fields[0] == "Rss:":
                    rss[name] += int(fields[1])
        with open(status) as f:
            proc = {line.split(":")[0]: line.split(":")[1].strip() for line in f if ":" in line}
    total = sum(rss.values())
    print("| mapping | resident KiB |")
    print("|---|---:|")
    for mapping, kib in rss.most_common(a.top):
        print("| %s | %d |" % (mapping, kib))
    others = total - sum(k for _, k in rss.most_common(a.top))
    print("| (%d others) | %d |" % (max(0, len(rss) - a.top), others))
    print("| **total at the end** | **%d** |" % total)
    print("peak (VmHWM): %s" % proc.get("VmHWM", "?"))
    print(json.dumps({"peak_kib": int(proc.get("VmHWM", "0 kB").split()[0]), "end_kib": total,
                      "by_mapping_kib": dict(rss.most_common())}))


if __name__ == "__main__":
    main()
