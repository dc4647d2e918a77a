// The explanation as text (segstudio-cli explain) and as JSON (--json, the GUI's tests).
#include "explain/explain_internal.h"

#include "data/types.h"

#include <sstream>

namespace seg {

namespace explain_detail {

std::string cellText(const Column& column, size_t row)
{
    return column.isNull(row) ? "NULL" : column.textAt(row);
}

std::string aggregateText(const AggregateValue& a, DataType type)
{
    Value v = Value::nullOf(type);
    v.null = a.null;
    v.i = a.i;
    v.d = a.d;
    return valueText(v, "NULL");
}

namespace {
std::string inQuotes(std::string_view s) { return "'" + std::string(s) + "'"; }
} // namespace

// Why the excluding step keeps the customer out, in one sentence.
std::string exclusionReason(const ExplainStep& s, std::string_view wantedPort)
{
    if (!s.error.empty())
        return "the node could not be evaluated: " + s.error;
    switch (s.type) {
    case NodeType::Condition:
        return s.read.front().name + " = " + s.read.front().value + " does not satisfy " + s.rule;
    case NodeType::Expression: return s.rule + " is " + (s.value == "NULL" ? "NULL" : "false");
    case NodeType::Behavior:
        return s.events->aggregate + " = " + s.events->value + " does not satisfy " + s.rule;
    case NodeType::Top:
        if (s.read.front().value == "NULL")
            return s.read.front().name + " is NULL, so the customer is not ranked";
        return "rank " + std::to_string(s.rank.value_or(0)) + " of " + std::to_string(s.candidates.value_or(0)) +
            " is after the cut at " + std::to_string(s.cut.value_or(0));
    case NodeType::Split:
        if (wantedPort.empty())
            return "the customer is not in this node";
        return "the customer's bucket puts them in " + inQuotes(s.port) + ", not " + inQuotes(wantedPort);
    case NodeType::Priority: return "taken by the earlier " + inQuotes(s.takenBy);
    case NodeType::Except: return "the customer is also in " + inQuotes(s.inputs[1].ref) + ", which this node takes away";
    case NodeType::Not: return "the customer is in " + inQuotes(s.inputs[0].ref);
    default: return "the customer is not in this node";
    }
}

} // namespace explain_detail

namespace {

// Text lines show at most this many events per node (the JSON lists up to ExplainEvents::kListed).
constexpr size_t kTextEvents = 10;

const char* verdictWord(const ExplainStep& s)
{
    if (!s.producesSet)
        return "value";
    return s.member ? "in" : "out";
}

void printStep(std::ostream& os, const ExplainStep& s)
{
    os << "  [" << verdictWord(s) << "]" << std::string(6 - std::string(verdictWord(s)).size(), ' ') << s.title;
    if (s.title != s.node)
        os << " (" << s.node << ")";
    os << " [" << nodeTypeName(s.type) << "]: " << s.rule;
    if (s.excludes)
        os << "   <== first excluding node";
    os << "\n";
    const std::string pad(10, ' ');
    if (!s.error.empty())
        os << pad << "error: " << s.error << "\n";
    for (const auto& r : s.read)
        os << pad << "read " << r.name << " = " << r.value << "\n";
    if (!s.inputs.empty() && s.type != NodeType::Segment) {
        os << pad << "inputs:";
        for (const auto& in : s.inputs)
            os << " " << in.ref << (in.member ? " (in)" : " (out)");
        os << "\n";
    }
    if (s.events) {
        const ExplainEvents& e = *s.events;
        os << pad << "events: " << e.total << " in all, " << e.inWindow << " of its type in the window, " << e.matched
           << " matched; " << e.aggregate << " = " << e.value << "\n";
        for (size_t i = 0; i < e.listed.size() && i < kTextEvents; ++i) {
            const ExplainEvent& ev = e.listed[i];
            os << pad << "  " << ev.time << (ev.type.empty() ? "" : " " + ev.type)
               << (ev.value.empty() ? "" : " value " + ev.value);
            for (const auto& w : ev.where)
                os << ", " << w.name << " " << w.value;
            os << (ev.matched ? " (matched)" : " (not matched)") << "\n";
        }
        if (e.inWindow > kTextEvents)
            os << pad << "  ... " << (e.inWindow - kTextEvents) << " more (see --json)\n";
    } else if (!s.value.empty()) {
        os << pad << "value = " << s.value << "\n";
    }
    if (s.cut) {
        os << pad << "rank " << (s.rank ? std::to_string(*s.rank) : std::string("none (not a candidate)")) << " of "
           << *s.candidates << " candidates; the cut keeps the first " << *s.cut << "\n";
    }
    if (s.bucket) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.4f", *s.bucket);
        os << pad << "bucket " << buffer << " of 100 -> " << s.port << "\n";
    }
    if (!s.takenBy.empty())
        os << pad << "taken by " << s.takenBy << "\n";
    if (s.excludes)
        os << pad << "why: " << s.reason << "\n";
}

Json stepJson(const ExplainStep& s)
{
    Json j = Json::object();
    j["node"] = s.node;
    j["type"] = std::string(nodeTypeName(s.type));
    j["title"] = s.title;
    j["rule"] = s.rule;
    j["verdict"] = verdictWord(s);
    if (s.producesSet) {
        j["member"] = s.member;
        j["passes_own_rule"] = s.ownTest;
    }
    Json read = Json::array();
    for (const auto& r : s.read)
        read.push_back(Json{{"name", r.name}, {"value", r.value}});
    j["read"] = std::move(read);
    if (!s.inputs.empty()) {
        Json inputs = Json::array();
        for (const auto& in : s.inputs)
            inputs.push_back(Json{{"ref", in.ref}, {"member", in.member}});
        j["inputs"] = std::move(inputs);
    }
    if (!s.value.empty())
        j["value"] = s.value;
    if (s.events) {
        const ExplainEvents& e = *s.events;
        Json events = Json::array();
        for (const ExplainEvent& ev : e.listed) {
            Json x{{"row", ev.row}, {"time", ev.time}, {"matched", ev.matched}};
            if (!ev.type.empty())
                x["type"] = ev.type;
            if (!ev.value.empty())
                x["value"] = ev.value;
            if (!ev.where.empty()) {
                Json where = Json::object();
                for (const auto& w : ev.where)
                    where[w.name] = w.value;
                x["where"] = std::move(where);
            }
            events.push_back(std::move(x));
        }
        j["events"] = Json{{"total", e.total}, {"in_window", e.inWindow}, {"matched", e.matched},
                           {"aggregate", e.aggregate}, {"value", e.value}, {"listed", std::move(events)}};
    }
    if (s.cut) {
        j["rank"] = s.rank ? Json(*s.rank) : Json(nullptr);
        j["cut"] = *s.cut;
        j["candidates"] = *s.candidates;
    }
    if (s.bucket)
        j["bucket"] = *s.bucket;
    if (!s.port.empty())
        j["port"] = s.port;
    if (!s.takenBy.empty())
        j["taken_by"] = s.takenBy;
    if (!s.error.empty())
        j["error"] = s.error;
    if (s.excludes) {
        j["excludes"] = true;
        j["reason"] = s.reason;
    }
    return j;
}

} // namespace

