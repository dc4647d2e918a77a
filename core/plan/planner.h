#pragma once
// The dependency DAG of a graph (input edges plus the implicit edges from derive columns),
// its levels and critical path, and the schedule each strategy will follow. Printable as
// text, JSON and Graphviz DOT.
#include "data/dataset.h"
#include "graph/graph.h"
#include "plan/strategy.h"
#include "util/json.h"

#include <string>
#include <vector>

namespace seg {

struct PlanNode {
    std::string id;
    NodeType type = NodeType::Condition;
    std::string label;
    std::vector<std::string> deps;      // node ids this one waits for
    std::vector<std::string> implicitDeps; // subset of deps that come from derive columns
    int level = 0;                      // longest path from a source
    double cost = 0;                    // estimated milliseconds at one thread
    bool partitioned = false;           // work split over row partitions
    bool barrier = false;               // whole-table step (top, split bookkeeping)
    bool onCriticalPath = false;
};

struct PlanStage {                      // nodes that may run at the same time
    std::vector<std::string> nodes;
};

// Conditions without an input on the same customer column: the executor evaluates them in one
// pass over the row partitions, so each partition of the column is read from memory once and
// tested by every condition while it is in cache. Members are unchanged; the pass's time is
// shared out evenly among the nodes in the run report.
struct ScanGroup {
    std::string column;
    std::vector<std::string> nodes;     // plan order; at least two
};

struct Plan {
    Strategy strategy = Strategy::Sequential; // resolved (never Auto)
    Strategy requested = Strategy::Auto;
    std::string reason;                 // why this strategy (auto: the cost comparison)
    int threads = 1;
    size_t rows = 0, events = 0;
    size_t partitions = 1;              // row partitions for partitioned nodes
    std::vector<PlanNode> nodes;        // topological order
    std::vector<PlanStage> stages;      // execution order of the chosen strategy
    double estimatedMs = 0;
    std::vector<std::string> criticalPath;
    std::vector<ScanGroup> scanGroups;
    const PlanNode* find(std::string_view id) const;
};

struct BoundGraph;

// Throws seg::Error with all diagnostics when the graph does not validate against the data.
Plan planGraph(const Graph& graph, const Dataset& data, Strategy strategy, int threads);
// Plans an already bound (valid) graph. `allNodes`: every node, not only those segments need.
Plan buildPlan(const BoundGraph& graph, Strategy strategy, int threads, bool allNodes = false);

// Rows per partition for data-parallel nodes (a multiple of 64 so partitions own whole words).
constexpr size_t kPartitionRows = 64 * 1024;
// 0 or negative threads mean all hardware threads.
int resolveThreads(int threads);

std::string planToText(const Plan& plan);
Json planToJson(const Plan& plan);
std::string planToDot(const Plan& plan);

} // namespace seg
