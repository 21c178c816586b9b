#!/usr/bin/env bash
# Installs the Debian packages aiact-check needs to build and test.
#
# Usage: tools/install-deps.sh [EXTRA-PACKAGE...]
#
# Does nothing, and prints nothing, when every package is already installed.
# Otherwise prints one line naming the missing packages, runs apt-get update
# and installs them (through sudo when not run as root). apt-get's output is
# shown only when the installation fails.
set -euo pipefail

packages=(
  llvm-19-dev libclang-19-dev clang-19 clang-tools-19 llvm-19-tools
  clang-tidy-19 libyaml-cpp-dev libspdlog-dev libgtest-dev
  cmake ninja-build git python3
)

for arg in "$@"; do
  case "$arg" in
  -h | --help)
    echo "usage: $0 [EXTRA-PACKAGE...]"
    exit 0
    ;;
  -*)
    echo "usage: $0 [EXTRA-PACKAGE...]" >&2
    echo "$0: unknown option '$arg'" >&2
    exit 2
    ;;
  esac
  packages+=("$arg")
done

# A package counts as present only when dpkg reports it fully installed
# (not merely known, half-installed or removed with its config files kept).
is_installed() {
  local status
  status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) || return 1
  [[ "$status" == *"ok installed"* ]]
}

missing=()
for pkg in "${packages[@]}"; do
  if ! is_installed "$pkg"; then
    # Skip duplicates, e.g. an extra argument that is already in the list.
    case " ${missing[*]-} " in
    *" $pkg "*) ;;
    *) missing+=("$pkg") ;;
    esac
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "install-deps: not root and sudo is not available; install as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

run_apt() {
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "$@" >>"$log" 2>&1; then
    cat "$log" >&2
    echo "install-deps: 'apt-get $*' failed" >&2
    exit 1
  fi
}

run_apt -q update
run_apt -q -y install "${missing[@]}"
