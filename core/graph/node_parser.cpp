// Field shapes of every node type (spec section 4). Each problem is reported and reading goes on,
// so one load lists everything that is wrong with a node.
#include "data/types.h"
#include "graph/graph_internal.h"
#include "graph/graph_io.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace seg {

namespace {

const std::vector<std::string_view>& nodeTypeNames()
{
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (int i = 0; i <= static_cast<int>(NodeType::Segment); ++i)
            out.push_back(nodeTypeName(static_cast<NodeType>(i)));
        return out;
    }();
    return names;
}

// Every field a node type knows. Fields an op does not use (a `value` next to "is_null") are
// known, so they are accepted and ignored rather than reported as unknown.
std::vector<std::string_view> allowedFields(NodeType type)
{
    static constexpr std::string_view comparison[] = {"op", "value", "min", "max", "values", "days", "ignore_case"};
    static constexpr std::string_view selection[] = {"event", "within_last_days", "where", "aggregate", "field"};
    std::vector<std::string_view> f{"id", "type", "label"};
    auto add = [&f](std::initializer_list<std::string_view> more) { f.insert(f.end(), more); };
    auto addAll = [&f](const auto& more) { f.insert(f.end(), std::begin(more), std::end(more)); };
    switch (type) {
    case NodeType::Condition: add({"field"}); addAll(comparison); add({"input"}); break;
    case NodeType::Expression: add({"expr", "input"}); break;
    case NodeType::And:
    case NodeType::Or:
    case NodeType::Except:
    case NodeType::Priority: add({"inputs"}); break;
    case NodeType::Not: add({"input"}); break;
    case NodeType::Behavior: addAll(selection); addAll(comparison); add({"input"}); break;
    case NodeType::Derive: add({"name", "expr", "from"}); addAll(selection); break;
    case NodeType::Top: add({"input", "field", "percent", "count", "order"}); break;
    case NodeType::Split: add({"input", "seed", "parts"}); break;
    case NodeType::Segment: add({"name", "input", "description", "expected", "export"}); break;
    }
    return f;
}

bool isValidRef(std::string_view ref)
{
    const auto [node, port] = splitInputRef(ref);
    return !node.empty() && (ref.find(':') == std::string_view::npos || !port.empty());
}

void readInput(const FieldReader& r, Node& node, Need need, std::string_view hint)
{
    const auto ref = r.nonEmptyText("input", need, hint);
    if (!ref)
        return;
    if (!isValidRef(*ref)) {
        r.error("input", "'input' \"" + printable(*ref) + "\" is not a node id or \"node:port\"");
        return;
    }
    node.inputs = {*ref};
}

void readInputs(const FieldReader& r, Node& node, size_t atLeast, bool exact, std::string_view meaning)
{
    const std::string count = std::to_string(atLeast) + (atLeast == 1 ? " node" : " nodes");
    const std::string expected = (exact ? "exactly " : "at least ") + count;
    const auto refs = r.textList("inputs", Need::Required, true, "a list of " + expected + ": " + std::string(meaning));
    if (!refs)
        return;
    bool ok = true;
    if (exact ? refs->size() != atLeast : refs->size() < atLeast) {
        r.error("inputs", "'inputs' must list " + expected + " (" + std::string(meaning) + "), got "
                              + std::to_string(refs->size()));
        ok = false;
    }
    for (size_t i = 0; i < refs->size(); ++i) {
        if (!isValidRef((*refs)[i])) {
            r.reporter().report(r.nodeId(), jsonPointerChild(r.pointer("inputs"), i),
                                r.subject() + "'inputs[" + std::to_string(i) + "]' \"" + printable((*refs)[i])
                                    + "\" is not a node id or \"node:port\"");
            ok = false;
        }
    }
    if (ok)
        node.inputs = *refs;
}

void parseTop(const FieldReader& r, Node& node)
{
    readInput(r, node, Need::Optional, {});
    if (const auto field = r.nonEmptyText("field", Need::Required, "the column to rank by"))
        node.field = *field;
    const bool hasPercent = r.has("percent"), hasCount = r.has("count");
    if (hasPercent && hasCount)
        r.errorHere("give either 'percent' or 'count', not both");
    else if (!hasPercent && !hasCount)
        r.errorHere("missing 'percent' or 'count' (the top percent of members, or how many members)");
    if (hasPercent) {
        const auto percent = r.number("percent", Need::Optional);
        if (percent && !(*percent > 0 && *percent <= 100))
            r.wrongType("percent", "a number greater than 0 and at most 100");
        else
            node.percent = percent;
    }
    if (hasCount)
        node.count = r.integer("count", Need::Optional, 0, std::numeric_limits<int64_t>::max());
    if (const auto order = r.text("order", Need::Optional)) {
        if (*order == "asc" || *order == "desc")
            node.ascending = *order == "asc";
        else
            r.wrongType("order", "\"asc\" or \"desc\"");
    }
}

