// FilterPlan: which expressions map onto the filter kernels, and the word-wise evaluation.
#include "exec/expression_plan.h"

#include "exec/buffer_pool.h"
#include "exec/filter_kernels.h"
#include "expr/batch_eval.h"
#include "expr/eval_row.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace seg {

namespace {

using expr::Op;
using expr::PNode;
using Form = BoundPredicate::Form;
__extension__ typedef __int128 I128; // __extension__: -Wpedantic knows no 128-bit ints

constexpr size_t kBlockWords = 128; // 8192 rows: every stack entry's block stays in L1

// The column a comparison tests, read either as is or as days_since(date) = as_of - date.
struct Operand {
    const PNode* column = nullptr;
    bool daysSince = false;
};

// A Column node read as is, days_since(date column), or a derived column computed as
// days_since(date column): the derive's value on every row, NULL rows included.
Operand operandOf(const CompiledExpr& e, int i, const FilterPlan::DerivedExpr& derived)
{
    const PNode& n = e.nodes[static_cast<size_t>(i)];
    if (n.op == Op::DaysSince) {
        const PNode* date = daysSinceDate(e, i);
        return date ? Operand{date, true} : Operand{};
    }
    if (n.op != Op::Column)
        return {};
    if (derived && n.type == DataType::Int)
        if (const CompiledExpr* d = derived(n.slot))
            if (const PNode* date = daysSinceDate(*d, d->root))
                return Operand{date, true};
    return Operand{&n, false};
}

Op mirrored(Op op)
{
    switch (op) {
    case Op::Lt: return Op::Gt;
    case Op::Le: return Op::Ge;
    case Op::Gt: return Op::Lt;
    case Op::Ge: return Op::Le;
    default: return op; // Eq, Ne
    }
}

// `v <op> c` for integer values v as a range (or its outside, for Ne) over the stored value
// x, where v = x, or v = asOf - x for days_since.
void intComparison(Op op, int64_t c, bool daysSince, int32_t asOf, BoundPredicate& p)
{
    constexpr I128 kMin = std::numeric_limits<int64_t>::min(), kMax = std::numeric_limits<int64_t>::max();
    I128 lo = kMin, hi = kMax;
    switch (op) {
    case Op::Eq:
    case Op::Ne: lo = hi = c; break;
    case Op::Lt: hi = I128{c} - 1; break;
    case Op::Le: hi = c; break;
    case Op::Gt: lo = I128{c} + 1; break;
    default: lo = c; break; // Ge
    }
    if (daysSince) { // as_of - x in [lo, hi]  <=>  x in [as_of - hi, as_of - lo]
        const I128 l = I128{asOf} - hi, h = I128{asOf} - lo;
        lo = l;
        hi = h;
    }
    lo = std::max(lo, kMin); // x is an int64: clamping the bounds keeps the same rows
    hi = std::min(hi, kMax);
    const bool outside = op == Op::Ne;
    if (lo > hi) {
        p.form = outside ? Form::NotNull : Form::Never;
        return;
    }
    p.form = outside ? Form::IntOutside : Form::IntRange;
    p.ilo = static_cast<int64_t>(lo);
    p.ihi = static_cast<int64_t>(hi);
}

bool doubleComparison(Op op, double c, BoundPredicate& p)
{
    if (std::isnan(c))
        return false;
    constexpr double kInf = std::numeric_limits<double>::infinity();
    p.form = op == Op::Ne ? Form::DoubleOutside : Form::DoubleRange;
    p.dlo = -kInf;
    p.dhi = kInf;
    switch (op) {
    case Op::Eq:
    case Op::Ne: p.dlo = p.dhi = c; break;
    case Op::Lt: p.dhi = c; p.hiInclusive = false; break;
    case Op::Le: p.dhi = c; break;
    case Op::Gt: p.dlo = c; p.loInclusive = false; break;
    default: p.dlo = c; break; // Ge
    }
    return true;
}

class Planner {
public:
    Planner(const CompiledExpr& e, const EvalContext& ctx, size_t rows, const FilterPlan::DerivedExpr& derived,
            std::vector<FilterPlan::Leaf>& leaves, std::vector<FilterPlan::Step>& steps)
        : e_(e), ctx_(ctx), rows_(rows), derived_(derived), leaves_(leaves), steps_(steps)
    {
    }

