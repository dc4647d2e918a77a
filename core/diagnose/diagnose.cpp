// Zero-member explanations for set nodes and conditions; the event checks are in
// diagnose_events.cpp. Every finding is a fact counted on the data the run used.
#include "diagnose/closest_value.h"
#include "diagnose/column_stats.h"
#include "diagnose/diagnose_internal.h"

#include <algorithm>
#include <map>

namespace seg {

namespace diagnose_detail {

namespace {

using Form = BoundPredicate::Form;

int64_t intValue(const Column& c, size_t r)
{
    switch (c.type()) {
    case DataType::Date: return c.dateAt(r);
    case DataType::Bool: return c.boolAt(r) ? 1 : 0;
    default: return c.intAt(r);
    }
}

std::vector<size_t> codeCounts(const Column& column)
{
    std::vector<size_t> counts(column.dict().size(), 0);
    for (size_t r = 0; r < column.size(); ++r)
        if (!column.isNull(r))
            ++counts[static_cast<size_t>(column.codes()[r])];
    return counts;
}

// The literals an eq / in comparison asks for.
std::vector<Json> wantedValues(const Comparison& cmp)
{
    if (cmp.op == CompareOp::In)
        return cmp.values;
    if (cmp.op == CompareOp::Eq)
        return {cmp.value};
    return {};
}

int32_t dayOf(DataType type, double v)
{
    return type == DataType::Timestamp ? dayOfTimestamp(static_cast<int64_t>(v)) : static_cast<int32_t>(v);
}

bool explainString(const Column& column, const Comparison& cmp, const Diagnosis& base, std::vector<Diagnosis>& out)
{
    const std::vector<size_t> counts = codeCounts(column);
    const StringDict& dict = column.dict();
    bool found = false;
    if (cmp.op == CompareOp::Eq || cmp.op == CompareOp::In) {
        for (const Json& v : wantedValues(cmp)) {
            if (!v.is_string())
                continue;
            const std::string wanted = v.get<std::string>();
            const std::string key = cmp.ignoreCase ? asciiLower(wanted) : wanted;
            bool present = false;
            for (size_t i = 0; i < dict.size() && !present; ++i)
                present = counts[i] > 0 && (cmp.ignoreCase ? asciiLower(dict[i]) == key : dict[i] == key);
            if (present)
                continue;
            Diagnosis d = base;
            d.kind = DiagnosisKind::ValueNotFound;
            d.value = wanted;
            if (const auto best = closestEntry(dict, counts, wanted)) {
                d.suggestion = std::string(dict[*best]);
                d.suggestionCount = counts[*best];
                d.fix = FixKind::ReplaceValue;
            }
            out.push_back(std::move(d));
            found = true;
        }
        return found;
    }
    if (cmp.op == CompareOp::Contains || cmp.op == CompareOp::StartsWith || cmp.op == CompareOp::EndsWith) {
        Diagnosis d = base;
        d.kind = DiagnosisKind::TextNoMatch;
        d.value = jsonValueText(cmp.value);
        if (!cmp.ignoreCase) {
            Comparison folded = cmp;
            folded.ignoreCase = true;
            BoundPredicate p;
            if (!bindPredicate(folded, DataType::String, 0, p) && (d.suggestionCount = countMatches(column, p)) > 0)
                d.fix = FixKind::SetIgnoreCase;
        }
        out.push_back(std::move(d));
        return true;
    }
    // lt / gt / between on text: the range of the values in byte order.
    std::optional<std::string_view> lo, hi;
    for (size_t i = 0; i < dict.size(); ++i)
        if (counts[i] > 0) {
            lo = !lo || dict[i] < *lo ? dict[i] : *lo;
            hi = !hi || dict[i] > *hi ? dict[i] : *hi;
        }
    if (!lo)
        return false;
    Diagnosis d = base;
    d.kind = DiagnosisKind::ValueOutOfRange;
    d.low = std::string(*lo);
    d.high = std::string(*hi);
    out.push_back(std::move(d));
    return true;
}

bool explainNumber(const Column& column, const Comparison& cmp, const BoundPredicate& p, int32_t asOf,
                   const Diagnosis& base, std::vector<Diagnosis>& out)
{
    const ColumnStats stats = computeColumnStats(column, 0, 0);
    if (!stats.hasRange)
        return false;
    Diagnosis d = base;
    d.low = stats.minText();
    d.high = stats.maxText();
    if (cmp.op == CompareOp::WithinLastDays && p.form == Form::IntRange) {
        d.asOf = asOf;
        d.fixDay = dayOf(column.type(), stats.max);
        d.fix = FixKind::SetAsOf;
        if (stats.max < static_cast<double>(p.ilo)) {
            d.kind = DiagnosisKind::WindowAfterData;
            d.dataDay = d.fixDay;
        } else {
            d.kind = DiagnosisKind::WindowBeforeData;
            d.dataDay = dayOf(column.type(), stats.min);
        }
        out.push_back(std::move(d));
        return true;
    }
    if (cmp.op == CompareOp::Eq || cmp.op == CompareOp::In) {
        for (const Json& v : wantedValues(cmp)) {
            Diagnosis one = d;
            one.kind = DiagnosisKind::ValueNotFound;
            one.value = jsonValueText(v);
            out.push_back(std::move(one));
        }
        return !wantedValues(cmp).empty();
    }
    d.kind = DiagnosisKind::ValueOutOfRange;
    out.push_back(std::move(d));
    return true;
}

} // namespace

std::string jsonValueText(const Json& v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_number_integer())
        return std::to_string(v.get<int64_t>());
    if (v.is_number())
        return formatDouble(v.get<double>());
    if (v.is_boolean())
        return v.get<bool>() ? "true" : "false";
    return v.dump();
}

std::string conditionText(const std::string& column, const Comparison& cmp, int32_t asOf)
{
    auto text = [](const Json& j) { return j.is_string() ? "'" + j.get<std::string>() + "'" : jsonValueText(j); };
    auto list = [&] {
        std::string s;
        for (const Json& j : cmp.values)
            s += (s.empty() ? "" : ", ") + text(j);
        return "(" + s + ")";
    };
    const std::string v = text(cmp.value);
    switch (cmp.op) {
    case CompareOp::Eq: return column + " = " + v;
    case CompareOp::Ne: return column + " != " + v;
    case CompareOp::Lt: return column + " < " + v;
    case CompareOp::Le: return column + " <= " + v;
    case CompareOp::Gt: return column + " > " + v;
    case CompareOp::Ge: return column + " >= " + v;
    case CompareOp::Between: return text(cmp.min) + " <= " + column + " <= " + text(cmp.max);
    case CompareOp::In: return column + " in " + list();
    case CompareOp::NotIn: return column + " not in " + list();
    case CompareOp::IsNull: return column + " = NULL";
    case CompareOp::NotNull: return column + " != NULL";
    case CompareOp::Contains: return column + " contains " + v;
    case CompareOp::StartsWith: return column + " starts with " + v;
    case CompareOp::EndsWith: return column + " ends with " + v;
    case CompareOp::IsTrue: return column + " = true";
    case CompareOp::IsFalse: return column + " = false";
    case CompareOp::WithinLastDays:
        return formatDate(static_cast<int32_t>(asOf - cmp.days)) + " <= " + column + " <= " + formatDate(asOf);
    case CompareOp::BeforeDaysAgo: return column + " < " + formatDate(static_cast<int32_t>(asOf - cmp.days));
    }
    return column;
}

size_t countMatches(const Column& column, const BoundPredicate& p)
{
    const size_t n = column.size();
    if (p.form == Form::IsNull)
        return column.nullCount();
    if (p.form == Form::NotNull)
        return n - column.nullCount();
    if (p.form == Form::Never)
        return 0;
    size_t count = 0;
    if (column.type() == DataType::String) {
        std::vector<char> verdict(column.dict().size());
        for (size_t i = 0; i < verdict.size(); ++i)
            verdict[i] = matchString(p, column.dict()[i]) ? 1 : 0;
        for (size_t r = 0; r < n; ++r)
            count += !column.isNull(r) && verdict[static_cast<size_t>(column.codes()[r])];
    } else if (column.type() == DataType::Double) {
        for (size_t r = 0; r < n; ++r)
            count += !column.isNull(r) && matchDouble(p, column.doubleAt(r));
    } else {
        for (size_t r = 0; r < n; ++r)
            count += !column.isNull(r) && matchInt(p, intValue(column, r));
    }
    return count;
}

bool explainNoMatch(const Column& column, const Comparison& cmp, const BoundPredicate& p, int32_t asOf,
                    const Diagnosis& base, std::vector<Diagnosis>& out)
{
    Diagnosis d = base;
    d.op = cmp.op;
    d.condition = conditionText(base.column, cmp, asOf);
    if (p.form == Form::IsNull) {
        d.kind = DiagnosisKind::NoEmptyValues;
        out.push_back(std::move(d));
        return true;
    }
    if (column.size() > 0 && column.nullCount() == column.size()) {
        d.kind = DiagnosisKind::AllEmpty;
        out.push_back(std::move(d));
        return true;
    }
    if (column.type() == DataType::String)
        return explainString(column, cmp, d, out);
    return explainNumber(column, cmp, p, asOf, d, out);
}

} // namespace diagnose_detail

