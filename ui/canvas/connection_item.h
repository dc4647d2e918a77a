#pragma once
// A connection on the canvas: a bezier curve from an output port to an input slot. Input
// connections can be selected and deleted (Document::disconnectNodes); implicit ones (a node
// reading a derived column) are drawn dashed and follow the fields, so they cannot be deleted.
#include <QGraphicsPathItem>

namespace seg::ui {

class ConnectionItem : public QGraphicsPathItem {
public:
    enum { Type = UserType + 102 };
    enum class Kind { Input, DerivedColumn, Preview };

    ConnectionItem(const QString& fromRef, const QString& toId, Kind kind);
    int type() const override { return Type; }

    QString fromRef() const { return fromRef_; }
    QString toId() const { return toId_; }
    Kind kind() const { return kind_; }
    void setEnds(QPointF from, QPointF to);
    QPointF fromPoint() const { return from_; }
    QPointF toPoint() const { return to_; }

    QPainterPath shape() const override; // a wider band than the pen, so clicking is easy
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString fromRef_;
    QString toId_;
    Kind kind_;
    QPointF from_, to_;
};

} // namespace seg::ui
