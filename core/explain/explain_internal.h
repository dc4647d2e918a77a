#pragma once
// Shared by the explainer's files (internal to core/explain).
#include "bind/bound_graph.h"
#include "explain/explain.h"
#include "exec/event_aggregate.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

// The explainer's data (explainer.cpp evaluates, explain_top.cpp ranks).
struct Explainer::State {
    const Graph& graph;
    const Dataset& data;
    const RunResult& batch;
    BoundGraph bound;
    std::vector<const Column*> slots; // customer columns, then the batch's derived columns (null: not computed)
    // top nodes: the 1-based rank of every candidate (0: not a candidate), computed on first use.
    mutable std::mutex topMutex;
    mutable std::map<int, std::vector<uint32_t>> topRanks;
    mutable std::map<int, size_t> topCandidates;

    State(const Graph& g, const Dataset& d, const RunResult& r) : graph(g), data(d), batch(r) {}

    // Per explained customer: the step and the port index (-1: none / not a member) of each node.
    struct Walk {
        uint32_t row = 0;
        std::vector<std::optional<ExplainStep>> steps;
        std::vector<int> port;
    };

    bool inputMember(const Walk& w, const InputRef& in) const
    {
        const auto& s = w.steps[static_cast<size_t>(in.node)];
        return s && s->member && (in.port < 0 || w.port[static_cast<size_t>(in.node)] == in.port);
    }
    const Column* slotColumn(int slot) const { return slot >= 0 ? slots[static_cast<size_t>(slot)] : nullptr; }
    void evaluate(int index, Walk& w) const;
    void evaluateTop(const BoundNode& b, int index, bool input, ExplainStep& step, Walk& w) const;
    const std::vector<uint32_t>& ranksOf(int index) const;
};

} // namespace seg

namespace seg::explain_detail {

// A column's value at a row as text ("NULL" for a missing value).
std::string cellText(const Column& column, size_t row);
// An aggregate of type `type` as text.
std::string aggregateText(const AggregateValue& a, DataType type);

// The customer's events as the node's selection sees them (type, window, where), and the
// aggregate computed by the batch definition (EventAggregator::evaluate).
// Why the excluding step keeps the customer out, in one sentence (the CLI's and the JSON's
// `reason`); `wantedPort` names the port the walk asked for ("" for the whole node).
std::string exclusionReason(const ExplainStep& step, std::string_view wantedPort);

ExplainEvents explainEvents(const BoundEventSelection& selection, const Node& node, const EventTable& events,
                            uint32_t row, AggregateValue& aggregate);

} // namespace seg::explain_detail
