// Node -> JSON in the spec's field shapes, in a fixed order (id, type, label, what the node is,
// then where its input comes from), so saved files diff cleanly.
#include "graph/graph_internal.h"
#include "graph/graph_io.h"

#include <cmath>

namespace seg {

Json numberToJson(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9.0e15)
        return static_cast<int64_t>(value);
    return value;
}

namespace {

bool takesText(CompareOp op)
{
    switch (op) {
    case CompareOp::IsNull:
    case CompareOp::NotNull:
    case CompareOp::IsTrue:
    case CompareOp::IsFalse:
    case CompareOp::WithinLastDays:
    case CompareOp::BeforeDaysAgo: return false;
    default: return true;
    }
}

// Writes op and exactly the operands that op uses into `out`.
void writeComparison(const Comparison& cmp, Json& out)
{
    out["op"] = compareOpName(cmp.op);
    switch (cmp.op) {
    case CompareOp::Between:
        out["min"] = cmp.min;
        out["max"] = cmp.max;
        break;
    case CompareOp::In:
    case CompareOp::NotIn: {
        Json values = Json::array();
        for (const Json& v : cmp.values)
            values.push_back(v);
        out["values"] = std::move(values);
        break;
    }
    case CompareOp::WithinLastDays:
    case CompareOp::BeforeDaysAgo: out["days"] = cmp.days; break;
    case CompareOp::IsNull:
    case CompareOp::NotNull:
    case CompareOp::IsTrue:
    case CompareOp::IsFalse: break;
    default: out["value"] = cmp.value; break;
    }
    if (cmp.ignoreCase && takesText(cmp.op))
        out["ignore_case"] = true;
}

void writeEventSelection(const EventAggregate& ev, Json& out)
{
    if (ev.event)
        out["event"] = *ev.event;
    if (ev.withinLastDays)
        out["within_last_days"] = *ev.withinLastDays;
    if (!ev.where.empty()) {
        Json where = Json::array();
        for (const FieldCondition& condition : ev.where) {
            Json entry = Json::object();
            entry["field"] = condition.field;
            writeComparison(condition.cmp, entry);
            where.push_back(std::move(entry));
        }
        out["where"] = std::move(where);
    }
    out["aggregate"] = aggregateName(ev.aggregate);
    if (ev.aggregate != Aggregate::Count)
        out["field"] = ev.field;
}

// Single-input types write "input"; a node edited into several inputs keeps them all as
// "inputs" so the next load reports it instead of this save dropping some silently.
void writeInput(const Node& node, Json& out)
{
    if (node.inputs.size() == 1)
        out["input"] = node.inputs.front();
    else if (node.inputs.size() > 1)
        out["inputs"] = node.inputs;
}

} // namespace

Json nodeToJson(const Node& node)
{
    Json j = Json::object();
    j["id"] = node.id;
    j["type"] = nodeTypeName(node.type);
    if (!node.label.empty())
        j["label"] = node.label;
    switch (node.type) {
    case NodeType::Condition:
        j["field"] = node.condition.field;
        writeComparison(node.condition.cmp, j);
        writeInput(node, j);
        break;
    case NodeType::Expression:
        j["expr"] = node.expr;
        writeInput(node, j);
        break;
    case NodeType::And:
    case NodeType::Or:
    case NodeType::Except:
    case NodeType::Priority: j["inputs"] = node.inputs; break;
    case NodeType::Not: writeInput(node, j); break;
    case NodeType::Behavior:
        writeEventSelection(node.events, j);
        writeComparison(node.compare, j);
        writeInput(node, j);
        break;
    case NodeType::Derive:
        j["name"] = node.name;
        if (node.fromEvents) {
            j["from"] = "events";
            writeEventSelection(node.events, j);
        } else {
            j["expr"] = node.expr;
        }
        break;
    case NodeType::Top:
        writeInput(node, j);
        j["field"] = node.field;
        if (node.percent)
            j["percent"] = numberToJson(*node.percent);
        if (node.count)
            j["count"] = *node.count;
        j["order"] = node.ascending ? "asc" : "desc";
        break;
    case NodeType::Split: {
        writeInput(node, j);
        j["seed"] = node.seed;
        Json parts = Json::array();
        for (const SplitPart& part : node.parts) {
            Json entry = Json::object();
            entry["name"] = part.name;
            entry["percent"] = numberToJson(part.percent);
            parts.push_back(std::move(entry));
        }
        j["parts"] = std::move(parts);
        break;
    }
    case NodeType::Segment:
        j["name"] = node.name;
        writeInput(node, j);
        if (!node.description.empty())
            j["description"] = node.description;
        if (node.expectedMin || node.expectedMax) {
            Json expected = Json::object();
            if (node.expectedMin)
                expected["min"] = *node.expectedMin;
            if (node.expectedMax)
                expected["max"] = *node.expectedMax;
            j["expected"] = std::move(expected);
        }
        if (!node.exportColumns.empty() || node.exportSpreadsheetSafe) {
            Json exportSpec = Json::object();
            if (!node.exportColumns.empty())
                exportSpec["columns"] = node.exportColumns;
            if (node.exportSpreadsheetSafe)
                exportSpec["spreadsheet_safe"] = true;
            j["export"] = std::move(exportSpec);
        }
        break;
    }
    return j;
}

} // namespace seg
