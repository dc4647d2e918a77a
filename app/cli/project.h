#pragma once
// Loading a graph file and its datasets, shared by validate, plan and run so that all three
// report problems the same way.
#include "data/dataset.h"
#include "graph/graph.h"
#include "workspace/workspace.h"

#include <optional>
#include <string>
#include <vector>

namespace seg::cli {

// Prints each problem as "error: <place>: <message>" on stderr.
void printDiagnostics(const std::vector<Diagnostic>& diagnostics);

// Reads and checks the graph file. Prints every problem found and returns nullopt when there is
// any: a graph with structural errors is never used further.
// A workspace (.segstudio, told by its SQLite header) is taken wherever a graph is: its graph
// is read from it, it is remembered as openedWorkspace(), and loadGraphData hands out its
// stored datasets instead of importing the CSV files. Throws seg::Error when the workspace
// cannot be opened (damaged, locked, newer).
std::optional<Graph> loadGraphOrReport(const std::string& path);

// The workspace the last loadGraphOrReport opened (empty for a plain graph file).
const std::optional<WorkspaceInfo>& openedWorkspace();

// Imports the graph's customers (and events). Throws seg::Error naming the file when a dataset
// cannot be used at all; rejected rows and unknown event keys only produce a note on stderr,
// because the spec lets a run go on without them.
// The run prints on stderr how many rows were rejected and how many duplicate keys were dropped.
Dataset loadGraphData(const Graph& graph, const CsvLimits& limits = {});

// 0 means "all hardware threads" for the runner; the CLI shows the number actually used.
int defaultThreads();

} // namespace seg::cli
