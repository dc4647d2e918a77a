// behavior and derive-from-events, partitioned by customer words. Each partition goes through
// EventAggregator::evaluateRange in blocks of customers (their events are contiguous: grouped
// per customer at import), which finds the considered events column at a time.
//
// The behavior nodes of one run share their pass over the events: scanning the event columns
// is bound by memory bandwidth, and each node alone would stream the same type and time
// columns again. The first behavior task to reach a block of customers computes every needed
// behavior node of the run for that block, one after the other while the block's events are
// in cache; the other nodes' tasks find the block done and copy their words.
#include "exec/event_aggregate.h"
#include "exec/buffer_pool.h"
#include "exec/node_task.h"

#include <algorithm>
#include <atomic>
#include <deque>
#include <mutex>
#include <thread>

namespace seg {

namespace {

// Customers per evaluateRange call: about ten thousand events at the benchmark's density, so
// one block's event columns, masks and values stay in cache (also while every node of a shared
// pass reads them); also how often a long partition checks for cancellation.
constexpr size_t kBlockRows = 1024;

struct BlockWork {
    EventScratch scratch;
    std::vector<int64_t> counts = std::vector<int64_t>(kBlockRows);
    std::vector<AggregateValue> values = std::vector<AggregateValue>(kBlockRows);
};

// out bit k = "the aggregate of customer first + k satisfies the node's comparison", for the
// customers [first, last) (first a multiple of 64), written as whole words from out[0].
void behaviorBlock(const EventAggregator& agg, const BoundNode& bn, size_t first, size_t last, BlockWork& work,
                   uint64_t* out)
{
    const BoundPredicate& p = bn.predicate;
    const size_t n = last - first;
    if (bn.events.aggregate != Aggregate::Count) {
        agg.evaluateRange(first, last, work.scratch, work.values.data());
        std::fill(out, out + (n + 63) / 64, uint64_t{0});
        for (size_t k = 0; k < n; ++k)
            if (aggregateMatches(work.values[k], bn.events.resultType, p))
                out[k / 64] |= uint64_t{1} << (k % 64);
        return;
    }
    if (agg.matchCountRange(first, last, work.scratch, p, out)) // ranges: tested as counts are found
        return;
    agg.countRange(first, last, work.scratch, work.counts.data());
    AggregateValue v; // a count is never NULL
    v.null = false;
    for (size_t w = 0; w * 64 < n; ++w) {
        uint64_t bits = 0;
        for (size_t j = 0; j < 64 && w * 64 + j < n; ++j) {
            v.i = work.counts[w * 64 + j];
            bits |= uint64_t(aggregateMatches(v, bn.events.resultType, p)) << j;
        }
        out[w] = bits;
    }
}

// The behavior nodes of one run that the segments need, evaluated together block by block
// (over all customers: a node's input is applied when its task copies its words).
class BehaviorGroup {
public:
    BehaviorGroup(const ExecContext& ctx, const std::vector<int>& nodes)
        : ctx_(&ctx), blocks_((ctx.rows + kBlockRows - 1) / kBlockRows),
          state_(std::make_unique<std::atomic<uint8_t>[]>(blocks_))
    {
        for (int i : nodes)
            members_.emplace_back(ctx, i);
    }
    const Bitset* resultOf(int node) const
    {
        for (const Member& m : members_)
            if (m.node == node)
                return &m.result;
        return nullptr;
    }
    // Every member's words of customer block b, computed by the caller that claims the block.
    // False, without waiting, while another thread computes it: under the hybrid strategy the
    // behavior tasks run side by side and reach the same blocks, and a caller that waited there
    // would leave the threads taking turns instead of working on different blocks.
    bool tryEnsure(size_t b, BlockWork& work)
    {
        uint8_t s = state_[b].load(std::memory_order_acquire);
        if (s == kDone)
            return true;
        if (s != kFree || !state_[b].compare_exchange_strong(s, kBusy, std::memory_order_acquire))
            return false;
        try {
            const size_t first = b * kBlockRows, last = std::min(first + kBlockRows, ctx_->rows);
            for (Member& m : members_)
                behaviorBlock(m.agg, ctx_->graph.nodes[static_cast<size_t>(m.node)], first, last, work,
                              m.result.words() + first / 64);
        } catch (...) {
            state_[b].store(kFree, std::memory_order_release); // another caller may try again
            throw;
        }
        state_[b].store(kDone, std::memory_order_release);
        return true;
    }
    void ensure(size_t b, BlockWork& work)
    {
        while (!tryEnsure(b, work))
            std::this_thread::yield(); // a block takes tens of microseconds
    }
    // Returns true when every member has taken its result (the group may then be dropped).
    bool taken() { return ++taken_ == members_.size(); }

private:
    struct Member {
        Member(const ExecContext& ctx, int i)
            : node(i), agg(ctx.graph.nodes[static_cast<size_t>(i)].events, *ctx.data.events), result(ctx.rows) {}
        int node;
        EventAggregator agg;
        Bitset result;
    };
    const ExecContext* ctx_;
    size_t blocks_;
    static constexpr uint8_t kFree = 0, kBusy = 1, kDone = 2;
    std::unique_ptr<std::atomic<uint8_t>[]> state_; // per block
    std::deque<Member> members_; // EventAggregator holds references: never moved
    std::atomic<size_t> taken_{0};
};

// The group `node` belongs to in this run, or null when it runs alone: with a result cache
// (a re-run computes only the changed nodes, not their neighbours), when it is not one of
// the needed behavior nodes, or when it would be the only one. The run's context holds the
// group, so it ends with the run at the latest.
std::shared_ptr<BehaviorGroup> groupFor(ExecContext& ctx, int node)
{
    if (ctx.cache)
        return nullptr;
    std::lock_guard lock(ctx.sharedMutex);
    if (!ctx.behaviorGroupDecided) {
        ctx.behaviorGroupDecided = true;
        std::vector<int> members;
        for (int i : ctx.graph.neededNodes(false)) {
            const BoundNode& bn = ctx.graph.nodes[static_cast<size_t>(i)];
            if (bn.node->type == NodeType::Behavior && bn.runtimeError.empty())
                members.push_back(i);
        }
        if (members.size() >= 2)
            ctx.behaviorGroup = std::make_shared<BehaviorGroup>(ctx, members);
    }
    auto group = std::static_pointer_cast<BehaviorGroup>(ctx.behaviorGroup);
    return group && group->resultOf(node) ? group : nullptr;
}

// Lets the group go once every member took its result (its bitsets are then no longer needed).
void dropGroup(ExecContext& ctx)
{
    std::lock_guard lock(ctx.sharedMutex);
    ctx.behaviorGroup.reset();
}

class BehaviorTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    void prepare() override
    {
        input_ = optionalInput();
        out_ = buffer_pool::takeBitset(ctx_.rows);
        group_ = groupFor(ctx_, index_);
        if (group_)
            shared_ = group_->resultOf(index_);
    }
    void runWords(size_t fw, size_t lw) override
    {
        BlockWork work;
        const size_t end = std::min(lw * 64, ctx_.rows);
        uint64_t* out = out_->words();
        // Blocks of the shared pass are numbered from customer 0: a range that starts
        // elsewhere (no executor partition does) is evaluated here alone.
        const bool shared = shared_ && (fw * 64) % kBlockRows == 0;
        if (!shared)
            std::call_once(aggregatorMade_, [&] { aggregator_.emplace(bound_.events, *ctx_.data.events); });
        std::vector<size_t> busy; // shared blocks another thread was computing: taken at the end
        auto copyShared = [&](size_t first) {
            const size_t last = std::min(first + kBlockRows, end);
            const size_t w0 = first / 64, w1 = (last + 63) / 64;
            std::copy(shared_->words() + w0, shared_->words() + w1, out + w0);
            intersect(*out_, input_, w0, w1);
        };
        for (size_t first = fw * 64; first < end; first += kBlockRows) {
            ctx_.checkCancel();
            const size_t last = std::min(first + kBlockRows, end);
            const size_t w0 = first / 64, w1 = (last + 63) / 64;
            if (shared) {
                if (group_->tryEnsure(first / kBlockRows, work))
                    copyShared(first);
                else
                    busy.push_back(first);
                continue;
            }
            // Customers outside the input need no work: skip blocks without any.
            if (input_ && std::all_of(input_->words() + w0, input_->words() + w1, [](uint64_t w) { return w == 0; }))
                continue;
            behaviorBlock(*aggregator_, bound_, first, last, work, out + w0);
            intersect(*out_, input_, w0, w1);
        }
        for (const size_t first : busy) {
            ctx_.checkCancel();
            group_->ensure(first / kBlockRows, work);
            copyShared(first);
        }
    }
    std::vector<const Bitset*> setsFilledByRange() const override { return {out_.get()}; }
    NodeOutput finish() override
    {
        if (group_ && group_->taken())
            dropGroup(ctx_);
        NodeOutput out;
        out.sets = {out_};
        return out;
    }

private:
    std::once_flag aggregatorMade_; // the node's own aggregator, when it runs alone
    std::optional<EventAggregator> aggregator_;
    std::shared_ptr<BehaviorGroup> group_;
    const Bitset* shared_ = nullptr;
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
