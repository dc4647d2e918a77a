#pragma once
// Runs a plan: the three strategies are really different schedules on oneTBB.
//   sequential: the calling thread runs node after node over all rows.
//   parallel:   node after node, each partitioned node split over the workers (parallel_for).
//   hybrid:     every node starts as soon as its inputs are done (task graph), and large
//               scans are split over partitions as well; top waits for its whole input.
#include "bind/bound_graph.h"
#include "exec/run_result.h"
#include "exec/runner.h"
#include "plan/planner.h"

namespace seg {

RunResult executePlan(const BoundGraph& graph, const Plan& plan, const RunOptions& options);

} // namespace seg
