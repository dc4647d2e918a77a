// The canvas gestures: connecting by dragging from an output port (released on a card or its
// input port), committing node moves as one undo step, deleting, copy/cut/paste, and the
// signals for refused connections and wires released over empty canvas.
#include "canvas/connection_item.h"
#include "canvas/node_scene.h"
#include "canvas/node_style.h"
#include "document/document.h"

#include <QClipboard>
#include <QGraphicsSceneMouseEvent>
#include <QGuiApplication>
#include <QPainter>

#include <cmath>

namespace seg::ui {

namespace {
constexpr double kGridStep = 10; // dropped nodes snap to it so rows line up without effort
constexpr double kEmptyDropDistance = 40; // a wire released this far from its port asks what to add

QString nodeIdOf(const QString& ref) { return ref.section(':', 0, 0); }
QPointF snapped(QPointF p)
{
    return {std::round(p.x() / kGridStep) * kGridStep, std::round(p.y() / kGridStep) * kGridStep};
}
} // namespace

// ---- gestures ----

bool NodeScene::connectPorts(const QString& fromRef, const QString& toId, QPointF feedbackAt)
{
    QString error;
    if (document_->connectNodes(fromRef, toId, &error))
        return true;
    // The document's reason, with both nodes named as the user knows them.
    const QString text = tr("Cannot connect “%1” to “%2”: %3").arg(displayName(fromRef), displayName(toId), error);
    Q_EMIT connectionRefused(text, feedbackAt);
    Q_EMIT message(text);
    return false;
}

void NodeScene::deleteSelection()
{
    const QStringList nodes = selectedNodeIds();
    QList<QPair<QString, QString>> edges;
    for (QGraphicsItem* item : selectedItems())
        if (auto* c = qgraphicsitem_cast<ConnectionItem*>(item);
            c && c->kind() == ConnectionItem::Kind::Input && !nodes.contains(c->toId())
            && !nodes.contains(nodeIdOf(c->fromRef())))
            edges.append({c->fromRef(), c->toId()});
    if (nodes.isEmpty() && edges.isEmpty())
        return;
    const bool macro = edges.size() + (nodes.isEmpty() ? 0 : 1) > 1;
    if (macro)
        document_->undoStack()->beginMacro(tr("Delete selection"));
    for (const auto& [from, to] : edges)
        document_->disconnectNodes(from, to);
    if (!nodes.isEmpty())
        document_->removeNodes(nodes);
    if (macro)
        document_->undoStack()->endMacro();
}

QString NodeScene::copySelection()
{
    const QStringList ids = selectedNodeIds();
    if (ids.isEmpty())
        return {};
    const QString text = document_->copyNodes(ids);
    QGuiApplication::clipboard()->setText(text);
    pasteCount_ = 0;
    lastPasteText_ = text;
    Q_EMIT message(tr("Copied %n node(s).", nullptr, static_cast<int>(ids.size())));
    return text;
}

void NodeScene::cutSelection()
{
    if (copySelection().isEmpty())
        return;
    document_->removeNodes(selectedNodeIds());
}

QStringList NodeScene::paste(const QString& text, QPointF offset)
{
    QString error;
    const QStringList ids = document_->pasteNodes(text, offset, &error);
    if (ids.isEmpty()) {
        Q_EMIT message(error);
        return {};
    }
    selectNodes(ids);
    return ids;
}

void NodeScene::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    // Each paste of the same nodes lands a step further, so copies never hide each other.
    pasteCount_ = text == lastPasteText_ ? pasteCount_ + 1 : 1;
    lastPasteText_ = text;
    paste(text, freePasteOffset(text, QPointF(30, 30) * pasteCount_));
}

NodeItem* NodeScene::wireTargetAt(QPointF scenePos) const
{
    // Not items(scenePos): that tests the exact shape, and a port sticking out of the card or
    // a pixel of slack around it would miss. The topmost card that takes the wire wins.
    const QRectF around(scenePos - QPointF(20, 20), QSizeF(40, 40));
    for (QGraphicsItem* item : items(around, Qt::IntersectsItemBoundingRect, Qt::DescendingOrder))
        if (auto* node = qgraphicsitem_cast<NodeItem*>(item); node && node->takesWireAt(scenePos))
            return node;
    return nullptr;
}

void NodeScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        for (NodeItem* item : std::as_const(items_)) {
            const QString ref = item->outputRefAt(event->scenePos());
            if (ref.isEmpty())
                continue;
            dragConnection_ = new ConnectionItem(ref, {}, ConnectionItem::Kind::Preview);
            dragConnection_->setZValue(5);
            dragConnection_->setEnds(item->outputAnchor(ref), event->scenePos());
            addItem(dragConnection_);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void NodeScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (!dragConnection_) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    dragConnection_->setEnds(dragConnection_->fromPoint(), event->scenePos());
    NodeItem* target = wireTargetAt(event->scenePos());
    if (target && target->id() == nodeIdOf(dragConnection_->fromRef()))
        target = nullptr;
    if (target != dragTarget_) {
        if (dragTarget_)
            dragTarget_->setDropHighlight(false);
        dragTarget_ = target;
        if (dragTarget_)
            dragTarget_->setDropHighlight(true);
    }
    event->accept();
}

void NodeScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (!dragConnection_) {
        QGraphicsScene::mouseReleaseEvent(event);
        if (event->button() == Qt::LeftButton)
            commitMoves();
        return;
    }
    const QString fromRef = dragConnection_->fromRef();
    const QPointF start = dragConnection_->fromPoint();
    delete dragConnection_;
    dragConnection_ = nullptr;
    if (dragTarget_)
        dragTarget_->setDropHighlight(false);
    dragTarget_ = nullptr;
    event->accept();
    NodeItem* target = wireTargetAt(event->scenePos());
    const bool justClicked = QLineF(start, event->scenePos()).length() <= kEmptyDropDistance;
    if (target && !(justClicked && target->id() == nodeIdOf(fromRef))) // a click on a port is no connection attempt
        connectPorts(fromRef, target->id(), event->scenePos());
    else if (!target && !justClicked)
        Q_EMIT wireDroppedInEmptySpace(fromRef, event->scenePos());
}

void NodeScene::commitMoves()
{
    // The items moved freely while dragging; the document learns the final positions in one
    // undo step (snapped to the grid).
    std::map<QString, QPointF> moved;
    for (NodeItem* item : std::as_const(items_))
        if (item->pos() != document_->nodePosition(item->id()))
            moved[item->id()] = snapped(item->pos());
    if (moved.empty())
        return;
    document_->moveNodes(moved);
    for (const auto& [id, pos] : moved)
        if (NodeItem* item = items_.value(id))
            item->setPos(pos);
}

void NodeScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    painter->fillRect(rect, canvas_colors::kBackground);
    constexpr double step = 20;
    if (rect.width() / step > 400)
        return; // zoomed far out: a grid would only be noise
    painter->setPen(QPen(canvas_colors::kGrid, 0));
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QLineF> lines;
    for (double x = left; x < rect.right(); x += step)
        lines.append(QLineF(x, rect.top(), x, rect.bottom()));
    for (double y = top; y < rect.bottom(); y += step)
        lines.append(QLineF(rect.left(), y, rect.right(), y));
    painter->drawLines(lines);
}

} // namespace seg::ui
