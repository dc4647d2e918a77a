#include "dag/dag_scene.h"

#include "document/rule_text.h"
#include "preview/chart_style.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QPainter>
#include <QPen>

#include <algorithm>

namespace seg::ui {

namespace {
constexpr double kColumnGap = 70;  // room for the edges between levels
constexpr double kRowGap = 26;
const QColor kEdgeColor{0x8a, 0x94, 0xa3};
} // namespace

DagNodeItem::DagNodeItem(const PlanNode& node, int stage, bool stageShared, const Graph* graph, QGraphicsItem* parent)
    : QGraphicsObject(parent), id_(QString::fromStdString(node.id)),
      title_(QString::fromStdString(node.label.empty() ? node.id : node.label)), type_(node.type), level_(node.level),
      stage_(stage), stageShared_(stageShared), critical_(node.onCriticalPath)
{
    if (const Node* n = graph ? graph->find(node.id) : nullptr) {
        title_ = nodeCardTitle(*n);
        rule_ = ruleSentence(*n, graph);
    }
    const QString cost = QLocale().toString(node.cost, 'f', node.cost < 10 ? 2 : 1);
    subtitle_ = tr("%1 · ~%2 ms").arg(QString::fromUtf8(nodeTypeName(node.type).data()), cost);
    QStringList tip;
    tip << QStringLiteral("<b>%1</b> (%2)").arg(title_.toHtmlEscaped(), id_.toHtmlEscaped());
    if (!rule_.isEmpty())
        tip << rule_.toHtmlEscaped();
    tip << tr("Type: %1").arg(QString::fromUtf8(nodeTypeName(node.type).data()));
    tip << tr("Estimated cost: %1 ms at one thread").arg(cost);
    tip << tr("Level %1 (longest chain of dependencies before it)").arg(node.level);
    if (stage > 0)
        tip << tr("Runs in step %1 of the schedule").arg(stage);
    if (node.partitioned)
        tip << tr("Work is split over row partitions");
    if (node.barrier)
        tip << tr("Whole-table step (waits for all rows)");
    if (node.onCriticalPath)
        tip << tr("<span style='color:#d9482b'>On the critical path</span>");
    setToolTip(tip.join(QStringLiteral("<br>")));
    setFlag(ItemIsSelectable);
    setCursor(Qt::PointingHandCursor);
}

QRectF DagNodeItem::boundingRect() const
{
    return QRectF(-3, -10, kWidth + 13, kHeight + 13);
}

void DagNodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*)
{
    p->setRenderHint(QPainter::Antialiasing);
    const QRectF box(0, 0, kWidth, kHeight);
    const QColor typeColor = nodeTypeColor(type_);
    // A pale tint of the type colour keeps the dark text readable for every type.
    constexpr double kTint = 0.16;
    const QColor fill = QColor::fromRgbF(1 - (1 - typeColor.redF()) * kTint, 1 - (1 - typeColor.greenF()) * kTint,
                                         1 - (1 - typeColor.blueF()) * kTint);
    QPen frame(critical_ ? kCriticalColor : typeColor.darker(115), critical_ ? 3 : 1.2);
    if (isSelected())
        frame = QPen(QColor(0x1d, 0x4e, 0xd8), 3);
    p->setPen(frame);
    p->setBrush(fill);
    p->drawRoundedRect(box, 7, 7);
    // Type strip on the left edge, as on the canvas.
    p->setPen(Qt::NoPen);
    p->setBrush(typeColor);
    p->drawRoundedRect(QRectF(1.5, 1.5, 7, kHeight - 3), 3, 3);

    QFont titleFont = p->font();
    titleFont.setBold(true);
    p->setFont(titleFont);
    p->setPen(kTextColor);
    // Three rows: title, the rule in plain words, type and estimated cost.
    const QRectF textArea = box.adjusted(16, 5, -28, -5);
    const double row = textArea.height() / 3;
    p->drawText(QRectF(textArea.left(), textArea.top(), textArea.width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(titleFont).elidedText(title_, Qt::ElideRight, textArea.width()));
    QFont small = p->font();
    small.setBold(false);
    small.setPointSizeF(small.pointSizeF() * 0.9);
    p->setFont(small);
    p->setPen(kTextColor);
    p->drawText(QRectF(textArea.left(), textArea.top() + row, textArea.width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(small).elidedText(rule_, Qt::ElideRight, textArea.width()));
    p->setPen(QColor(0x5b, 0x64, 0x72));
    p->drawText(QRectF(textArea.left(), textArea.top() + 2 * row, textArea.width(), row), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetricsF(small).elidedText(subtitle_, Qt::ElideRight, textArea.width()));

    if (stage_ > 0) {
        // Step badge; filled when the step runs several nodes together.
        const QRectF badge(kWidth - 16, -8, 24, 24);
        p->setPen(QPen(QColor(0x37, 0x41, 0x51), 1.2));
        p->setBrush(stageShared_ ? QColor(0x37, 0x41, 0x51) : QColor(Qt::white));
        p->drawEllipse(badge);
        p->setPen(stageShared_ ? QColor(Qt::white) : QColor(0x37, 0x41, 0x51));
        QFont badgeFont = small;
        badgeFont.setBold(true);
        p->setFont(badgeFont);
        p->drawText(badge, Qt::AlignCenter, QString::number(stage_));
    }
}

DagNodeItem* DagScene::nodeItem(const QString& id) const
{
    const auto it = nodes_.find(id);
    return it == nodes_.end() ? nullptr : it->second;
}

QStringList DagScene::nodeIds() const
{
    QStringList ids;
    for (const auto& [id, item] : nodes_)
        ids << id;
    return ids;
}

void DagScene::showMessage(const QString& text)
{
    clear();
    nodes_.clear();
    edges_.clear();
    auto* t = addText(text);
    t->setTextWidth(420);
    t->setDefaultTextColor(kTextColor);
    setSceneRect(itemsBoundingRect().adjusted(-20, -20, 20, 20));
}

void DagScene::showPlan(const Plan& plan, const Graph* graph)
{
    clear();
    nodes_.clear();
    edges_.clear();
    if (plan.nodes.empty()) {
        showMessage(tr("The graph has no nodes yet."));
        return;
    }

    std::map<std::string, int> stageOf;
    std::map<std::string, bool> sharedStage;
    for (size_t s = 0; s < plan.stages.size(); ++s)
        for (const auto& id : plan.stages[s].nodes) {
            stageOf[id] = static_cast<int>(s) + 1;
            sharedStage[id] = plan.stages[s].nodes.size() > 1;
        }

    // Columns by level; within a column, order nodes by the mean row of their dependencies so
    // edges cross less (one barycentre pass is enough for graphs of this size).
    int maxLevel = 0;
    for (const PlanNode& n : plan.nodes)
        maxLevel = std::max(maxLevel, n.level);
    std::vector<std::vector<const PlanNode*>> columns(static_cast<size_t>(maxLevel) + 1);
    for (const PlanNode& n : plan.nodes)
        columns[static_cast<size_t>(n.level)].push_back(&n);
    std::map<std::string, double> rowOf;
    size_t tallest = 0;
    for (auto& column : columns) {
        std::vector<std::pair<double, const PlanNode*>> keyed;
        for (size_t i = 0; i < column.size(); ++i) {
            double sum = 0;
            int count = 0;
            for (const auto& d : column[i]->deps)
                if (auto it = rowOf.find(d); it != rowOf.end()) {
                    sum += it->second;
                    ++count;
                }
            keyed.emplace_back(count ? sum / count : static_cast<double>(i), column[i]);
        }
        std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (size_t i = 0; i < keyed.size(); ++i) {
            column[i] = keyed[i].second;
            rowOf[column[i]->id] = static_cast<double>(i);
        }
        tallest = std::max(tallest, column.size());
    }

    const double rowStep = DagNodeItem::kHeight + kRowGap;
    for (size_t level = 0; level < columns.size(); ++level) {
        const double offset = (static_cast<double>(tallest) - static_cast<double>(columns[level].size())) * rowStep / 2;
        for (size_t i = 0; i < columns[level].size(); ++i) {
            const PlanNode& n = *columns[level][i];
            auto* item = new DagNodeItem(n, stageOf.count(n.id) ? stageOf[n.id] : 0, sharedStage[n.id], graph);
            item->setPos(static_cast<double>(level) * (DagNodeItem::kWidth + kColumnGap),
                         offset + static_cast<double>(i) * rowStep);
            item->setZValue(1);
            addItem(item);
            nodes_[QString::fromStdString(n.id)] = item;
        }
    }

    // An edge is critical when it joins two consecutive nodes of the critical path.
    std::map<std::string, std::string> nextOnPath;
    for (size_t i = 0; i + 1 < plan.criticalPath.size(); ++i)
        nextOnPath[plan.criticalPath[i]] = plan.criticalPath[i + 1];

    for (const PlanNode& n : plan.nodes) {
        DagNodeItem* to = nodeItem(QString::fromStdString(n.id));
        for (const auto& d : n.deps) {
            DagNodeItem* from = nodeItem(QString::fromStdString(d));
            if (!from || !to)
                continue;
            DagEdge edge;
            edge.from = from->id();
            edge.to = to->id();
            edge.implicit = std::find(n.implicitDeps.begin(), n.implicitDeps.end(), d) != n.implicitDeps.end();
            auto next = nextOnPath.find(d);
            edge.critical = next != nextOnPath.end() && next->second == n.id;

            const QPointF a = from->pos() + QPointF(DagNodeItem::kWidth, DagNodeItem::kHeight / 2);
            const QPointF b = to->pos() + QPointF(-2, DagNodeItem::kHeight / 2);
            QPainterPath path(a);
            const double bend = std::max(40.0, (b.x() - a.x()) / 2);
            path.cubicTo(a + QPointF(bend, 0), b - QPointF(bend, 0), b);
            // Arrow head at the target.
            path.moveTo(b);
            path.lineTo(b + QPointF(-9, -5));
            path.moveTo(b);
            path.lineTo(b + QPointF(-9, 5));
            QPen pen(edge.critical ? kCriticalColor : kEdgeColor, edge.critical ? 2.6 : 1.4);
            if (edge.implicit)
                pen.setStyle(Qt::DashLine);
            edge.item = addPath(path, pen);
            edge.item->setToolTip(edge.implicit ? tr("%1 uses the column that %2 derives").arg(edge.to, edge.from)
                                                : tr("%1 is an input of %2").arg(edge.from, edge.to));
            edges_.push_back(edge);
        }
    }
    setSceneRect(itemsBoundingRect().adjusted(-30, -30, 30, 30));
}

} // namespace seg::ui
