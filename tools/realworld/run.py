#!/usr/bin/env python3
"""Scores aiact-check on the real-world corpus: public C and C++ files,
labelled by reading them, audited the way a maintainer audits a dependency
(the source tree only, no compile database, no dependencies installed).

Usage:
  run.py CHECKOUTS [--corpus FILE] [--build DIR] [--json OUT] [--diff OLD]
                   [--repo OWNER/NAME]... [--jobs N] [--folders]

Each repository is audited as a whole tree (its own include folders are
found as a maintainer's audit finds them), restricted to the labelled files;
--folders analyses every unit of their folders instead.

CHECKOUTS holds one folder per repository, named owner+name, with the
files of the commit the corpus lists. Nothing is downloaded: for a missing
folder the script prints the commands that make it and goes on without it.
A labelled file whose content differs from the corpus's blob id is skipped
and listed.

Prints precision, recall and F1 per label, the micro F1, how many files are
exactly right, one line per file (ok or MISS, expected and found labels),
the share of units that parsed without compiler errors, and the time. --json
writes all of it; --diff compares with an earlier --json and prints the
files whose verdict changed.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

LABELS = [
    "content-generation", "human-interaction", "deep-fake",
    "biometric-identification", "biometric-verification", "realtime-biometric",
    "emotion-recognition", "biometric-categorisation", "high-risk-purpose",
    "model-training",
]

# Which labels a finding of each check is evidence for. Checks that are not
# here (facial-image scraping, prohibited practice, purpose mismatch, NOLINT)
# have no label of their own in the corpus.
CHECK_LABELS = {
    "aiact-synthetic-content": ["content-generation"],
    "aiact-unmarked-synthetic-output": ["content-generation"],
    "aiact-conversational-ai": ["human-interaction"],
    "aiact-undisclosed-ai-interaction": ["human-interaction"],
    "aiact-deep-fake": ["deep-fake"],
    "aiact-biometric-identification": ["biometric-identification"],
    "aiact-biometric-verification": ["biometric-verification"],
    "aiact-realtime-biometric-identification":
        ["realtime-biometric", "biometric-identification"],
    "aiact-emotion-recognition": ["emotion-recognition"],
    "aiact-biometric-categorisation": ["biometric-categorisation"],
    "aiact-high-risk-purpose": ["high-risk-purpose"],
    "aiact-gpai-training": ["model-training"],
}


# Checks whose info findings are no evidence of the capability.
NOT_EVIDENCE_WHEN_INFO = {"aiact-synthetic-content", "aiact-unmarked-synthetic-output"}


def load_corpus(path):
    """The corpus as a list of dicts. The format is a YAML list of flat
    mappings; PyYAML is used when installed, else a reader for that subset."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        import yaml  # type: ignore
        # Every scalar is a string: a blob id of digits stays one.
        entries = yaml.load(text, Loader=yaml.BaseLoader)
    except ImportError:
        entries = parse_simple_yaml(text)
    problems = []
    seen = set()
    for i, e in enumerate(entries):
        where = f"{path}: entry {i + 1}"
        for key in ("repo", "commit", "path", "blob", "labels", "evidence"):
            if key not in e:
                problems.append(f"{where}: no '{key}'")
        e.setdefault("uncertain", [])
        for label in list(e.get("labels", [])) + list(e["uncertain"]):
            if label not in LABELS:
                problems.append(f"{where}: unknown label '{label}'")
        key = (e.get("repo"), e.get("path"))
        if key in seen:
            problems.append(f"{where}: {key[0]} {key[1]} is listed twice")
        seen.add(key)
    if problems:
        sys.exit("\n".join(problems))
    return entries


def parse_simple_yaml(text):
    """Reads '- key: value' lists whose values are scalars or [a, b] lists."""
    entries = []
    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("- "):
            entries.append({})
            stripped = stripped[2:]
        key, _, value = stripped.partition(":")
        value = value.strip()
        if value.startswith('"'):
            parsed = json.loads(value)
        elif value.startswith("[") and value.endswith("]"):
            inner = value[1:-1].strip()
            parsed = [v.strip().strip("'\"") for v in inner.split(",")] if inner else []
        else:
            parsed = value.strip("'\"")
        entries[-1][key.strip()] = parsed
    return entries


def folder_of(repo):
    return repo.replace("/", "+")


