#include "graph/graph.h"

#include <array>
#include <utility>

namespace seg {

namespace {

// One table per enum keeps name() and parse() from drifting apart.
constexpr std::array<std::pair<NodeType, std::string_view>, 12> kNodeTypeNames{{
    {NodeType::Condition, "condition"},
    {NodeType::Expression, "expression"},
    {NodeType::And, "and"},
    {NodeType::Or, "or"},
    {NodeType::Except, "except"},
    {NodeType::Not, "not"},
    {NodeType::Behavior, "behavior"},
    {NodeType::Derive, "derive"},
    {NodeType::Top, "top"},
    {NodeType::Split, "split"},
    {NodeType::Priority, "priority"},
    {NodeType::Segment, "segment"},
}};

constexpr std::array<std::pair<CompareOp, std::string_view>, 18> kCompareOpNames{{
    {CompareOp::Eq, "eq"},
    {CompareOp::Ne, "ne"},
    {CompareOp::Lt, "lt"},
    {CompareOp::Le, "le"},
    {CompareOp::Gt, "gt"},
    {CompareOp::Ge, "ge"},
    {CompareOp::Between, "between"},
    {CompareOp::In, "in"},
    {CompareOp::NotIn, "not_in"},
    {CompareOp::IsNull, "is_null"},
    {CompareOp::NotNull, "not_null"},
    {CompareOp::Contains, "contains"},
    {CompareOp::StartsWith, "starts_with"},
    {CompareOp::EndsWith, "ends_with"},
    {CompareOp::IsTrue, "is_true"},
    {CompareOp::IsFalse, "is_false"},
    {CompareOp::WithinLastDays, "within_last_days"},
    {CompareOp::BeforeDaysAgo, "before_days_ago"},
}};

constexpr std::array<std::pair<Aggregate, std::string_view>, 5> kAggregateNames{{
    {Aggregate::Count, "count"},
    {Aggregate::Sum, "sum"},
    {Aggregate::Min, "min"},
    {Aggregate::Max, "max"},
    {Aggregate::Avg, "avg"},
}};

template <typename Enum, size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N>& table, Enum value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return name;
    return "?";
}

template <typename Enum, size_t N>
std::optional<Enum> parseName(const std::array<std::pair<Enum, std::string_view>, N>& table, std::string_view text)
{
    for (const auto& [e, name] : table)
        if (name == text)
            return e;
    return std::nullopt;
}

} // namespace

std::string_view nodeTypeName(NodeType t) { return nameOf(kNodeTypeNames, t); }
std::optional<NodeType> parseNodeType(std::string_view s) { return parseName(kNodeTypeNames, s); }
std::string_view compareOpName(CompareOp op) { return nameOf(kCompareOpNames, op); }
std::optional<CompareOp> parseCompareOp(std::string_view s) { return parseName(kCompareOpNames, s); }
std::string_view aggregateName(Aggregate a) { return nameOf(kAggregateNames, a); }
std::optional<Aggregate> parseAggregate(std::string_view s) { return parseName(kAggregateNames, s); }

const Node* Graph::find(std::string_view id) const
{
    for (const Node& node : nodes)
        if (node.id == id)
            return &node;
    return nullptr;
}

Node* Graph::find(std::string_view id)
{
    return const_cast<Node*>(std::as_const(*this).find(id));
}

std::filesystem::path Graph::resolve(const std::string& datasetPath) const
{
    const std::filesystem::path path(datasetPath);
    if (path.is_absolute() || baseDir.empty())
        return path;
    return baseDir / path;
}

std::string Diagnostic::toString() const
{
    std::string out = location;
    if (!nodeId.empty()) {
        if (!out.empty())
            out += ": ";
        out += "node '" + nodeId + "'";
    }
    if (!out.empty())
        out += ": ";
    return out + message;
}

std::pair<std::string, std::string> splitInputRef(std::string_view ref)
{
    // Node ids cannot contain ':', so the first colon separates the port; a port may itself
    // contain colons (a priority port named after the input "sp:test" is "p:sp:test").
    const size_t colon = ref.find(':');
    if (colon == std::string_view::npos)
        return {std::string(ref), std::string()};
    return {std::string(ref.substr(0, colon)), std::string(ref.substr(colon + 1))};
}

} // namespace seg
