#include "exec/event_aggregate.h"

namespace seg {

EventAggregator::EventAggregator(const BoundEventSelection& selection, const EventTable& events)
    : sel_(selection), events_(events)
{
    const Table& t = events.table;
    if (!sel_.anyType) {
        const Column& type = t.columns[static_cast<size_t>(events.typeColumn)];
        typeCodes_ = type.codes().data();
        typeValid_ = type.validity().words();
    }
    if (sel_.window)
        window_.emplace(t.columns[static_cast<size_t>(events.timeColumn)], *sel_.window);
    for (const auto& [col, pred] : sel_.where)
        where_.emplace_back(t.columns[static_cast<size_t>(col)], pred);
    if (sel_.fieldColumn >= 0)
        field_ = &t.columns[static_cast<size_t>(sel_.fieldColumn)];
}

bool EventAggregator::considered(size_t e) const
{
    if (typeCodes_) {
        if (sel_.typeCode < 0 || !((typeValid_[e / 64] >> (e % 64)) & 1u) || typeCodes_[e] != sel_.typeCode)
            return false;
    }
    if (window_ && !(*window_)(e))
        return false;
    for (const auto& m : where_)
        if (!m(e))
            return false;
    return true;
}

AggregateValue EventAggregator::evaluate(size_t row, DecimalSum& sum) const
{
    const uint64_t begin = events_.offsets[row], end = events_.offsets[row + 1];
    AggregateValue out;
    if (sel_.aggregate == Aggregate::Count) {
        int64_t n = 0;
        for (uint64_t e = begin; e < end; ++e)
            n += considered(e);
        out.null = false;
        out.i = n;
        return out;
    }
    const bool isDouble = field_->type() == DataType::Double;
    sum.clear();
    int64_t n = 0;
    for (uint64_t e = begin; e < end; ++e) {
        if (field_->isNull(e) || !considered(e))
            continue;
        ++n;
        switch (sel_.aggregate) {
        case Aggregate::Sum:
        case Aggregate::Avg: sum.add(field_->numericAt(e)); break;
        case Aggregate::Min:
        case Aggregate::Max: {
            const bool isMin = sel_.aggregate == Aggregate::Min;
            if (isDouble) {
                const double v = field_->doubleAt(e);
                if (n == 1 || (isMin ? v < out.d : v > out.d))
                    out.d = v;
            } else {
                const int64_t v = field_->type() == DataType::Date ? field_->dateAt(e) : field_->intAt(e);
                if (n == 1 || (isMin ? v < out.i : v > out.i))
                    out.i = v;
            }
            break;
        }
        case Aggregate::Count: break;
        }
    }
    if (n == 0)
        return out; // NULL: no considered event with a value
    out.null = false;
    if (sel_.aggregate == Aggregate::Sum)
        out.d = sum.value();
    else if (sel_.aggregate == Aggregate::Avg)
        out.d = sum.mean(n);
    return out;
}

bool aggregateMatches(const AggregateValue& v, DataType type, const BoundPredicate& p)
{
    if (v.null)
        return p.form == BoundPredicate::Form::IsNull;
    if (p.form == BoundPredicate::Form::IsNull)
        return false;
    return type == DataType::Double ? matchDouble(p, v.d) : matchInt(p, v.i);
}

} // namespace seg
