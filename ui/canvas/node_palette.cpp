#include "canvas/node_palette.h"

#include "canvas/node_style.h"
#include "document/node_catalog.h"

#include <QMimeData>

namespace seg::ui {

NodePalette::NodePalette(QWidget* parent) : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(22, 22));
    setSpacing(1);
    setUniformItemSizes(true);
    setToolTip(tr("Drag a node type onto the canvas, or double-click it to add it in the middle."));
    for (const NodeKind& kind : nodeKinds()) {
        auto* item = new QListWidgetItem(nodeIcon(kind.type), nodeTitle(kind.type), this);
        item->setToolTip(QStringLiteral("<b>%1</b><br>%2").arg(nodeTitle(kind.type), nodeDescription(kind.type)));
        item->setStatusTip(nodeDescription(kind.type));
        item->setData(Qt::UserRole, static_cast<int>(kind.type));
        item->setSizeHint(QSize(0, 30));
    }
    auto request = [this](QListWidgetItem* item) {
        if (item)
            Q_EMIT addRequested(static_cast<NodeType>(item->data(Qt::UserRole).toInt()));
    };
    // Not itemActivated: some desktops activate on a single click, which would add nodes by accident.
    connect(this, &QListWidget::itemDoubleClicked, this, request);
    setMinimumWidth(150);
}

NodeType NodePalette::typeAt(int row) const
{
    return static_cast<NodeType>(item(row)->data(Qt::UserRole).toInt());
}

QStringList NodePalette::mimeTypes() const { return {QString::fromLatin1(kNodeTypeMime)}; }

QMimeData* NodePalette::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty())
        return nullptr;
    auto* data = new QMimeData;
    const auto type = static_cast<NodeType>(items.first()->data(Qt::UserRole).toInt());
    data->setData(QString::fromLatin1(kNodeTypeMime), QByteArray(nodeTypeName(type).data(),
                                                                 static_cast<qsizetype>(nodeTypeName(type).size())));
    return data;
}

} // namespace seg::ui
