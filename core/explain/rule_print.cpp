// The printable one-line rule of a node for the CLI and the JSON explanation. It is written from
// the node as the graph file holds it (field, operator and literals), so it reads like the file;
// the GUI shows its own plain-words sentence (ui/document/rule_text).
#include "explain/explain.h"

#include "data/types.h"

#include <cstdio>

namespace seg {

namespace {

std::string literal(const Json& j)
{
    if (j.is_string())
        return "'" + j.get<std::string>() + "'";
    if (j.is_number_float())
        return formatDouble(j.get<double>());
    return j.dump();
}

std::string list(const std::vector<Json>& values)
{
    std::string out = "(";
    for (size_t i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + literal(values[i]);
    return out + ")";
}

std::string number(double v)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", v);
    return buffer;
}

std::string joined(const std::vector<std::string>& items, std::string_view separator)
{
    std::string out;
    for (size_t i = 0; i < items.size(); ++i)
        out += (i ? std::string(separator) : std::string()) + items[i];
    return out;
}

// "count('purchase' events, last 30 days, where amount >= 20)", "sum(amount of 'purchase' events, ...)"
std::string selectionText(const EventAggregate& e)
{
    const std::string what = std::string(aggregateName(e.aggregate));
    std::vector<std::string> parts;
    if (e.aggregate != Aggregate::Count)
        parts.push_back(e.field + " of");
    parts.push_back(e.event ? "'" + *e.event + "' events" : "all events");
    if (e.withinLastDays)
        parts.push_back("last " + std::to_string(*e.withinLastDays) + " days");
    for (const FieldCondition& w : e.where)
        parts.push_back("where " + comparisonText(w.field, w.cmp));
    std::string text = what + "(";
    for (size_t i = 0; i < parts.size(); ++i)
        text += (i == 0 || parts[i - 1].ends_with(" of") ? (i ? " " : "") : ", ") + parts[i];
    return text + ")";
}

} // namespace

std::string comparisonText(std::string_view subject, const Comparison& c)
{
    const std::string s(subject);
    const std::string ci = c.ignoreCase ? " (ignoring case)" : "";
    switch (c.op) {
    case CompareOp::Eq: return s + " = " + literal(c.value) + ci;
    case CompareOp::Ne: return s + " != " + literal(c.value) + ci;
    case CompareOp::Lt: return s + " < " + literal(c.value);
    case CompareOp::Le: return s + " <= " + literal(c.value);
    case CompareOp::Gt: return s + " > " + literal(c.value);
    case CompareOp::Ge: return s + " >= " + literal(c.value);
    case CompareOp::Between: return s + " between " + literal(c.min) + " and " + literal(c.max);
    case CompareOp::In: return s + " in " + list(c.values) + ci;
    case CompareOp::NotIn: return s + " not in " + list(c.values) + ci;
    case CompareOp::IsNull: return s + " is null";
    case CompareOp::NotNull: return s + " is not null";
    case CompareOp::Contains: return s + " contains " + literal(c.value) + ci;
    case CompareOp::StartsWith: return s + " starts with " + literal(c.value) + ci;
    case CompareOp::EndsWith: return s + " ends with " + literal(c.value) + ci;
    case CompareOp::IsTrue: return s + " is true";
    case CompareOp::IsFalse: return s + " is false";
    case CompareOp::WithinLastDays: return s + " within the last " + std::to_string(c.days) + " days";
    case CompareOp::BeforeDaysAgo: return s + " before " + std::to_string(c.days) + " days ago";
    }
    return s;
}

std::string ruleText(const Node& n)
{
    switch (n.type) {
    case NodeType::Condition: return comparisonText(n.condition.field, n.condition.cmp);
    case NodeType::Expression: return n.expr;
    case NodeType::Behavior: return comparisonText(selectionText(n.events), n.compare);
    case NodeType::Derive: return n.name + " = " + (n.fromEvents ? selectionText(n.events) : n.expr);
    case NodeType::And: return "in all of " + joined(n.inputs, ", ");
    case NodeType::Or: return "in any of " + joined(n.inputs, ", ");
    case NodeType::Except: return n.inputs.size() == 2 ? "in " + n.inputs[0] + " but not in " + n.inputs[1] : "except";
    case NodeType::Not: return n.inputs.empty() ? "not" : "not in " + n.inputs[0];
    case NodeType::Top: {
        const std::string how = n.count ? std::to_string(*n.count) : number(n.percent.value_or(0)) + " %";
        return "top " + how + " by " + n.field + (n.ascending ? " (lowest first)" : " (highest first)");
    }
    case NodeType::Split: {
        std::vector<std::string> parts;
        for (const SplitPart& p : n.parts)
            parts.push_back(p.name + " " + number(p.percent) + " %");
        return "split by key (seed '" + n.seed + "'): " + joined(parts, ", ");
    }
    case NodeType::Priority: return "first of " + joined(n.inputs, ", ");
    case NodeType::Segment: return "segment '" + n.displayName() + "'";
    }
    return std::string(nodeTypeName(n.type));
}

} // namespace seg
