#!/usr/bin/env python3
"""Runs aiact-check on real source trees under AddressSanitizer and
UndefinedBehaviorSanitizer (a build of tools/build.sh --sanitize) and under
valgrind memcheck (the normal build), and prints one line per run with the
number of memory or undefined-behaviour reports. Any report makes the exit
status 1.

Usage:
  memory_real.py [--sanitize-build DIR] [--build DIR] [--valgrind-units N]
                 [--jobs 1,2] [--audit TREE]... [--db BUILD_DIR]...

--audit TREE      audit TREE as a maintainer would (no compile database)
--db BUILD_DIR    check mode with BUILD_DIR/compile_commands.json
--units N         analyse only the N largest units of each tree under the
                  sanitizers (default: all)
--valgrind-units  how many units of each tree valgrind runs on (the largest
                  sources; valgrind is slow): default 2, 0 for none

The trees are local checkouts; nothing is downloaded. In a sanitizer build
crash recovery is off, so a crash in any unit is a report too.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
# Memcheck, failing on any error except leaks (Clang leaves memory to the
# operating system at exit on purpose), with the suppression of a report
# that plain Clang 19 has too.
VALGRIND = ["valgrind", "--error-exitcode=99", "--errors-for-leak-kinds=none",
            "--suppressions=" + os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                             "valgrind-clang19.supp")]
SOURCE_EXT = (".c", ".cc", ".cpp", ".cxx", ".cu", ".m", ".mm")
REPORT = re.compile(r"ERROR: (Address|Leak|Memory|Thread)Sanitizer|runtime error:|"
                    r"SUMMARY: (Address|UndefinedBehavior|Leak)Sanitizer")


def run(cmd, cwd=None, env=None):
    start = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True,
                       errors="replace")
    return p.returncode, p.stdout, p.stderr, time.monotonic() - start


def units_of_db(build_dir):
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        entries = json.load(f)
    files = []
    for e in entries:
        path = e["file"]
        if not os.path.isabs(path):
            path = os.path.join(e["directory"], path)
        if os.path.exists(path):
            files.append(path)
    return sorted(set(files))


def units_of_tree(tree):
    files = []
    for root, dirs, names in os.walk(tree):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "build"]
        files += [os.path.join(root, n) for n in names if n.endswith(SOURCE_EXT)]
    return sorted(files)


def largest(files, n):
    return sorted(files, key=lambda f: -os.path.getsize(f))[:n]


def summarise(label, rc, err, secs):
    reports = len(REPORT.findall(err))
    crashed = err.count("crashed on this unit")
    # 0 and 1 are the driver's normal statuses; 3 follows a crashed unit.
    bad = reports > 0 or rc not in (0, 1) or crashed > 0
    units = re.search(r"(\d+) of (\d+) translation units", err)
    print(f"{'FAIL' if bad else 'ok  '} {label}: exit {rc}, {reports} sanitizer "
          f"reports, {crashed} crashed units, {secs:.0f} s", flush=True)
    if bad:
        for line in err.splitlines():
            if (REPORT.search(line) or "crashed" in line or "#0 " in line or
                    re.match(r"==\d+==    (at|by) ", line) or
                    re.match(r"==\d+== [A-Z][a-z]+ ", line)):
                print("     " + line[:200])
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sanitize-build", default=os.path.join(REPO, "build-sanitize"))
    ap.add_argument("--build", default=os.path.join(REPO, "build"))
    ap.add_argument("--valgrind-units", type=int, default=2)
    ap.add_argument("--units", type=int, default=0)
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--audit", action="append", default=[])
    ap.add_argument("--db", action="append", default=[])
    a = ap.parse_args()
    san = os.path.join(a.sanitize_build, "bin", "aiact-check")
    plain = os.path.join(a.build, "bin", "aiact-check")
    for tool in (san, plain):
        if not os.path.exists(tool):
            sys.exit(f"memory_real.py: {tool} is not built")
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=1:abort_on_error=0",
               UBSAN_OPTIONS="print_stacktrace=1")
    jobs = [j for j in a.jobs.split(",") if j]
    # (mode, the arguments that select the tree, its units)
    trees = [("audit", ["audit", os.path.abspath(t)], units_of_tree(os.path.abspath(t)))
             for t in a.audit]
    trees += [("-p", ["-p", os.path.abspath(d)], units_of_db(os.path.abspath(d)))
              for d in a.db]
    failed = 0
    for mode, select, units in trees:
        chosen = largest(units, a.units) if a.units else []
        for j in jobs:
            rc, _, err, secs = run([san] + select + chosen +
                                   ["-j", j, "--format=sarif", "-o", os.devnull], env=env)
            failed += summarise(f"asan {mode} -j {j} {select[1]} "
                                f"({len(chosen) or len(units)} units)", rc, err, secs)
        for f in largest(units, a.valgrind_units):
            rc, _, err, secs = run(VALGRIND + [plain] + select +
                                   [f, "--format=sarif", "-o", os.devnull])
            # 0, 1 and 3 are the driver's own statuses; 99 is valgrind's.
            clean = rc in (0, 1, 3) and "ERROR SUMMARY: 0 errors" in err
            failed += summarise(f"valgrind {mode} {os.path.relpath(f, select[1])}",
                                0 if clean else rc, err, secs)
    print(f"{failed} runs with reports")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
