#!/usr/bin/env bash
# The benchmark suite of issue 4: Segment Studio against DuckDB and SQLite on generated data.
#
#   bench/run.sh [segbench options]       e.g. bench/run.sh --scale 1   (1M customers, 10M events)
#
# Default: 10M customers, 100M events (about 6 GB of CSV under build-bench/benchdata, generated
# once and reused), median of 5 runs after a warm-up. Builds segbench in build-bench/ (Release),
# installs the DuckDB peer (@duckdb/node-api, a benchmark-only dependency) with npm into
# bench/node_modules, then runs bench/segbench: it checks that every engine and strategy gives
# the same segment sizes before timing, prints the table and writes JSON to bench/results/.
# Options: bench/segbench --help. Without node/npm, pass --no-duckdb.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEG_BUILD_GUI=OFF -DSEG_BUILD_TESTS=OFF \
      $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
cmake --build build-bench --target segbench -j"$(nproc)"

if [[ " $* " != *" --no-duckdb "* ]]; then
  if ! command -v npm >/dev/null; then
    echo "bench/run.sh: npm is needed for the DuckDB peer (apt-get install nodejs npm), or pass --no-duckdb" >&2
    exit 1
  fi
  if [[ ! -d bench/node_modules/@duckdb/node-api ]]; then
    (cd bench && npm install --no-audit --no-fund --loglevel=error)
  fi
fi

exec build-bench/bench/segbench --data build-bench/benchdata --results bench/results \
     --runner bench/duckdb_runner.mjs "$@"
