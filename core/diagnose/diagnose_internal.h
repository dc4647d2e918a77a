#pragma once
// Shared by diagnose.cpp (set nodes, conditions) and diagnose_events.cpp (behavior, derive).
#include "bind/bound_graph.h"
#include "diagnose/diagnosis.h"

#include <map>
#include <string>
#include <vector>

namespace seg::diagnose_detail {

struct Context {
    const Graph& graph;
    const Dataset& data;
    const RunResult& run;
    const BoundGraph& bound;
};

// Rows of `column` the bound predicate accepts (NULL rows only for is_null).
size_t countMatches(const Column& column, const BoundPredicate& p);

// Explains why `cmp` (bound as `p`) matches no row of `column`; appends findings built on
// `base` (node id, column, where index already set). Returns false when nothing was found.
bool explainNoMatch(const Column& column, const Comparison& cmp, const BoundPredicate& p, int32_t asOf,
                    const Diagnosis& base, std::vector<Diagnosis>& out);

// The test in neutral notation: "tenure > 100", "5 <= tenure <= 9", "country in (US, CA)".
std::string conditionText(const std::string& column, const Comparison& cmp, int32_t asOf);
std::string jsonValueText(const Json& v);

// Behavior and derive-from-events: an unknown event type, a window with no events, a where
// value that never occurs. Returns false when nothing was found.
bool explainEvents(const Context& ctx, const BoundNode& bn, const EventAggregate& sel, std::vector<Diagnosis>& out);

} // namespace seg::diagnose_detail