using namespace diagnose_detail;

namespace {

std::optional<size_t> membersOf(const RunResult& run, const std::string& ref)
{
    if (const Bitset* set = run.members(ref))
        return set->count();
    return std::nullopt;
}

class Diagnoser {
public:
    explicit Diagnoser(const Context& ctx) : ctx_(ctx) {}

    void node(const BoundNode& bn, std::vector<Diagnosis>& out)
    {
        const Node& n = *bn.node;
        std::vector<Diagnosis> found;
        if (n.type == NodeType::Derive) {
            if (n.fromEvents)
                explainEvents(ctx_, bn, n.events, found);
        } else {
            setNode(bn, found);
        }
        for (Diagnosis& d : found)
            d.nodeId = n.id;
        byNode_[n.id] = found;
        out.insert(out.end(), found.begin(), found.end());
    }

private:
    Diagnosis emptyInput(const std::string& ref) const
    {
        Diagnosis d;
        d.kind = DiagnosisKind::EmptyInput;
        d.inputs = {ref};
        d.inputSizes = {0};
        const std::string id = splitInputRef(ref).first;
        d.rootNode = id;
        if (auto it = byNode_.find(id); it != byNode_.end() && !it->second.empty()
                                        && it->second.front().kind == DiagnosisKind::EmptyInput)
            d.rootNode = it->second.front().rootNode;
        return d;
    }

