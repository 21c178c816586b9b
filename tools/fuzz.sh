#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz/ and runs one of them.
#
# Usage: tools/fuzz.sh TARGET SECONDS
#        tools/fuzz.sh --list
#
# TARGET is one of the names --list prints (config, catalog, suppression,
# baseline, facts, licence). The target runs for SECONDS of wall time on a
# copy of its seed corpus, test/fuzz/corpus/TARGET/, so the inputs it
# discovers are not committed by accident. An input that crashes it, leaks,
# times out or runs out of memory is saved into the corpus folder as
# crash-*, where tools/test.sh replays it from then on. The last line
# printed is libFuzzer's final status line ("Done N runs in S second(s)"),
# or the crash report's summary. Extra libFuzzer flags may be given in
# AIACT_FUZZ_FLAGS.
#
# Needs clang-19 and libclang-rt-19-dev, which are installed when missing.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo/build-fuzz"
fuzz_dir="$repo/test/fuzz"

usage() {
  echo "usage: $0 TARGET SECONDS"
  echo "       $0 --list"
}

targets() {
  local src name
  for src in "$fuzz_dir"/*Fuzzer.cpp; do
    name=$(basename "$src" Fuzzer.cpp)
    echo "${name,,}"
  done
}

if [[ $# -eq 1 && ( "$1" == -h || "$1" == --help ) ]]; then
  usage
  exit 0
fi
if [[ $# -eq 1 && "$1" == --list ]]; then
  targets
  exit 0
fi
if [[ $# -ne 2 ]]; then
  usage >&2
  exit 2
fi
target=$1
seconds=$2
known=$(targets)
if [[ $'\n'"$known"$'\n' != *$'\n'"$target"$'\n'* ]]; then
  echo "$0: unknown target '$target'; expected one of: ${known//$'\n'/ }" >&2
  exit 2
fi
if [[ ! "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "$0: SECONDS must be a positive whole number, not '$seconds'" >&2
  exit 2
fi

"$repo/tools/install-deps.sh" libclang-rt-19-dev

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Several targets may be started at once: one of them builds at a time.
mkdir -p "$build_dir"
if ! (
  flock 9
  if [[ ! -f "$build_dir/build.ninja" ]]; then
    CC=clang-19 CXX=clang++-19 cmake -S "$repo" -B "$build_dir" -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAIACT_FUZZ=ON
  fi
  cmake --build "$build_dir" --target "aiact-fuzz-$target"
) 9>"$build_dir/.build-lock" >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  echo "fuzz: building aiact-fuzz-$target failed" >&2
  exit 1
fi

corpus="$fuzz_dir/corpus/$target"
mkdir -p "$work/corpus" "$work/artifacts"
cp "$corpus"/* "$work/corpus/"

flags=(
  -max_total_time="$seconds"
  # A parser that takes most of a minute on a small input is a bug too. The
  # limit is wall time, so it is set high enough for a busy machine.
  -timeout=60
  -rss_limit_mb=2048
  -print_final_stats=1
  -artifact_prefix="$work/artifacts/"
)
if [[ -f "$fuzz_dir/$target.dict" ]]; then
  flags+=(-dict="$fuzz_dir/$target.dict")
fi
# shellcheck disable=SC2206 # word splitting of the extra flags is intended
flags+=(${AIACT_FUZZ_FLAGS-})

# libFuzzer's own timeout handler can deadlock when the alarm interrupts
# the allocator; the outer limit keeps such a run from hanging for ever.
rc=0
timeout --signal=KILL "$((seconds + 300))" \
  "$build_dir/bin/aiact-fuzz-$target" "${flags[@]}" "$work/corpus" \
  >"$work/log" 2>&1 || rc=$?
if [[ $rc -eq 137 ]]; then
  tail -n 20 "$work/log" >&2
  echo "fuzz: $target did not stop and was killed; the input it was working on is printed above" >&2
  exit 1
fi

# libFuzzer names its findings crash-, leak-, timeout- and oom-<sha1>;
# slow-unit-<sha1> files are only a note.
saved=()
for artifact in "$work/artifacts"/*; do
  [[ -f "$artifact" ]] || continue
  name=$(basename "$artifact")
  case "$name" in
  crash-*) ;;
  leak-* | timeout-* | oom-*) name="crash-$name" ;;
  *) continue ;;
  esac
  cp "$artifact" "$corpus/$name"
  saved+=("test/fuzz/corpus/$target/$name")
done

if [[ $rc -ne 0 || ${#saved[@]} -ne 0 ]]; then
  # The report: sanitizer output or libFuzzer's deadly-signal message.
  sed -n '/^\(==[0-9]*==\|property violated\|ALARM\)/,$p' "$work/log" |
    head -n 60 >&2 || true
  for path in "${saved[@]}"; do
    echo "fuzz: saved $path" >&2
  done
  grep -E '^SUMMARY:' "$work/log" | tail -n 1 ||
    echo "fuzz: $target failed (exit status $rc)"
  exit 1
fi
grep -E '^Done [0-9]+ runs in [0-9]+ second' "$work/log" | tail -n 1
