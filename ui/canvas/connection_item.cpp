#include "canvas/connection_item.h"

#include "canvas/node_style.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>

#include <cmath>

namespace seg::ui {

ConnectionItem::ConnectionItem(const QString& fromRef, const QString& toId, Kind kind)
    : fromRef_(fromRef), toId_(toId), kind_(kind)
{
    setZValue(0);
    if (kind_ == Kind::Input) {
        setFlag(ItemIsSelectable);
        setToolTip(QCoreApplication::translate("seg::ui::ConnectionItem",
                                               "%1 → %2 (click and press Delete to disconnect)")
                       .arg(fromRef_, toId_));
    } else if (kind_ == Kind::DerivedColumn) {
        setToolTip(QCoreApplication::translate("seg::ui::ConnectionItem",
                                               "%1 reads the column made by %2").arg(toId_, fromRef_));
    }
}

void ConnectionItem::setEnds(QPointF from, QPointF to)
{
    from_ = from;
    to_ = to;
    // Horizontal tangents at both ends: the curve leaves the port to the right and enters
    // the input from the left, even when the target sits left of the source.
    const double dx = std::max(50.0, std::abs(to.x() - from.x()) * 0.5);
    QPainterPath path(from);
    path.cubicTo(from + QPointF(dx, 0), to - QPointF(dx, 0), to);
    setPath(path);
}

QPainterPath ConnectionItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(10);
    return stroker.createStroke(path());
}

void ConnectionItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    using namespace canvas_colors;
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(kEdge, 2);
    if (kind_ == Kind::DerivedColumn)
        pen = QPen(QColor(0x7a, 0x5c, 0xc2, 170), 1.5, Qt::DashLine);
    else if (kind_ == Kind::Preview)
        pen = QPen(kSelection, 2, Qt::DashLine);
    if (isSelected())
        pen = QPen(kSelection, 3.5);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    p->drawPath(path());
}

} // namespace seg::ui