    // Appends the steps that push the TRUE (or FALSE) rows of node i; false: no fast shape.
    bool emit(int i, bool wantFalse, int depth)
    {
        const PNode& n = node(i);
        // A whole subtree over one string column (`NOT (s LIKE 'a%' OR s = '')`) is one
        // leaf: the evaluator tabulates it per dictionary entry.
        if (n.op == Op::Not && !n.dictRoot)
            return emit(n.kids[0], !wantFalse, depth);
        if ((n.op == Op::And || n.op == Op::Or) && !n.dictRoot) {
            // TRUE(a AND b) = TRUE(a) & TRUE(b); FALSE(a AND b) = FALSE(a) | FALSE(b); dually for OR.
            const bool isAnd = (n.op == Op::And) != wantFalse;
            for (size_t k = 0; k < n.kids.size(); ++k) {
                if (!emit(n.kids[k], wantFalse, depth + (k ? 1 : 0)))
                    return false;
                if (k)
                    steps_.push_back({isAnd ? FilterPlan::Step::Kind::And : FilterPlan::Step::Kind::Or, -1, false, 2});
            }
            return true;
        }
        const int leaf = leafOf(i);
        if (leaf < 0)
            return false;
        steps_.push_back({FilterPlan::Step::Kind::Leaf, leaf, wantFalse, 0});
        maxDepth = std::max(maxDepth, depth + 1);
        return true;
    }

    int maxDepth = 0;

private:
    const PNode& node(int i) const { return e_.nodes[static_cast<size_t>(i)]; }
    const Column& column(const PNode& c) const { return expr::boundColumn(c, ctx_, rows_); }
    bool imported(const PNode& c) const { return c.slot >= 0 && c.slot < ctx_.narrowSlots; }

    int leafOf(int i)
    {
        if (auto it = leafIndex_.find(i); it != leafIndex_.end())
            return it->second;
        FilterPlan::Leaf leaf;
        if (!describe(i, leaf))
            return -1;
        leaves_.push_back(std::move(leaf));
        leafIndex_[i] = static_cast<int>(leaves_.size() - 1);
        return leafIndex_[i];
    }

    void onColumn(const PNode& c, FilterPlan::Leaf& leaf) const
    {
        leaf.column = &column(c);
        leaf.narrow = imported(c);
        leaf.predicate.type = c.type;
    }

    bool describe(int i, FilterPlan::Leaf& leaf)
    {
        const PNode& n = node(i);
        if (n.type != DataType::Bool)
            return false;
        switch (n.op) {
        case Op::Const:
            leaf.constTrue = !n.constNull && n.ci != 0;
            leaf.constFalse = !n.constNull && n.ci == 0;
            return true;
        case Op::Column: // a bool column: TRUE where 1
            onColumn(n, leaf);
            leaf.predicate.form = Form::IntRange;
            leaf.predicate.ilo = leaf.predicate.ihi = 1;
            return true;
        case Op::IsNull:
        case Op::IsNotNull: {
            const PNode& c = node(n.kids[0]);
            if (c.op != Op::Column)
                break;
            onColumn(c, leaf);
            const bool isNull = n.op == Op::IsNull;
            leaf.predicate.form = isNull ? Form::Never : Form::NotNull;
            leaf.nullTrue = isNull;
            leaf.nullFalse = !isNull;
            return true;
        }
        case Op::In: {
            const PNode& c = node(n.kids[0]);
            if (c.op != Op::Column || c.type == DataType::String)
                break;
            onColumn(c, leaf);
            if (c.type == DataType::Double) {
                leaf.predicate.form = Form::DoubleSet;
                leaf.predicate.dset = n.set->doubles;
                std::sort(leaf.predicate.dset.begin(), leaf.predicate.dset.end());
            } else {
                leaf.predicate.form = Form::IntSet;
                leaf.predicate.iset = n.set->ints; // sorted and unique
            }
            // Not found is NULL, never FALSE, when the list holds a NULL.
            leaf.falseBy = n.set->hasNull ? FilterPlan::Leaf::FalseBy::Nothing : FilterPlan::Leaf::FalseBy::Complement;
            return true;
        }
        default:
            if (expr::isComparison(n.op) && comparison(n, leaf))
                return true;
            break;
        }
        return dictionaryLeaf(i, leaf);
    }

