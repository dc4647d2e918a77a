#pragma once
// The canvas view: wheel zoom around the cursor, pan with the middle button or Space+drag,
// rubber-band multi-select, fit to view, and the editing shortcuts (Delete, Ctrl+C, Ctrl+X,
// Ctrl+V, Ctrl+A). Node types dragged from the NodePalette are added where they are dropped.
//
// Usage: auto* view = new NodeView(scene, parent); view->fitToContents();
#include "graph/graph.h"

#include <QGraphicsView>

namespace seg::ui {

class NodeScene;

class NodeView : public QGraphicsView {
    Q_OBJECT
public:
    explicit NodeView(NodeScene* scene, QWidget* parent = nullptr);

    NodeScene* nodeScene() const { return scene_; }
    double zoom() const { return transform().m11(); }
    void setZoom(double factor, QPointF anchorScenePos);
    void zoomIn();
    void zoomOut();
    void fitToContents();
    // Adds a node of `type` centred on `scenePos` and selects it (one undo step).
    QString addNodeAt(NodeType type, QPointF scenePos);
    QString addNodeAtCenter(NodeType type);

protected:
    bool event(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;

private:
    NodeScene* scene_;
    bool spaceHeld_ = false;
    bool panning_ = false;
    QPoint panStart_;
};

} // namespace seg::ui
