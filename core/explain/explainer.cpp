// The explainer: one customer through the nodes a segment depends on, each evaluated with the
// definitions the batch kernels share (see explain.h), then the walk back from the segment to
// the node where the exclusion starts.
#include "explain/explain_internal.h"

#include "exec/filter_kernels.h"
#include "exec/node_task.h"
#include "exec/runner.h"
#include "exec/split_hash.h"
#include "expr/program.h"
#include "live/live_top.h"
#include "util/error.h"
#include "util/md5.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <mutex>
#include <numeric>

namespace seg {

using namespace explain_detail;

struct Explainer::State {
    const Graph& graph;
    const Dataset& data;
    const RunResult& batch;
    BoundGraph bound;
    std::vector<const Column*> slots; // customer columns, then the batch's derived columns (null: not computed)
    // top nodes: the 1-based rank of every candidate (0: not a candidate), computed on first use.
    mutable std::mutex topMutex;
    mutable std::map<int, std::vector<uint32_t>> topRanks;
    mutable std::map<int, size_t> topCandidates;

    State(const Graph& g, const Dataset& d, const RunResult& r) : graph(g), data(d), batch(r) {}

    // Per explained customer: the step and the port index (-1: none / not a member) of each node.
    struct Walk {
        uint32_t row = 0;
        std::vector<std::optional<ExplainStep>> steps;
        std::vector<int> port;
    };

    bool inputMember(const Walk& w, const InputRef& in) const
    {
        const auto& s = w.steps[static_cast<size_t>(in.node)];
        return s && s->member && (in.port < 0 || w.port[static_cast<size_t>(in.node)] == in.port);
    }
    const Column* slotColumn(int slot) const { return slot >= 0 ? slots[static_cast<size_t>(slot)] : nullptr; }
    void evaluate(int index, Walk& w) const;
    void evaluateTop(const BoundNode& b, int index, bool input, ExplainStep& step, Walk& w) const;
    const std::vector<uint32_t>& ranksOf(int index) const;
};

namespace {

// Every node the segment depends on (explicit inputs and derived columns), dependencies first.
std::vector<int> ancestorsInOrder(const BoundGraph& bound, int segment)
{
    std::vector<char> wanted(bound.nodes.size(), 0);
    std::vector<int> stack{segment};
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        if (wanted[static_cast<size_t>(n)])
            continue;
        wanted[static_cast<size_t>(n)] = 1;
        for (int d : bound.nodes[static_cast<size_t>(n)].deps)
            stack.push_back(d);
    }
    std::vector<int> out;
    for (int n : bound.topoOrder)
        if (wanted[static_cast<size_t>(n)])
            out.push_back(n);
    return out;
}

} // namespace

Explainer::Explainer(const Graph& graph, const Dataset& data, const RunResult& batch)
    : s_(std::make_unique<State>(graph, data, batch))
{
    s_->bound = bindGraph(graph, data, batch.asOf);
    if (!s_->bound.diagnostics.empty())
        throw Error(describeProblems(s_->bound.diagnostics));
    const int customerColumns = s_->bound.customerColumns;
    s_->slots.assign(static_cast<size_t>(customerColumns) + s_->bound.derivedSlots.size(), nullptr);
    for (int c = 0; c < customerColumns; ++c)
        s_->slots[static_cast<size_t>(c)] = &data.customers.table.columns[static_cast<size_t>(c)];
    for (size_t d = 0; d < s_->bound.derivedSlots.size(); ++d) {
        auto it = batch.derived.find(s_->bound.derivedSlots[d].name);
        if (it != batch.derived.end() && it->second && it->second->size() == data.customers.rows())
            s_->slots[static_cast<size_t>(customerColumns) + d] = it->second.get();
    }
}

Explainer::~Explainer() = default;

std::optional<uint32_t> Explainer::rowOfKey(std::string_view key) const
{
    const Column& k = s_->data.customers.key();
    const size_t rows = s_->data.customers.rows();
    if (k.type() == DataType::String) {
        for (size_t r = 0; r < rows; ++r)
            if (!k.isNull(r) && k.stringAt(r) == key)
                return static_cast<uint32_t>(r);
        return std::nullopt;
    }
    if (k.type() == DataType::Int) {
        const auto v = parseInt64(key);
        if (!v)
            return std::nullopt;
        for (size_t r = 0; r < rows; ++r)
            if (!k.isNull(r) && k.intAt(r) == *v)
                return static_cast<uint32_t>(r);
        return std::nullopt;
    }
    for (size_t r = 0; r < rows; ++r)
        if (k.textAt(r) == key)
            return static_cast<uint32_t>(r);
    return std::nullopt;
}

