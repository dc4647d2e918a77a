#pragma once
// Tidies the canvas: nodes in columns by dependency level (sources on the left, segments on
// the right), ordered inside a column to follow their inputs so edges cross less. One undo
// step (Document::moveNodes). Implicit edges to derived columns count as dependencies.
#include <QPointF>
#include <QString>

#include <map>

namespace seg {
struct Graph;
}

namespace seg::ui {

class Document;

// The positions autoLayout would give (top-left corners), without changing anything.
std::map<QString, QPointF> computeAutoLayout(const Graph& graph);
void autoLayout(Document& document);
// Positions for the nodes the file gives none (ui.positions): a graph written by hand, by a
// script or by `segstudio-cli generate` would otherwise open as one pile. All missing: the
// auto-layout; some missing: the auto-layout of those, below the placed nodes. Empty when
// every node has a position.
std::map<QString, QPointF> layoutForUnplacedNodes(const Graph& graph);

} // namespace seg::ui
