#include "canvas/node_view.h"

#include "canvas/node_palette.h"
#include "canvas/node_scene.h"
#include "canvas/node_style.h"
#include "document/document.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace seg::ui {

namespace {
constexpr double kMinZoom = 0.15;
constexpr double kMaxZoom = 3.0;
constexpr double kStep = 1.2;
} // namespace

NodeView::NodeView(NodeScene* scene, QWidget* parent) : QGraphicsView(scene, parent), scene_(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::IntersectsItemShape);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    // Panning is by mouse (middle button, Space+drag); scroll bars over a 40000 px scene only
    // suggest a size the graph does not have.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setToolTip(tr("Drag from a node's right port to another node to connect them. Wheel: zoom, middle "
                  "button or Space+drag: pan, Delete: remove the selection."));
}

void NodeView::setZoom(double factor, QPointF anchorScenePos)
{
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const QPointF before = mapFromScene(anchorScenePos);
    const double applied = target / zoom();
    scale(applied, applied);
    // Keep the anchor under the same viewport pixel.
    const QPointF after = mapFromScene(anchorScenePos);
    const QPointF shift = after - before;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::round(shift.x())));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::round(shift.y())));
}

void NodeView::zoomIn() { setZoom(kStep, mapToScene(viewport()->rect().center())); }
void NodeView::zoomOut() { setZoom(1 / kStep, mapToScene(viewport()->rect().center())); }

void NodeView::fitToContents()
{
    QRectF bounds;
    for (NodeItem* item : scene_->nodeItems())
        bounds |= item->sceneBoundingRect();
    if (bounds.isEmpty()) {
        resetTransform();
        centerOn(QPointF(300, 200));
        return;
    }
    bounds.adjust(-40, -40, 40, 40);
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.0) { // a small graph stays at natural size rather than blown up
        resetTransform();
        centerOn(bounds.center());
    } else if (zoom() < kMinZoom) {
        resetTransform();
        scale(kMinZoom, kMinZoom);
        centerOn(bounds.center());
    }
}

QString NodeView::addNodeAt(NodeType type, QPointF scenePos)
{
    const QPointF topLeft = scenePos - QPointF(NodeItem::kWidth / 2, 46);
    const QPointF snapped(std::round(topLeft.x() / 10) * 10, std::round(topLeft.y() / 10) * 10);
    const QString id = scene_->document()->addNode(type, snapped);
    scene_->selectNodes({id});
    setFocus();
    return id;
}

QString NodeView::addNodeAtCenter(NodeType type)
{
    // Nudge away from a node already sitting in the middle, so repeated adds stay visible.
    QPointF at = mapToScene(viewport()->rect().center());
    for (int tries = 0; tries < 20; ++tries) {
        bool occupied = false;
        for (NodeItem* item : scene_->nodeItems())
            if (QLineF(item->pos() + QPointF(NodeItem::kWidth / 2, 46), at).length() < 20)
                occupied = true;
        if (!occupied)
            break;
        at += QPointF(30, 30);
    }
    return addNodeAt(type, at);
}

bool NodeView::event(QEvent* event)
{
    // While the canvas has focus its editing keys act on the canvas, even when the main
    // window has menu actions with the same shortcuts (Delete, Copy, Paste, Select All).
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace || key->matches(QKeySequence::Copy)
            || key->matches(QKeySequence::Cut) || key->matches(QKeySequence::Paste)
            || key->matches(QKeySequence::SelectAll)) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void NodeView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    setZoom(std::pow(1.15, steps), mapToScene(event->position().toPoint()));
    event->accept();
}

void NodeView::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        scene_->deleteSelection();
    else if (event->matches(QKeySequence::Copy))
        scene_->copySelection();
    else if (event->matches(QKeySequence::Cut))
        scene_->cutSelection();
    else if (event->matches(QKeySequence::Paste))
        scene_->pasteFromClipboard();
    else if (event->matches(QKeySequence::SelectAll))
        scene_->selectAllNodes();
    else if (event->matches(QKeySequence::ZoomIn) || (event->key() == Qt::Key_Plus))
        zoomIn();
    else if (event->matches(QKeySequence::ZoomOut) || (event->key() == Qt::Key_Minus))
        zoomOut();
    else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void NodeView::keyReleaseEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        spaceHeld_ = false;
        if (!panning_)
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void NodeView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::MiddleButton || (spaceHeld_ && event->button() == Qt::LeftButton)) {
        panning_ = true;
        panStart_ = event->pos();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void NodeView::mouseMoveEvent(QMouseEvent* event)
{
    if (panning_) {
        const QPoint delta = event->pos() - panStart_;
        panStart_ = event->pos();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void NodeView::mouseReleaseEvent(QMouseEvent* event)
{
    if (panning_ && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        panning_ = false;
        if (spaceHeld_)
            viewport()->setCursor(Qt::OpenHandCursor);
        else
            viewport()->unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void NodeView::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kNodeTypeMime)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragEnterEvent(event);
}

void NodeView::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(kNodeTypeMime)))
        event->acceptProposedAction();
    else
        QGraphicsView::dragMoveEvent(event);
}

void NodeView::dropEvent(QDropEvent* event)
{
    const QByteArray name = event->mimeData()->data(QString::fromLatin1(kNodeTypeMime));
    const auto type = parseNodeType(std::string_view(name.constData(), static_cast<size_t>(name.size())));
    if (!type) {
        QGraphicsView::dropEvent(event);
        return;
    }
    addNodeAt(*type, mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

void NodeView::drawForeground(QPainter* painter, const QRectF& rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!scene_->nodeItems().isEmpty())
        return;
    // An empty canvas says how to start instead of showing a blank grid.
    painter->save();
    painter->resetTransform();
    QFont font = painter->font();
    font.setPointSizeF(11);
    painter->setFont(font);
    painter->setPen(canvas_colors::kMutedText);
    painter->drawText(viewport()->rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                      tr("Drag a node type from the palette onto the canvas to start.\n"
                         "Connect nodes by dragging from a node's right-hand port to another node."));
    painter->restore();
}

} // namespace seg::ui
