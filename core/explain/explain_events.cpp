// The events a behavior or derive-from-events node considered for one customer. Whether an
// event counts is EventAggregator::considered() and the aggregate is EventAggregator::evaluate():
// the batch definitions; this file only lists them for people.
#include "explain/explain_internal.h"

#include "exec/filter_kernels.h"

namespace seg::explain_detail {

namespace {

std::string aggregateLabel(const Node& node)
{
    const EventAggregate& e = node.events;
    if (e.aggregate == Aggregate::Count)
        return "count";
    return std::string(aggregateName(e.aggregate)) + "(" + e.field + ")";
}

} // namespace

ExplainEvents explainEvents(const BoundEventSelection& selection, const Node& node, const EventTable& events,
                            uint32_t row, AggregateValue& aggregate)
{
    const EventAggregator aggregator(selection, events);
    DecimalSum sum;
    aggregate = aggregator.evaluate(row, sum);

    ExplainEvents out;
    out.aggregate = aggregateLabel(node);
    out.value = aggregateText(aggregate, selection.resultType);
    const Table& t = events.table;
    const Column& time = t.columns[static_cast<size_t>(events.timeColumn)];
    const Column* type = events.typeColumn >= 0 ? &t.columns[static_cast<size_t>(events.typeColumn)] : nullptr;
    const Column* field = selection.fieldColumn >= 0 ? &t.columns[static_cast<size_t>(selection.fieldColumn)] : nullptr;
    const uint64_t begin = events.offsets[row], end = events.offsets[row + 1];
    out.total = static_cast<size_t>(end - begin);
    std::vector<ExplainEvent> matched, others;
    for (uint64_t e = begin; e < end; ++e) {
        // "In the window": of the node's event type and inside its time window, before the
        // `where` tests; the same predicates the aggregator tests, one at a time.
        const bool typeOk = selection.anyType ||
            (type && selection.typeCode >= 0 && !type->isNull(e) && type->codes()[e] == selection.typeCode);
        const bool windowOk = !selection.window || matchesRow(time, *selection.window, e);
        if (!typeOk || !windowOk)
            continue;
        ExplainEvent ev;
        ev.row = e;
        ev.time = cellText(time, e);
        ev.type = type ? cellText(*type, e) : std::string();
        ev.inWindow = true;
        ev.matched = aggregator.considered(e);
        if (field)
            ev.value = cellText(*field, e);
        for (const auto& [column, predicate] : selection.where) {
            const Column& c = t.columns[static_cast<size_t>(column)];
            ev.where.push_back({c.name(), cellText(c, e)});
        }
        ++out.inWindow;
        out.matched += ev.matched;
        (ev.matched ? matched : others).push_back(std::move(ev));
    }
    for (auto* list : {&matched, &others})
        for (auto& ev : *list)
            if (out.listed.size() < ExplainEvents::kListed)
                out.listed.push_back(std::move(ev));
    return out;
}

} // namespace seg::explain_detail
