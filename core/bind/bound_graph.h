#pragma once
// The graph bound to a dataset: every field resolved to a column, every literal converted,
// every input resolved to a node and port, the dependency edges (explicit inputs and implicit
// edges to derive columns) known. Built by bindGraph(), which is also the validator: it
// collects every problem at once, each naming its node.
#include "bind/predicate.h"
#include "data/dataset.h"
#include "expr/expr.h"
#include "graph/graph.h"

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seg {

// Where a column comes from: a customer column (index into the customer table) or the output
// of a derive node (slot). Expression slots use the same numbering: customer columns first.
struct FieldRef {
    std::string name;
    DataType type = DataType::Int;
    int slot = -1; // < customerColumns: customer column; else derived slot
};

struct InputRef {
    int node = -1; // index into BoundGraph::nodes
    int port = -1; // -1: the node's only output; else index into its ports
};

// Events a behavior / derive-from-events node looks at, and how it sums them up.
struct BoundEventSelection {
    bool anyType = true;
    int32_t typeCode = -1;                 // dictionary code of `event` in the type column; -1: absent in data
    std::optional<BoundPredicate> window;  // on the time column
    std::vector<std::pair<int, BoundPredicate>> where; // event column index -> predicate
    Aggregate aggregate = Aggregate::Count;
    int fieldColumn = -1;                  // event column aggregated (sum/min/max/avg)
    DataType resultType = DataType::Int;   // type of the aggregate value
};

struct BoundNode {
    const Node* node = nullptr;
    std::vector<InputRef> inputs;
    std::vector<int> deps;          // node indices this node waits for (inputs + derive columns)
    std::vector<int> implicitDeps;  // the derive-column part of deps
    std::vector<std::string> ports; // split part names / priority input refs; empty: one output
    bool producesSet = true;        // false for derive

    FieldRef field;                 // condition / top
    BoundPredicate predicate;       // condition; behavior's comparison of the aggregate
    std::shared_ptr<const CompiledExpr> expr; // expression / derive from customer columns
    BoundEventSelection events;     // behavior / derive from events
    int derivedSlot = -1;           // derive: slot of the column it makes
    DataType derivedType = DataType::Int;
    std::vector<double> cumulative; // split: cumulative percents (last is exactly 100)
    std::vector<FieldRef> exportColumns; // segment
    std::string runtimeError;       // known before running (events dataset failed to load)
    bool usesEvents = false;
};

struct BoundGraph {
    const Graph* graph = nullptr;
    const Dataset* data = nullptr;
    int32_t asOf = 0;
    int customerColumns = 0;
    std::vector<BoundNode> nodes;        // same order as graph->nodes
    std::vector<FieldRef> derivedSlots;  // slot - customerColumns -> column info
    std::vector<int> derivedSlotNode;    // slot - customerColumns -> node index
    std::vector<int> topoOrder;          // every node, dependencies first
    std::vector<Diagnostic> diagnostics; // empty: the graph may run
    // id -> index, filled by bindGraph (views of the graph's ids); without it indexOf searches.
    std::unordered_map<std::string_view, int> idIndex;

    int indexOf(std::string_view id) const;
    // Nodes needed by the segments (or all nodes), in topological order.
    std::vector<int> neededNodes(bool allNodes) const;
};

// `eventsError`: why the declared events dataset is unavailable (empty when loaded or not declared).
BoundGraph bindGraph(const Graph& graph, const Dataset& data, int32_t asOfDay);

} // namespace seg
