// expression: a boolean expression over the customer's columns, evaluated per partition.
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
        out_ = std::make_shared<Bitset>(ctx_.rows);
    }
    void runWords(size_t fw, size_t lw) override
    {
        evalFilter(*bound_.expr, ctx_.evalContext(), fw * 64, std::min(lw * 64, ctx_.rows), *out_);
        intersect(*out_, input_, fw, lw);
    }
    NodeOutput finish() override { return NodeOutput{{out_}, nullptr}; }

private:
    const Bitset* input_ = nullptr;
    std::shared_ptr<Bitset> out_;
};

} // namespace

std::unique_ptr<NodeTask> makeExpressionTask(ExecContext& ctx, int index)
{
    return std::make_unique<ExpressionTask>(ctx, index);
}

} // namespace seg
