#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite; exits non-zero on failure.
# Usage: scripts/run-tests.sh [preset]   (e.g. "asan" for the ASan/UBSan build)
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${1:-default}
bash scripts/install-deps.sh
bash scripts/build.sh "$preset"

jobs=$(nproc 2>/dev/null || echo 2)
# ctest prints its own summary ("100% tests passed, 0 tests failed out of N") and fails when
# any test fails; the test presets show the output of failing tests.
ctest --preset "$preset" -j "$jobs" --timeout 600