const std::vector<uint32_t>& Explainer::State::ranksOf(int index) const
{
    std::lock_guard lock(topMutex);
    auto found = topRanks.find(index);
    if (found != topRanks.end())
        return found->second;
    // The candidates of the batch cut (input members with a value), ordered as the batch and
    // the live top order them (LiveTop::Before: value, then key).
    const BoundNode& b = bound.nodes[static_cast<size_t>(index)];
    const Column& field = *slotColumn(b.field.slot);
    const Bitset* input = b.inputs.empty() ? nullptr : batch.members(b.node->inputs[0]);
    const size_t rows = data.customers.rows();
    std::vector<LiveTop::Entry> entries;
    std::vector<std::string> strings(field.type() == DataType::String ? rows : 0);
    for (size_t r = 0; r < rows; ++r) {
        if (field.isNull(r) || (input && !input->test(r)) || (!b.inputs.empty() && !input))
            continue;
        LiveTop::Entry e;
        e.row = static_cast<uint32_t>(r);
        switch (field.type()) {
        case DataType::Double: {
            const double d = field.doubleAt(r);
            std::memcpy(&e.raw, &d, sizeof d);
            break;
        }
        case DataType::String: strings[r] = std::string(field.stringAt(r)); break;
        case DataType::Date: e.raw = static_cast<uint64_t>(int64_t{field.dateAt(r)}); break;
        case DataType::Bool: e.raw = field.boolAt(r) ? 1 : 0; break;
        default: e.raw = static_cast<uint64_t>(field.intAt(r)); break;
        }
        entries.push_back(e);
    }
    std::sort(entries.begin(), entries.end(),
              LiveTop::Before{field.type(), b.node->ascending, &data.customers.key(), &strings});
    std::vector<uint32_t> ranks(rows, 0);
    for (size_t i = 0; i < entries.size(); ++i)
        ranks[entries[i].row] = static_cast<uint32_t>(i + 1);
    topCandidates[index] = entries.size();
    return topRanks.emplace(index, std::move(ranks)).first->second;
}

void Explainer::State::evaluateTop(const BoundNode& b, int index, bool input, ExplainStep& step, Walk& w) const
{
    const Column* field = slotColumn(b.field.slot);
    step.read.push_back({b.field.name, cellText(*field, w.row)});
    const std::vector<uint32_t>& ranks = ranksOf(index);
    size_t n = 0;
    {
        std::lock_guard lock(topMutex);
        n = topCandidates[index];
    }
    const size_t k = topCount(n, *b.node);
    step.candidates = n;
    step.cut = k;
    const uint32_t rank = ranks[w.row];
    if (rank > 0)
        step.rank = rank;
    // Its own test: a candidate within the cut. A customer outside the input is not ranked.
    step.ownTest = input && !field->isNull(w.row) && rank > 0 && rank <= k;
    step.member = step.ownTest;
}

