#include "preview/chart_style.h"

#include "preview/qcp.h"

namespace seg::ui {

QColor nodeTypeColor(NodeType type)
{
    switch (type) {
    case NodeType::Condition:
    case NodeType::Expression: return {0x4a, 0x90, 0xd9};
    case NodeType::And:
    case NodeType::Or:
    case NodeType::Except:
    case NodeType::Not: return {0x5a, 0xaa, 0x6a};
    case NodeType::Behavior: return {0x8e, 0x6b, 0xc8};
    case NodeType::Derive: return {0x2a, 0xa3, 0x9a};
    case NodeType::Top:
    case NodeType::Split:
    case NodeType::Priority: return {0xe0, 0x8a, 0x3c};
    case NodeType::Segment: return {0x44, 0x4f, 0x5e};
    }
    return Qt::gray;
}

void applyChartStyle(QCustomPlot* plot)
{
    plot->setBackground(Qt::white);
    plot->setAntialiasedElements(QCP::aeAll);
    const QPen gridPen(QColor(0xe6, 0xe9, 0xee), 1);
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        axis->grid()->setPen(gridPen);
        axis->grid()->setSubGridVisible(false);
        axis->setBasePen(QPen(QColor(0xa0, 0xa8, 0xb4)));
        axis->setTickPen(QPen(QColor(0xa0, 0xa8, 0xb4)));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(kTextColor);
        axis->setLabelColor(kTextColor);
    }
    plot->yAxis->grid()->setVisible(false);
    plot->setMinimumSize(240, 160);
}

} // namespace seg::ui