    void setNode(const BoundNode& bn, std::vector<Diagnosis>& out)
    {
        const Node& n = *bn.node;
        std::vector<size_t> sizes;
        for (const std::string& ref : n.inputs) {
            const auto size = membersOf(ctx_.run, ref);
            if (!size)
                return; // an input that did not run: its own status says why
            sizes.push_back(*size);
        }
        auto emptyInputs = [&] {
            for (size_t i = 0; i < sizes.size(); ++i)
                if (sizes[i] == 0)
                    out.push_back(emptyInput(n.inputs[i]));
        };
        switch (n.type) {
        case NodeType::And:
            emptyInputs();
            if (out.empty() && !sizes.empty())
                out.push_back(relation(DiagnosisKind::NoCommonMembers, n.inputs, sizes));
            return;
        case NodeType::Or:
            emptyInputs();
            return;
        case NodeType::Except:
            if (sizes.size() == 2)
                out.push_back(sizes[0] == 0 ? emptyInput(n.inputs[0])
                                            : relation(DiagnosisKind::AllExcluded, n.inputs, sizes));
            return;
        case NodeType::Not:
            if (sizes.size() == 1 && sizes[0] == ctx_.run.rows && ctx_.run.rows > 0)
                out.push_back(relation(DiagnosisKind::EveryoneInInput, n.inputs, sizes));
            return;
        default: break;
        }
        emptyInputs();
        if (!out.empty())
            return;
        if (n.type == NodeType::Condition)
            condition(bn, sizes, out);
        else if (n.type == NodeType::Behavior)
            explainEvents(ctx_, bn, n.events, out);
    }

    static Diagnosis relation(DiagnosisKind kind, const std::vector<std::string>& inputs, const std::vector<size_t>& sizes)
    {
        Diagnosis d;
        d.kind = kind;
        d.inputs = inputs;
        d.inputSizes = sizes;
        return d;
    }

    const Column* columnOf(const FieldRef& field) const
    {
        if (field.slot >= 0 && field.slot < ctx_.bound.customerColumns)
            return &ctx_.data.customers.table.columns[static_cast<size_t>(field.slot)];
        if (auto it = ctx_.run.derived.find(field.name); it != ctx_.run.derived.end())
            return it->second.get();
        return nullptr;
    }

    void condition(const BoundNode& bn, const std::vector<size_t>& inputSizes, std::vector<Diagnosis>& out)
    {
        const Node& n = *bn.node;
        const Column* column = columnOf(bn.field);
        if (!column)
            return;
        const size_t matches = countMatches(*column, bn.predicate);
        Diagnosis base;
        base.column = n.condition.field;
        if (matches == 0) {
            explainNoMatch(*column, n.condition.cmp, bn.predicate, ctx_.run.asOf, base, out);
            return;
        }
        if (inputSizes.size() == 1) { // the rule matches, but not among the input's members
            Diagnosis d = relation(DiagnosisKind::NoCommonMembers, n.inputs, inputSizes);
            d.column = base.column;
            d.op = n.condition.cmp.op;
            d.condition = conditionText(base.column, n.condition.cmp, ctx_.run.asOf);
            d.ruleMatches = matches;
            out.push_back(std::move(d));
        }
    }

    const Context& ctx_;
    std::map<std::string, std::vector<Diagnosis>> byNode_;
};

} // namespace

std::vector<Diagnosis> diagnoseEmptyNodes(const Graph& graph, const Dataset& data, const RunResult& run)
{
    const BoundGraph bound = bindGraph(graph, data, run.asOf);
    const Context ctx{graph, data, run, bound};
    Diagnoser diagnoser(ctx);
    std::vector<Diagnosis> out;
    for (const NodeRun& nr : run.nodes) {
        const int index = bound.indexOf(nr.id);
        if (index < 0 || nr.status != NodeStatus::Ok)
            continue;
        const BoundNode& bn = bound.nodes[static_cast<size_t>(index)];
        const bool empty = nr.size && *nr.size == 0;
        const bool eventColumn = bn.node->type == NodeType::Derive && bn.node->fromEvents;
        if (empty || eventColumn)
            diagnoser.node(bn, out);
    }
    return out;
}

} // namespace seg
