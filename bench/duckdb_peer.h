#pragma once
// DuckDB as the peer engine, through bench/duckdb_runner.mjs on Node.js (@duckdb/node-api,
// installed by bench/run.sh into bench/node_modules).
#include "util/json.h"

#include <filesystem>
#include <string>
#include <vector>

namespace seg::bench {

struct DuckdbJob {
    std::filesystem::path runner; // duckdb_runner.mjs
    std::string node = "node";
    std::vector<int> threads;
    int runs = 5;
    Json tables = Json::array();  // [{name, path, columns: {name: DUCKDB TYPE}}]
    Json queries = Json::array(); // [{name, sql}]
    std::string importCsv;        // timed read_csv of this file, when not empty
    std::string database;         // DuckDB database file (removed first); empty: in memory
    std::string memoryLimit;      // DuckDB memory_limit, e.g. "3GB"; empty: DuckDB's default
};

// Runs the job; returns the runner's JSON (see duckdb_runner.mjs). Throws seg::Error with
// the runner's output when it fails.
Json runDuckdb(const DuckdbJob& job, const std::filesystem::path& workDir);

} // namespace seg::bench