void Explainer::State::evaluate(int index, Walk& w) const
{
    const BoundNode& b = bound.nodes[static_cast<size_t>(index)];
    const Node& node = *b.node;
    const uint32_t row = w.row;
    ExplainStep step;
    step.node = node.id;
    step.type = node.type;
    step.title = node.displayName();
    step.rule = ruleText(node);
    step.producesSet = b.producesSet;
    for (size_t i = 0; i < b.inputs.size(); ++i)
        step.inputs.push_back({node.inputs[i], inputMember(w, b.inputs[i])});
    const bool input = b.inputs.empty() || inputMember(w, b.inputs[0]);
    int port = -1;

    auto finish = [&] {
        if (!step.member)
            port = -1;
        w.port[static_cast<size_t>(index)] = port;
        w.steps[static_cast<size_t>(index)] = std::move(step);
    };
    if (!b.runtimeError.empty()) {
        step.error = b.runtimeError;
        return finish();
    }
    // A column the node reads that the batch run did not compute (its derive node failed).
    auto missing = [&](int slot) {
        if (slotColumn(slot))
            return false;
        step.error = "column '" + bound.derivedSlots[static_cast<size_t>(slot - bound.customerColumns)].name +
            "' was not computed in the run";
        return true;
    };
    auto evalExpression = [&](Value& v) {
        std::vector<int> used;
        for (int n : b.expr->order) {
            const expr::PNode& p = b.expr->nodes[static_cast<size_t>(n)];
            if (p.op == expr::Op::Column && std::find(used.begin(), used.end(), p.slot) == used.end())
                used.push_back(p.slot);
        }
        for (int slot : used) {
            if (missing(slot))
                return false;
            step.read.push_back({slotColumn(slot)->name(), cellText(*slotColumn(slot), row)});
        }
        const EvalContext ctx{std::span<const Column* const>(slots), bound.asOf, 0};
        v = evalRow(*b.expr, ctx, row);
        step.value = valueText(v);
        return true;
    };
    auto evalEvents = [&](AggregateValue& a) {
        if (!data.events) {
            step.error = data.eventsError.empty() ? "no events loaded" : data.eventsError;
            return false;
        }
        step.events = explainEvents(b.events, node, *data.events, row, a);
        step.value = step.events->value;
        return true;
    };

    switch (node.type) {
    case NodeType::Condition:
        if (missing(b.field.slot))
            break;
        step.read.push_back({b.field.name, cellText(*slotColumn(b.field.slot), row)});
        step.ownTest = matchesRow(*slotColumn(b.field.slot), b.predicate, row);
        step.member = input && step.ownTest;
        break;
    case NodeType::Expression: {
        Value v;
        if (!evalExpression(v))
            break;
        step.ownTest = !v.null && v.i != 0;
        step.member = input && step.ownTest;
        break;
    }
    case NodeType::Behavior: {
        AggregateValue a;
        if (!evalEvents(a))
            break;
        step.ownTest = aggregateMatches(a, b.events.resultType, b.predicate);
        step.member = input && step.ownTest;
        break;
    }
    case NodeType::Derive: {
        if (node.fromEvents) {
            AggregateValue a;
            evalEvents(a);
        } else {
            Value v;
            evalExpression(v);
        }
        break;
    }
    case NodeType::And:
        step.member = std::all_of(step.inputs.begin(), step.inputs.end(), [](const auto& in) { return in.member; });
        step.ownTest = step.member;
        break;
    case NodeType::Or:
        step.member = std::any_of(step.inputs.begin(), step.inputs.end(), [](const auto& in) { return in.member; });
        step.ownTest = step.member;
        break;
    case NodeType::Except:
        step.ownTest = !step.inputs[1].member;
        step.member = step.inputs[0].member && step.ownTest;
        break;
    case NodeType::Not:
        step.member = step.ownTest = !step.inputs[0].member;
        break;
    case NodeType::Top:
        if (missing(b.field.slot))
            break;
        if (!b.inputs.empty() && !batch.members(node.inputs[0])) {
            step.error = "the input '" + node.inputs[0] + "' was not computed in the run";
            break;
        }
        evaluateTop(b, index, input, step, w);
        break;
    case NodeType::Split: {
        // The bucket: md5Prefix32(seed ":" key) as a share of 2^32, cut at the cumulative
        // percents (splitPartStarts), exactly as the batch and live splits assign parts.
        const uint32_t h = md5Prefix32(node.seed + ":" + data.customers.key().textAt(row));
        const std::vector<uint64_t> starts = splitPartStarts(b.cumulative);
        size_t part = 0;
        while (part < starts.size() && h >= starts[part])
            ++part;
        step.read.push_back({data.customers.key().name(), data.customers.key().textAt(row)});
        step.bucket = 100.0 * static_cast<double>(h) / 4294967296.0;
        step.ownTest = true;
        step.member = input;
        port = static_cast<int>(part);
        step.port = b.ports[part];
        break;
    }
    case NodeType::Priority:
        for (size_t i = 0; i < step.inputs.size(); ++i)
            if (step.inputs[i].member) {
                port = static_cast<int>(i);
                step.port = b.ports[i];
                step.takenBy = step.inputs[i].ref;
                break;
            }
        step.member = step.ownTest = port >= 0;
        break;
    case NodeType::Segment:
        step.member = input;
        step.ownTest = true;
        break;
    }
    finish();
}

