// derive from an expression (a whole new column); top is in top_task.cpp, split in
// split_task.cpp.
#include "exec/buffer_pool.h"
#include "exec/node_task.h"
#include "expr/program.h"

#include <algorithm>

namespace seg {

namespace {

// Non-string results are evaluated per partition straight into the new column's arrays;
// string results build one dictionary, so they run on one worker.
class DeriveExpressionTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    bool partitioned() const override { return bound_.expr->resultType != DataType::String; }
    void prepare() override
    {
        const DataType t = bound_.expr->resultType;
        if (t == DataType::String)
            return;
        const size_t rows = ctx_.rows;
        // Every partition writes all of its rows, so reused buffers need no clearing.
        if (t == DataType::Double)
            doubles_ = buffer_pool::takeDoubles(rows);
        else if (t == DataType::Bool)
            bools_.assign(rows, 0);
        else
            ints_ = buffer_pool::takeInts(rows);
        valid_ = Bitset(rows);
    }
    void runWords(size_t fw, size_t lw) override
    {
        if (bound_.expr->resultType == DataType::String) {
            column_ = std::make_shared<const Column>(
                evalColumn(*bound_.expr, evalContext(), ctx_.rows, bound_.node->name));
            return;
        }
        const ColumnSink sink{ints_.data(), doubles_.data(), bools_.data(), &valid_};
        evalColumnRange(*bound_.expr, evalContext(), fw * 64, std::min(lw * 64, ctx_.rows), sink);
    }
    NodeOutput finish() override
    {
        const std::string& name = bound_.node->name;
        switch (bound_.expr->resultType) {
        case DataType::String: break;
        case DataType::Double: column_ = buffer_pool::share(Column::fromDoubles(name, std::move(doubles_), std::move(valid_))); break;
        case DataType::Bool: column_ = std::make_shared<const Column>(Column::fromBools(name, std::move(bools_), std::move(valid_))); break;
        case DataType::Date: {
            std::vector<int32_t> days(ints_.begin(), ints_.end());
            column_ = std::make_shared<const Column>(Column::fromDates(name, std::move(days), std::move(valid_)));
            buffer_pool::giveBack(std::move(ints_));
            break;
        }
        default: column_ = buffer_pool::share(Column::fromInts(name, bound_.expr->resultType, std::move(ints_), std::move(valid_))); break;
        }
        return NodeOutput{{}, column_};
    }

private:
    // Imported columns keep their narrow copies across runs, so the evaluator may read them.
    EvalContext evalContext() const
    {
        EvalContext c = ctx_.evalContext();
        c.narrowSlots = ctx_.graph.customerColumns;
        return c;
    }

    std::vector<int64_t> ints_;
    std::vector<double> doubles_;
    std::vector<uint8_t> bools_;
    Bitset valid_;
    std::shared_ptr<const Column> column_;
};

} // namespace

std::unique_ptr<NodeTask> makeWholeTask(ExecContext& ctx, int index)
{
    switch (ctx.graph.nodes[static_cast<size_t>(index)].node->type) {
    case NodeType::Top: return makeTopTask(ctx, index);
    case NodeType::Split: return makeSplitTask(ctx, index);
    default: return std::make_unique<DeriveExpressionTask>(ctx, index);
    }
}

} // namespace seg
