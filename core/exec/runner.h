#pragma once
// One call from a graph and its data to a finished run: bind (validate), plan, execute.
#include "data/dataset.h"
#include "exec/run_result.h"
#include "graph/graph.h"
#include "plan/strategy.h"

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace seg {

class ResultCache;

struct RunOptions {
    Strategy strategy = Strategy::Auto;
    int threads = 0;                  // 0: all hardware threads
    std::optional<int32_t> asOf;      // overrides the graph's as_of; else graph's, else today UTC
    const std::atomic<bool>* cancel = nullptr;
    ResultCache* cache = nullptr;     // reuse results of unchanged nodes across runs
    std::function<void(const NodeRun&)> onNodeFinished; // called from worker threads
    bool allNodes = false;            // evaluate every node, not only those segments need (editor preview)
};

// Every validation problem of the graph against this data (empty: runnable).
std::vector<Diagnostic> validateGraph(const Graph& graph, const Dataset& data);

// Throws seg::Error listing the diagnostics when the graph does not validate.
RunResult runGraph(const Graph& graph, const Dataset& data, const RunOptions& options);

// Warnings of spec section 4 (segment): an empty segment, or a size outside `expected`.
// Shared by in-memory and remote runs so their reports read the same.
std::vector<std::string> segmentWarnings(const Node& node, size_t size);
// "the graph has N problems:" followed by one diagnostic per line (the error of a run that
// does not validate).
std::string describeProblems(const std::vector<Diagnostic>& diagnostics);

// Today's date (UTC) as days since epoch.
int32_t todayUtc();

// The JSON run report of spec section 5.
Json runReportToJson(const RunResult& result, const Dataset& data);

} // namespace seg
