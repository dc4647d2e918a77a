#include "canvas/mini_map.h"

#include "canvas/node_scene.h"
#include "canvas/node_style.h"
#include "canvas/node_view.h"

#include <QMouseEvent>
#include <QPainter>

namespace seg::ui {

namespace {
constexpr double kPad = 6; // pixels between the map's edge and the graph
} // namespace

MiniMap::MiniMap(NodeView* view) : QWidget(view), view_(view)
{
    setObjectName(QStringLiteral("canvasMiniMap"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview of the whole graph: click or drag to move the view"));
}

QRectF MiniMap::shownSceneRect() const
{
    QRectF bounds;
    for (NodeItem* item : view_->nodeScene()->nodeItems())
        bounds |= item->cardSceneRect();
    return bounds.adjusted(-40, -40, 40, 40);
}

double MiniMap::scale() const
{
    const QRectF shown = shownSceneRect();
    if (shown.isEmpty())
        return 1;
    return std::min((width() - 2 * kPad) / shown.width(), (height() - 2 * kPad) / shown.height());
}

QPointF MiniMap::mapAt(QPointF scenePos) const
{
    const QRectF shown = shownSceneRect();
    const double s = scale();
    // Centred in the map when the graph's shape differs from the map's.
    const QPointF offset((width() - shown.width() * s) / 2, (height() - shown.height() * s) / 2);
    return offset + (scenePos - shown.topLeft()) * s;
}

QPointF MiniMap::sceneAt(QPointF mapPos) const
{
    const QRectF shown = shownSceneRect();
    const double s = scale();
    const QPointF offset((width() - shown.width() * s) / 2, (height() - shown.height() * s) / 2);
    return shown.topLeft() + (mapPos - offset) / s;
}

void MiniMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(canvas_colors::kNodeBorder, 1));
    p.setBrush(QColor(255, 255, 255, 235));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    p.setPen(Qt::NoPen);
    for (NodeItem* item : view_->nodeScene()->nodeItems()) {
        const QRectF card = item->cardSceneRect();
        p.setBrush(item->isSelected() ? canvas_colors::kSelection : nodeColor(item->node().type));
        p.drawRect(QRectF(mapAt(card.topLeft()), mapAt(card.bottomRight())));
    }
    const QRectF visible = view_->mapToScene(view_->viewport()->rect()).boundingRect();
    p.setPen(QPen(canvas_colors::kSelection, 1.5));
    p.setBrush(QColor(47, 128, 237, 30));
    p.setClipRect(rect());
    p.drawRect(QRectF(mapAt(visible.topLeft()), mapAt(visible.bottomRight())));
}

void MiniMap::mousePressEvent(QMouseEvent* event)
{
    view_->centerOn(sceneAt(event->position()));
    event->accept();
}

void MiniMap::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        view_->centerOn(sceneAt(event->position()));
    event->accept();
}

} // namespace seg::ui
