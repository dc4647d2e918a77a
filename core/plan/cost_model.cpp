#include "plan/cost_model.h"

namespace seg {

bool nodeIsPartitioned(const BoundNode& n)
{
    switch (n.node->type) {
    case NodeType::Top:
    case NodeType::Segment: return false;
    case NodeType::Derive: return n.node->fromEvents;
    default: return true;
    }
}

bool nodeIsBarrier(const BoundNode& n)
{
    return n.node->type == NodeType::Top || (n.node->type == NodeType::Derive && !n.node->fromEvents);
}

double estimateNodeCostMs(const BoundGraph& g, int index, const CostModel& m)
{
    const BoundNode& n = g.nodes[static_cast<size_t>(index)];
    const double rows = static_cast<double>(g.data->customers.rows());
    const double words = rows / 64.0;
    const double events = g.data->events ? static_cast<double>(g.data->events->rows()) : 0.0;
    double ns = 0;
    switch (n.node->type) {
    case NodeType::Condition: {
        ns = rows * m.nsPerRowScan;
        if (n.field.type == DataType::String && n.field.slot >= 0 && n.field.slot < g.customerColumns)
            ns += static_cast<double>(g.data->customers.table.columns[static_cast<size_t>(n.field.slot)].dict().size())
                * m.nsPerDictEntry;
        break;
    }
    case NodeType::Expression: ns = rows * m.nsPerRowExpression; break;
    case NodeType::And:
    case NodeType::Or:
    case NodeType::Except:
    case NodeType::Not:
    case NodeType::Priority: ns = words * m.nsPerWordSetOp * static_cast<double>(std::max<size_t>(1, n.inputs.size())); break;
    case NodeType::Behavior: ns = events * m.nsPerEvent + rows * m.nsPerRowEventNode; break;
    case NodeType::Derive:
        ns = n.node->fromEvents ? events * m.nsPerEvent + rows * m.nsPerRowEventNode : rows * m.nsPerRowExpression;
        break;
    case NodeType::Top: ns = rows * m.nsPerRowTop; break;
    case NodeType::Split: ns = rows * m.nsPerRowSplit; break;
    case NodeType::Segment: ns = 0; break;
    }
    return ns / 1e6 + m.msTaskOverhead;
}

} // namespace seg