std::string Explanation::toString() const
{
    std::ostringstream os;
    os << "customer " << key << " (as of " << asOf << ")\n";
    for (const SegmentExplanation& seg : segments) {
        os << "\nsegment " << seg.name;
        if (seg.name != seg.id)
            os << " (" << seg.id << ")";
        os << ": " << (seg.member ? "MEMBER" : "NOT A MEMBER") << "\n";
        if (const ExplainStep* x = seg.excluding())
            os << "  first excluding node: " << x->title << ": " << x->reason << "\n";
        for (const ExplainStep& s : seg.path)
            printStep(os, s);
    }
    return os.str();
}

Json Explanation::toJson() const
{
    Json out = Json::object();
    out["key"] = key;
    out["as_of"] = asOf;
    Json list = Json::array();
    for (const SegmentExplanation& seg : segments) {
        Json j = Json::object();
        j["id"] = seg.id;
        j["name"] = seg.name;
        j["member"] = seg.member;
        const ExplainStep* x = seg.excluding();
        j["first_excluding"] = x ? Json(x->node) : Json(nullptr);
        if (x)
            j["reason"] = x->reason;
        Json path = Json::array();
        for (const ExplainStep& s : seg.path)
            path.push_back(stepJson(s));
        j["path"] = std::move(path);
        list.push_back(std::move(j));
    }
    out["segments"] = std::move(list);
    return out;
}

} // namespace seg
