#pragma once
// Small pieces the benchmark shares: timing, medians, process memory, the results table.
#include "util/json.h"

#include <chrono>
#include <functional>
#include <string>
#include <vector>

namespace seg::bench {

inline double msSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

// Runs f once as warm-up (unless warmUp is false), then `runs` times; returns the timings.
std::vector<double> timeRuns(int runs, const std::function<void()>& f, bool warmUp = true);
double median(std::vector<double> v);
size_t residentBytes(); // VmRSS of this process

// One row of the printed table and of the JSON results.
struct Row {
    std::string what;     // the graph or target
    std::string engine;   // segment-studio, duckdb, sqlite
    std::string strategy; // sequential/parallel/hybrid, or "sql"
    int threads = 1;
    std::vector<double> timesMs;
    std::string target;   // e.g. "<= 100 ms", empty when none
    std::string verdict;  // met / missed / empty
    std::string note;
    double medianMs() const { return median(timesMs); }
};

class Results {
public:
    void add(Row row) { rows_.push_back(std::move(row)); }
    std::vector<Row>& rows() { return rows_; }
    // Median of the DuckDB row for `what` at `threads`, or 0 when there is none.
    double duckdbMs(const std::string& what, int threads) const;
    std::string table() const;
    Json toJson() const;

private:
    std::vector<Row> rows_;
};

} // namespace seg::bench
