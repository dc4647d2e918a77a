#pragma once
// One look for the charts and views of the preview, the DAG and the timing profile: colours
// that read well on light backgrounds and a calm QCustomPlot style.
#include "graph/graph.h"

#include <QColor>

class QCustomPlot;

namespace seg::ui {

inline const QColor kSegmentColor{0x3b, 0x82, 0xc4};  // the selected set
inline const QColor kAllCustomersColor{0xb8, 0xc0, 0xcc}; // everybody, for comparison
inline const QColor kWarningColor{0xe8, 0xa3, 0x17};
inline const QColor kCriticalColor{0xd9, 0x48, 0x2b};
inline const QColor kTextColor{0x33, 0x3a, 0x44};

// Colour of a node type, grouped by role: conditions blue, set logic green, events purple,
// derive teal, ranking/splitting orange, segments dark.
QColor nodeTypeColor(NodeType type);

void applyChartStyle(QCustomPlot* plot);

} // namespace seg::ui
