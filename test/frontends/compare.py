#!/usr/bin/env python3
# Runs the driver, the compiler plugin and the clang-tidy module on every
# check test input that all three front-ends run on, and fails when their
# findings differ. Findings are compared as normalised
# "file:line:col: level: message" lines, each warning with its notes.
#
# Usage: compare.py AIACT CLANG PLUGIN TIDY TIDYMOD INPUTS ROOT...
# CLANG and TIDY are commands and may carry a prefix such as
# "env LD_PRELOAD=..." (a sanitizer build).
import os
import re
import shlex
import subprocess
import sys

DIAG = re.compile(r"^(?P<file>[^\s:][^:]*):(?P<line>\d+):(?P<col>\d+): "
                  r"(?P<level>warning|error|note|remark): (?P<msg>.*)$")


def findings(output):
    """Groups of (warning line, its note lines), sorted by position."""
    groups = []
    for raw in output.splitlines():
        m = DIAG.match(raw)
        if not m:
            continue
        path = os.path.realpath(m.group("file"))
        line = "%s:%s:%s: %s: %s" % (path, m.group("line"), m.group("col"),
                                     m.group("level"), m.group("msg"))
        if m.group("level") == "note":
            if groups:
                groups[-1][1].append(line)
        else:
            groups.append((line, []))
    return sorted(groups)


def run(cmd):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    return proc.stdout


def main():
    aiact, clang, plugin, tidy, tidymod, inputs = sys.argv[1:7]
    clang = shlex.split(clang)
    tidy = shlex.split(tidy)
    roots = sys.argv[7:]
    files = []
    for root in roots:
        for dirpath, dirnames, names in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in ("Inputs", "Output")]
            for name in names:
                if name.endswith((".c", ".cpp")):
                    files.append(os.path.join(dirpath, name))
    compared = 0
    failures = 0
    for path in sorted(files):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        # Only inputs that every front-end runs on: the plugin and the
        # module compile real builds and have no missing-header mode.
        if "%plugin" not in text or "%tidymod" not in text:
            continue
        checks = "-*,aiact-*"
        m = re.search(r"--checks='([^']*)'", text)
        if m:
            checks = m.group(1)
        std = "-std=c11" if path.endswith(".c") else "-std=c++17"
        flags = [std, "-I" + inputs]
        outputs = {
            "driver": run([aiact, "--checks=" + checks, path, "--"] + flags),
            "plugin": run(clang + ["-fsyntax-only", "-fplugin=" + plugin,
                           "-fplugin-arg-aiact-checks=" + checks] + flags +
                          [path]),
            "clang-tidy": run(tidy + ["-load", tidymod, "-checks=" + checks,
                               path, "--"] + flags),
        }
        results = {k: findings(v) for k, v in outputs.items()}
        compared += 1
        if results["driver"] == results["plugin"] == results["clang-tidy"]:
            continue
        failures += 1
        print("front-ends disagree on %s" % path)
        for name, groups in results.items():
            print("  %s:" % name)
            for warning, notes in groups:
                print("    " + warning)
                for note in notes:
                    print("      " + note)
    print("compared %d inputs, %d disagreements" % (compared, failures))
    if compared == 0:
        print("no inputs found")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
