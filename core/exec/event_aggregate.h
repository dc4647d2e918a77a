#pragma once
// What behavior and derive-from-events nodes compute for one customer: the aggregate over the
// customer's considered events. Batch tasks call it per customer of a partition; a streaming
// evaluator calls it for the one customer whose events changed.
#include "bind/bound_graph.h"
#include "exec/filter_kernels.h"
#include "util/decimal_sum.h"

namespace seg {

struct AggregateValue {
    bool null = true;
    int64_t i = 0;  // Int / Date / Timestamp results
    double d = 0;   // Double results
};

class EventAggregator {
public:
    EventAggregator(const BoundEventSelection& selection, const EventTable& events);

    // Aggregate over events [offsets[row], offsets[row+1]). `sum` is scratch space.
    AggregateValue evaluate(size_t customerRow, DecimalSum& sum) const;
    bool considered(size_t event) const;

private:
    const BoundEventSelection& sel_;
    const EventTable& events_;
    const int32_t* typeCodes_ = nullptr;
    const uint64_t* typeValid_ = nullptr;
    std::optional<RowMatcher> window_;
    std::vector<RowMatcher> where_;
    const Column* field_ = nullptr;
};

// Does the aggregate satisfy the behavior's comparison? NULL aggregates never match.
bool aggregateMatches(const AggregateValue& v, DataType type, const BoundPredicate& p);

} // namespace seg
