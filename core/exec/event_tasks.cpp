// behavior and derive-from-events: one pass over each customer's events (grouped and sorted
// per customer at import), partitioned by customer words.
#include "exec/event_aggregate.h"
#include "exec/node_task.h"

#include <algorithm>

namespace seg {

namespace {

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
        DecimalSum sum;
        const size_t end = std::min(lw * 64, ctx_.rows);
        for (size_t r = fw * 64; r < end; ++r) {
            if (input_ && !input_->test(r)) // customers outside the input need no work
                continue;
            if (aggregateMatches(aggregator_->evaluate(r, sum), bound_.events.resultType, bound_.predicate))
                out_->set(r);
        }
    }
    NodeOutput finish() override { return NodeOutput{{out_}, nullptr}; }

private:
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
        DecimalSum sum;
        const size_t end = std::min(lw * 64, ctx_.rows);
        const DataType t = bound_.derivedType;
        for (size_t r = fw * 64; r < end; ++r) {
            const AggregateValue v = aggregator_->evaluate(r, sum);
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
    NodeOutput finish() override
    {
        const std::string& name = bound_.node->name;
        const DataType t = bound_.derivedType;
        Column c = t == DataType::Double ? Column::fromDoubles(name, std::move(doubles_), std::move(valid_))
            : t == DataType::Date        ? Column::fromDates(name, std::move(dates_), std::move(valid_))
                                         : Column::fromInts(name, t, std::move(ints_), std::move(valid_));
        return NodeOutput{{}, std::make_shared<const Column>(std::move(c))};
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
