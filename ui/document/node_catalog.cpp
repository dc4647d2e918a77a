#include "document/node_catalog.h"

#include <QCoreApplication>

#include <stdexcept>

namespace seg::ui {

const std::vector<NodeKind>& nodeKinds()
{
    static const std::vector<NodeKind> kinds = {
        {NodeType::Condition, QT_TRANSLATE_NOOP("NodeKind", "Condition"),
         QT_TRANSLATE_NOOP("NodeKind", "Customers whose column value matches a comparison"), InputArity::Optional, OutputKind::Set},
        {NodeType::Expression, QT_TRANSLATE_NOOP("NodeKind", "Expression"),
         QT_TRANSLATE_NOOP("NodeKind", "Customers for whom a formula is true"), InputArity::Optional, OutputKind::Set},
        {NodeType::Behavior, QT_TRANSLATE_NOOP("NodeKind", "Behavior"),
         QT_TRANSLATE_NOOP("NodeKind", "Customers by what they did: counts, sums or averages of their events"), InputArity::Optional, OutputKind::Set},
        {NodeType::And, QT_TRANSLATE_NOOP("NodeKind", "And"),
         QT_TRANSLATE_NOOP("NodeKind", "Customers in every input"), InputArity::TwoOrMore, OutputKind::Set},
        {NodeType::Or, QT_TRANSLATE_NOOP("NodeKind", "Or"),
         QT_TRANSLATE_NOOP("NodeKind", "Customers in any input"), InputArity::TwoOrMore, OutputKind::Set},
        {NodeType::Except, QT_TRANSLATE_NOOP("NodeKind", "Except"),
         QT_TRANSLATE_NOOP("NodeKind", "Customers in the first input but not in the second"), InputArity::Pair, OutputKind::Set},
        {NodeType::Not, QT_TRANSLATE_NOOP("NodeKind", "Not"),
         QT_TRANSLATE_NOOP("NodeKind", "Every customer not in the input"), InputArity::One, OutputKind::Set},
        {NodeType::Derive, QT_TRANSLATE_NOOP("NodeKind", "Derive column"),
         QT_TRANSLATE_NOOP("NodeKind", "A new column computed from a formula or from events"), InputArity::None, OutputKind::Column},
        {NodeType::Top, QT_TRANSLATE_NOOP("NodeKind", "Top"),
         QT_TRANSLATE_NOOP("NodeKind", "The highest (or lowest) ranked customers by a column"), InputArity::Optional, OutputKind::Set},
        {NodeType::Split, QT_TRANSLATE_NOOP("NodeKind", "Split"),
         QT_TRANSLATE_NOOP("NodeKind", "Deterministic random groups, e.g. test and control"), InputArity::Optional, OutputKind::Ports},
        {NodeType::Priority, QT_TRANSLATE_NOOP("NodeKind", "Priority"),
         QT_TRANSLATE_NOOP("NodeKind", "Each customer goes to the first input that contains them"), InputArity::OneOrMore, OutputKind::Ports},
        {NodeType::Segment, QT_TRANSLATE_NOOP("NodeKind", "Segment"),
         QT_TRANSLATE_NOOP("NodeKind", "A named output you can check, preview and export"), InputArity::One, OutputKind::Set},
    };
    return kinds;
}

const NodeKind& nodeKind(NodeType type)
{
    for (const NodeKind& k : nodeKinds())
        if (k.type == type)
            return k;
    throw std::logic_error("node type missing from the catalog");
}

QString nodeTitle(NodeType type)
{
    return QCoreApplication::translate("NodeKind", nodeKind(type).title);
}

QString nodeDescription(NodeType type)
{
    return QCoreApplication::translate("NodeKind", nodeKind(type).description);
}

int minInputs(NodeType type)
{
    switch (nodeKind(type).inputs) {
    case InputArity::None:
    case InputArity::Optional: return 0;
    case InputArity::One:
    case InputArity::OneOrMore: return 1;
    case InputArity::Pair:
    case InputArity::TwoOrMore: return 2;
    }
    return 0;
}

int maxInputs(NodeType type)
{
    switch (nodeKind(type).inputs) {
    case InputArity::None: return 0;
    case InputArity::Optional:
    case InputArity::One: return 1;
    case InputArity::Pair: return 2;
    case InputArity::TwoOrMore:
    case InputArity::OneOrMore: return -1;
    }
    return 0;
}

std::vector<std::string> outputRefs(const Node& node)
{
    switch (nodeKind(node.type).output) {
    case OutputKind::Column: return {};
    case OutputKind::Set: return {node.id};
    case OutputKind::Ports: break;
    }
    std::vector<std::string> refs;
    if (node.type == NodeType::Split) {
        for (const SplitPart& p : node.parts)
            refs.push_back(node.id + ":" + p.name);
    } else { // priority: one port per input, named after the input's node id
        for (const std::string& in : node.inputs)
            refs.push_back(node.id + ":" + splitInputRef(in).first);
    }
    return refs;
}

Node defaultNode(NodeType type, const std::string& id)
{
    Node n;
    n.id = id;
    n.type = type;
    switch (type) {
    case NodeType::Condition:
        n.condition.cmp.op = CompareOp::NotNull;
        break;
    case NodeType::Expression: n.expr = "TRUE"; break;
    case NodeType::Behavior:
        n.events.aggregate = Aggregate::Count;
        n.compare.op = CompareOp::Ge;
        n.compare.value = 1;
        break;
    case NodeType::Derive:
        n.name = id + "_value";
        n.expr = "1";
        break;
    case NodeType::Top: n.percent = 10; break;
    case NodeType::Split:
        n.seed = id;
        n.parts = {{"test", 90}, {"control", 10}};
        break;
    case NodeType::Segment: n.name = "New segment"; break;
    default: break;
    }
    return n;
}

} // namespace seg::ui
