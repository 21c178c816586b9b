#!/usr/bin/env bash
# Builds aiact-check and runs it on the demo project in test/demo: first with
# clang-style diagnostics on the terminal, then writing SARIF to
# build/demo/aiact.sarif, and audits it as one component (build/demo/audit.html).
#
# Usage: tools/demo.sh
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

usage() {
  echo "usage: $0"
}

for arg in "$@"; do
  case "$arg" in
  -h | --help)
    usage
    exit 0
    ;;
  *)
    usage >&2
    echo "$0: unknown argument '$arg'" >&2
    exit 2
    ;;
  esac
done

"$repo/tools/build.sh"

# From the repository root, so that paths in the findings are short.
cd "$repo"

sources=(test/demo/chat.cpp test/demo/imagegen.cpp test/demo/attendance.cpp
  test/demo/transcribe.cpp test/demo/train.cpp test/demo/screening.cpp
  test/demo/sampler.cpp)
compile_flags=(-std=c++17 -I test/Inputs)
sarif=build/demo/aiact.sarif

# Exit status 1 means "findings": that is what the demo is for. 2 (usage or
# configuration error), 3 (internal error) or anything else is a failure.
run_checker() {
  local rc=0
  build/bin/aiact-check "$@" || rc=$?
  if [[ $rc -ne 0 && $rc -ne 1 ]]; then
    echo "demo: aiact-check failed with exit status $rc" >&2
    exit "$rc"
  fi
}

echo "demo: build/bin/aiact-check ${sources[*]} -- ${compile_flags[*]}"
run_checker "${sources[@]}" -- "${compile_flags[@]}"

# Training compute is a remark: shown on request.
echo
echo "demo: build/bin/aiact-check --show-remarks --checks=-*,aiact-gpai-training test/demo/train.cpp -- ${compile_flags[*]}"
run_checker --show-remarks --checks=-*,aiact-gpai-training test/demo/train.cpp -- "${compile_flags[@]}"

mkdir -p build/demo
echo
echo "demo: build/bin/aiact-check --format=sarif -o $sarif ${sources[*]} -- ${compile_flags[*]}"
run_checker --format=sarif -o "$sarif" "${sources[@]}" -- "${compile_flags[@]}"
echo "demo: SARIF written to $repo/$sarif"

# The audit of the demo as a component: its mock library headers live
# outside the tree, so a small compile database gives the include path.
db=build/demo/compile_commands.json
{
  echo "["
  sep=""
  for s in "${sources[@]}"; do
    printf '%s{"directory": "%s", "file": "%s", "arguments": ["clang++", "-std=c++17", "-I", "test/Inputs", "-c", "%s"]}\n' \
      "$sep" "$repo" "$s" "$s"
    sep=","
  done
  echo "]"
} >"$db"
audit=build/demo/audit.html
echo
echo "demo: build/bin/aiact-check audit test/demo -p build/demo --format=html -o $audit"
run_checker audit test/demo -p build/demo --format=html -o "$audit"
run_checker audit test/demo -p build/demo --format=markdown | sed -n '/^## Components/,/^Verdicts:/p'
echo "demo: audit report written to $repo/$audit"