    bool comparison(const PNode& n, FilterPlan::Leaf& leaf)
    {
        const PNode& a = node(n.kids[0]);
        const PNode& b = node(n.kids[1]);
        if (a.type != b.type || a.type == DataType::String)
            return false;
        const bool constRight = b.op == Op::Const;
        const PNode& lit = constRight ? b : a;
        const Operand operand = operandOf(e_, constRight ? n.kids[0] : n.kids[1], derived_);
        if (lit.op != Op::Const || lit.constNull || !operand.column)
            return false;
        const Op op = constRight ? n.op : mirrored(n.op);
        onColumn(*operand.column, leaf);
        if (a.type == DataType::Double)
            return doubleComparison(op, lit.cd, leaf.predicate);
        intComparison(op, lit.ci, operand.daysSince, ctx_.asOfDay, leaf.predicate);
        return true;
    }

    // A test of one string column, tabulated per dictionary entry by the evaluator.
    bool dictionaryLeaf(int i, FilterPlan::Leaf& leaf)
    {
        if (!node(i).dictRoot || node(i).dictSlot < 0)
            return false;
        if (!batch_)
            batch_ = std::make_unique<expr::BatchEval>(e_, ctx_, 0, rows_);
        const expr::DictTable* t = batch_->tableOf(i);
        if (!t)
            return false;
        leaf.column = t->column;
        leaf.narrow = node(i).dictSlot < ctx_.narrowSlots;
        leaf.predicate.type = DataType::String;
        leaf.predicate.form = Form::String;
        leaf.falseBy = FilterPlan::Leaf::FalseBy::Table;
        const size_t n = t->nullCode; // codes 0..n-1; entry n is the NULL row
        leaf.table.assign(std::max<size_t>(1, n), 0);
        leaf.falseTable.assign(std::max<size_t>(1, n), 0);
        for (size_t c = 0; c < n; ++c) {
            leaf.table[c] = static_cast<uint8_t>(t->b[c] & (t->n[c] ^ 1));
            leaf.falseTable[c] = static_cast<uint8_t>((t->b[c] ^ 1) & (t->n[c] ^ 1));
        }
        leaf.nullTrue = t->b[n] && !t->n[n];
        leaf.nullFalse = !t->b[n] && !t->n[n];
        return true;
    }

    const CompiledExpr& e_;
    const EvalContext& ctx_;
    size_t rows_;
    const FilterPlan::DerivedExpr& derived_;
    std::vector<FilterPlan::Leaf>& leaves_;
    std::vector<FilterPlan::Step>& steps_;
    std::unordered_map<int, int> leafIndex_;
    std::unique_ptr<expr::BatchEval> batch_;
};

} // namespace

const PNode* daysSinceDate(const CompiledExpr& e, int node)
{
    if (node < 0 || static_cast<size_t>(node) >= e.nodes.size())
        return nullptr;
    const PNode& d = e.nodes[static_cast<size_t>(node)];
    if (d.op != Op::DaysSince || d.kids.size() != 1)
        return nullptr;
    const PNode& k = e.nodes[static_cast<size_t>(d.kids[0])];
    return k.op == Op::Column && k.type == DataType::Date ? &k : nullptr;
}

