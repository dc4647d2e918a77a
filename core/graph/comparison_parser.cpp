// The comparison part of condition and behavior nodes and `where` entries (op and operands),
// and the event selection shared by behavior and derive-from-events nodes.
#include "graph/graph_internal.h"

namespace seg {

namespace {

const std::vector<std::string_view>& opNames()
{
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> out;
        for (int i = 0; i <= static_cast<int>(CompareOp::BeforeDaysAgo); ++i)
            out.push_back(compareOpName(static_cast<CompareOp>(i)));
        return out;
    }();
    return names;
}

const std::vector<std::string_view> kAggregateNames{"count", "sum", "min", "max", "avg"};

enum class Operands { Value, Text, Range, List, Days, None };

Operands operandsOf(CompareOp op)
{
    switch (op) {
    case CompareOp::Eq:
    case CompareOp::Ne:
    case CompareOp::Lt:
    case CompareOp::Le:
    case CompareOp::Gt:
    case CompareOp::Ge: return Operands::Value;
    case CompareOp::Contains:
    case CompareOp::StartsWith:
    case CompareOp::EndsWith: return Operands::Text;
    case CompareOp::Between: return Operands::Range;
    case CompareOp::In:
    case CompareOp::NotIn: return Operands::List;
    case CompareOp::WithinLastDays:
    case CompareOp::BeforeDaysAgo: return Operands::Days;
    case CompareOp::IsNull:
    case CompareOp::NotNull:
    case CompareOp::IsTrue:
    case CompareOp::IsFalse: return Operands::None;
    }
    return Operands::None;
}

bool isScalar(const Json& v) { return v.is_string() || v.is_number() || v.is_boolean(); }

constexpr std::string_view kScalar = "a string, number or boolean";

std::optional<Json> readScalar(const FieldReader& r, std::string_view key, std::string_view opName)
{
    const Json* v = r.find(key);
    if (!v) {
        r.missing(key, "op '" + std::string(opName) + "' compares with '" + std::string(key) + "'");
        return std::nullopt;
    }
    if (!isScalar(*v)) {
        r.wrongType(key, v->is_null() ? std::string(kScalar) + " (use op 'is_null' to match NULL)" : kScalar);
        return std::nullopt;
    }
    return *v;
}

} // namespace

bool parseComparison(const FieldReader& r, Comparison& cmp)
{
    static const std::string opHint = "one of " + joinNames(opNames());
    const auto opText = r.text("op", Need::Required, opHint);
    if (!opText)
        return false;
    const auto op = parseCompareOp(*opText);
    if (!op) {
        r.error("op", unknownNameMessage("op", *opText, opNames()));
        return false;
    }
    cmp = Comparison{};
    cmp.op = *op;
    const std::string opName(compareOpName(*op));
    bool ok = true;
    switch (operandsOf(*op)) {
    case Operands::Value:
        if (auto v = readScalar(r, "value", opName))
            cmp.value = std::move(*v);
        else
            ok = false;
        break;
    case Operands::Text:
        if (const auto text = r.text("value", Need::Required, "op '" + opName + "' needs the text to look for"))
            cmp.value = *text;
        else
            ok = false;
        break;
    case Operands::Range:
        if (auto v = readScalar(r, "min", opName))
            cmp.min = std::move(*v);
        else
            ok = false;
        if (auto v = readScalar(r, "max", opName))
            cmp.max = std::move(*v);
        else
            ok = false;
        break;
    case Operands::List: {
        const Json* list = r.find("values");
        if (!list) {
            r.missing("values", "op '" + opName + "' needs a non-empty list of values");
            ok = false;
        } else if (!list->is_array() || list->empty()) {
            r.wrongType("values", "a non-empty list of strings, numbers or booleans");
            ok = false;
        } else {
            for (size_t i = 0; i < list->size(); ++i) {
                const Json& item = (*list)[i];
                if (isScalar(item)) {
                    cmp.values.push_back(item);
                    continue;
                }
                r.reporter().report(r.nodeId(), jsonPointerChild(r.pointer("values"), i),
                                    r.subject() + "'" + r.name("values") + "[" + std::to_string(i) + "]' must be "
                                        + std::string(kScalar) + ", got " + describeJson(item));
                ok = false;
            }
        }
        break;
    }
    case Operands::Days:
        if (const auto days = r.integer("days", Need::Required, 0, kMaxDays,
                                        "op '" + opName + "' needs a whole number of days >= 0"))
            cmp.days = *days;
        else
            ok = false;
        break;
    case Operands::None: break;
    }
    if (r.has("ignore_case")) {
        if (const auto ignoreCase = r.boolean("ignore_case")) {
            // Only kept where there is text to compare, so saving writes it only there.
            const Operands kind = operandsOf(*op);
            if (kind != Operands::Days && kind != Operands::None)
                cmp.ignoreCase = *ignoreCase;
        } else {
            ok = false;
        }
    }
    return ok;
}

// The event selection of behavior and derive-from-events nodes.
void parseEventSelection(const FieldReader& r, EventAggregate& ev)
{
    ev.event = r.nonEmptyText("event", Need::Optional);
    ev.withinLastDays = r.integer("within_last_days", Need::Optional, 0, kMaxDays);
    if (const Json* where = r.find("where")) {
        if (!where->is_array()) {
            r.wrongType("where", "a list of conditions {\"field\": ..., \"op\": ..., ...}");
        } else {
            for (size_t i = 0; i < where->size(); ++i) {
                const std::string pointer = jsonPointerChild(r.pointer("where"), i);
                const std::string label = r.name("where") + "[" + std::to_string(i) + "]";
                const Json& item = (*where)[i];
                if (!item.is_object()) {
                    r.reporter().report(r.nodeId(), pointer,
                                        r.subject() + "'" + label + "' must be an object {\"field\": ..., \"op\": ..., "
                                            "...}, got " + describeJson(item));
                    continue;
                }
                FieldReader w(item, pointer, label + ".", r.nodeId(), r.reporter(), r.subject());
                w.rejectUnknown({"field", "op", "value", "min", "max", "values", "days", "ignore_case"},
                                "a where condition");
                FieldCondition condition;
                const auto field = w.nonEmptyText("field", Need::Required, "the event column to test");
                const bool comparisonOk = parseComparison(w, condition.cmp);
                if (field && comparisonOk) {
                    condition.field = *field;
                    ev.where.push_back(std::move(condition));
                }
            }
        }
    }
    static const std::string aggregateHint = "one of " + joinNames(kAggregateNames);
    const auto aggregate = r.text("aggregate", Need::Required, aggregateHint);
    if (aggregate) {
        if (const auto a = parseAggregate(*aggregate))
            ev.aggregate = *a;
        else
            r.error("aggregate", unknownNameMessage("aggregate", *aggregate, kAggregateNames));
    }
    // A `field` next to "count" is known but unused: ignored, like a `value` next to "is_null".
    if (aggregate && ev.aggregate != Aggregate::Count) {
        if (const auto field = r.nonEmptyText("field", Need::Required,
                                              "aggregate '" + *aggregate + "' needs the event column to use"))
            ev.field = *field;
    }
}

} // namespace seg
