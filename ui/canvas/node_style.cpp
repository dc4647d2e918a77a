#include "canvas/node_style.h"

#include "document/node_catalog.h"

#include <QPainter>
#include <QPixmap>

namespace seg::ui {

QColor nodeColor(NodeType type)
{
    switch (type) {
    case NodeType::Condition: return {0x3b, 0x82, 0xc4};  // filters: blues
    case NodeType::Expression: return {0x2b, 0x6c, 0xa8};
    case NodeType::Behavior: return {0x13, 0x93, 0x9b};   // events: teal
    case NodeType::Derive: return {0x7a, 0x5c, 0xc2};     // columns: violet
    case NodeType::And:
    case NodeType::Or:
    case NodeType::Except:
    case NodeType::Not: return {0x6b, 0x72, 0x80};        // set logic: grey
    case NodeType::Top: return {0xc2, 0x7c, 0x0e};        // ranking and sampling: amber
    case NodeType::Split: return {0xb4, 0x5f, 0x06};
    case NodeType::Priority: return {0xb9, 0x3d, 0x6e};   // waterfall: raspberry
    case NodeType::Segment: return {0x2e, 0x8b, 0x57};    // outputs: green
    }
    return Qt::gray;
}

QIcon nodeIcon(NodeType type)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(nodeColor(type));
        p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size / 5.0, size / 5.0);
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(size * 9 / 16);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, nodeTitle(type).left(1).toUpper());
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace seg::ui
