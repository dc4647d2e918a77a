#pragma once
// The list of every node type of the catalog (icon in the type's colour, title, description
// as tooltip). Drag an entry onto the NodeView to add the node there; double-click (or Enter)
// asks for it at the centre of the view through addRequested.
//
// Usage: auto* palette = new NodePalette(parent);
//        connect(palette, &NodePalette::addRequested, view, &NodeView::addNodeAtCenter);
#include "graph/graph.h"

#include <QListWidget>

namespace seg::ui {

// The MIME type of a palette drag; the data is the node type name of the spec ("condition").
inline constexpr const char* kNodeTypeMime = "application/x-segstudio-node-type";

class NodePalette : public QListWidget {
    Q_OBJECT
public:
    explicit NodePalette(QWidget* parent = nullptr);
    NodeType typeAt(int row) const;

Q_SIGNALS:
    void addRequested(seg::NodeType type);

protected:
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    QStringList mimeTypes() const override;
};

} // namespace seg::ui
