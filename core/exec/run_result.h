#pragma once
// What a run produced: per-node status, sets and timings, per-segment sizes and warnings.
// This is the data of the run report (spec section 5) and of the GUI's preview and Gantt chart.
#include "data/bitset.h"
#include "data/column.h"
#include "graph/graph.h"
#include "plan/strategy.h"
#include "util/json.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace seg {

enum class NodeStatus { Ok, Failed, Skipped, Cancelled };
std::string_view nodeStatusName(NodeStatus s);

struct NodeRun {
    std::string id;
    NodeType type = NodeType::Condition;
    NodeStatus status = NodeStatus::Ok;
    std::optional<size_t> size; // set-producing nodes (for multi-port nodes: members of all ports)
    double startMs = 0, endMs = 0; // relative to the run's start
    int worker = 0;                // 1-based worker that ran (or started) the node
    bool cached = false;           // result taken from the result cache
    std::string error;             // failed / skipped: why
};

struct SegmentRun {
    std::string id;
    std::string name;
    size_t size = 0;
    std::vector<std::string> warnings;
};

struct RunResult {
    size_t rows = 0;
    size_t events = 0;
    Strategy strategy = Strategy::Sequential; // as resolved (never Auto)
    std::string strategyReason;               // why auto chose it (empty otherwise)
    int threads = 1;
    int32_t asOf = 0;
    double totalMs = 0;
    std::vector<NodeRun> nodes;       // in plan order
    std::vector<SegmentRun> segments; // in graph order
    bool cancelled = false;

    // Sets by reference "node" or "node:port"; derived columns by name. Shared with the cache.
    std::map<std::string, std::shared_ptr<const Bitset>, std::less<>> sets;
    std::map<std::string, std::shared_ptr<const Column>, std::less<>> derived;

    bool partialFailure() const;
    const Bitset* members(std::string_view ref) const;
    const NodeRun* node(std::string_view id) const;
};

} // namespace seg