std::unique_ptr<FilterPlan> FilterPlan::make(const CompiledExpr& e, const EvalContext& ctx, size_t rows,
                                             const DerivedExpr& derived)
{
    if (e.resultType != DataType::Bool || e.resultIsNull || rows == 0)
        return nullptr;
    // A dictionary as large as the rows (a unique e-mail column) is tabulated on one thread
    // here; the interpreter spreads that work over the partitions instead.
    for (const auto& subtree : e.dictSubtrees)
        for (int i : subtree) {
            const PNode& n = e.nodes[static_cast<size_t>(i)];
            if (n.op == Op::Column && n.slot >= 0 && static_cast<size_t>(n.slot) < ctx.slots.size()
                && ctx.slots[static_cast<size_t>(n.slot)] && ctx.slots[static_cast<size_t>(n.slot)]->dict().size() > rows / 4)
                return nullptr;
        }
    auto plan = std::unique_ptr<FilterPlan>(new FilterPlan);
    plan->rows_ = rows;
    Planner planner(e, ctx, rows, derived, plan->leaves_, plan->steps_);
    if (!planner.emit(e.root, false, 0))
        return nullptr;
    for (int k = 1; k < planner.maxDepth; ++k)
        plan->stack_.push_back(buffer_pool::takeBitset(rows)); // reused storage: no page faults per run
    return plan;
}

void FilterPlan::leafWords(const Leaf& leaf, bool wantFalse, size_t fw, size_t lw, uint64_t* dst) const
{
    const size_t lastWord = (rows_ - 1) / 64;
    const uint64_t lastMask = rows_ % 64 ? (uint64_t{1} << (rows_ % 64)) - 1 : ~uint64_t{0};
    auto rowMask = [&](size_t w) { return w == lastWord ? lastMask : ~uint64_t{0}; };
    if (!leaf.column) {
        const bool all = wantFalse ? leaf.constFalse : leaf.constTrue;
        for (size_t w = fw; w < lw; ++w)
            dst[w] = all ? rowMask(w) : 0;
        return;
    }
    const uint64_t* valid = leaf.column->validity().words();
    if (!wantFalse) {
        filterWords(*leaf.column, leaf.predicate, leaf.table, fw, lw, dst, leaf.narrow);
    } else if (leaf.falseBy == Leaf::FalseBy::Complement) { // present, and the test fails
        filterWords(*leaf.column, leaf.predicate, leaf.table, fw, lw, dst, leaf.narrow);
        for (size_t w = fw; w < lw; ++w)
            dst[w] = valid[w] & ~dst[w] & rowMask(w);
    } else if (leaf.falseBy == Leaf::FalseBy::Table) {
        filterWords(*leaf.column, leaf.predicate, leaf.falseTable, fw, lw, dst, leaf.narrow);
    } else {
        std::fill(dst + fw, dst + lw, uint64_t{0});
    }
    if (wantFalse ? leaf.nullFalse : leaf.nullTrue)
        for (size_t w = fw; w < lw; ++w)
            dst[w] |= ~valid[w] & rowMask(w);
}

void FilterPlan::run(size_t firstWord, size_t lastWord, uint64_t* out) const
{
    auto entry = [&](size_t k) { return k == 0 ? out : stack_[k - 1]->words(); };
    for (size_t a = firstWord; a < lastWord; a += kBlockWords) {
        const size_t b = std::min(lastWord, a + kBlockWords);
        size_t top = 0; // entries on the stack
        for (const Step& s : steps_) {
            if (s.kind == Step::Kind::Leaf) {
                leafWords(leaves_[static_cast<size_t>(s.leaf)], s.wantFalse, a, b, entry(top));
                ++top;
                continue;
            }
            uint64_t* x = entry(top - 2);
            const uint64_t* y = entry(top - 1);
            if (s.kind == Step::Kind::And)
                for (size_t w = a; w < b; ++w)
                    x[w] &= y[w];
            else
                for (size_t w = a; w < b; ++w)
                    x[w] |= y[w];
            --top;
        }
    }
}

} // namespace seg
