#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite; exits non-zero on failure.
# Usage: scripts/run-tests.sh [preset]   (e.g. "asan" for the ASan/UBSan build)
# With SEG_SANITIZER_PASS=1 (off by default, also in .ci/run; see README "Tests") a second, lean pass
# follows: the engine, the CLI and their tests (no GUI) built with ASan and UBSan (preset
# "asan-core", folder build-asan-core/) and run.
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${1:-default}
bash scripts/install-deps.sh
bash scripts/build.sh "$preset"

jobs=$(nproc 2>/dev/null || echo 2)
# ctest prints its own summary ("100% tests passed, 0 tests failed out of N") and fails when
# any test fails; the test presets show the output of failing tests.
ctest --preset "$preset" -j "$jobs" --timeout 600

if [[ "${SEG_SANITIZER_PASS:-0}" == "1" && "$preset" == "default" ]]; then
  echo "== sanitizer pass: core and CLI tests under ASan + UBSan (SEG_SANITIZER_PASS=0 skips it) =="
  bash scripts/build.sh asan-core
  ctest --preset asan-core -j "$jobs" --timeout 900
fi
