#pragma once
// What behavior and derive-from-events nodes compute for one customer: the aggregate over the
// customer's considered events. evaluate() is the single definition (a streaming evaluator
// calls it for the one customer whose events changed); evaluateRange() is its batch form for
// the node tasks and must give exactly the same values.
#include "bind/bound_graph.h"
#include "exec/filter_kernels.h"
#include "util/decimal_sum.h"

#include <cstdint>
#include <vector>

namespace seg {

struct AggregateValue {
    bool null = true;
    int64_t i = 0;  // Int / Date / Timestamp results
    double d = 0;   // Double results
};

// Reusable buffers of one worker for evaluateRange (allocated once per partition, not per row).
struct EventScratch {
    std::vector<uint64_t> mask; // considered events of the current chunk, one bit each
    std::vector<uint64_t> part; // one predicate's words before they are AND-ed into mask
    std::vector<int64_t> counts;
    std::vector<uint64_t> events; // the chunk's considered events, and their field values
    union Value {
        double d;
        int64_t i;
    };
    std::vector<Value> values;
    DecimalSum sum;
};

// Folds the values of considered events into one aggregate: the single definition of
// count / sum / min / max / avg that evaluate() and the live evaluator (core/live) share.
// Count: call addCount() per considered event. Others: add() per considered event whose field
// is not NULL, with the field's value as stored (Int/Date/Timestamp in i, Double in d).
class AggregateFold {
public:
    AggregateFold(Aggregate aggregate, DataType fieldType, DecimalSum& sum)
        : aggregate_(aggregate), isDouble_(fieldType == DataType::Double), sum_(sum)
    {
        sum_.clear();
    }
    void addCount() { ++n_; }
    void add(int64_t i, double d)
    {
        ++n_;
        switch (aggregate_) {
        case Aggregate::Sum:
        case Aggregate::Avg: sum_.add(isDouble_ ? d : static_cast<double>(i)); break;
        case Aggregate::Min:
        case Aggregate::Max: {
            const bool isMin = aggregate_ == Aggregate::Min;
            if (isDouble_) {
                if (n_ == 1 || (isMin ? d < out_.d : d > out_.d))
                    out_.d = d;
            } else if (n_ == 1 || (isMin ? i < out_.i : i > out_.i)) {
                out_.i = i;
            }
            break;
        }
        case Aggregate::Count: break;
        }
    }
    AggregateValue finish() const
    {
        AggregateValue out = out_;
        if (aggregate_ == Aggregate::Count) {
            out.null = false;
            out.i = n_;
            return out;
        }
        if (n_ == 0)
            return out; // NULL: no considered event with a value
        out.null = false;
        if (aggregate_ == Aggregate::Sum)
            out.d = sum_.value();
        else if (aggregate_ == Aggregate::Avg)
            out.d = sum_.mean(n_);
        return out;
    }

private:
    Aggregate aggregate_;
    bool isDouble_;
    DecimalSum& sum_;
    int64_t n_ = 0;
    AggregateValue out_;
};

struct CountMatch; // matchCountRange's comparison (event_aggregate.cpp)

class EventAggregator {
public:
    EventAggregator(const BoundEventSelection& selection, const EventTable& events);

    // Aggregate over events [offsets[row], offsets[row+1]). `sum` is scratch space.
    AggregateValue evaluate(size_t customerRow, DecimalSum& sum) const;
    bool considered(size_t event) const;

    // The aggregates of customers [firstRow, lastRow) into out[0, lastRow - firstRow).
    // Column at a time: the considered events of the customers' contiguous event range become
    // bitset words through the vectorised filter scans (type, window, each where, field not
    // NULL), chunk by chunk; a count is then a popcount over the customer's bit range, and
    // sum / min / max / avg visit only the set bits, in event order as evaluate() does.
    void evaluateRange(size_t firstRow, size_t lastRow, EventScratch& scratch, AggregateValue* out) const;
    // The same for count aggregates only: the counts into counts[0, lastRow - firstRow).
    void countRange(size_t firstRow, size_t lastRow, EventScratch& scratch, int64_t* counts) const;
    // Count aggregates compared with an IntRange / IntOutside predicate: bit k of bits[] = "the
    // count of customer firstRow + k matches p", tested as each count is found. Returns false
    // (and does nothing) for other predicate forms.
    bool matchCountRange(size_t firstRow, size_t lastRow, EventScratch& scratch, const BoundPredicate& p,
                         uint64_t* bits) const;

private:
    // Fills mask words [firstWord, lastWord) (global event word numbers) with "considered".
    void considerWords(size_t firstWord, size_t lastWord, EventScratch& s) const;
    void countImpl(size_t firstRow, size_t lastRow, EventScratch& s, int64_t* counts, const CountMatch* match) const;
    void valueRange(size_t firstRow, size_t lastRow, EventScratch& s, AggregateValue* out) const;

    const BoundEventSelection& sel_;
    const EventTable& events_;
    const int32_t* typeCodes_ = nullptr;
    const uint64_t* typeValid_ = nullptr;
    std::optional<RowMatcher> window_;
    std::vector<RowMatcher> where_;
    const Column* field_ = nullptr;

    // The batch form's scans: "type == typeCode" as a string predicate over a table with one
    // entry set, and the where predicates' per-dictionary tables (empty for non-strings).
    bool nothingConsidered_ = false; // the event type occurs nowhere in the data
    BoundPredicate typePredicate_;
    std::vector<uint8_t> typeTable_;
    std::vector<std::vector<uint8_t>> whereTables_;
};

// Does the aggregate satisfy the behavior's comparison? NULL aggregates never match.
// Inline: batch tasks call it once per customer.
inline bool aggregateMatches(const AggregateValue& v, DataType type, const BoundPredicate& p)
{
    if (v.null)
        return p.form == BoundPredicate::Form::IsNull;
    if (p.form == BoundPredicate::Form::IsNull)
        return false;
    return type == DataType::Double ? matchDouble(p, v.d) : matchInt(p, v.i);
}

} // namespace seg
