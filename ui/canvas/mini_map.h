#pragma once
// The overview map in the canvas's corner: every card as a small block in its type's colour
// and the part of the graph in view as a frame. Clicking or dragging on it moves the view
// there. NodeView shows it only while part of the graph is out of sight.
#include <QWidget>

namespace seg::ui {

class NodeView;

class MiniMap : public QWidget {
    Q_OBJECT
public:
    static constexpr int kWidth = 200, kHeight = 130;
    explicit MiniMap(NodeView* view);

    // The scene area drawn (the graph, with a margin) and how a point of the map maps to it.
    QRectF shownSceneRect() const;
    QPointF sceneAt(QPointF mapPos) const;
    QPointF mapAt(QPointF scenePos) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    double scale() const;
    NodeView* view_;
};

} // namespace seg::ui
