#include "exec/node_task.h"

#include "util/error.h"

namespace seg {

size_t NodeOutput::size() const
{
    size_t n = 0;
    for (const auto& s : sets)
        n += s->count();
    return n;
}

const CompiledExpr* ExecContext::derivedExpr(int slot) const
{
    const int k = slot - graph.customerColumns;
    if (k < 0 || k >= static_cast<int>(graph.derivedSlotNode.size()))
        return nullptr;
    return graph.nodes[static_cast<size_t>(graph.derivedSlotNode[static_cast<size_t>(k)])].expr.get();
}

ExecContext::ExecContext(const BoundGraph& g, const Dataset& d) : graph(g), data(d)
{
    rows = d.customers.rows();
    words = (rows + 63) / 64;
    for (const auto& c : d.customers.table.columns)
        slots.push_back(&c);
    slots.resize(slots.size() + g.derivedSlots.size(), nullptr);
    outputs.resize(g.nodes.size());
    universe = std::make_shared<const Bitset>(rows, true);
}

const Bitset& ExecContext::input(const InputRef& ref) const
{
    const auto& sets = outputs[static_cast<size_t>(ref.node)].sets;
    return *sets[static_cast<size_t>(ref.port < 0 ? 0 : ref.port)];
}

void ExecContext::checkCancel() const
{
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Cancelled();
}

void ExecContext::publish(int node, NodeOutput out)
{
    const BoundNode& bn = graph.nodes[static_cast<size_t>(node)];
    if (bn.derivedSlot >= 0 && out.column)
        slots[static_cast<size_t>(bn.derivedSlot)] = out.column.get();
    outputs[static_cast<size_t>(node)] = std::move(out);
}

std::unique_ptr<NodeTask> NodeTask::create(ExecContext& ctx, int index)
{
    const BoundNode& bn = ctx.graph.nodes[static_cast<size_t>(index)];
    switch (bn.node->type) {
    case NodeType::Behavior: return makeEventTask(ctx, index);
    case NodeType::Derive: return bn.node->fromEvents ? makeEventTask(ctx, index) : makeWholeTask(ctx, index);
    case NodeType::Top:
    case NodeType::Split: return makeWholeTask(ctx, index);
    default: return makeSetTask(ctx, index);
    }
}

} // namespace seg
