#!/usr/bin/env bash
# Benchmarks aiact-check against plain compilation and prints ratios.
# Usage: tools/bench/run.sh [--units N] [--rounds N] [--only PARTS] [-p COMPILE_DB_FOLDER]
# Part of aiact-check, under the Apache License v2.0.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/tools/build.sh" >/dev/null
exec python3 "$root/tools/bench/bench.py" --build "$root/build" "$@"
