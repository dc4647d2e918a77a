// One-click fixes: each changes one node (or the graph's as-of) the way the user would by hand.
#include "diagnose/diagnosis.h"
#include "graph/graph_io.h"

#include <algorithm>

namespace seg {

namespace {

Comparison* comparisonOf(Node& node, const Diagnosis& d)
{
    if (d.whereIndex >= 0) {
        if (static_cast<size_t>(d.whereIndex) >= node.events.where.size())
            return nullptr;
        FieldCondition& w = node.events.where[static_cast<size_t>(d.whereIndex)];
        return w.field == d.column ? &w.cmp : nullptr;
    }
    if (node.type == NodeType::Condition)
        return node.condition.field == d.column ? &node.condition.cmp : nullptr;
    return nullptr;
}

bool replaceValue(Comparison& cmp, const std::string& from, const std::string& to)
{
    bool changed = false;
    if (cmp.value.is_string() && cmp.value.get<std::string>() == from) {
        cmp.value = to;
        changed = true;
    }
    for (Json& v : cmp.values)
        if (v.is_string() && v.get<std::string>() == from) {
            v = to;
            changed = true;
        }
    return changed;
}

} // namespace

bool applyNodeFix(Node& node, const Diagnosis& d)
{
    if (node.id != d.nodeId)
        return false;
    switch (d.fix) {
    case FixKind::ReplaceValue: {
        Comparison* cmp = comparisonOf(node, d);
        return cmp && !d.suggestion.empty() && replaceValue(*cmp, d.value, d.suggestion);
    }
    case FixKind::SetIgnoreCase: {
        Comparison* cmp = comparisonOf(node, d);
        if (!cmp || cmp->ignoreCase)
            return false;
        cmp->ignoreCase = true;
        return true;
    }
    case FixKind::ReplaceEventType:
        if (!node.events.event || *node.events.event != d.value || d.suggestion.empty())
            return false;
        node.events.event = d.suggestion;
        return true;
    case FixKind::SetAsOf:
    case FixKind::None: break;
    }
    return false;
}

bool applyFix(Graph& graph, const Diagnosis& d)
{
    if (d.fix == FixKind::SetAsOf) {
        if (graph.asOf == d.fixDay)
            return false;
        graph.asOf = d.fixDay;
        return true;
    }
    Node* node = graph.find(d.nodeId);
    if (!node || !applyNodeFix(*node, d))
        return false;
    node->source = nodeToJson(*node); // the saved form and the result cache's key follow the fields
    return true;
}

} // namespace seg