namespace {

std::string inQuotes(std::string_view s) { return "'" + std::string(s) + "'"; }

// Why the excluding step keeps the customer out, in one sentence.
std::string exclusionReason(const ExplainStep& s, const BoundNode& b, int wantedPort)
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
        if (wantedPort < 0)
            return "the customer is not in this node";
        return "the customer's bucket puts them in " + inQuotes(s.port) + ", not " +
            inQuotes(b.ports[static_cast<size_t>(wantedPort)]);
    case NodeType::Priority: return "taken by the earlier " + inQuotes(s.takenBy);
    case NodeType::Except: return "the customer is also in " + inQuotes(s.inputs[1].ref) + ", which this node takes away";
    case NodeType::Not: return "the customer is in " + inQuotes(s.inputs[0].ref);
    default: return "the customer is not in this node";
    }
}

} // namespace

SegmentExplanation Explainer::explainSegment(uint32_t row, std::string_view segmentId) const
{
    const BoundGraph& bound = s_->bound;
    const int segment = bound.indexOf(segmentId);
    if (segment < 0 || !bound.nodes[static_cast<size_t>(segment)].producesSet)
        throw Error("'" + std::string(segmentId) + "' is not a node that selects customers");
    State::Walk w;
    w.row = row;
    w.steps.resize(bound.nodes.size());
    w.port.assign(bound.nodes.size(), -1);
    const std::vector<int> order = ancestorsInOrder(bound, segment);
    for (int index : order)
        s_->evaluate(index, w);

    SegmentExplanation out;
    const Node& node = *bound.nodes[static_cast<size_t>(segment)].node;
    out.id = node.id;
    out.name = node.displayName();
    out.member = w.steps[static_cast<size_t>(segment)]->member;
    // From the segment back along the inputs that keep the customer out, to the node where the
    // exclusion starts: the first one, read from the data to the segment.
    int excluding = -1, wantedPort = -1;
    if (!out.member) {
        InputRef at{segment, -1};
        for (;;) {
            const BoundNode& b = bound.nodes[static_cast<size_t>(at.node)];
            const ExplainStep& s = *w.steps[static_cast<size_t>(at.node)];
            std::optional<InputRef> next;
            auto firstOut = [&]() -> std::optional<InputRef> {
                for (const InputRef& in : b.inputs)
                    if (!s_->inputMember(w, in))
                        return in;
                return std::nullopt;
            };
            if (s.error.empty()) {
                switch (s.type) {
                case NodeType::And:
                case NodeType::Or: next = firstOut(); break;
                case NodeType::Except:
                case NodeType::Not:
                    if (!s.inputs[0].member && s.type == NodeType::Except)
                        next = b.inputs[0];
                    break;
                case NodeType::Priority:
                    // Out of port p: an earlier input took the customer (this node excludes),
                    // or input p itself does not hold them.
                    if (at.port < 0)
                        next = firstOut();
                    else if (!s_->inputMember(w, b.inputs[static_cast<size_t>(at.port)]))
                        next = b.inputs[static_cast<size_t>(at.port)];
                    break;
                default:
                    if (!b.inputs.empty() && !s_->inputMember(w, b.inputs[0]))
                        next = b.inputs[0];
                    break;
                }
            }
            if (!next) {
                excluding = at.node;
                wantedPort = at.port;
                break;
            }
            at = *next;
        }
    }
    for (int index : order) {
        ExplainStep& s = *w.steps[static_cast<size_t>(index)];
        if (index == excluding) {
            s.excludes = true;
            s.reason = exclusionReason(s, bound.nodes[static_cast<size_t>(index)], wantedPort);
            out.firstExcluding = static_cast<int>(out.path.size());
        }
        out.path.push_back(std::move(s));
    }
    return out;
}

Explanation Explainer::explain(std::string_view key, std::optional<std::string> segmentId) const
{
    const auto row = rowOfKey(key);
    if (!row)
        throw Error("no customer with key '" + std::string(key) + "' in " + s_->graph.customers.path);
    Explanation out;
    out.key = std::string(key);
    out.row = *row;
    out.asOf = formatDate(s_->batch.asOf);
    if (segmentId) {
        const Node* node = s_->graph.find(*segmentId);
        if (!node || node->type != NodeType::Segment)
            throw Error("'" + *segmentId + "' is not a segment of the graph");
        out.segments.push_back(explainSegment(*row, *segmentId));
        return out;
    }
    for (const Node& n : s_->graph.nodes)
        if (n.type == NodeType::Segment)
            out.segments.push_back(explainSegment(*row, n.id));
    return out;
}

} // namespace seg
