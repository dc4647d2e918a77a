// The explainer: one customer through the nodes a segment depends on, each evaluated with the
// definitions the batch kernels share (see explain.h), then the walk back from the segment to
// the node where the exclusion starts.
#include "explain/explain_internal.h"

#include "exec/filter_kernels.h"
#include "exec/runner.h"
#include "exec/split_hash.h"
#include "expr/program.h"
#include "util/error.h"
#include "util/md5.h"

#include <algorithm>

namespace seg {

using namespace explain_detail;


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
        step.value = valueText(v, "NULL");
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
            const auto& ports = bound.nodes[static_cast<size_t>(index)].ports;
            s.reason = exclusionReason(s, wantedPort >= 0 && static_cast<size_t>(wantedPort) < ports.size()
                                              ? std::string_view(ports[static_cast<size_t>(wantedPort)])
                                              : std::string_view());
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
