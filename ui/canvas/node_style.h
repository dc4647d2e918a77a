#pragma once
// The look shared by the canvas items and the palette: one colour per node type (families of
// nodes share a hue so a marketer reads "filters", "set logic", "outputs" at a glance), and
// the colours of the run states.
#include "graph/graph.h"

#include <QColor>
#include <QIcon>

namespace seg::ui {

QColor nodeColor(NodeType type);
// A small rounded swatch in the type's colour with the type's initial, for lists and menus.
QIcon nodeIcon(NodeType type);

namespace canvas_colors {
inline const QColor kBackground{0xf4, 0xf5, 0xf7};
inline const QColor kGrid{0xe3, 0xe5, 0xe9};
inline const QColor kNodeBody{0xff, 0xff, 0xff};
inline const QColor kNodeBorder{0xc4, 0xc8, 0xcf};
inline const QColor kSelection{0x2f, 0x80, 0xed};
inline const QColor kText{0x25, 0x2a, 0x31};
inline const QColor kMutedText{0x6b, 0x72, 0x80};
inline const QColor kEdge{0x7a, 0x83, 0x91};
inline const QColor kOk{0x2e, 0x9e, 0x5b};
inline const QColor kStale{0xb0, 0xb6, 0xbf};
inline const QColor kRunning{0x2f, 0x80, 0xed};
inline const QColor kLive{0xe0, 0x3e, 0x7a}; // counts of a live replay
inline const QColor kFailed{0xd9, 0x3a, 0x3a};
inline const QColor kWarning{0xe0, 0x8a, 0x00};
} // namespace canvas_colors

} // namespace seg::ui