void parseSplit(const FieldReader& r, Node& node)
{
    readInput(r, node, Need::Optional, {});
    if (const auto seed = r.text("seed", Need::Required, "any text; the same seed always gives the same groups"))
        node.seed = *seed;
    const Json* parts = r.find("parts");
    if (!parts) {
        r.missing("parts", "a list of {\"name\": ..., \"percent\": ...} adding up to 100");
        return;
    }
    if (!parts->is_array() || parts->empty()) {
        r.wrongType("parts", "a non-empty list of {\"name\": ..., \"percent\": ...}");
        return;
    }
    bool allPercentsRead = true;
    double total = 0;
    std::set<std::string> names;
    for (size_t i = 0; i < parts->size(); ++i) {
        const std::string pointer = jsonPointerChild(r.pointer("parts"), i);
        const std::string label = "parts[" + std::to_string(i) + "]";
        const Json& item = (*parts)[i];
        if (!item.is_object()) {
            r.reporter().report(r.nodeId(), pointer, r.subject() + "'" + label
                                    + "' must be an object {\"name\": ..., \"percent\": ...}, got " + describeJson(item));
            allPercentsRead = false;
            continue;
        }
        FieldReader p(item, pointer, label + ".", r.nodeId(), r.reporter(), r.subject());
        p.rejectUnknown({"name", "percent"}, "a split part");
        SplitPart part;
        const auto name = p.nonEmptyText("name", Need::Required, "the port name, e.g. \"test\"");
        if (name && !names.insert(*name).second)
            p.error("name", "part name '" + printable(*name) + "' is used twice (port names must be unique)");
        auto percent = p.number("percent", Need::Required, "a number > 0; all parts add up to 100");
        if (percent && !(*percent > 0 && *percent <= 100)) {
            p.wrongType("percent", "a number greater than 0 and at most 100");
            percent.reset();
        }
        if (!percent)
            allPercentsRead = false;
        else
            total += *percent;
        part.name = name.value_or("");
        part.percent = percent.value_or(0);
        node.parts.push_back(std::move(part));
    }
    if (allPercentsRead && std::fabs(total - 100) > 1e-9)
        r.error("parts", "the parts' percents add up to " + formatDouble(total) + ", expected 100");
}

void parseSegment(const FieldReader& r, Node& node)
{
    if (const auto name = r.nonEmptyText("name", Need::Required, "the segment's display name"))
        node.name = *name;
    readInput(r, node, Need::Required, "the node whose members form the segment");
    if (const auto description = r.text("description", Need::Optional))
        node.description = *description;
    if (const Json* expected = r.find("expected")) {
        if (!expected->is_object()) {
            r.wrongType("expected", "an object {\"min\": ..., \"max\": ...}");
        } else {
            FieldReader e(*expected, r.pointer("expected"), "expected.", r.nodeId(), r.reporter(), r.subject());
            e.rejectUnknown({"min", "max"}, "'expected'");
            node.expectedMin = e.integer("min", Need::Optional, 0, std::numeric_limits<int64_t>::max());
            node.expectedMax = e.integer("max", Need::Optional, 0, std::numeric_limits<int64_t>::max());
            if (!e.has("min") && !e.has("max"))
                r.error("expected", "'expected' needs 'min', 'max' or both");
            if (node.expectedMin && node.expectedMax && *node.expectedMin > *node.expectedMax)
                r.error("expected", "'expected.min' (" + std::to_string(*node.expectedMin)
                                        + ") is greater than 'expected.max' (" + std::to_string(*node.expectedMax) + ")");
        }
    }
    if (const Json* exportSpec = r.find("export")) {
        if (!exportSpec->is_object()) {
            r.wrongType("export", "an object {\"columns\": [...], \"spreadsheet_safe\": true|false}");
        } else {
            FieldReader x(*exportSpec, r.pointer("export"), "export.", r.nodeId(), r.reporter(), r.subject());
            x.rejectUnknown({"columns", "spreadsheet_safe"}, "'export'");
            node.exportSpreadsheetSafe = x.boolean("spreadsheet_safe").value_or(false);
            if (auto columns = x.textList("columns", Need::Optional, true)) {
                std::set<std::string> seen;
                for (const std::string& column : *columns)
                    if (!seen.insert(column).second)
                        x.error("columns", "'export.columns' lists '" + printable(column) + "' twice");
                node.exportColumns = std::move(*columns);
            }
        }
    }
}

void parseDerive(const FieldReader& r, Node& node)
{
    if (const auto name = r.nonEmptyText("name", Need::Required, "the name of the new column"))
        node.name = *name;
    if (const Json* from = r.find("from")) {
        if (!from->is_string() || from->get_ref<const std::string&>() != "events") {
            r.wrongType("from", "\"events\" (or leave it out and give 'expr')");
            return;
        }
        node.fromEvents = true;
        if (r.has("expr"))
            r.error("expr", "give either 'expr' or \"from\": \"events\", not both");
        parseEventSelection(r, node.events);
        return;
    }
    if (const auto expr = r.nonEmptyText("expr", Need::Required,
                                         "a formula over customer columns, or \"from\": \"events\" with an aggregate"))
        node.expr = *expr;
    for (std::string_view key : {"event", "within_last_days", "where", "aggregate", "field"})
        if (r.has(key))
            r.error(key, "'" + std::string(key) + "' is only used with \"from\": \"events\"");
}

