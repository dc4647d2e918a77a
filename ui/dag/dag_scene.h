#pragma once
// The planner's DAG drawn as a scene: one column per dependency level, a box per node
// (coloured by type, its stage number in a badge, a red frame on the critical path), solid
// arrows for input edges and dashed ones for the implicit edges to derived columns. Each box
// shows the node's title and its rule in plain words, as the canvas cards do.
#include "plan/planner.h"

#include <QGraphicsObject>
#include <QGraphicsScene>

#include <map>
#include <string>
#include <vector>

class QGraphicsPathItem;

namespace seg::ui {

class DagNodeItem : public QGraphicsObject {
    Q_OBJECT
public:
    static constexpr double kWidth = 200, kHeight = 74;
    // With the graph, the box is titled as on the canvas and shows the node's rule in plain
    // words (document/rule_text); without it, the label or id only.
    DagNodeItem(const PlanNode& node, int stage, bool stageShared, const Graph* graph = nullptr,
                QGraphicsItem* parent = nullptr);

    QString id() const { return id_; }
    QString title() const { return title_; }
    QString rule() const { return rule_; }
    int level() const { return level_; }
    int stage() const { return stage_; } // 1-based step of the schedule; 0: not scheduled
    bool critical() const { return critical_; }

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QString id_, title_, rule_, subtitle_;
    NodeType type_;
    int level_, stage_;
    bool stageShared_; // other nodes run in the same step (parallel work)
    bool critical_;
};

struct DagEdge {
    QString from, to;
    bool implicit = false;
    bool critical = false;
    QGraphicsPathItem* item = nullptr;
};

class DagScene : public QGraphicsScene {
    Q_OBJECT
public:
    using QGraphicsScene::QGraphicsScene;

    void showPlan(const Plan& plan, const Graph* graph = nullptr);
    void showMessage(const QString& text);

    DagNodeItem* nodeItem(const QString& id) const;
    const std::vector<DagEdge>& edges() const { return edges_; }
    QStringList nodeIds() const;

private:
    std::map<QString, DagNodeItem*> nodes_;
    std::vector<DagEdge> edges_;
};

} // namespace seg::ui
