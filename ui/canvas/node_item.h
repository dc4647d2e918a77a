#pragma once
// One node on the canvas: a card with the node's title (label, else a readable default), its
// rule in plain words (document/rule_text), the live member count and share of all customers,
// the run status with the last run time, input ports on the left and output ports on the
// right (split parts and priority inputs are named ports). Zoomed out, the card draws only its
// title and count in a large font (level of detail) so it stays readable. The item only shows
// a copy of the document's node; NodeScene refreshes it from the document's signals and the
// preview runner's results.
#include "graph/graph.h"

#include <QGraphicsItem>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>

namespace seg::ui {

// What the last preview says about a node.
struct NodeLiveState {
    // Live: the count comes from a live replay (ui/live), not from the preview.
    enum class Status { NotRun, Ok, Stale, Running, Failed, Skipped, Invalid, Warning, Live };
    Status status = Status::NotRun;
    std::optional<size_t> members;            // set nodes: members (all ports together)
    std::map<std::string, size_t> portMembers; // "port" -> members, for split and priority
    size_t universe = 0;                      // customers in the data (for the share)
    std::optional<double> runMs;              // how long the node took in the last run
    bool cached = false;                      // taken from the result cache
    QString message;                          // failed / invalid / warning: why
    // Segments: the monitoring alerts in plain words (empty, outside expected, moved against
    // the recent runs; ui/history SegmentAlerts), drawn as a badge and listed in the tooltip.
    QStringList alerts;
};

class NodeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 101 };
    static constexpr double kWidth = 220;
    // Below this view scale a card draws only its title and count, in a large font.
    static constexpr double kDetailScale = 0.6;

    explicit NodeItem(const Node& node);
    // The card's height for `node` (it grows with the port rows), for layouts.
    static double heightFor(const Node& node);

    int type() const override { return Type; }
    QString id() const { return QString::fromStdString(node_.id); }
    const Node& node() const { return node_; }
    void setNode(const Node& node);
    // The node's rule in plain words (NodeScene computes it with the graph, for input names).
    void setRuleText(const QString& text);
    QString ruleText() const { return ruleText_; }
    QString titleText() const;
    const NodeLiveState& liveState() const { return state_; }
    void setLiveState(const NodeLiveState& state);
    // The visible status line ("12,345 customers · 24.7%", "Failed", ...), also for tests.
    QString countText() const;
    QString statusText() const;
    bool showsAlertBadge() const { return !state_.alerts.isEmpty(); }

    // Ports in scene coordinates. Inputs: one slot per connected input plus a free slot when
    // the node takes more; outputs: one per reference of outputRefs() (none for derive).
    int inputSlotCount() const;
    QPointF inputAnchor(int slot) const;
    QStringList outputRefs() const;
    QPointF outputAnchor(const QString& ref) const;
    // The output reference whose port is under `scenePos` (empty: none).
    QString outputRefAt(QPointF scenePos) const;
    // Whether a wire released at `scenePos` goes to this node: anywhere on the card or on its
    // input ports (which stick out of the card's left edge), with a few pixels of slack.
    bool takesWireAt(QPointF scenePos) const;
    // The card without its ports, in scene coordinates (for placement and overlap checks).
    QRectF cardSceneRect() const;
    // While a wire is dragged over the node: a green frame and the input port it will use.
    void setDropHighlight(bool on);
    bool dropHighlighted() const { return dropHighlight_; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    double height() const { return heightFor(node_); }
    static int inputSlotCount(const Node& node);
    static int portRows(const Node& node);
    static bool portsInRows(const Node& node);
    double rowY(int row) const;
    QString inputSlotLabel(int slot) const;
    QString outputPortLabel(const QString& ref) const;
    void updateToolTip();
    void paintOverview(QPainter* painter, double scale);
    void paintPorts(QPainter* painter);
    int highlightedSlot() const;

    Node node_;
    NodeLiveState state_;
    QString ruleText_;
    bool dropHighlight_ = false;
};

} // namespace seg::ui
