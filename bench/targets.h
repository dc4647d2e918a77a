#pragma once
// The engine-side measurements: each graph with every strategy and thread count, and the
// issue's target rows (behavior nodes, cached re-run, top, overlap matrix, import, export,
// memory).
#include "bench_support.h"
#include "data/dataset.h"
#include "graph/graph.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace seg::bench {

using Sizes = std::map<std::string, long long>; // segment id -> members

struct Setup {
    std::vector<int> threads; // 1, 2, all (distinct)
    int runs = 5;
    int targetThreads = 2;    // the targets are stated for 2 threads
    std::filesystem::path workDir;
};

// Runs `graph` with each strategy and thread count (sequential once, at 1 thread), checks
// that all give the same sizes, adds one row per combination; returns the sizes.
Sizes measureStrategies(const Setup& s, const Graph& graph, const Dataset& data, const std::string& what,
                        Results& results, const std::string& target, double targetMs);

// The target rows measured on the customers-only standard graph at s.targetThreads.
void measureGraphTargets(const Setup& s, const Graph& customersGraph, const Graph& editedGraph, const Dataset& data,
                         const std::vector<std::string>& segmentIds, Results& results);

// CSV import of `file` (customers, key customer_id) at s.targetThreads.
void measureImport(const Setup& s, const std::filesystem::path& file, Results& results);

// Writes the first `columns` fields of every record of `from` to `to` (quote-aware).
void cutColumns(const std::filesystem::path& from, const std::filesystem::path& to, size_t columns);

// Bytes of the typed values a table holds: 8 per int/double/timestamp, 4 per date, 1 per
// bool, the UTF-8 bytes of each string value, and nothing for NULLs' absent values.
size_t rawTypedBytes(const Table& table);

std::string verdict(double measured, double limit);

// Prints the slowest nodes of one parallel run (after a warm-up run) to stderr.
// The nodes a cached re-run of `edited` after `graph` computes again, with the run's wall time.
void printCachedNodeTimes(const Graph& graph, const Graph& edited, const Dataset& data, int threads);
void printNodeTimes(const Graph& graph, const Dataset& data, int threads);

} // namespace seg::bench
