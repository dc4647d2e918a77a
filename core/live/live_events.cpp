// The live engine's events and clock: storing a customer's events, their aggregates, dropping
// those no window can count again, and the deadline queue that moves customers when a day passes.
#include "live/live_engine.h"
#include "live/live_values.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace seg {

using namespace live_detail;

uint64_t LiveEngine::storeEvent(uint32_t row, const std::vector<Value>& columns)
{
    const EventTable& ev = *data_.events;
    const Value& time = columns[static_cast<size_t>(ev.timeColumn)];
    StoredEventHead s;
    s.time = time.i;
    s.day = dayOf(time.type, time.i);
    // Which event nodes take this event's type: looked up once per distinct type text.
    uint64_t typeMask = 0;
    const Value* type = ev.typeColumn >= 0 ? &columns[static_cast<size_t>(ev.typeColumn)] : nullptr;
    const std::string typeKey = type && !type->null ? "=" + type->s : std::string();
    auto cached = typeMasks_.find(typeKey);
    if (cached != typeMasks_.end()) {
        typeMask = cached->second;
    } else {
        for (size_t j = 0; j < plan_.eventNodes.size(); ++j) {
            const auto& wanted = bound_.nodes[static_cast<size_t>(plan_.eventNodes[j].node)].node->events.event;
            if (!wanted || (type && !type->null && type->s == *wanted))
                typeMask |= uint64_t{1} << j;
        }
        if (typeMasks_.size() < 4096) // a flood of made-up types must not grow it without bound
            typeMasks_.emplace(typeKey, typeMask);
    }
    for (size_t j = 0; j < plan_.eventNodes.size(); ++j) {
        if (!(typeMask & (uint64_t{1} << j)))
            continue;
        const BoundNode& b = bound_.nodes[static_cast<size_t>(plan_.eventNodes[j].node)];
        bool pass = true;
        for (const auto& [column, p] : b.events.where)
            if (p.op != CompareOp::WithinLastDays && p.op != CompareOp::BeforeDaysAgo &&
                !matchesValue(p, columns[static_cast<size_t>(column)])) {
                pass = false;
                break;
            }
        if (pass)
            s.mask |= uint64_t{1} << j;
    }
    if (s.mask == 0)
        return 0; // no node considers it, whatever the clock: nothing to keep
    if (lastUsefulDay(s.mask, s.day) < clock_)
        return 0; // older than every window that would count it
    uint64_t kept[32];
    for (size_t k = 0; k < plan_.keptColumns.size(); ++k) {
        const Value& v = columns[static_cast<size_t>(plan_.keptColumns[k])];
        kept[k] = 0;
        if (v.null)
            s.nulls |= 1u << k;
        else if (keptIsDouble_[k])
            std::memcpy(&kept[k], &v.d, sizeof v.d);
        else
            kept[k] = static_cast<uint64_t>(v.i);
    }
    events_[row].push(s, kept, plan_.keptColumns.size(), stride_);
    ++storedEvents_;
    return s.mask;
}

AggregateValue LiveEngine::aggregateOf(int j, uint32_t row)
{
    const LiveEventNode& en = plan_.eventNodes[static_cast<size_t>(j)];
    const BoundEventSelection& sel = bound_.nodes[static_cast<size_t>(en.node)].events;
    const EventTable& ev = *data_.events;
    const uint64_t bit = uint64_t{1} << j;
    const DataType fieldType = sel.fieldColumn >= 0
        ? ev.table.columns[static_cast<size_t>(sel.fieldColumn)].type() : DataType::Int;
    AggregateFold fold(sel.aggregate, fieldType, sum_);
    const EventList& list = events_[row];
    for (size_t e = 0; e < list.size(); ++e) {
        const StoredEventHead& s = list.head(e, stride_);
        if (!(s.mask & bit))
            continue;
        if (sel.window && !matchInt(*sel.window, s.time))
            continue;
        bool pass = true;
        for (const auto& [w, k] : en.relativeWhere) {
            const auto& [column, p] = sel.where[static_cast<size_t>(w)];
            const Value v = aggregateToValue(keptValue(list, e, static_cast<size_t>(k)),
                                             ev.table.columns[static_cast<size_t>(column)].type());
            if (!matchesValue(p, v)) {
                pass = false;
                break;
            }
        }
        if (!pass)
            continue;
        if (en.fieldKept < 0) {
            fold.addCount();
            continue;
        }
        const AggregateValue f = keptValue(list, e, static_cast<size_t>(en.fieldKept));
        if (!f.null)
            fold.add(f.i, f.d);
    }
    return fold.finish();
}

