#include "live/live_engine.h"
#include "live/live_values.h"

#include "exec/filter_kernels.h"
#include "exec/split_hash.h"
#include "expr/program.h"
#include "util/error.h"
#include "util/md5.h"

#include <algorithm>
#include <limits>
#include <sstream>

namespace seg {

using namespace live_detail;

namespace {

std::string hexDigest(std::string_view text, size_t bytes)
{
    static const char* hex = "0123456789abcdef";
    const auto d = md5(text);
    std::string out;
    for (size_t i = 0; i < bytes; ++i) {
        out.push_back(hex[d[i] >> 4]);
        out.push_back(hex[d[i] & 15]);
    }
    return out;
}

} // namespace

LiveEngine::LiveEngine(const Graph& graph, const Dataset& data, int32_t asOf) : graph_(graph), data_(data)
{
    customers_ = data.customers.rows();
    key_ = &data.customers.key();
    rebind(asOf);

    tops_.resize(bound_.nodes.size());
    for (int index : plan_.order) {
        const BoundNode& b = bound_.nodes[static_cast<size_t>(index)];
        if (b.producesSet)
            member_.addNode(static_cast<size_t>(index), !b.ports.empty());
        if (b.node->type == NodeType::Top)
            tops_[static_cast<size_t>(index)] =
                std::make_unique<LiveTop>(*b.node, b.field.type, &key_, customers_);
    }
    member_.allocate(customers_);
    derived_.resize(bound_.derivedSlots.size());
    for (size_t s = 0; s < derived_.size(); ++s)
        derived_[s].init(customers_, bound_.derivedSlots[s].type);
    if (plan_.keptColumns.size() > 32)
        throw Error("the graph's event nodes read " + std::to_string(plan_.keptColumns.size()) +
                    " event columns; live evaluation keeps at most 32 per event");
    stride_ = EventList::strideFor(plan_.keptColumns.size());
    for (int column : plan_.keptColumns)
        if (data.events)
            keptIsDouble_.push_back(data.events->table.columns[static_cast<size_t>(column)].type() == DataType::Double);
    events_.resize(customers_);
    scheduled_.assign(customers_, kNoDeadline);
    dirtyFlag_.assign(customers_, 0);
    const Column& key = data.customers.key();
    if (key.type() == DataType::Int)
        intKeys_.reserve(customers_);
    for (size_t r = 0; r < customers_; ++r) {
        if (key.type() == DataType::Int)
            intKeys_.insert(key.intAt(r), static_cast<uint32_t>(r));
        else
            textKeys_.emplace(key.textAt(r), static_cast<uint32_t>(r));
    }
}

void LiveEngine::rebind(int32_t day)
{
    clock_ = day;
    bound_ = bindGraph(graph_, data_, day);
    plan_ = buildLivePlan(bound_);
    const size_t nodes = bound_.nodes.size();
    splitStarts_.assign(nodes, {});
    exprSlots_.assign(nodes, {});
    for (int index : plan_.order) {
        const BoundNode& b = bound_.nodes[static_cast<size_t>(index)];
        if (b.node->type == NodeType::Split)
            splitStarts_[static_cast<size_t>(index)] = splitPartStarts(b.cumulative);
        if (b.expr)
            for (int n : b.expr->order) {
                const expr::PNode& p = b.expr->nodes[static_cast<size_t>(n)];
                if (p.op == expr::Op::Column)
                    exprSlots_[static_cast<size_t>(index)].push_back(p.slot);
            }
    }
    const size_t slotCount = static_cast<size_t>(bound_.customerColumns) + bound_.derivedSlots.size();
    slots_.assign(slotCount, nullptr);
    for (int c = 0; c < bound_.customerColumns; ++c)
        slots_[static_cast<size_t>(c)] = &data_.customers.table.columns[static_cast<size_t>(c)];
    frame_.resize(slotCount);
    framePointers_.assign(slotCount, nullptr);
}

void LiveEngine::start(const std::function<bool(size_t)>& keepEventRow)
{
    if (data_.events && !plan_.eventNodes.empty()) {
        const EventTable& ev = *data_.events;
        std::vector<Value> columns(ev.table.columns.size());
        for (size_t r = 0; r < customers_; ++r)
            for (uint64_t e = ev.offsets[r]; e < ev.offsets[r + 1]; ++e) {
                if (keepEventRow && !keepEventRow(e))
                    continue;
                for (size_t c = 0; c < columns.size(); ++c)
                    columns[c] = valueAt(ev.table.columns[c], e);
                storeEvent(static_cast<uint32_t>(r), columns);
            }
    }
    std::vector<uint32_t> all(customers_);
    for (size_t r = 0; r < customers_; ++r)
        all[r] = static_cast<uint32_t>(r);
    recompute(all, nullptr, nullptr);
}

Value LiveEngine::customerValue(uint32_t row, int column) const
{
    auto it = profiles_.find(row);
    if (it != profiles_.end())
        return it->second[static_cast<size_t>(column)];
    return valueAt(data_.customers.table.columns[static_cast<size_t>(column)], row);
}

Value LiveEngine::slotValue(int slot, uint32_t row) const
{
    if (slot < bound_.customerColumns)
        return customerValue(row, slot);
    return derived_[static_cast<size_t>(slot - bound_.customerColumns)].get(row);
}

bool LiveEngine::fieldMatches(const FieldRef& field, const BoundPredicate& p, uint32_t row) const
{
    if (field.slot < bound_.customerColumns && !profiles_.count(row))
        return matchesRow(*slots_[static_cast<size_t>(field.slot)], p, row);
    return matchesValue(p, slotValue(field.slot, row));
}

Value LiveEngine::exprValue(int index, uint32_t row)
{
    const BoundNode& b = bound_.nodes[static_cast<size_t>(index)];
    const auto& used = exprSlots_[static_cast<size_t>(index)];
    const bool direct = !profiles_.count(row) &&
        std::all_of(used.begin(), used.end(), [&](int s) { return s < bound_.customerColumns; });
    if (direct) {
        EvalContext ctx{std::span<const Column* const>(slots_), clock_, 0};
        return evalRow(*b.expr, ctx, row);
    }
    // Values that exist only in the live state (profile updates, derived values): the
    // expression reads them from one-row columns, through the same evaluator.
    std::fill(framePointers_.begin(), framePointers_.end(), nullptr);
    for (int s : used) {
        const size_t i = static_cast<size_t>(s);
        const FieldRef& ref = s < bound_.customerColumns
            ? FieldRef{slots_[i]->name(), slots_[i]->type(), s}
            : bound_.derivedSlots[i - static_cast<size_t>(bound_.customerColumns)];
        frame_[i] = Column(ref.name, ref.type);
        appendValue(frame_[i], slotValue(s, row));
        framePointers_[i] = &frame_[i];
    }
    EvalContext ctx{std::span<const Column* const>(framePointers_), clock_, 0};
    return evalRow(*b.expr, ctx, 0);
}

uint8_t LiveEngine::evalNode(int index, uint32_t row)
{
    const BoundNode& b = bound_.nodes[static_cast<size_t>(index)];
    const bool input = b.inputs.empty() || inputMember(b.inputs[0], row);
    switch (b.node->type) {
    case NodeType::Condition: return input && fieldMatches(b.field, b.predicate, row);
    case NodeType::Expression: {
        if (!input)
            return 0;
        const Value v = exprValue(index, row);
        return !v.null && v.i != 0;
    }
    case NodeType::And:
        return std::all_of(b.inputs.begin(), b.inputs.end(), [&](const InputRef& in) { return inputMember(in, row); });
    case NodeType::Or:
        return std::any_of(b.inputs.begin(), b.inputs.end(), [&](const InputRef& in) { return inputMember(in, row); });
    case NodeType::Except: return inputMember(b.inputs[0], row) && !inputMember(b.inputs[1], row);
    case NodeType::Not: return !inputMember(b.inputs[0], row);
    case NodeType::Behavior: {
        if (!input)
            return 0;
        const AggregateValue a = aggregateOf(plan_.eventNodeOf[static_cast<size_t>(index)], row);
        return aggregateMatches(a, b.events.resultType, b.predicate);
    }
    case NodeType::Derive: {
        DerivedStore& out = derived_[static_cast<size_t>(b.derivedSlot - bound_.customerColumns)];
        if (b.node->fromEvents)
            out.set(row, aggregateToValue(aggregateOf(plan_.eventNodeOf[static_cast<size_t>(index)], row),
                                          b.derivedType));
        else
            out.set(row, exprValue(index, row));
        return 0;
    }
    case NodeType::Split: {
        if (!input)
            return 0;
        const std::string text = b.node->seed + ":" + key_->textAt(row);
        const uint32_t h = md5Prefix32(text);
        const auto& starts = splitStarts_[static_cast<size_t>(index)];
        size_t part = 0;
        while (part < starts.size() && h >= starts[part])
            ++part;
        return static_cast<uint8_t>(part + 1);
    }
    case NodeType::Priority:
        for (size_t i = 0; i < b.inputs.size(); ++i)
            if (inputMember(b.inputs[i], row))
                return static_cast<uint8_t>(i + 1);
        return 0;
    case NodeType::Segment: return input;
    case NodeType::Top: break; // recompute() handles the whole cut
    }
    return 0;
}

void LiveEngine::recompute(std::vector<uint32_t>& dirty, const LiveCause* cause, std::vector<LiveChange>* out,
                           uint64_t eventMask)
{
    for (uint32_t r : dirty)
        dirtyFlag_[r] = 1;
    std::vector<uint32_t>& moved = movedScratch_;
    const bool all = eventMask == ~uint64_t{0};
    for (int index : plan_.order) {
        if (!all && !(plan_.eventReach[static_cast<size_t>(index)] & eventMask))
            continue; // depends on no event node that considers this event: unchanged
        const BoundNode& b = bound_.nodes[static_cast<size_t>(index)];
        const auto member = member_[static_cast<size_t>(index)];
        if (b.node->type == NodeType::Top) {
            LiveTop& top = *tops_[static_cast<size_t>(index)];
            const size_t before = dirty.size();
            for (size_t i = 0; i < before; ++i) {
                const uint32_t r = dirty[i];
                const bool input = b.inputs.empty() || inputMember(b.inputs[0], r);
                top.set(r, input ? slotValue(b.field.slot, r) : Value::nullOf(b.field.type));
            }
            moved.clear();
            top.settle(moved);
            for (uint32_t r : moved) {
                member.set(r, top.member(r));
                if (!dirtyFlag_[r]) { // moved over the cut: evaluate its dependents too
                    dirtyFlag_[r] = 1;
                    dirty.push_back(r);
                }
            }
            continue;
        }
        const bool isSegment = b.node->type == NodeType::Segment;
        for (uint32_t r : dirty) {
            const uint8_t v = evalNode(index, r);
            if (!b.producesSet)
                continue;
            if (isSegment && out && v != member.get(r))
                emit(b, r, v != 0, *cause, *out);
            member.set(r, v);
        }
    }
    for (uint32_t r : dirty) {
        dirtyFlag_[r] = 0;
        schedule(r);
    }
}

void LiveEngine::emit(const BoundNode& segment, uint32_t row, bool enter, const LiveCause& cause,
                      std::vector<LiveChange>& out) const
{
    LiveChange c;
    c.segment = segment.node->id;
    c.key = key_->textAt(row);
    c.enter = enter;
    c.cause = cause.text();
    c.changeId = hexDigest(c.segment + '\n' + c.key + '\n' + (enter ? "enter" : "exit") + '\n' + c.cause, 12);
    out.push_back(std::move(c));
}

void LiveEngine::setTopCut(int index, std::optional<LiveTop::GlobalCut> cut, std::vector<LiveChange>& out)
{
    tops_[static_cast<size_t>(index)]->setGlobalCut(std::move(cut));
    // No customer changed: the pass settles every top (this one moves its cut) and evaluates
    // only the customers a cut moved over, through the nodes after it.
    const std::string id = bound_.nodes[static_cast<size_t>(index)].node->id;
    const LiveCause cause{"top:", id};
    dirtyScratch_.clear();
    recompute(dirtyScratch_, &cause, &out);
}

void LiveEngine::addEvent(uint32_t row, const std::vector<Value>& columns, const LiveCause& cause,
                          std::vector<LiveChange>& out)
{
    const uint64_t mask = storeEvent(row, columns);
    if (mask == 0)
        return; // no node considers this event: no customer state changed
    dirtyScratch_.assign(1, row);
    recompute(dirtyScratch_, &cause, &out, mask);
}

void LiveEngine::setProfile(uint32_t row, const std::vector<std::pair<int, Value>>& values, const LiveCause& cause,
                            std::vector<LiveChange>& out)
{
    auto [it, inserted] = profiles_.try_emplace(row);
    if (inserted)
        for (int c = 0; c < bound_.customerColumns; ++c)
            it->second.push_back(valueAt(data_.customers.table.columns[static_cast<size_t>(c)], row));
    for (const auto& [column, v] : values)
        it->second[static_cast<size_t>(column)] = v;
    std::vector<uint32_t> dirty{row};
    recompute(dirty, &cause, &out);
}

std::optional<uint32_t> LiveEngine::rowOfKey(std::string_view key) const
{
    if (data_.customers.key().type() == DataType::Int) {
        const auto v = parseInt64(key);
        if (!v)
            return std::nullopt;
        const int64_t row = intKeys_.find(*v);
        return row < 0 ? std::nullopt : std::optional<uint32_t>(static_cast<uint32_t>(row));
    }
    auto it = textKeys_.find(std::string(key));
    return it == textKeys_.end() ? std::nullopt : std::optional<uint32_t>(it->second);
}

Bitset LiveEngine::members(std::string_view ref) const
{
    const auto [id, port] = splitInputRef(ref);
    const int index = bound_.indexOf(id);
    Bitset out(customers_);
    if (index < 0 || !member_.has(static_cast<size_t>(index)))
        return out;
    const BoundNode& b = bound_.nodes[static_cast<size_t>(index)];
    int portIndex = -1;
    if (!port.empty()) {
        auto it = std::find(b.ports.begin(), b.ports.end(), port);
        if (it == b.ports.end())
            return out;
        portIndex = static_cast<int>(it - b.ports.begin());
    }
    const auto member = member_[static_cast<size_t>(index)];
    for (size_t r = 0; r < customers_; ++r)
        if (portIndex < 0 ? member.get(r) != 0 : member.get(r) == portIndex + 1)
            out.set(r);
    return out;
}

size_t LiveEngine::stateBytes() const
{
    size_t bytes = 0;
    bytes += member_.bytes();
    for (const auto& d : derived_)
        bytes += d.bytes();
    for (const auto& list : events_)
        bytes += sizeof(EventList) + list.bytes(stride_);
    // A top node: an entry per customer plus a tree node (entry, three links, colour, subtree
    // size) per candidate.
    for (const auto& t : tops_)
        if (t)
            bytes += customers_ * 10 + t->candidates() * (sizeof(LiveTop::Entry) + 40);
    // The key index: a hash node per customer and the bucket array.
    bytes += intKeys_.bytes() + textKeys_.size() * 32 + textKeys_.bucket_count() * 8;
    bytes += scheduled_.capacity() * sizeof(int32_t) + dirtyFlag_.capacity();
    return bytes;
}

std::string LiveEngine::toString() const
{
    std::ostringstream out;
    out << "live state at " << formatDate(clock_) << ": " << customers_ << " customers, " << storedEvents_
        << " stored events, " << profiles_.size() << " profiles updated, about " << stateBytes() / std::max<size_t>(1, customers_)
        << " bytes per customer\n";
    out << plan_.toString(bound_);
    for (int index : plan_.order) {
        const BoundNode& b = bound_.nodes[static_cast<size_t>(index)];
        if (b.node->type == NodeType::Segment)
            out << "  segment " << b.node->id << ": " << members(b.node->id).count() << " members\n";
    }
    return out.str();
}

} // namespace seg
