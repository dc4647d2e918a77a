// expression: a boolean expression over the customer's columns, evaluated per partition.
// Expressions of the shape exec/expression_plan.h describes run on the condition kernels;
// all others on the batch interpreter (evalFilter).
#include "exec/buffer_pool.h"
#include "exec/expression_plan.h"
#include "exec/node_task.h"
#include "expr/expr.h"

#include <algorithm>

namespace seg {

namespace {

class ExpressionTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    void prepare() override
    {
        input_ = optionalInput();
        out_ = buffer_pool::takeBitset(ctx_.rows);
        EvalContext ec = ctx_.evalContext();
        ec.narrowSlots = ctx_.graph.customerColumns; // imported columns keep their narrow copies
        const ExecContext& ctx = ctx_;
        auto derived = [&ctx](int slot) { return ctx.derivedExpr(slot); };
        try {
            plan_ = FilterPlan::make(*bound_.expr, ec, ctx_.rows, derived);
        } catch (const std::exception&) {
            plan_.reset(); // a missing or mistyped column: evalFilter reports it as it always did
        }
    }
    void runWords(size_t fw, size_t lw) override
    {
        if (plan_)
            plan_->run(fw, lw, out_->words());
        else
            evalFilter(*bound_.expr, ctx_.evalContext(), fw * 64, std::min(lw * 64, ctx_.rows), *out_);
        intersect(*out_, input_, fw, lw);
    }
    NodeOutput finish() override { return NodeOutput{{out_}, nullptr}; }

private:
    const Bitset* input_ = nullptr;
    std::shared_ptr<Bitset> out_;
    std::unique_ptr<FilterPlan> plan_;
};

} // namespace

std::unique_ptr<NodeTask> makeExpressionTask(ExecContext& ctx, int index)
{
    return std::make_unique<ExpressionTask>(ctx, index);
}

} // namespace seg
