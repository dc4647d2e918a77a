// Nodes whose work is a scan or word-wise set algebra: condition, and, or, except, not,
// priority, segment (expression nodes are in expression_task.cpp). All are partitioned by words.
#include "exec/filter_kernels.h"
#include "exec/buffer_pool.h"
#include "exec/domain_filter.h"
#include "exec/node_task.h"
#include "exec/expression_plan.h"
#include "expr/program.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace seg {

namespace {

// The customer date column a derived slot was computed from as days_since(date column), or
// null. A condition on such a column (v = as_of - x) tests the date's 2-byte narrow copy
// instead of the derive's fresh 8-byte array.
const Column* daysSinceSource(const ExecContext& ctx, const FieldRef& f)
{
    const CompiledExpr* e = ctx.derivedExpr(f.slot);
    const expr::PNode* date = e ? daysSinceDate(*e, e->root) : nullptr;
    if (!date || date->slot < 0 || date->slot >= ctx.graph.customerColumns)
        return nullptr;
    return ctx.slots[static_cast<size_t>(date->slot)];
}

// The same rows' test on x where the value is v = as_of - x (NULL exactly where x is NULL):
// v in [lo, hi]  <=>  x in [as_of - hi, as_of - lo]. False for forms it does not map.
bool mirrorDaysSince(BoundPredicate& p, int32_t asOf)
{
    using Form = BoundPredicate::Form;
    __extension__ typedef __int128 I128; // -Wpedantic knows no 128-bit ints
    constexpr I128 kMin = std::numeric_limits<int64_t>::min(), kMax = std::numeric_limits<int64_t>::max();
    auto mirror = [&](int64_t v) { return std::clamp(I128{asOf} - I128{v}, kMin, kMax); };
    switch (p.form) {
    case Form::IsNull:
    case Form::NotNull:
    case Form::Never: break;
    case Form::IntRange:
    case Form::IntOutside: {
        const I128 lo = mirror(p.ihi), hi = mirror(p.ilo);
        p.ilo = static_cast<int64_t>(lo);
        p.ihi = static_cast<int64_t>(hi);
        break;
    }
    case Form::IntSet:
        for (int64_t& v : p.iset)
            v = static_cast<int64_t>(mirror(v));
        std::sort(p.iset.begin(), p.iset.end());
        break;
    default: return false;
    }
    p.type = DataType::Date;
    return true;
}

class ConditionTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    void prepare() override
    {
        column_ = &ctx_.column(bound_.field);
        imported_ = bound_.field.slot < static_cast<int>(ctx_.data.customers.table.columns.size());
        predicate_ = bound_.predicate;
        if (const Column* date = daysSinceSource(ctx_, bound_.field); date && mirrorDaysSince(predicate_, ctx_.graph.asOf)) {
            column_ = date;
            imported_ = true;
        }
        // A derive node's column lives for one run: building its domain index would not pay.
        if (imported_)
            byDomain_ = endsWithDomainVerdicts(*column_, predicate_);
        if (!byDomain_)
            table_ = stringMatchTable(*column_, predicate_, ctx_.parallel);
        input_ = optionalInput();
        out_ = buffer_pool::takeBitset(ctx_.rows);
    }
    void runWords(size_t fw, size_t lw) override
    {
        if (byDomain_)
            filterWordsByDomain(*column_, predicate_, *byDomain_, fw, lw, out_->words());
        else
            filterWords(*column_, predicate_, table_, fw, lw, out_->words(), imported_);
        intersect(*out_, input_, fw, lw);
    }
    NodeOutput finish() override { return NodeOutput{{out_}, nullptr}; }
    std::vector<const Bitset*> setsFilledByRange() const override { return {out_.get()}; }

private:
    const Column* column_ = nullptr;
    bool imported_ = true; // a customer column, not a derive node's
    BoundPredicate predicate_;
    std::vector<uint8_t> table_;
    std::optional<DomainVerdicts> byDomain_;
    const Bitset* input_ = nullptr;
    std::shared_ptr<Bitset> out_;
};

// and / or / except / not over whole words.
class SetAlgebraTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    void prepare() override
    {
        for (const auto& in : bound_.inputs)
            inputs_.push_back(ctx_.input(in).words());
        out_ = buffer_pool::takeBitset(ctx_.rows);
    }
    void runWords(size_t fw, size_t lw) override
    {
        uint64_t* out = out_->words();
        const NodeType type = bound_.node->type;
        for (size_t w = fw; w < lw; ++w) {
            uint64_t v = inputs_[0][w];
            if (type == NodeType::And)
                for (size_t k = 1; k < inputs_.size(); ++k)
                    v &= inputs_[k][w];
            else if (type == NodeType::Or)
                for (size_t k = 1; k < inputs_.size(); ++k)
                    v |= inputs_[k][w];
            else if (type == NodeType::Except)
                v &= ~inputs_[1][w];
            else // not: the complement within U, so customers with NULL values are included
                v = ~v & ctx_.universe->words()[w];
            out[w] = v;
        }
    }
    NodeOutput finish() override { return NodeOutput{{out_}, nullptr}; }
    std::vector<const Bitset*> setsFilledByRange() const override { return {out_.get()}; }

private:
    std::vector<const uint64_t*> inputs_;
    std::shared_ptr<Bitset> out_;
};

// Waterfall: each customer goes to the first listed input that holds it.
class PriorityTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    void prepare() override
    {
        for (const auto& in : bound_.inputs) {
            inputs_.push_back(ctx_.input(in).words());
            outs_.push_back(buffer_pool::takeBitset(ctx_.rows));
        }
    }
    void runWords(size_t fw, size_t lw) override
    {
        for (size_t w = fw; w < lw; ++w) {
            uint64_t taken = 0;
            for (size_t k = 0; k < inputs_.size(); ++k) {
                outs_[k]->words()[w] = inputs_[k][w] & ~taken;
                taken |= inputs_[k][w];
            }
        }
    }
    NodeOutput finish() override
    {
        NodeOutput out;
        out.sets.assign(outs_.begin(), outs_.end());
        return out;
    }
    std::vector<const Bitset*> setsFilledByRange() const override { return setsOf(outs_); }

private:
    std::vector<const uint64_t*> inputs_;
    std::vector<std::shared_ptr<Bitset>> outs_;
};

// A segment names its input's set: it shares it instead of copying.
class SegmentTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    bool partitioned() const override { return false; }
    void runWords(size_t, size_t) override {}
    NodeOutput finish() override
    {
        const InputRef& in = bound_.inputs[0];
        const NodeOutput& input = ctx_.outputs[static_cast<size_t>(in.node)];
        NodeOutput out{{input.sets[static_cast<size_t>(in.port < 0 ? 0 : in.port)]}, nullptr};
        if (input.sets.size() == 1) // the input's count is this set's (a port's is not)
            out.counted = input.counted;
        return out;
    }
};

} // namespace

std::unique_ptr<NodeTask> makeSetTask(ExecContext& ctx, int index)
{
    switch (ctx.graph.nodes[static_cast<size_t>(index)].node->type) {
    case NodeType::Condition: return std::make_unique<ConditionTask>(ctx, index);
    case NodeType::Expression: return makeExpressionTask(ctx, index);
    case NodeType::Priority: return std::make_unique<PriorityTask>(ctx, index);
    case NodeType::Segment: return std::make_unique<SegmentTask>(ctx, index);
    default: return std::make_unique<SetAlgebraTask>(ctx, index);
    }
}

} // namespace seg
