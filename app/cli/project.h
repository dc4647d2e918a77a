#pragma once
// Loading a graph file and its datasets, shared by validate, plan and run so that all three
// report problems the same way.
#include "data/dataset.h"
#include "graph/graph.h"

#include <optional>
#include <string>
#include <vector>

namespace seg::cli {

// Prints each problem as "error: <place>: <message>" on stderr.
void printDiagnostics(const std::vector<Diagnostic>& diagnostics);

// Reads and checks the graph file. Prints every problem found and returns nullopt when there is
// any: a graph with structural errors is never used further.
std::optional<Graph> loadGraphOrReport(const std::string& path);

// Imports the graph's customers (and events). Throws seg::Error naming the file when a dataset
// cannot be used at all; rejected rows and unknown event keys only produce a note on stderr,
// because the spec lets a run go on without them.
// The run prints on stderr how many rows were rejected and how many duplicate keys were dropped.
Dataset loadGraphData(const Graph& graph, const CsvLimits& limits = {});

// 0 means "all hardware threads" for the runner; the CLI shows the number actually used.
int defaultThreads();

} // namespace seg::cli