// Reports an unusable id and returns false; ids cannot contain ':' (it starts a port).
bool checkId(const FieldReader& r, const Json* id)
{
    if (!id) {
        r.missing("id", "every node needs a unique, non-empty string id");
        return false;
    }
    if (!id->is_string() || id->get_ref<const std::string&>().empty()) {
        r.wrongType("id", "a non-empty string");
        return false;
    }
    const std::string& text = id->get_ref<const std::string&>();
    if (text.find(':') != std::string::npos) {
        r.error("id", "'id' \"" + printable(text) + "\" must not contain ':' (it separates a node from its port)");
        return false;
    }
    if (std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20; })) {
        r.error("id", "'id' \"" + printable(text) + "\" must not contain control characters");
        return false;
    }
    return true;
}

} // namespace

std::string unknownNameMessage(std::string_view what, std::string_view given, const std::vector<std::string_view>& valid)
{
    std::string message = "unknown " + std::string(what) + " '" + printable(given) + "'";
    if (const auto guess = closestName(given, valid))
        return message + " (did you mean '" + std::string(*guess) + "'?)";
    return message + " (expected one of " + joinNames(valid) + ")";
}

std::optional<Node> parseNodeObject(const Json& object, const std::string& pointer, const std::string& subject,
                                    Reporter& reporter)
{
    if (!object.is_object()) {
        reporter.report("", pointer, subject + " must be an object {\"id\": ..., \"type\": ...}, got " + describeJson(object));
        return std::nullopt;
    }
    const size_t problemsBefore = reporter.count();
    const auto idIt = object.find("id");
    const Json* idValue = idIt == object.end() ? nullptr : &*idIt;
    const bool idOk = checkId(FieldReader(object, pointer, "", "", reporter, subject + ": "), idValue);
    Node node;
    if (idOk)
        node.id = idValue->get<std::string>();
    FieldReader r(object, pointer, "", node.id, reporter, idOk ? std::string() : subject + ": ");

    static const std::string typeHint = "one of " + joinNames(nodeTypeNames());
    const auto typeText = r.text("type", Need::Required, typeHint);
    std::optional<NodeType> type;
    if (typeText) {
        type = parseNodeType(*typeText);
        if (!type)
            r.error("type", unknownNameMessage("node type", *typeText, nodeTypeNames()));
    }
    if (const auto label = r.text("label", Need::Optional))
        node.label = *label;
    if (!type)
        return std::nullopt;
    node.type = *type;
    r.rejectUnknown(allowedFields(*type), "a " + std::string(nodeTypeName(*type)) + " node");

    switch (*type) {
    case NodeType::Condition:
        if (const auto field = r.nonEmptyText("field", Need::Required, "the column to test"))
            node.condition.field = *field;
        parseComparison(r, node.condition.cmp);
        readInput(r, node, Need::Optional, {});
        break;
    case NodeType::Expression:
        if (const auto expr = r.nonEmptyText("expr", Need::Required, "a boolean formula, e.g. \"total_spend > 500\""))
            node.expr = *expr;
        readInput(r, node, Need::Optional, {});
        break;
    case NodeType::And: readInputs(r, node, 2, false, "their intersection"); break;
    case NodeType::Or: readInputs(r, node, 2, false, "their union"); break;
    case NodeType::Except: readInputs(r, node, 2, true, "[a, b] gives a minus b"); break;
    case NodeType::Priority: {
        readInputs(r, node, 1, false, "in priority order");
        std::set<std::string> seen;
        for (const std::string& ref : node.inputs)
            if (!seen.insert(ref).second)
                r.error("inputs", "'inputs' lists '" + printable(ref) + "' twice (each input names one output port)");
        break;
    }
    case NodeType::Not: readInput(r, node, Need::Required, "the node whose members to leave out"); break;
    case NodeType::Behavior:
        parseEventSelection(r, node.events);
        parseComparison(r, node.compare);
        readInput(r, node, Need::Optional, {});
        break;
    case NodeType::Derive: parseDerive(r, node); break;
    case NodeType::Top: parseTop(r, node); break;
    case NodeType::Split: parseSplit(r, node); break;
    case NodeType::Segment: parseSegment(r, node); break;
    }
    node.source = object;
    node.incomplete = reporter.count() != problemsBefore;
    if (!idOk)
        return std::nullopt;
    return node;
}

std::optional<Node> parseNode(const Json& object, std::vector<Diagnostic>& diagnostics)
{
    Reporter reporter(diagnostics, std::string(), nullptr, {});
    return parseNodeObject(object, "", "node", reporter);
}

} // namespace seg
