#pragma once
// What the live evaluator (live_engine.h) keeps for a bound graph, and whether it can keep the
// graph live at all. Built again whenever the clock moves to another day, because binding
// resolves every date window against as_of.
#include "bind/bound_graph.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace seg {

// A behavior or derive-from-events node: bit `j` of a stored event's mask says whether the
// event passes the node's clock-independent tests (event type, `where` conditions that do not
// depend on as_of). The window and the as_of-relative `where` conditions are tested when the
// customer's aggregate is computed, with the current clock.
struct LiveEventNode {
    int node = -1;                 // index into BoundGraph::nodes
    int fieldKept = -1;            // aggregated field: index into LivePlan::keptColumns (-1: count)
    std::vector<std::pair<int, int>> relativeWhere; // (index into BoundEventSelection::where, kept column)
    // Dates at which the node's result for a customer may change without a new event: for
    // each pair (kept column or -1 for the time column, N), an event's day d there gives the
    // days d and d + N + 1 (within_last_days and before_days_ago change on exactly those days).
    std::vector<std::pair<int, int64_t>> deadlineSources;
    // An event of day d can count for this node again only while d + keepDays >= the clock
    // (the clock never goes back): the window, when it is the node's only as_of-relative test.
    // -1: as long as the customer exists (no window, or other relative tests).
    int64_t keepDays = -1;
};

struct LivePlan {
    std::vector<int> order;                 // needed nodes, dependencies first
    std::vector<LiveEventNode> eventNodes;  // bit j of the event masks (at most 64)
    std::vector<int> eventNodeOf;           // node index -> j, or -1
    // node index -> the event nodes it depends on (bit j), itself included: an event that only
    // event nodes J consider changes only the nodes whose bits meet J.
    std::vector<uint64_t> eventReach;
    std::vector<int> keptColumns;           // event columns whose values stored events keep
    // Customer-level values read by as_of-relative conditions: (slot, N) gives deadlines on
    // the value's day d: d and d + N + 1.
    std::vector<std::pair<int, int64_t>> relativeConditions;
    // days_since() makes an expression change every day for everyone: such graphs re-evaluate
    // all customers when the day changes (the one case not driven by the deadline queue).
    bool refreshAllOnDayChange = false;
    std::string refreshReason;

    // Printable summary: one line per node and what live evaluation keeps for it.
    std::string toString(const BoundGraph& graph) const;
};

// Throws seg::Error naming the node when some node cannot be kept live (it never starts with
// a graph whose membership it could get wrong).
LivePlan buildLivePlan(const BoundGraph& graph);

} // namespace seg
