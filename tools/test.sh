#!/usr/bin/env bash
# Builds aiact-check and runs every test suite: the lit tests and the
# GoogleTest unit tests. The lit tests include the replay of every fuzzing
# corpus file (test/fuzz/replay.test).
#
# Usage: tools/test.sh [--sanitize]
#
# --sanitize builds with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-sanitize/ (never over build/) and runs the same suites against that
# build; any sanitizer report fails the test it occurs in.
#
# Every suite runs even when an earlier one fails. The last line of output is
# always "N passed, N failed", the sum over all suites; a suite that cannot
# run (or crashes without a summary) counts as one failed test. The exit
# status is 0 only when nothing failed.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Relative to $repo, so that test output shows short paths.
build_dir=build
build_args=()
lit=/usr/lib/llvm-19/build/utils/lit/lit.py

usage() {
  echo "usage: $0 [--sanitize]"
}

for arg in "$@"; do
  case "$arg" in
  -h | --help)
    usage
    exit 0
    ;;
  --sanitize)
    build_dir=build-sanitize
    build_args=(--sanitize)
    ;;
  *)
    usage >&2
    echo "$0: unknown argument '$arg'" >&2
    exit 2
    ;;
  esac
done

cd "$repo"

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Test programs colour their output when asked to even through a pipe.
strip_colours() {
  sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log"
}

run_lit() {
  local rc=0 counts p f
  echo "test: lit tests in $build_dir/test"
  python3 "$lit" -sv --xunit-xml-output "$build_dir/test/lit-results.xml" \
    "$build_dir/test" </dev/null 2>&1 | tee "$log" || rc=$?

  # The summary follows the last "Total Discovered Tests:" line, one line per
  # result code, e.g. "  Passed     : 12 (92.31%)". Unexpected passes count
  # as failures, as upstream lit counts them.
  counts=$(strip_colours | awk '
    /^Total Discovered Tests:/ { seen = 1; p = 0; f = 0; next }
    seen && /^  [A-Za-z][A-Za-z ]*: *[0-9]+/ {
      i = index($0, ":")
      label = substr($0, 3, i - 3); sub(/ +$/, "", label)
      n = substr($0, i + 1) + 0
      if (label == "Passed" || label == "Passed With Retry" ||
          label == "Expectedly Failed")
        p += n
      else if (label == "Failed" || label == "Unresolved" ||
               label == "Timed Out" || label == "Unexpectedly Passed")
        f += n
    }
    END { if (seen) print p, f; else print "none" }')

  if [[ "$counts" == none ]]; then
    echo "test: lit did not run (exit status $rc)" >&2
    failed=$((failed + 1))
    return
  fi
  read -r p f <<<"$counts"
  if [[ $rc -ne 0 && $f -eq 0 ]]; then
    echo "test: lit exited with status $rc" >&2
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
}

run_unittests() {
  local rc=0 counts p f
  local bin="$build_dir/bin/aiact-unittests"
  echo "test: unit tests in $bin"
  if [[ ! -x "$bin" ]]; then
    echo "test: $bin was not built" >&2
    failed=$((failed + 1))
    return
  fi
  "$bin" --gtest_brief=1 </dev/null 2>&1 | tee "$log" || rc=$?

  # Brief mode prints "[==========] N tests from M test suites ran.",
  # "[  PASSED  ] N tests." and, when some were skipped, "[  SKIPPED ] N
  # tests."; it lists failures one by one without a count, so the failures
  # are what ran minus what passed or was skipped. The full printer's
  # "[  FAILED  ] N tests, listed below:" is used when it is there.
  counts=$(strip_colours | awk '
    /^\[==========\] [0-9]+ tests? from .* ran\./ { split($0, w, " "); ran = w[2] + 0; seen = 1 }
    /^\[  PASSED  \] [0-9]+ tests?\./ { split($0, w, " "); p = w[4] + 0 }
    /^\[  SKIPPED \] [0-9]+ tests?\./ { split($0, w, " "); s = w[4] + 0 }
    /^\[  FAILED  \] [0-9]+ tests?, listed below:/ { split($0, w, " "); lf = w[4] + 0; listed = 1 }
    END {
      if (!seen) { print "none"; exit }
      f = listed ? lf : ran - p - s
      if (f < 0) f = 0
      print p + 0, f
    }')

  if [[ "$counts" == none ]]; then
    echo "test: the unit tests did not run to the end (exit status $rc)" >&2
    failed=$((failed + 1))
    return
  fi
  read -r p f <<<"$counts"
  if [[ $rc -ne 0 && $f -eq 0 ]]; then
    echo "test: the unit tests exited with status $rc" >&2
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
}

# The report tests need Microsoft's SARIF multitool and puppeteer-core (from
# the npm registry, at the versions of test/report/tools/package-lock.json)
# and Debian's Chromium. Installed once; again when the lock file changes.
install_report_tools() {
  local dir="$build_dir/report-tools"
  local extra=(nodejs chromium libicu72)
  # Debian's nodejs comes without npm; other builds of nodejs bring their own.
  command -v npm >/dev/null 2>&1 || extra+=(npm)
  "$repo/tools/install-deps.sh" "${extra[@]}"
  mkdir -p "$dir"
  if ! cmp -s test/report/tools/package-lock.json "$dir/package-lock.json" ||
    [[ ! -d "$dir/node_modules" ]]; then
    echo "test: installing the report tests' npm packages in $dir"
    cp test/report/tools/package.json test/report/tools/package-lock.json "$dir/"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >npm.log 2>&1) ||
      { cat "$dir/npm.log" >&2; echo "test: npm ci failed" >&2; return 1; }
  fi
  # npm may skip the package's own postinstall step that does this.
  chmod u+x "$dir"/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
}

if "$repo/tools/build.sh" "${build_args[@]}"; then
  # Without the tools the report tests fail; they are not skipped.
  install_report_tools || echo "test: the report tools could not be installed" >&2
  run_lit
  run_unittests
else
  # Running the suites against stale or missing binaries would mislead.
  echo "test: the build failed; no suite can run" >&2
  failed=2
fi

echo "$passed passed, $failed failed"
if [[ $failed -ne 0 ]]; then
  exit 1
fi
