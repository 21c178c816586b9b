#!/usr/bin/env bash
# Audits a tree N times with -j 2 and prints how many SARIF logs differ
# from the first run's (the answer must be 0).
#
# Usage: tools/bench/determinism.sh [--build DIR] [--runs N] [TREE]
# Defaults: build/, 100 runs, test/demo.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$repo/build"
runs=100
tree="$repo/test/demo"
while [[ $# -gt 0 ]]; do
  case "$1" in
  --build) build=$2; shift 2 ;;
  --runs) runs=$2; shift 2 ;;
  -h | --help) sed -n 2,6p "$0"; exit 0 ;;
  -*) echo "$0: unknown option '$1'" >&2; exit 2 ;;
  *) tree=$1; shift ;;
  esac
done

tool="$build/bin/aiact-check"
[[ -x "$tool" ]] || { echo "$0: $tool not built (tools/build.sh)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

audit() {
  # Exit 1 (findings) is expected; anything else is a failed run.
  local rc=0
  "$tool" audit "$tree" -j 2 --format=sarif -o "$1" 2>"$work/err" || rc=$?
  if [[ $rc -ne 0 && $rc -ne 1 ]]; then
    echo "run failed with exit $rc:" >&2
    cat "$work/err" >&2
    return 1
  fi
}

audit "$work/first.sarif"
differ=0
failed=0
for ((i = 2; i <= runs; ++i)); do
  if ! audit "$work/run.sarif"; then
    failed=$((failed + 1))
  elif ! cmp -s "$work/first.sarif" "$work/run.sarif"; then
    differ=$((differ + 1))
    cp "$work/run.sarif" "$work/differs-$i.sarif"
    diff "$work/first.sarif" "$work/run.sarif" | head -20 >&2 || true
  fi
done
echo "runs: $runs, differing from the first: $differ, failed: $failed"
[[ $differ -eq 0 && $failed -eq 0 ]]
