#pragma once
// A node's rule in plain words, in the UI language: "Contract is Month-to-month",
// "purchase at least 2 times, amount >= 20, in the last 30 days", "top 10 % by spend",
// "A and B". Cards, tooltips and the Plan dock show it so a node can be read without opening it.
// Values are shown as written in the graph (no quoting); input nodes are named by
// readableName(), so pass the graph to name them (without it their ids are used).
//
// Usage: item->setToolTip(ruleSentence(node, &document->graph()));
#include "graph/graph.h"

#include <QString>

#include <string_view>

namespace seg::ui {

QString ruleSentence(const Node& node, const Graph* graph = nullptr);

// What a card or a box calls the node: its label; else a segment's or derived column's name;
// else the node type's title ("Condition"). Never the bare id.
QString nodeCardTitle(const Node& node);

// How another node's sentence names the input `ref` ("id" or "id:port"): the label or name,
// else a short rule of its own ("tenure < 12"), else the id; a port is added in brackets.
QString readableName(const Graph& graph, std::string_view ref);

} // namespace seg::ui
