#pragma once
// Rough per-node costs (milliseconds on one thread) and the strategy estimates built on them.
// The numbers are calibrated by bench/ runs; they only need to rank the strategies sensibly.
#include "bind/bound_graph.h"
#include "plan/planner.h"

namespace seg {

struct CostModel {
    double nsPerRowScan = 0.35;      // numeric / dictionary-code scan
    double nsPerRowExpression = 3.0; // vectorised expression, per row
    double nsPerWordSetOp = 0.4;     // per 64-bit word per input
    double nsPerEvent = 2.5;         // behavior / derive-from-events, per event
    double nsPerRowEventNode = 1.0;  // per customer visited
    double nsPerRowTop = 12.0;       // gather + nth_element, per candidate
    double nsPerRowSplit = 180.0;    // one MD5 per member
    double nsPerDictEntry = 40.0;    // string predicate per distinct value
    double msTaskOverhead = 0.01;    // scheduling one node
    double msParallelForOverhead = 0.02; // one parallel_for over partitions
    double msWorkerStartup = 0.5;    // waking (or, in a fresh process, creating) the workers
};

double estimateNodeCostMs(const BoundGraph& g, int node, const CostModel& m);
// A node is partitioned when its work can be split over row partitions (not top, segment, derive expr).
bool nodeIsPartitioned(const BoundNode& n);
bool nodeIsBarrier(const BoundNode& n);

} // namespace seg