def git_blob_id(path):
    with open(path, "rb") as f:
        data = f.read()
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def audit(tool, root, paths, jobs):
    """Runs the audit; returns (report dict, stderr, seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "audit.json")
        cmd = [tool, "audit", root] + paths + [
            "--format=json", "-o", out, "--show-remarks", "-j", str(jobs)]
        start = time.monotonic()
        p = subprocess.run(cmd, capture_output=True, text=True, errors="replace")
        secs = time.monotonic() - start
        if p.returncode not in (0, 1, 3) or not os.path.exists(out):
            return None, p.stderr, secs
        with open(out, encoding="utf-8") as f:
            return json.load(f), p.stderr, secs


def score(entries, found):
    """Per-label counts and per-file verdicts. \\p found maps (repo, path) to
    the set of labels the checker gave the file."""
    counts = {l: {"tp": 0, "fp": 0, "fn": 0} for l in LABELS}
    files = []
    for e in entries:
        key = (e["repo"], e["path"])
        if key not in found:
            continue
        expected = set(e["labels"])
        uncertain = set(e["uncertain"])
        got = found[key]
        for l in LABELS:
            if l in uncertain:
                continue
            if l in expected and l in got:
                counts[l]["tp"] += 1
            elif l in expected:
                counts[l]["fn"] += 1
            elif l in got:
                counts[l]["fp"] += 1
        ok = (expected - uncertain) == (got - uncertain)
        files.append({"repo": e["repo"], "path": e["path"], "ok": ok,
                      "expected": sorted(expected), "found": sorted(got),
                      "uncertain": sorted(uncertain)})
    return counts, files


def ratio(a, b):
    return a / b if b else None


def metrics(c):
    p = ratio(c["tp"], c["tp"] + c["fp"])
    r = ratio(c["tp"], c["tp"] + c["fn"])
    f = ratio(2 * p * r, p + r) if p is not None and r is not None and p + r else None
    return p, r, f


def fmt(x):
    return "  -  " if x is None else f"{x:.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("checkouts")
    ap.add_argument("--corpus", default=os.path.join(HERE, "corpus.yaml"))
    ap.add_argument("--build", default=os.path.join(REPO, "build"))
    ap.add_argument("--json")
    ap.add_argument("--diff")
    ap.add_argument("--repo", action="append", default=[])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--folders", action="store_true",
                    help="audit the labelled files' whole folders, not only the files")
    a = ap.parse_args()

    tool = os.path.join(a.build, "bin", "aiact-check")
    if not os.access(tool, os.X_OK):
        sys.exit(f"run.py: {tool} is not built (tools/build.sh)")
    entries = load_corpus(a.corpus)
    if a.repo:
        entries = [e for e in entries if e["repo"] in a.repo]

    by_repo = {}
    for e in entries:
        by_repo.setdefault(e["repo"], []).append(e)

    found = {}
    unit_of = {}
    missing_repos, changed = [], []
    units_total = units_clean = 0
    failed_audits = []
    seconds = 0.0
    started = time.monotonic()
    for repo in sorted(by_repo):
        root = os.path.join(a.checkouts, folder_of(repo))
        if not os.path.isdir(root):
            missing_repos.append(repo)
            continue
        scored = []
        for e in by_repo[repo]:
            path = os.path.join(root, e["path"])
            if not os.path.isfile(path) or git_blob_id(path) != e["blob"]:
                changed.append(e)
                continue
            scored.append(e)
        if not scored:
            continue
        if a.folders:
            paths = sorted({os.path.dirname(os.path.join(root, e["path"])) for e in scored})
        else:
            paths = sorted(os.path.join(root, e["path"]) for e in scored)
        report, err, secs = audit(tool, os.path.abspath(root),
                                  [os.path.abspath(p) for p in paths], a.jobs)
        seconds += secs
        if report is None:
            failed_audits.append((repo, err.strip().splitlines()[-1:] or ["no output"]))
            continue
        for u in report.get("units", []):
            units_total += 1
            units_clean += u.get("errorsLeft", 1 if u.get("mode") != "complete" else 0) == 0
            unit_of[(repo, u["file"])] = u
        labels_of = {}
        for f in report.get("findings", []):
            # An info finding of the content checks says what the content
            # is not (a transcript is not generated content); the info
            # findings of the other checks (verification) are evidence.
            if f.get("effect") == "info" and f["check"] in NOT_EVIDENCE_WHEN_INFO:
                continue
            for l in CHECK_LABELS.get(f["check"], []):
                labels_of.setdefault(f["file"], set()).add(l)
        for e in scored:
            found[(e["repo"], e["path"])] = labels_of.get(e["path"], set())

    counts, files = score(sorted(entries, key=lambda e: (e["repo"], e["path"])), found)
    for x in files:
        u = unit_of.get((x["repo"], x["path"]), {})
        x["errors"] = u.get("errorsLeft", 0)
        x["unit"] = u.get("how", "")
    total = {"tp": 0, "fp": 0, "fn": 0}
    per_label = {}
    print(f"{'label':26} {'pos':>4} {'tp':>4} {'fp':>4} {'fn':>4} {'prec':>5} {'recall':>6} {'F1':>5}")
    for l in LABELS:
        c = counts[l]
        for k in total:
            total[k] += c[k]
        p, r, f = metrics(c)
        per_label[l] = dict(c, precision=p, recall=r, f1=f)
        print(f"{l:26} {c['tp'] + c['fn']:4} {c['tp']:4} {c['fp']:4} {c['fn']:4} "
              f"{fmt(p):>5} {fmt(r):>6} {fmt(f):>5}")
    p, r, f = metrics(total)
    print(f"{'micro':26} {total['tp'] + total['fn']:4} {total['tp']:4} {total['fp']:4} "
          f"{total['fn']:4} {fmt(p):>5} {fmt(r):>6} {fmt(f):>5}")
    right = sum(x["ok"] for x in files)
    print(f"files exactly right: {right} of {len(files)}")
    share = ratio(units_clean, units_total)
    print(f"units without compiler errors: {units_clean} of {units_total}"
          + (f" ({share:.0%})" if share is not None else ""))
    wall = time.monotonic() - started
    print(f"audit time: {seconds:.1f} s in {len(by_repo) - len(missing_repos)} "
          f"repositories; wall time {wall:.1f} s")
    print()
    for x in files:
        flag = "ok  " if x["ok"] else "MISS"
        extra = f" (uncertain: {', '.join(x['uncertain'])})" if x["uncertain"] else ""
        if x["errors"]:
            extra += f" [{x['errors']} compiler errors]"
        print(f"{flag} {x['repo']} {x['path']}: expected [{', '.join(x['expected'])}] "
              f"found [{', '.join(x['found'])}]{extra}")
    for repo, why in failed_audits:
        print(f"FAILED audit of {repo}: {why[0]}")
    if changed:
        print(f"\nskipped, content differs from the corpus's blob ({len(changed)}):")
        for e in changed:
            print(f"  {e['repo']} {e['path']} (expected blob {e['blob']})")
    if missing_repos:
        print(f"\nnot checked out ({len(missing_repos)}); to make them:")
        for repo in missing_repos:
            commit = by_repo[repo][0]["commit"]
            dest = os.path.join(a.checkouts, folder_of(repo))
            print(f"  git clone https://github.com/{repo} {dest} && "
                  f"git -C {dest} checkout {commit}")

    result = {
        "corpus": os.path.relpath(a.corpus, REPO) if a.corpus.startswith(REPO) else a.corpus,
        "labels": per_label,
        "micro": dict(total, precision=p, recall=r, f1=f),
        "files_right": right,
        "files_scored": len(files),
        "units": {"total": units_total, "clean": units_clean},
        "audit_seconds": round(seconds, 1),
        "files": files,
        "skipped_changed": [f"{e['repo']} {e['path']}" for e in changed],
        "missing_repos": missing_repos,
        "failed_audits": [r for r, _ in failed_audits],
    }
    if a.json:
        with open(a.json, "w", encoding="utf-8") as out:
            json.dump(result, out, indent=1, sort_keys=True)
            out.write("\n")
    if a.diff:
        with open(a.diff, encoding="utf-8") as f:
            old = json.load(f)
        before = {(x["repo"], x["path"]): x for x in old.get("files", [])}
        print("\nchanged since " + a.diff + ":")
        n = 0
        for x in files:
            o = before.get((x["repo"], x["path"]))
            if o is None or o["found"] != x["found"]:
                n += 1
                was = "new" if o is None else "[" + ", ".join(o["found"]) + "]"
                print(f"  {'ok  ' if x['ok'] else 'MISS'} {x['repo']} {x['path']}: "
                      f"{was} -> [{', '.join(x['found'])}]")
        print(f"  {n} files changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
