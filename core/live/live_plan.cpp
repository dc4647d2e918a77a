#include "live/live_plan.h"

#include "expr/program.h"
#include "util/error.h"

#include <algorithm>
#include <sstream>

namespace seg {

namespace {

bool isRelative(CompareOp op) { return op == CompareOp::WithinLastDays || op == CompareOp::BeforeDaysAgo; }

bool usesDaysSince(const CompiledExpr* e)
{
    if (!e)
        return false;
    return std::any_of(e->nodes.begin(), e->nodes.end(),
                       [](const expr::PNode& n) { return n.op == expr::Op::DaysSince; });
}

int keep(LivePlan& plan, int column)
{
    auto it = std::find(plan.keptColumns.begin(), plan.keptColumns.end(), column);
    if (it != plan.keptColumns.end())
        return static_cast<int>(it - plan.keptColumns.begin());
    plan.keptColumns.push_back(column);
    return static_cast<int>(plan.keptColumns.size()) - 1;
}

void planEventNode(LivePlan& plan, const BoundGraph& graph, int index)
{
    const BoundNode& b = graph.nodes[static_cast<size_t>(index)];
    const Node& node = *b.node;
    if (plan.eventNodes.size() == 64)
        throw Error("node '" + node.id + "': a graph with more than 64 behavior and event-derive nodes cannot be "
                    "kept live (the live state keeps one bit per event and node)");
    LiveEventNode en;
    en.node = index;
    if (b.events.aggregate != Aggregate::Count)
        en.fieldKept = keep(plan, b.events.fieldColumn);
    if (node.events.withinLastDays)
        en.deadlineSources.emplace_back(-1, *node.events.withinLastDays);
    for (size_t w = 0; w < b.events.where.size(); ++w) {
        if (!isRelative(b.events.where[w].second.op))
            continue;
        const int kept = keep(plan, b.events.where[w].first);
        en.relativeWhere.emplace_back(static_cast<int>(w), kept);
        const int64_t days = w < node.events.where.size() ? node.events.where[w].cmp.days : 0;
        en.deadlineSources.emplace_back(kept, days);
    }
    // A behavior comparing a temporal aggregate (max of a timestamp) with within_last_days: the
    // aggregate is one of the events' field values, so those values give the deadlines.
    if (node.type == NodeType::Behavior && isRelative(node.compare.op) && en.fieldKept >= 0)
        en.deadlineSources.emplace_back(en.fieldKept, node.compare.days);
    if (node.events.withinLastDays && en.relativeWhere.empty() &&
        !(node.type == NodeType::Behavior && isRelative(node.compare.op)))
        en.keepDays = *node.events.withinLastDays;
    plan.eventNodeOf[static_cast<size_t>(index)] = static_cast<int>(plan.eventNodes.size());
    plan.eventNodes.push_back(std::move(en));
}

} // namespace

LivePlan buildLivePlan(const BoundGraph& graph)
{
    if (!graph.diagnostics.empty())
        throw Error("the graph has problems (run validate): " + graph.diagnostics.front().toString());
    LivePlan plan;
    plan.order = graph.neededNodes(false);
    plan.eventNodeOf.assign(graph.nodes.size(), -1);
    for (int index : plan.order) {
        const BoundNode& b = graph.nodes[static_cast<size_t>(index)];
        const Node& node = *b.node;
        if (!b.runtimeError.empty())
            throw Error("node '" + node.id + "' cannot be kept live: " + b.runtimeError);
        if (b.usesEvents && (node.type == NodeType::Behavior || node.type == NodeType::Derive))
            planEventNode(plan, graph, index);
        if (usesDaysSince(b.expr.get()) && !plan.refreshAllOnDayChange) {
            plan.refreshAllOnDayChange = true;
            plan.refreshReason = "node '" + node.id + "' uses days_since()";
        }
        if (node.type == NodeType::Condition && isRelative(node.condition.cmp.op))
            plan.relativeConditions.emplace_back(b.field.slot, node.condition.cmp.days);
    }
    plan.eventReach.assign(graph.nodes.size(), 0);
    for (int index : plan.order) {
        uint64_t reach = 0;
        const int j = plan.eventNodeOf[static_cast<size_t>(index)];
        if (j >= 0)
            reach |= uint64_t{1} << j;
        for (int d : graph.nodes[static_cast<size_t>(index)].deps)
            reach |= plan.eventReach[static_cast<size_t>(d)];
        plan.eventReach[static_cast<size_t>(index)] = reach;
    }
    return plan;
}

std::string LivePlan::toString(const BoundGraph& graph) const
{
    std::ostringstream out;
    out << "live plan: " << order.size() << " nodes, " << eventNodes.size() << " event nodes, "
        << keptColumns.size() << " kept event columns\n";
    for (int index : order) {
        const BoundNode& b = graph.nodes[static_cast<size_t>(index)];
        out << "  " << b.node->id << " (" << nodeTypeName(b.node->type) << "): ";
        const int j = eventNodeOf[static_cast<size_t>(index)];
        if (j >= 0) {
            const LiveEventNode& en = eventNodes[static_cast<size_t>(j)];
            out << "event bit " << j << ", " << aggregateName(b.events.aggregate);
            if (b.node->events.withinLastDays)
                out << " over " << *b.node->events.withinLastDays << " days (deadline queue)";
            if (!en.relativeWhere.empty())
                out << ", " << en.relativeWhere.size() << " clock-relative where";
        } else if (b.node->type == NodeType::Top) {
            out << "order-statistic tree, cut recomputed per change";
        } else if (b.node->type == NodeType::Condition && isRelative(b.node->condition.cmp.op)) {
            out << "per customer, deadline queue on the value's day";
        } else {
            out << "per customer";
        }
        out << '\n';
    }
    if (refreshAllOnDayChange)
        out << "  day change re-evaluates every customer: " << refreshReason << '\n';
    return out.str();
}

} // namespace seg
