#!/usr/bin/env bash
# Installs missing build dependencies, configures build/ once and builds it.
#
# Usage: tools/build.sh [--sanitize]
#
# --sanitize builds with AddressSanitizer and UndefinedBehaviorSanitizer in
# build-sanitize/ instead; build/ is left alone.
#
# Works from any folder. CMAKE_BUILD_PARALLEL_LEVEL, if set, is honoured by
# cmake --build as usual.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir="$repo/build"
cmake_args=(-DCMAKE_BUILD_TYPE=Release)

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
    build_dir="$repo/build-sanitize"
    # Lightly optimised, with line tables only: the sanitizers' stack traces
    # name functions, files and lines, and the build takes far less time
    # than with full debug information (Clang's headers are large).
    cmake_args=(-DCMAKE_BUILD_TYPE=RelWithDebInfo
      "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
      "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" -DAIACT_SANITIZE=ON)
    ;;
  *)
    usage >&2
    echo "$0: unknown argument '$arg'" >&2
    exit 2
    ;;
  esac
done

"$repo/tools/install-deps.sh"

# Configure only once: later runs let Ninja re-run CMake when a CMakeLists.txt
# changes, and keep the cache a developer may have edited.
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake -S "$repo" -B "$build_dir" -G Ninja "${cmake_args[@]}"
fi

cmake --build "$build_dir"
