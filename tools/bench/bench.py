#!/usr/bin/env python3
# Measures what aiact-check costs on top of compiling, as ratios of child
# CPU time (user + system, from wait4) with each pair of commands run
# alternately, after a warm-up. Prints min, median and max of every ratio,
# peak memory and the number of findings. See docs/benchmarks.md.
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def run_one(cmd, cwd):
    """CPU seconds, wall seconds and peak RSS (KiB) of one process."""
    start = time.monotonic()
    with open(os.devnull, "w") as null:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=null, stderr=null)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit("bench: command failed: %s" % " ".join(cmd))
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss


def run_all(cmds, cwd):
    cpu = wall = 0.0
    rss = 0
    for c in cmds:
        a, b, m = run_one(c, cwd)
        cpu += a
        wall += b
        rss = max(rss, m)
    return cpu, wall, rss


def compare(name, base, other, cwd, rounds, target, what="cpu"):
    """Alternates base and other; prints the ratio other/base."""
    run_all(base, cwd)
    run_all(other, cwd)
    ratios = []
    rss_b = rss_o = 0
    base_cpu = []
    for _ in range(rounds):
        b = run_all(base, cwd)
        o = run_all(other, cwd)
        idx = 0 if what == "cpu" else 1
        ratios.append(o[idx] / b[idx])
        base_cpu.append(b[idx])
        rss_b = max(rss_b, b[2])
        rss_o = max(rss_o, o[2])
    report(name, ratios, target)
    return rss_b, rss_o, statistics.median(base_cpu)


