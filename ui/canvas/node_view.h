#pragma once
// The canvas view: wheel zoom around the cursor, pan with the middle button or Space+drag,
// rubber-band multi-select, fit to view (never below a readable scale), an overview map in
// the corner when the graph does not fit, and the editing shortcuts (Delete, Ctrl+C, Ctrl+X,
// Ctrl+V, Ctrl+A). Node types dragged from the NodePalette are added where they are dropped;
// right-click menus act on nodes, wires and the canvas; a wire released over empty canvas
// offers node types to add there, connected. Messages (a refused connection) show in a label
// kept inside the viewport.
//
// Usage: auto* view = new NodeView(scene, parent); view->fitToContents();
//        connect(view, &NodeView::showMembersRequested, ...);   // context menu: "Show members"
#include "graph/graph.h"

#include <QGraphicsView>
#include <QMenu>
#include <QPointer>

class QLabel;
class QMenu;
class QTimer;

namespace seg::ui {

class MiniMap;
class NodeScene;

class NodeView : public QGraphicsView {
    Q_OBJECT
public:
    // Fit and the first view of a graph never go below this scale: smaller text is unreadable.
    static constexpr double kReadableZoom = 0.75;

    explicit NodeView(NodeScene* scene, QWidget* parent = nullptr);

    NodeScene* nodeScene() const { return scene_; }
    double zoom() const { return transform().m11(); }
    void setZoom(double factor, QPointF anchorScenePos);
    void zoomIn();
    void zoomOut();
    void fitToContents();
    // Adds a node of `type` centred on `scenePos` and selects it (one undo step).
    QString addNodeAt(NodeType type, QPointF scenePos);
    // Adds a node next to the selection, else at the view's centre, on free space.
    QString addNodeAtCenter(NodeType type);
    // Adds a node of `type` whose input port sits near `scenePos` (on free space), connected
    // to output `fromRef`: one undo step. Returns the new id (empty when refused).
    QString addConnectedNode(NodeType type, const QString& fromRef, QPointF scenePos);
    // Node context-menu actions, also for tests and the main window.
    void renameNode(const QString& id);
    QString duplicateNodes(const QStringList& ids);
    void disconnectInputs(const QString& id);

    // The overlays, for tests.
    QLabel* hintLabel() const { return hint_; }
    QLabel* messageLabel() const { return message_; }
    MiniMap* miniMap() const { return miniMap_; }
    // The context or wire menu now open (popup, not exec, so tests can drive it); null: none.
    QMenu* activeMenu() const { return activeMenu_; }
    // The menus, built for a point in scene coordinates (what a right-click there opens).
    QMenu* createContextMenu(QPointF scenePos);
    QMenu* createWireMenu(const QString& fromRef, QPointF scenePos);

Q_SIGNALS:
    void showMembersRequested(const QString& id);
    void exportRequested(const QString& id);

protected:
    bool event(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void showMessage(const QString& text, QPointF scenePos);
    void updateOverlays();
    void popup(QMenu* menu, QPoint viewportPos);
    QMenu* createNodeMenu(const QString& id);
    QString addNodeWithTopLeft(NodeType type, QPointF topLeft);

    NodeScene* scene_;
    bool spaceHeld_ = false;
    bool panning_ = false;
    QPoint panStart_;
    QLabel* hint_;
    QLabel* message_;
    QTimer* messageTimer_;
    MiniMap* miniMap_;
    QPointer<QMenu> activeMenu_;
};

} // namespace seg::ui
