#include "canvas/node_view.h"

#include "canvas/mini_map.h"
#include "canvas/node_palette.h"
#include "canvas/node_scene.h"
#include "canvas/node_style.h"
#include "document/document.h"
#include "document/node_catalog.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>

#include <cmath>

namespace seg::ui {

namespace {
constexpr double kMinZoom = 0.15;
constexpr double kMaxZoom = 3.0;
constexpr double kStep = 1.2;
constexpr int kMessageMs = 6000;
constexpr int kOverlayMargin = 10;
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

    // Overlays are children of the view, not of the viewport: scrolling moves the viewport's
    // children, and the hint must not leave fragments behind when it goes.
    hint_ = new QLabel(tr("Drag a node type from the palette onto the canvas to start.\n"
                          "Connect nodes by dragging from a node's right-hand port to another node."),
                       this);
    hint_->setObjectName(QStringLiteral("canvasHint"));
    hint_->setAlignment(Qt::AlignCenter);
    hint_->setWordWrap(true);
    hint_->setAttribute(Qt::WA_TransparentForMouseEvents);
    hint_->setStyleSheet(QStringLiteral("color: %1; font-size: 11pt;").arg(canvas_colors::kMutedText.name()));
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("canvasMessage"));
    message_->setWordWrap(true);
    message_->setAttribute(Qt::WA_TransparentForMouseEvents);
    message_->setStyleSheet(QStringLiteral("background: %1; color: white; font-weight: bold; padding: 6px 10px;"
                                           "border-radius: 4px;")
                                .arg(canvas_colors::kFailed.name()));
    message_->hide();
    messageTimer_ = new QTimer(this);
    messageTimer_->setSingleShot(true);
    connect(messageTimer_, &QTimer::timeout, message_, &QWidget::hide);
    miniMap_ = new MiniMap(this);
    miniMap_->hide();

    Document* document = scene_->document();
    for (auto signal : {&Document::nodeAdded, &Document::nodeRemoved})
        connect(document, signal, this, &NodeView::updateOverlays);
    connect(document, &Document::reset, this, &NodeView::updateOverlays);
    connect(scene_, &QGraphicsScene::changed, miniMap_, [this] { updateOverlays(); });
    connect(scene_, &NodeScene::connectionRefused, this, &NodeView::showMessage);
    connect(scene_, &NodeScene::wireDroppedInEmptySpace, this, [this](const QString& fromRef, QPointF at) {
        popup(createWireMenu(fromRef, at), mapFromScene(at));
    });
    updateOverlays();
}

void NodeView::updateOverlays()
{
    const QRect area = viewport()->geometry();
    const bool empty = scene_->nodeItems().isEmpty();
    hint_->setGeometry(area.adjusted(20, 20, -20, -20));
    hint_->setVisible(empty);
    // The overview map appears when part of the graph is out of sight.
    QRectF bounds;
    for (NodeItem* item : scene_->nodeItems())
        bounds |= item->cardSceneRect();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const bool show = !empty && !visible.contains(bounds) && area.width() > 3 * MiniMap::kWidth / 2
                      && area.height() > 2 * MiniMap::kHeight;
    miniMap_->setGeometry(area.right() - MiniMap::kWidth - kOverlayMargin, area.bottom() - MiniMap::kHeight - kOverlayMargin,
                          MiniMap::kWidth, MiniMap::kHeight);
    miniMap_->setVisible(show);
    if (show)
        miniMap_->update();
}

void NodeView::showMessage(const QString& text, QPointF scenePos)
{
    // Next to where the wire was released, but always whole inside the canvas.
    const QRect area = viewport()->geometry().adjusted(kOverlayMargin, kOverlayMargin, -kOverlayMargin, -kOverlayMargin);
    message_->setText(text);
    message_->setFixedWidth(std::min(area.width(), std::max(260, message_->fontMetrics().horizontalAdvance(text) / 2)));
    message_->setFixedHeight(message_->heightForWidth(message_->width()));
    QPoint at = viewport()->geometry().topLeft() + mapFromScene(scenePos) + QPoint(14, 14);
    at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - message_->width())));
    at.setY(std::clamp(at.y(), area.top(), std::max(area.top(), area.bottom() - message_->height())));
    message_->move(at);
    message_->show();
    message_->raise();
    messageTimer_->start(kMessageMs);
}

void NodeView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    updateOverlays();
}

void NodeView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateOverlays();
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
    updateOverlays();
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
        updateOverlays();
        return;
    }
    bounds.adjust(-40, -40, 40, 40);
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.0) { // a small graph stays at natural size rather than blown up
        resetTransform();
        centerOn(bounds.center());
    } else if (zoom() < kReadableZoom) {
        // A large graph: readable cards, starting where it starts (its sources on the left),
        // the rest by panning or the overview map.
        resetTransform();
        scale(kReadableZoom, kReadableZoom);
        const QSizeF seen = QSizeF(viewport()->width(), viewport()->height()) / kReadableZoom;
        const double x = bounds.left() + seen.width() / 2;
        const double y = bounds.height() <= seen.height() ? bounds.center().y() : bounds.top() + seen.height() / 2;
        centerOn(QPointF(x, y));
    }
    updateOverlays();
}

QString NodeView::addNodeAt(NodeType type, QPointF scenePos)
{
    const QPointF topLeft = scenePos - QPointF(NodeItem::kWidth / 2, 46);
    const QPointF snapped(std::round(topLeft.x() / 10) * 10, std::round(topLeft.y() / 10) * 10);
    return addNodeWithTopLeft(type, snapped);
}

QString NodeView::addNodeWithTopLeft(NodeType type, QPointF topLeft)
{
    const QString id = scene_->document()->addNode(type, topLeft);
    scene_->selectNodes({id});
    setFocus();
    return id;
}

QString NodeView::addNodeAtCenter(NodeType type)
{
    const double height = NodeItem::heightFor(defaultNode(type, "new"));
    const QRectF wanted = scene_->preferredNewNodeRect(mapToScene(viewport()->rect().center()), height);
    return addNodeWithTopLeft(type, scene_->freeTopLeft(wanted));
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

} // namespace seg::ui
