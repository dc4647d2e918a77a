// Compilation after binding: the reachable node order and the dictionary evaluation plan.
#include "expr/compile.h"

#include "expr/binder.h"

#include <algorithm>

namespace seg::expr {

namespace {

// Marks the subtrees that read exactly one string column (plus constants): those are
// evaluated once per dictionary entry and then looked up by code.
void planDictionaryEvaluation(CompiledExpr& e)
{
    auto& nodes = e.nodes;
    std::vector<uint8_t> hasIneligibleParent(nodes.size(), 0);
    for (int i : e.order) {
        PNode& n = nodes[static_cast<size_t>(i)];
        if (n.op == Op::Column)
            n.dictSlot = n.type == DataType::String ? n.slot : -1;
        else if (n.op == Op::Const)
            n.dictSlot = -2;
        else {
            int slot = -2;
            for (int k : n.kids) {
                const int ks = nodes[static_cast<size_t>(k)].dictSlot;
                slot = slot == -2 ? ks : (ks == -2 || ks == slot) ? slot : -1;
            }
            n.dictSlot = slot;
        }
    }
    for (int i : e.order)
        for (int k : nodes[static_cast<size_t>(i)].kids)
            if (nodes[static_cast<size_t>(i)].dictSlot == -1)
                hasIneligibleParent[static_cast<size_t>(k)] = 1;
    for (int i : e.order) {
        PNode& n = nodes[static_cast<size_t>(i)];
        if (n.dictSlot < 0 || n.op == Op::Column || !(i == e.root || hasIneligibleParent[static_cast<size_t>(i)]))
            continue;
        n.dictRoot = true;
        e.dictRoots.push_back(i);
        e.dictSubtrees.push_back(reachableFrom(nodes, i));
    }
}

} // namespace

std::vector<int> reachableFrom(const std::vector<PNode>& nodes, int root)
{
    std::vector<uint8_t> seen(nodes.size(), 0);
    std::vector<int> stack{root}, out;
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        if (seen[static_cast<size_t>(i)])
            continue;
        seen[static_cast<size_t>(i)] = 1;
        out.push_back(i);
        for (int k : nodes[static_cast<size_t>(i)].kids)
            stack.push_back(k);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::shared_ptr<CompiledExpr> compileTree(const SyntaxNode& root, const ColumnLookup& lookup, std::string_view text)
{
    auto e = std::make_shared<CompiledExpr>();
    e->text = std::string(text);
    Binder binder(lookup, e->nodes);
    e->root = binder.bind(root);
    e->order = reachableFrom(e->nodes, e->root);
    const PNode& r = e->nodes[static_cast<size_t>(e->root)];
    e->resultIsNull = r.unknownType;
    e->resultType = r.unknownType ? DataType::Bool : r.type;
    planDictionaryEvaluation(*e);
    return e;
}

} // namespace seg::expr
