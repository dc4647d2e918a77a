#!/usr/bin/env bash
# The cold-path benchmark of issue 18, as one command: Segment Studio against DuckDB, 2 threads
# each, page cache warm for both, ratios measured in one run:
#   customers import (2M rows, 10 columns; values checked against DuckDB's table),
#   first run after import vs warm run (honest graph and standard graph),
#   `segstudio-cli run GRAPH --export DIR` vs DuckDB's whole job (process wall clock),
#   10M events import.
#
#   bench/cold-path.sh [segbench-cold options]   e.g. --runs 3, --only import,events, --no-duckdb
#
# Builds segbench-cold and segstudio-cli in build-bench/ (Release), installs the DuckDB peer
# (@duckdb/node-api) into bench/node_modules, generates the data once under
# build-bench/benchdata/cold-c2000000-e10000000-s42/ (customers.csv, customers10.csv,
# events.csv, honest.segment.json, standard-customers.segment.json) and writes the table to
# stdout and JSON to bench/results/cold-path-*.json. Options: build-bench/bench/segbench-cold --help.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSEG_BUILD_GUI=OFF -DSEG_BUILD_TESTS=OFF \
      $(command -v ccache >/dev/null && echo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache) >/dev/null
cmake --build build-bench --target segbench-cold segstudio-cli -j"$(nproc)"

if [[ " $* " != *" --no-duckdb "* ]]; then
  if ! command -v npm >/dev/null; then
    echo "bench/cold-path.sh: npm is needed for the DuckDB peer (apt-get install nodejs npm), or pass --no-duckdb" >&2
    exit 1
  fi
  if [[ ! -d bench/node_modules/@duckdb/node-api ]]; then
    (cd bench && npm install --no-audit --no-fund --loglevel=error)
  fi
fi

echo "uptime: $(uptime)" >&2
exec build-bench/bench/segbench-cold --data build-bench/benchdata --results bench/results \
     --runner bench/duckdb_cold.mjs --cli build-bench/app/cli/segstudio-cli "$@"
