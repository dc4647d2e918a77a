#pragma once
// What a node depends on, as the canvas draws it and the auto-layout orders it: its input
// edges, and the implicit edges to the derive nodes whose column it reads (spec 4: "nodes
// that use `name` as a field depend on it").
#include "graph/graph.h"

#include <string>
#include <vector>

namespace seg::ui {

// Ids of derive nodes whose column `node` reads (condition field, top field, expression and
// derive-from-customers formulas). Formulas that do not parse contribute nothing.
std::vector<std::string> derivedColumnSources(const Graph& graph, const Node& node);

// Input node ids (ports stripped) followed by derivedColumnSources, without duplicates.
std::vector<std::string> nodeDependencies(const Graph& graph, const Node& node);

} // namespace seg::ui
