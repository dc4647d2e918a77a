#pragma once
// The pieces of segbench-cold (bench/cold_path.cpp): options, the generated data and graphs,
// the DuckDB runner (bench/duckdb_cold.mjs), the end-to-end process timing and the output.
#include "bench_support.h"
#include "data/table.h"
#include "graph/graph.h"

#include <filesystem>
#include <string>
#include <vector>

namespace seg::bench {

struct ColdSetup {
    size_t customers = 2'000'000;
    size_t events = 10'000'000;
    uint64_t seed = 42;
    int runs = 5;
    int threads = 2;
    std::filesystem::path dataRoot = "build/benchdata";
    std::filesystem::path resultsDir = "bench/results";
    std::filesystem::path runner = "bench/duckdb_cold.mjs";
    std::filesystem::path cli = "build/app/cli/segstudio-cli";
    std::string node = "node";
    bool duckdb = true;
    bool nodeTimes = false; // print the slowest nodes of a first and a warm run
    std::vector<std::string> only; // import, first, e2e, events; empty: all
    bool wants(const std::string& part) const;
};
ColdSetup parseColdArgs(int argc, char** argv);

struct ColdData {
    std::filesystem::path dir;
    std::filesystem::path customers;     // the generator's 26 columns (standard graph)
    std::filesystem::path customers10;   // the honest graph's 10 columns
    std::filesystem::path events;
    std::filesystem::path honestGraph, standardGraph; // .segment.json files in dir
    std::string ruleLayerSql;            // the honest graph's rule layer for DuckDB
    struct Segment {
        std::string id, file, predicate; // file: the slug file name both engines write
    };
    std::vector<Segment> segments;
};
// Generates the data once per (customers, events, seed), projects the 10-column file, writes
// both graphs.
ColdData ensureColdData(const ColdSetup& s);

Graph loadGraphChecked(const std::filesystem::path& file);
// Sum of a numeric column's present values.
double columnSum(const Table& t, const std::string& column);
inline const std::vector<std::string> kCheckedSums{"customer_id", "age", "orders", "total_spend"};
// Held bytes against raw typed bytes (issue 4's 1.3x bound), after the runs.
Row memoryRow(const std::string& what, const Table& table);

Json runDuckdbCold(const ColdSetup& s, const std::filesystem::path& workDir, Json job);
// `segstudio-cli run honest --export DIR` against DuckDB's whole job, as processes; checks
// that both wrote the same keys for every segment.
void measureEndToEnd(const ColdSetup& s, const ColdData& d, Results& results);

std::string loadAverage();
std::string utcStamp(const char* format);
int printAndSave(const ColdSetup& s, Results& results, Json info);

} // namespace seg::bench
