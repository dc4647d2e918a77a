// The canvas gestures: connecting by dragging from an output port, committing node moves as
// one undo step, deleting, copy/cut/paste, and the transient message for refused connections.
#include "canvas/connection_item.h"
#include "canvas/node_scene.h"
#include "canvas/node_style.h"
#include "document/document.h"

#include <QClipboard>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QPainter>
#include <QTimer>

#include <cmath>

namespace seg::ui {

namespace {
constexpr double kGridStep = 10; // dropped nodes snap to it so rows line up without effort
constexpr int kRefusalMs = 4000;

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
    showRefusal(error, feedbackAt);
    Q_EMIT message(error);
    return false;
}

void NodeScene::showRefusal(const QString& text, QPointF at)
{
    delete refusalLabel_;
    auto* box = new QGraphicsRectItem;
    auto* label = new QGraphicsSimpleTextItem(text, box);
    label->setBrush(Qt::white);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setPos(8, 5);
    box->setRect(label->boundingRect().adjusted(0, 0, 16, 10));
    box->setBrush(canvas_colors::kFailed);
    box->setPen(Qt::NoPen);
    box->setPos(at + QPointF(14, 14));
    box->setZValue(100);
    box->setToolTip(text);
    addItem(box);
    refusalLabel_ = box;
    QTimer::singleShot(kRefusalMs, this, [this, box] {
        if (refusalLabel_ == box) {
            delete refusalLabel_;
            refusalLabel_ = nullptr;
        }
    });
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
    paste(text, QPointF(30, 30) * pasteCount_);
}

NodeItem* NodeScene::nodeAt(QPointF scenePos) const
{
    for (QGraphicsItem* item : items(scenePos))
        if (auto* node = qgraphicsitem_cast<NodeItem*>(item))
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
    NodeItem* target = nodeAt(event->scenePos());
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
    delete dragConnection_;
    dragConnection_ = nullptr;
    if (dragTarget_)
        dragTarget_->setDropHighlight(false);
    dragTarget_ = nullptr;
    if (NodeItem* target = nodeAt(event->scenePos()))
        connectPorts(fromRef, target->id(), event->scenePos());
    event->accept();
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
