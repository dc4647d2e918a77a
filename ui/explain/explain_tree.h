#pragma once
// Fills the Why? panel's tree with one explanation: a row per node (title as the card shows
// it, the values read, the rule in plain words, ✓/✗ verdict in colour) with the details below
// it (events, rank and cut, bucket, the earlier segment that took the customer, the reason).
#include "explain/explain.h"

#include <QString>

class QTreeWidget;

namespace seg::ui {

// Tree columns.
enum ExplainColumn { kExplainNode = 0, kExplainRead, kExplainRule, kExplainVerdict, kExplainColumns };
// The node id of a top-level row (Qt::UserRole of column 0).

void fillExplainTree(QTreeWidget* tree, const SegmentExplanation& explanation, const Graph& graph);

// Why the excluding step keeps the customer out, in the UI language with the cards' rule
// sentences (core's ExplainStep::reason is the CLI's English form).
QString exclusionText(const ExplainStep& step, const Graph& graph);

} // namespace seg::ui