def report(name, ratios, target, higher_is_better=False):
    med = statistics.median(ratios)
    ok = med >= target if higher_is_better else med <= target
    print("%-44s min %.3f  median %.3f  max %.3f  target %s %.2f  %s" %
          (name, min(ratios), med, max(ratios),
           ">=" if higher_is_better else "<=", target,
           "ok" if ok else "MISSED"))
    sys.stdout.flush()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--units", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--growth-rounds", type=int, default=3)
    ap.add_argument("--only", default="",
                    help="comma-separated parts to run: plugin, driver, "
                         "parallel, callgrind, audit, growth, catalog")
    ap.add_argument("-p", dest="db", help="benchmark this compile_commands.json folder instead of a generated one")
    a = ap.parse_args()

    clang = "/usr/lib/llvm-19/bin/clang++"
    plugin = os.path.join(a.build, "lib", "AIActCheck.so")
    aiact = os.path.join(a.build, "bin", "aiact-check")
    inputs = os.path.join(ROOT, "test", "Inputs")
    work = tempfile.mkdtemp(prefix="aiact-bench-")
    try:
        def corpus(n, sub, scale=0):
            d = os.path.join(work, sub)
            cmd = [sys.executable, os.path.join(HERE, "gen.py"), d, str(n),
                   "--inputs", inputs]
            if scale:
                cmd += ["--catalog-scale", str(scale)]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
            return d

        if a.db:
            base_dir = os.path.abspath(a.db)
        else:
            base_dir = corpus(a.units, "x1")
        entries = json.load(open(os.path.join(base_dir, "compile_commands.json")))
        units = [(e["directory"], e["file"], e.get("command", "")) for e in entries]
        flags = ["-std=c++17", "-I" + inputs]
        files = [os.path.join(d, f) for d, f, _ in units]

        findings = subprocess.run([aiact, "--format=json", "-p", base_dir],
                                  cwd=base_dir, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL).stdout
        count = len(json.loads(findings)["findings"])
        print("machine: %d cores; corpus: %d units, %d findings; %d rounds each" %
              (os.cpu_count(), len(files), count, a.rounds))

        parts = [x for x in a.only.split(",") if x]

        def want(part):
            return not parts or part in parts

        syntax = [[clang, "-fsyntax-only"] + flags + [f] for f in files]
        syntax_p = [[clang, "-fsyntax-only", "-fplugin=" + plugin] + flags + [f]
                    for f in files]
        if want("plugin"):
            rss_b, rss_o, _ = compare("plugin -fsyntax-only / plain", syntax,
                                      syntax_p, base_dir, a.rounds, 1.03)
            o2 = [[clang, "-O2", "-c", "-o", "/dev/null"] + flags + [f]
                  for f in files]
            o2_p = [[clang, "-O2", "-c", "-o", "/dev/null", "-fplugin=" + plugin] +
                    flags + [f] for f in files]
            rss_b2, rss_o2, _ = compare("plugin -O2 -c / plain", o2, o2_p,
                                        base_dir, a.rounds, 1.03)
            print("%-44s plain %d KiB, with plugin %d KiB, ratio %.3f  target <= 1.10  %s" %
                  ("peak memory, plugin (-fsyntax-only)", rss_b, rss_o,
                   rss_o / rss_b, "ok" if rss_o / rss_b <= 1.10 else "MISSED"))
            print("%-44s plain %d KiB, with plugin %d KiB, ratio %.3f  target <= 1.10  %s" %
                  ("peak memory, plugin (-O2 -c)", rss_b2, rss_o2,
                   rss_o2 / rss_b2, "ok" if rss_o2 / rss_b2 <= 1.10 else "MISSED"))
        if want("driver"):
            drv = [[aiact, "-p", base_dir]]
            rss_c, rss_d, _ = compare("driver -p / clang++ -fsyntax-only", syntax,
                                      drv, base_dir, a.rounds, 1.10)
            print("%-44s clang %d KiB, driver %d KiB, ratio %.3f  target <= 1.10  %s" %
                  ("peak memory, driver / clang", rss_c, rss_d, rss_d / rss_c,
                   "ok" if rss_d / rss_c <= 1.10 else "MISSED"))

        if want("parallel"):
            # Wall-clock throughput of -j 2 over -j 1: on the corpus, and on
            # one four times larger, where the split between two workers
            # depends less on the sizes of a few units.
            dirs = [(base_dir, "")]
            if not a.db:
                dirs.append((corpus(a.units * 4, "par4"), ", 4x units"))
            for d, label in dirs:
                j1 = [[aiact, "-j", "1", "-p", d]]
                j2 = [[aiact, "-j", "2", "-p", d]]
                run_all(j1, d)
                run_all(j2, d)
                speedups = []
                for _ in range(a.rounds):
                    w1 = run_all(j1, d)[1]
                    w2 = run_all(j2, d)[1]
                    speedups.append(w1 / w2)
                report("driver -j 2 throughput / -j 1 (wall)" + label, speedups,
                       1.8, higher_is_better=True)
                # The best two workers can do with these units: each unit's
                # own time (the driver on that unit alone, median of three),
                # the largest first to the less loaded worker, as the driver
                # schedules them. Below it the cost is imbalance, not
                # contention between the workers.
                ents = json.load(open(os.path.join(d, "compile_commands.json")))
                times = []
                for e in ents:
                    f = os.path.join(e["directory"], e["file"])
                    ts = sorted(run_all([[aiact, "-p", d, f]], d)[1]
                                for _ in range(3))
                    times.append(ts[1])
                load = [0.0, 0.0]
                for t in sorted(times, reverse=True):
                    load[load.index(min(load))] += t
                print("%-44s %.3f  (unit times %.2f s to %.2f s)" %
                      ("  best -j 2 speed-up for these units" + label,
                       sum(times) / max(load), min(times), max(times)))
                # The machine's own limit: plain clang on the same units,
                # two processes at a time against one at a time, with the
                # same largest-first order.
                cmds = [[clang, "-fsyntax-only"] + flags +
                        [os.path.join(e["directory"], e["file"])]
                        for e, _ in sorted(zip(ents, times),
                                           key=lambda p: -p[1])]
                ctl = []
                for _ in range(a.rounds):
                    w1 = run_all(cmds, d)[1]
                    start = time.monotonic()
                    pending = list(cmds)
                    running = []
                    while pending or running:
                        while pending and len(running) < 2:
                            running.append(subprocess.Popen(
                                pending.pop(0), cwd=d,
                                stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL))
                        pid, _ = os.wait()
                        running = [p for p in running if p.pid != pid]
                    ctl.append(w1 / (time.monotonic() - start))
                report("  control: clang++ two at a time / one" + label, ctl,
                       1.8, higher_is_better=True)

        if shutil.which("valgrind") and want("callgrind"):
            # Instruction counts do not depend on what else the machine
            # does; perf counters are not available on every machine.
            def instructions(cmd):
                out = os.path.join(work, "cg.out")
                res = subprocess.run(["valgrind", "--tool=callgrind",
                                      "--callgrind-out-file=" + out] + cmd,
                                     cwd=base_dir, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE,
                                     universal_newlines=True)
                for line in res.stderr.splitlines():
                    if "Collected :" in line:
                        return int(line.split(":")[-1].strip())
                sys.exit("bench: callgrind gave no count")
            plain_i = instructions(syntax[0])
            plugin_i = instructions(syntax_p[0])
            ratio = plugin_i / plain_i
            print("%-44s %d / %d instructions, ratio %.4f  target <= 1.03  %s" %
                  ("plugin -fsyntax-only, one unit (callgrind)", plugin_i,
                   plain_i, ratio, "ok" if ratio <= 1.03 else "MISSED"))

        if not a.db and want("audit"):
            # The audit walks a tree with no compile database: the corpus
            # with the mock library headers copied inside it, against a
            # plain parse of the same units with the same headers.
            audit_dir = corpus(a.units, "audit")
            shutil.copytree(inputs, os.path.join(audit_dir, "include"))
            os.remove(os.path.join(audit_dir, "compile_commands.json"))
            afiles = [os.path.join(audit_dir, os.path.basename(f)) for f in files]
            plain = [[clang, "-fsyntax-only", "-xc++", "-std=gnu++17",
                      "-I" + os.path.join(audit_dir, "include"), f]
                     for f in afiles]
            audit = [[aiact, "audit", audit_dir, "--format=json", "-o",
                      os.devnull]]
            compare("audit / plain parse", plain, audit, audit_dir, a.rounds,
                    1.20)

        if not a.db and want("growth"):
            # Growth in the number of units: CPU per unit at 1x, 4x, 16x.
            per_unit = {}
            for mult in (1, 4, 16):
                d = base_dir if mult == 1 else corpus(a.units * mult, "x%d" % mult)
                cpus = [run_all([[aiact, "-p", d]], d)[0]
                        for _ in range(a.growth_rounds)]
                per_unit[mult] = statistics.median(cpus) / (a.units * mult)
            for mult in (4, 16):
                ratio = per_unit[mult] / per_unit[1]
                print("%-44s %.3f s/unit vs %.3f s/unit, ratio %.3f  (linear: ~1.0)" %
                      ("growth %dx units, driver CPU per unit" % mult,
                       per_unit[mult], per_unit[1], ratio))

        if not a.db and want("catalog"):
            # Catalog size: 10x the default catalog's entries, all of them
            # names the corpus calls, through a user catalog.
            cat_dir = corpus(a.units, "cat10", scale=10)
            plain_cfg = os.path.join(work, "plain.yaml")
            with open(plain_cfg, "w") as f:
                f.write("Checks: 'aiact-*'\n")
            cat_cfg = os.path.join(cat_dir, ".aiact.yaml")
            compare("driver, 10x catalog / 1x catalog",
                    [[aiact, "--config-file=" + plain_cfg, "-p", cat_dir]],
                    [[aiact, "--config-file=" + cat_cfg, "-p", cat_dir]],
                    cat_dir, a.rounds, 1.05)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
