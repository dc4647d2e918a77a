#pragma once
// Field-by-field comparison of graphs for round-trip tests (Node::source is left out on purpose:
// it holds the JSON as read, which legitimately differs in key order after a save).
#include "graph/graph.h"

#include <QString>

#include <string>

namespace seg::test {

inline QString q(const std::string& s) { return QString::fromStdString(s); }

inline QString diffComparison(const Comparison& a, const Comparison& b, const QString& where)
{
    if (a.op != b.op)
        return where + ": op " + q(std::string(compareOpName(a.op))) + " vs " + q(std::string(compareOpName(b.op)));
    if (a.value != b.value)
        return where + ": value " + q(a.value.dump()) + " vs " + q(b.value.dump());
    if (a.min != b.min || a.max != b.max)
        return where + ": min/max differ";
    if (a.values != b.values)
        return where + ": values differ";
    if (a.days != b.days)
        return where + ": days differ";
    if (a.ignoreCase != b.ignoreCase)
        return where + ": ignore_case differs";
    return {};
}

inline QString diffNode(const Node& a, const Node& b)
{
    const QString at = "node " + q(a.id);
#define SEG_SAME(field)                                                                                                \
    if (!(a.field == b.field))                                                                                         \
        return at + ": " #field " differs";
    SEG_SAME(id)
    SEG_SAME(type)
    SEG_SAME(label)
    SEG_SAME(inputs)
    SEG_SAME(condition.field)
    SEG_SAME(expr)
    SEG_SAME(events.event)
    SEG_SAME(events.withinLastDays)
    SEG_SAME(events.aggregate)
    SEG_SAME(events.field)
    SEG_SAME(events.where.size())
    SEG_SAME(fromEvents)
    SEG_SAME(name)
    SEG_SAME(field)
    SEG_SAME(percent)
    SEG_SAME(count)
    SEG_SAME(ascending)
    SEG_SAME(seed)
    SEG_SAME(parts.size())
    SEG_SAME(description)
    SEG_SAME(expectedMin)
    SEG_SAME(expectedMax)
    SEG_SAME(exportColumns)
#undef SEG_SAME
    if (QString d = diffComparison(a.condition.cmp, b.condition.cmp, at + " condition"); !d.isEmpty())
        return d;
    if (QString d = diffComparison(a.compare, b.compare, at + " compare"); !d.isEmpty())
        return d;
    for (size_t i = 0; i < a.events.where.size(); ++i) {
        if (a.events.where[i].field != b.events.where[i].field)
            return at + ": where field differs";
        if (QString d = diffComparison(a.events.where[i].cmp, b.events.where[i].cmp, at + " where"); !d.isEmpty())
            return d;
    }
    for (size_t i = 0; i < a.parts.size(); ++i)
        if (a.parts[i].name != b.parts[i].name || a.parts[i].percent != b.parts[i].percent)
            return at + ": split part differs";
    return {};
}

inline QString diffDataset(const DatasetSpec& a, const DatasetSpec& b, const QString& at)
{
    if (a.path != b.path || a.key != b.key || a.time != b.time || a.type != b.type || a.delimiter != b.delimiter
        || a.encoding != b.encoding || a.nullValues != b.nullValues || a.columnTypes != b.columnTypes
        || a.onDuplicateKey != b.onDuplicateKey)
        return at + " differs";
    return {};
}

// Empty when equal, else the first difference.
inline QString diffGraph(const Graph& a, const Graph& b)
{
    if (a.formatVersion != b.formatVersion || a.name != b.name || a.asOf != b.asOf)
        return "graph header differs";
    if (QString d = diffDataset(a.customers, b.customers, "customers"); !d.isEmpty())
        return d;
    if (a.events.has_value() != b.events.has_value())
        return "events presence differs";
    if (a.events)
        if (QString d = diffDataset(*a.events, *b.events, "events"); !d.isEmpty())
            return d;
    if (a.nodes.size() != b.nodes.size())
        return "node count differs";
    for (size_t i = 0; i < a.nodes.size(); ++i)
        if (QString d = diffNode(a.nodes[i], b.nodes[i]); !d.isEmpty())
            return d;
    if (a.ui != b.ui) // ordered_json: key order counts too
        return "ui differs: " + q(a.ui.dump()) + " vs " + q(b.ui.dump());
    return {};
}

} // namespace seg::test