int64_t LiveEngine::lastUsefulDay(uint64_t mask, int32_t day) const
{
    int64_t last = std::numeric_limits<int64_t>::min();
    for (size_t j = 0; j < plan_.eventNodes.size(); ++j) {
        if (!(mask & (uint64_t{1} << j)))
            continue;
        const int64_t keep = plan_.eventNodes[j].keepDays;
        if (keep < 0)
            return std::numeric_limits<int64_t>::max();
        last = std::max(last, int64_t{day} + keep);
    }
    return last;
}

void LiveEngine::prune(uint32_t row)
{
    EventList& list = events_[row];
    const size_t n = list.size();
    size_t out = 0;
    for (size_t e = 0; e < n; ++e) {
        const StoredEventHead& s = list.head(e, stride_);
        if (lastUsefulDay(s.mask, s.day) < clock_)
            continue;
        if (out != e)
            list.move(e, out, stride_);
        ++out;
    }
    if (out == n)
        return;
    storedEvents_ -= n - out;
    list.truncate(out); // none left: the block is freed
}

void LiveEngine::schedule(uint32_t row)
{
    prune(row);
    int32_t next = kNoDeadline;
    auto candidate = [&](int64_t day) {
        if (day > clock_ && day < next)
            next = static_cast<int32_t>(day);
    };
    const EventList& list = events_[row];
    const EventTable* ev = data_.events ? &*data_.events : nullptr;
    for (size_t e = 0; e < list.size(); ++e) {
        const StoredEventHead& s = list.head(e, stride_);
        for (size_t j = 0; j < plan_.eventNodes.size(); ++j) {
            if (!(s.mask & (uint64_t{1} << j)))
                continue;
            for (const auto& [k, days] : plan_.eventNodes[j].deadlineSources) {
                int32_t d = s.day;
                if (k >= 0) {
                    const AggregateValue v = keptValue(list, e, static_cast<size_t>(k));
                    if (v.null)
                        continue;
                    const int column = plan_.keptColumns[static_cast<size_t>(k)];
                    d = dayOf(ev->table.columns[static_cast<size_t>(column)].type(), v.i);
                }
                candidate(d);
                candidate(int64_t{d} + days + 1);
            }
        }
    }
    const bool profiled = profiles_.count(row) != 0;
    for (const auto& [slot, days] : plan_.relativeConditions) {
        int32_t d = 0;
        if (slot < bound_.customerColumns && !profiled) {
            const Column& c = *slots_[static_cast<size_t>(slot)];
            if (c.isNull(row) || !isTemporal(c.type()))
                continue;
            d = c.type() == DataType::Date ? c.dateAt(row) : dayOfTimestamp(c.intAt(row));
        } else {
            const Value v = slotValue(slot, row);
            if (v.null || !isTemporal(v.type))
                continue;
            d = dayOf(v.type, v.i);
        }
        candidate(d);
        candidate(int64_t{d} + days + 1);
    }
    if (next != scheduled_[row] && next != kNoDeadline)
        deadlines_.emplace(next, row);
    scheduled_[row] = next;
}

void LiveEngine::advanceTo(int32_t day, std::vector<LiveChange>& out)
{
    while (clock_ < day) {
        while (!deadlines_.empty() && scheduled_[deadlines_.top().second] != deadlines_.top().first)
            deadlines_.pop(); // superseded by a later schedule()
        int32_t next = day;
        if (plan_.refreshAllOnDayChange)
            next = clock_ + 1;
        else if (!deadlines_.empty())
            next = std::min(day, deadlines_.top().first);
        rebind(next);
        std::vector<uint32_t> dirty;
        if (plan_.refreshAllOnDayChange) {
            dirty.resize(customers_);
            for (size_t r = 0; r < customers_; ++r)
                dirty[r] = static_cast<uint32_t>(r);
        }
        while (!deadlines_.empty() && deadlines_.top().first <= next) {
            const auto [d, r] = deadlines_.top();
            deadlines_.pop();
            if (scheduled_[r] != d)
                continue;
            scheduled_[r] = kNoDeadline;
            if (!plan_.refreshAllOnDayChange)
                dirty.push_back(r);
        }
        const std::string dayText = formatDate(next);
        const LiveCause cause{"clock:", dayText};
        recompute(dirty, &cause, &out);
    }
}

} // namespace seg
