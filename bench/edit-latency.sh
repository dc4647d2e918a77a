#!/usr/bin/env bash
# "Large data stays live" (issue 12): the time from an edit of a condition's value to every
# affected node's new count, and the longest GUI-thread stall, with 10M generated customers.
#
#   bench/edit-latency.sh [--customers N] [--edits K] [--threads T]
#
# Builds segbench-edit in build-bench-gui/ (Release, with the editor libraries) and runs it.
# Customers are generated once into build-bench/benchdata/edit-c<N>/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
cmake -S . -B build-bench-gui -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEG_BUILD_TESTS=OFF \
      $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
cmake --build build-bench-gui --target segbench-edit -j"$(nproc)"
exec build-bench-gui/bench/segbench-edit --data build-bench/benchdata "$@"
