// behavior and derive-from-events, partitioned by customer words. Each partition goes through
// EventAggregator::evaluateRange in blocks of customers (their events are contiguous: grouped
// per customer at import), which finds the considered events column at a time.
#include "exec/event_aggregate.h"
#include "exec/node_task.h"

#include <algorithm>

namespace seg {

namespace {

// Customers per evaluateRange call: about ten thousand events at the benchmark's density, so
// one block's masks and values stay in cache; also how often a long partition checks for
// cancellation.
constexpr size_t kBlockRows = 1024;

class BehaviorTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    void prepare() override
    {
        aggregator_.emplace(bound_.events, *ctx_.data.events);
        input_ = optionalInput();
        out_ = std::make_shared<Bitset>(ctx_.rows);
    }
    void runWords(size_t fw, size_t lw) override
    {
        EventScratch scratch;
        std::vector<AggregateValue> values;
        std::vector<int64_t> counts;
        const bool count = bound_.events.aggregate == Aggregate::Count;
        (count ? counts.resize(kBlockRows) : values.resize(kBlockRows));
        const size_t end = std::min(lw * 64, ctx_.rows);
        uint64_t* out = out_->words();
        for (size_t first = fw * 64; first < end; first += kBlockRows) { // first: a multiple of 64
            ctx_.checkCancel();
            const size_t last = std::min(first + kBlockRows, end);
            const size_t w0 = first / 64, w1 = (last + 63) / 64;
            // Customers outside the input need no work: skip blocks without any.
            if (input_ && std::all_of(input_->words() + w0, input_->words() + w1, [](uint64_t w) { return w == 0; }))
                continue;
            if (count) {
                aggregator_->countRange(first, last, scratch, counts.data());
                matchCounts(counts.data(), last - first, out + w0);
            } else {
                aggregator_->evaluateRange(first, last, scratch, values.data());
                for (size_t r = first; r < last; ++r)
                    if (aggregateMatches(values[r - first], bound_.events.resultType, bound_.predicate))
                        out[r / 64] |= uint64_t{1} << (r % 64);
            }
            intersect(*out_, input_, w0, w1);
        }
    }
    NodeOutput finish() override
    {
        NodeOutput out;
        out.sets = {out_};
        return out;
    }

private:
    // out bit k = "counts[k] satisfies the comparison" (a count is never NULL), written as
    // whole words; ranges test both ends without a branch so the loop vectorises.
    void matchCounts(const int64_t* counts, size_t n, uint64_t* out) const
    {
        const BoundPredicate& p = bound_.predicate;
        const int64_t lo = p.ilo, hi = p.ihi;
        for (size_t w = 0; w * 64 < n; ++w) {
            const int64_t* c = counts + w * 64;
            const size_t m = std::min<size_t>(64, n - w * 64);
            uint64_t bits = 0;
            if (p.form == BoundPredicate::Form::IntRange) {
                for (size_t j = 0; j < m; ++j)
                    bits |= uint64_t((c[j] >= lo) & (c[j] <= hi)) << j;
            } else if (p.form == BoundPredicate::Form::IntOutside) {
                for (size_t j = 0; j < m; ++j)
                    bits |= uint64_t((c[j] < lo) | (c[j] > hi)) << j;
            } else {
                AggregateValue v;
                v.null = false;
                for (size_t j = 0; j < m; ++j) {
                    v.i = c[j];
                    bits |= uint64_t(aggregateMatches(v, bound_.events.resultType, p)) << j;
                }
            }
            out[w] = bits;
        }
    }

    std::optional<EventAggregator> aggregator_;
    const Bitset* input_ = nullptr;
    std::shared_ptr<Bitset> out_;
};

class DeriveEventsTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    void prepare() override
    {
        aggregator_.emplace(bound_.events, *ctx_.data.events);
        const DataType t = bound_.derivedType;
        if (t == DataType::Double)
            doubles_.assign(ctx_.rows, 0.0);
        else if (t == DataType::Date)
            dates_.assign(ctx_.rows, 0);
        else
            ints_.assign(ctx_.rows, 0);
        valid_ = Bitset(ctx_.rows);
    }
    void runWords(size_t fw, size_t lw) override
    {
        EventScratch scratch;
        std::vector<AggregateValue> values(kBlockRows);
        const size_t end = std::min(lw * 64, ctx_.rows);
        const DataType t = bound_.derivedType;
        for (size_t first = fw * 64; first < end; first += kBlockRows) {
            ctx_.checkCancel();
            const size_t last = std::min(first + kBlockRows, end);
            aggregator_->evaluateRange(first, last, scratch, values.data());
            for (size_t r = first; r < last; ++r) {
                const AggregateValue& v = values[r - first];
                if (v.null)
                    continue;
                valid_.set(r);
                if (t == DataType::Double)
                    doubles_[r] = v.d;
                else if (t == DataType::Date)
                    dates_[r] = static_cast<int32_t>(v.i);
                else
                    ints_[r] = v.i;
            }
        }
    }
    NodeOutput finish() override
    {
        const std::string& name = bound_.node->name;
        const DataType t = bound_.derivedType;
        Column c = t == DataType::Double ? Column::fromDoubles(name, std::move(doubles_), std::move(valid_))
            : t == DataType::Date        ? Column::fromDates(name, std::move(dates_), std::move(valid_))
                                         : Column::fromInts(name, t, std::move(ints_), std::move(valid_));
        NodeOutput out;
        out.column = std::make_shared<const Column>(std::move(c));
        return out;
    }

private:
    std::optional<EventAggregator> aggregator_;
    std::vector<int64_t> ints_;
    std::vector<double> doubles_;
    std::vector<int32_t> dates_;
    Bitset valid_;
};

} // namespace

std::unique_ptr<NodeTask> makeEventTask(ExecContext& ctx, int index)
{
    if (ctx.graph.nodes[static_cast<size_t>(index)].node->type == NodeType::Behavior)
        return std::make_unique<BehaviorTask>(ctx, index);
    return std::make_unique<DeriveEventsTask>(ctx, index);
}

} // namespace seg
