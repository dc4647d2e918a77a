// Zero-member explanations that look at the events: an event type that never occurs, a time
// window without events (as-of after the last event, or before the first), a `where` value
// that never occurs; and the graph-wide check that the events end long before as-of.
#include "diagnose/closest_value.h"
#include "diagnose/diagnose_internal.h"

#include <algorithm>
#include <cmath>

namespace seg {

namespace diagnose_detail {

namespace {

int32_t dayOfTime(const Column& time, size_t row)
{
    return time.type() == DataType::Timestamp ? dayOfTimestamp(time.intAt(row)) : time.dateAt(row);
}

int64_t rawTime(const Column& time, size_t row)
{
    return time.type() == DataType::Timestamp ? time.intAt(row) : int64_t{time.dateAt(row)};
}

} // namespace

bool explainEvents(const Context& ctx, const BoundNode& bn, const EventAggregate& sel, std::vector<Diagnosis>& out)
{
    if (!ctx.data.events)
        return false;
    const EventTable& ev = *ctx.data.events;
    Diagnosis base;
    base.onEvents = true;
    base.eventType = sel.event.value_or("");
    if (ev.rows() == 0) {
        base.kind = DiagnosisKind::NoEvents;
        out.push_back(base);
        return true;
    }
    const Column& types = ev.table.columns[static_cast<size_t>(ev.typeColumn)];
    const BoundEventSelection& bound = bn.events;
    if (sel.event && bound.typeCode < 0) {
        std::vector<size_t> counts(types.dict().size(), 0);
        for (size_t r = 0; r < types.size(); ++r)
            if (!types.isNull(r))
                ++counts[static_cast<size_t>(types.codes()[r])];
        Diagnosis d = base;
        d.kind = DiagnosisKind::EventTypeNotFound;
        d.column = types.name();
        d.value = *sel.event;
        if (const auto best = closestEntry(types.dict(), counts, *sel.event)) {
            d.suggestion = std::string(types.dict()[*best]);
            d.suggestionCount = counts[*best];
            d.fix = FixKind::ReplaceEventType;
        }
        out.push_back(std::move(d));
        return true;
    }
    auto selected = [&](size_t r) {
        return bound.anyType || (!types.isNull(r) && types.codes()[r] == bound.typeCode);
    };
    if (bound.window) {
        const Column& time = ev.table.columns[static_cast<size_t>(ev.timeColumn)];
        std::optional<size_t> first, last;
        size_t inWindow = 0;
        for (size_t r = 0; r < ev.rows(); ++r) {
            if (time.isNull(r) || !selected(r))
                continue;
            const int64_t t = rawTime(time, r);
            if (!first || t < rawTime(time, *first))
                first = r;
            if (!last || t > rawTime(time, *last))
                last = r;
            inWindow += matchInt(*bound.window, t);
        }
        if (inWindow == 0 && last) {
            Diagnosis d = base;
            d.column = time.name();
            d.asOf = ctx.run.asOf;
            const int32_t firstDay = dayOfTime(time, *first), lastDay = dayOfTime(time, *last);
            d.low = formatDate(firstDay);
            d.high = formatDate(lastDay);
            d.condition = formatDate(static_cast<int32_t>(ctx.run.asOf - *sel.withinLastDays)) + " <= "
                          + time.name() + " <= " + formatDate(ctx.run.asOf);
            if (rawTime(time, *last) < bound.window->ilo) {
                d.kind = DiagnosisKind::WindowAfterData;
                d.dataDay = lastDay;
            } else if (rawTime(time, *first) > bound.window->ihi) {
                d.kind = DiagnosisKind::WindowBeforeData;
                d.dataDay = firstDay;
            } else {
                d.kind = DiagnosisKind::WindowEmpty; // a gap inside the data: as-of is not the cause
            }
            if (d.kind != DiagnosisKind::WindowEmpty) {
                d.fix = FixKind::SetAsOf;
                d.fixDay = lastDay;
            }
            out.push_back(std::move(d));
            return true;
        }
    }
    bool found = false;
    for (size_t k = 0; k < sel.where.size(); ++k) {
        const FieldCondition& w = sel.where[k];
        const Column* column = ev.table.find(w.field);
        if (!column)
            continue;
        BoundPredicate p;
        if (bindPredicate(w.cmp, column->type(), ctx.run.asOf, p))
            continue;
        if (countMatches(*column, p) > 0)
            continue;
        Diagnosis d = base;
        d.column = w.field;
        d.whereIndex = static_cast<int>(k);
        found |= explainNoMatch(*column, w.cmp, p, ctx.run.asOf, d, out);
    }
    return found;
}

} // namespace diagnose_detail

std::optional<int32_t> lastEventDay(const Dataset& data)
{
    if (!data.events || data.events->rows() == 0 || data.events->timeColumn < 0)
        return std::nullopt;
    const EventTable& ev = *data.events;
    const Column& time = ev.table.columns[static_cast<size_t>(ev.timeColumn)];
    std::optional<int64_t> last;
    for (size_t r = 0; r < ev.rows(); ++r)
        if (!time.isNull(r)) {
            const int64_t t = diagnose_detail::rawTime(time, r);
            last = last ? std::max(*last, t) : t;
        }
    if (!last)
        return std::nullopt;
    return time.type() == DataType::Timestamp ? dayOfTimestamp(*last) : static_cast<int32_t>(*last);
}

std::optional<Diagnosis> checkEventsEnd(std::optional<int32_t> lastDay, const std::string& timeColumn, int32_t asOf,
                                        int32_t maxGapDays)
{
    if (!lastDay || int64_t{asOf} - *lastDay <= maxGapDays)
        return std::nullopt;
    Diagnosis d;
    d.kind = DiagnosisKind::EventsEndBeforeAsOf;
    d.onEvents = true;
    d.column = timeColumn;
    d.asOf = asOf;
    d.dataDay = *lastDay;
    d.fix = FixKind::SetAsOf;
    d.fixDay = *lastDay;
    return d;
}

std::optional<Diagnosis> checkEventsEnd(const Dataset& data, int32_t asOf, int32_t maxGapDays)
{
    const std::optional<int32_t> last = lastEventDay(data);
    if (!last)
        return std::nullopt;
    const EventTable& ev = *data.events;
    return checkEventsEnd(last, ev.table.columns[static_cast<size_t>(ev.timeColumn)].name(), asOf, maxGapDays);
}

} // namespace seg
