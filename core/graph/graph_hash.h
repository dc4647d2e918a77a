#pragma once
// The identity of a graph's rules: SHA-256 of its canonical JSON without the editor's layout
// ("ui"), so moving a card changes nothing. Run history (workspace) and export manifests
// (destinations) both name a graph by it, so one list can be traced to the run that made it.
#include "graph/graph.h"

#include <string>

namespace seg {

std::string graphHash(const Graph& graph); // 64 lower-case hex digits

} // namespace seg
