#!/usr/bin/env bash
# Configures and builds with a CMake preset (CMakePresets.json; default: "default" -> build/).
# Usage: scripts/build.sh [preset]
set -euo pipefail
cd "$(dirname "$0")/.."

preset=${1:-default}
jobs=$(nproc 2>/dev/null || echo 2)
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$jobs"
