#pragma once
// What the editor knows about each node type of the spec: its title for the palette, how many
// inputs it takes, what it outputs (a set, named ports, or a column), and a fresh node to start
// from. The meaning of each type lives in core/bind; this is only its shape in the editor.
#include "graph/graph.h"

#include <QString>

#include <string>
#include <vector>

namespace seg::ui {

enum class InputArity {
    None,        // derive: reads columns, not sets
    Optional,    // condition, expression, behavior, top, split: input or all customers
    One,         // not, segment
    Pair,        // except: [a, b]
    TwoOrMore,   // and, or
    OneOrMore,   // priority
};

enum class OutputKind { Set, Ports, Column };

struct NodeKind {
    NodeType type;
    const char* title;       // untranslated; use nodeTitle() for display
    const char* description; // untranslated tooltip; use nodeDescription()
    InputArity inputs;
    OutputKind output;
};

const std::vector<NodeKind>& nodeKinds();
const NodeKind& nodeKind(NodeType type);
QString nodeTitle(NodeType type);
QString nodeDescription(NodeType type);

int minInputs(NodeType type);
int maxInputs(NodeType type); // -1: no limit

// The references a node offers to others: "id" for set nodes, "id:port" for split parts and
// priority inputs, nothing for derive (a column).
std::vector<std::string> outputRefs(const Node& node);

// A new node of `type` with id `id`, filled with harmless defaults the user then edits.
Node defaultNode(NodeType type, const std::string& id);

} // namespace seg::ui
