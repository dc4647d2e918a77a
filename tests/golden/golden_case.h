#pragma once
// One golden case folder (tests/data/golden/<case>/): the graph, its data and the expected
// results worked out by hand. The checks compare one run against expected.json and return
// every difference as text, so a failing row names the case, strategy, threads and what differs.
#include "data/dataset.h"
#include "exec/run_result.h"
#include "graph/graph.h"
#include "util/json.h"

#include <filesystem>
#include <string>
#include <vector>

namespace seg::golden {

// Case folders under `root` that hold a graph.segment.json, sorted by name.
std::vector<std::filesystem::path> discoverCases(const std::filesystem::path& root);

// Reads expected.json; throws seg::Error naming the file for JSON errors and unknown keys
// (a typo in a key must not silently turn a check off).
Json readExpected(const std::filesystem::path& caseDir);

// Differences between a run and the expected members, segments, statuses, errors, derived
// columns, exports and import counts. Empty: the run is right.
std::vector<std::string> compareRun(const Json& expected, const Graph& graph, const Dataset& data,
                                    const RunResult& result, const std::filesystem::path& scratchDir);

// The same for a run that evaluated only what the segments need (the CLI's run): the members
// of every set that run has and the segments' sizes and warnings must match too.
std::vector<std::string> compareSegmentsOnlyRun(const Json& expected, const Dataset& data, const RunResult& result);

// Differences between the diagnostics and expected.validation_errors: each entry (a substring,
// or {"node": id, "contains": substring}) must match some diagnostic of that node, and the
// nodes in expected.clean_nodes must have none.
std::vector<std::string> compareDiagnostics(const Json& expected, const std::vector<Diagnostic>& diagnostics);

} // namespace seg::golden
