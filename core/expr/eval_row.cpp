// Per-row evaluation: a recursion over the compiled nodes that calls the operator definitions
// of ops.h on single values. Used by evalRow (streaming runs) and by compile-time folding.
#include "expr/eval_row.h"

#include "util/error.h"

namespace seg::expr {

const Column& boundColumn(const PNode& node, const EvalContext& ctx, size_t rowsNeeded)
{
    const auto slot = static_cast<size_t>(node.slot);
    const Column* col = node.slot >= 0 && slot < ctx.slots.size() ? ctx.slots[slot] : nullptr;
    if (!col)
        throw Error("expression: column '" + node.name + "' is not available to the evaluator");
    if (col->type() != node.type)
        throw Error("expression: column '" + node.name + "' is " + std::string(typeName(col->type()))
                    + " but the expression was compiled for " + std::string(typeName(node.type)));
    if (col->size() < rowsNeeded)
        throw Error("expression: column '" + node.name + "' has " + std::to_string(col->size()) + " rows, "
                    + std::to_string(rowsNeeded) + " needed");
    return *col;
}

namespace {

struct RowEval {
    const std::vector<PNode>& nodes;
    const EvalContext& ctx;
    size_t row;
    std::forward_list<std::string>& arena;

    Scalar column(const PNode& n) const
    {
        const Column& col = boundColumn(n, ctx, row + 1);
        Scalar r;
        r.null = col.isNull(row);
        if (r.null)
            return r;
        switch (n.type) {
        case DataType::Int:
        case DataType::Timestamp: r.i = col.intAt(row); break;
        case DataType::Double: r.d = col.doubleAt(row); break;
        case DataType::Bool: r.i = col.boolAt(row); break;
        case DataType::Date: r.i = col.dateAt(row); break;
        case DataType::String: {
            const auto code = static_cast<size_t>(col.codes()[row]);
            r.null = code >= col.dict().size(); // a broken code reads as NULL, never out of bounds
            if (!r.null)
                r.s = col.dict()[code];
            break;
        }
        }
        return r;
    }

    template <class Fn> static Scalar numeric(Store store, const Scalar& a, Fn&& fn)
    {
        Scalar r;
        if (a.null)
            return r;
        r.null = store == Store::F64 ? !fn(a.d, r.d) : !fn(a.i, r.i);
        return r;
    }
    template <class OpT> static Scalar arith(Store store, const Scalar& a, const Scalar& b)
    {
        Scalar r;
        if (a.null || b.null)
            return r;
        r.null = store == Store::F64 ? !OpT::apply(a.d, b.d, r.d) : !OpT::apply(a.i, b.i, r.i);
        return r;
    }

    template <class Cmp> static bool compare(Store sa, Store sb, const Scalar& a, const Scalar& b)
    {
        if (sa == Store::Str)
            return Cmp::apply(a.s, b.s);
        if (sa == Store::U8)
            return Cmp::apply(static_cast<uint8_t>(a.i), static_cast<uint8_t>(b.i));
        if (sa == Store::F64)
            return sb == Store::F64 ? Cmp::apply(a.d, b.d) : Cmp::apply(a.d, b.i);
        return sb == Store::F64 ? Cmp::apply(a.i, b.d) : Cmp::apply(a.i, b.i);
    }
    template <class Cmp> Scalar comparison(const PNode& n) const
    {
        const Scalar a = eval(n.kids[0]), b = eval(n.kids[1]);
        Scalar r;
        r.null = a.null || b.null;
        if (!r.null)
            r.i = compare<Cmp>(storeOf(nodes[n.kids[0]].type), storeOf(nodes[n.kids[1]].type), a, b);
        return r;
    }

    template <class Combine> Scalar logic(const PNode& n, Combine&& combine) const
    {
        Scalar acc = eval(n.kids[0]);
        for (size_t k = 1; k < n.kids.size(); ++k) {
            const Scalar b = eval(n.kids[k]);
            uint8_t rv, rn;
            combine(static_cast<uint8_t>(acc.i), static_cast<uint8_t>(acc.null), static_cast<uint8_t>(b.i),
                    static_cast<uint8_t>(b.null), rv, rn);
            acc.i = rv;
            acc.null = rn;
        }
        return acc;
    }

    Scalar inList(const PNode& n) const
    {
        const Scalar x = eval(n.kids[0]);
        Scalar r;
        if (x.null)
            return r;
        bool found = false;
        switch (storeOf(nodes[n.kids[0]].type)) {
        case Store::F64: found = n.set->contains(x.d); break;
        case Store::Str: found = n.set->contains(x.s); break;
        default: found = n.set->contains(x.i); break;
        }
        uint8_t rv, rn;
        inList3(found, n.set->hasNull, rv, rn);
        r.i = rv;
        r.null = rn;
        return r;
    }

    Scalar caseMap(const PNode& n, char (*map)(char)) const
    {
        Scalar r = eval(n.kids[0]);
        if (r.null)
            return r;
        std::string& out = arena.emplace_front(r.s);
        for (char& c : out)
            c = map(c);
        r.s = out;
        return r;
    }

    Scalar eval(int index) const
    {
        const PNode& n = nodes[static_cast<size_t>(index)];
        const Store store = storeOf(n.type);
        Scalar r;
        switch (n.op) {
        case Op::Const:
            r.null = n.constNull;
            r.i = n.ci;
            r.d = n.cd;
            r.s = n.cs;
            return r;
        case Op::Column: return column(n);
        case Op::Neg: return numeric(store, eval(n.kids[0]), [](auto a, auto& out) { return NegOp::apply(a, out); });
        case Op::Abs: return numeric(store, eval(n.kids[0]), [](auto a, auto& out) { return AbsOp::apply(a, out); });
        case Op::IntToDouble: {
            const Scalar a = eval(n.kids[0]);
            r.null = a.null || !IntToDoubleOp::apply(a.i, r.d);
            return r;
        }
        case Op::DateToTimestamp: {
            const Scalar a = eval(n.kids[0]);
            r.null = a.null || !DateToTimestampOp::apply(a.i, r.i);
            return r;
        }
        case Op::Not: {
            const Scalar a = eval(n.kids[0]);
            uint8_t rv, rn;
            not3(static_cast<uint8_t>(a.i), a.null, rv, rn);
            r.i = rv;
            r.null = rn;
            return r;
        }
        case Op::IsNull:
        case Op::IsNotNull:
            r.null = false;
            r.i = eval(n.kids[0]).null == (n.op == Op::IsNull);
            return r;
        case Op::Add: return arith<AddOp>(store, eval(n.kids[0]), eval(n.kids[1]));
        case Op::Sub: return arith<SubOp>(store, eval(n.kids[0]), eval(n.kids[1]));
        case Op::Mul: return arith<MulOp>(store, eval(n.kids[0]), eval(n.kids[1]));
        case Op::Div: {
            const Scalar a = eval(n.kids[0]), b = eval(n.kids[1]);
            r.null = a.null || b.null || !DivOp::apply(a.d, b.d, r.d);
            return r;
        }
        case Op::Eq: return comparison<CmpEq>(n);
        case Op::Ne: return comparison<CmpNe>(n);
        case Op::Lt: return comparison<CmpLt>(n);
        case Op::Le: return comparison<CmpLe>(n);
        case Op::Gt: return comparison<CmpGt>(n);
        case Op::Ge: return comparison<CmpGe>(n);
        case Op::And: return logic(n, and3);
        case Op::Or: return logic(n, or3);
        case Op::In: return inList(n);
        case Op::Like: {
            const Scalar a = eval(n.kids[0]), p = eval(n.kids[1]);
            r.null = a.null || p.null;
            if (!r.null)
                r.i = likeMatch(a.s, p.s, n.escape);
            return r;
        }
        case Op::Lower: return caseMap(n, asciiLower);
        case Op::Upper: return caseMap(n, asciiUpper);
        case Op::Length: {
            const Scalar a = eval(n.kids[0]);
            r.null = a.null;
            if (!r.null)
                r.i = utf8Length(a.s);
            return r;
        }
        case Op::Coalesce:
            for (int k : n.kids) {
                r = eval(k);
                if (!r.null)
                    return r;
            }
            return r;
        case Op::DaysSince: {
            const Scalar a = eval(n.kids[0]);
            r.null = a.null;
            if (!r.null)
                r.i = nodes[static_cast<size_t>(n.kids[0])].type == DataType::Date
                    ? DaysSinceOp::fromDate(a.i, ctx.asOfDay)
                    : DaysSinceOp::fromTimestamp(a.i, ctx.asOfDay);
            return r;
        }
        }
        return r;
    }
};

} // namespace

Scalar evalScalar(const std::vector<PNode>& nodes, int index, const EvalContext& ctx, size_t row,
                  std::forward_list<std::string>& arena)
{
    return RowEval{nodes, ctx, row, arena}.eval(index);
}

} // namespace seg::expr

namespace seg {

Value evalRow(const CompiledExpr& expr, const EvalContext& ctx, size_t row)
{
    std::forward_list<std::string> arena;
    const expr::Scalar s = expr::evalScalar(expr.nodes, expr.root, ctx, row, arena);
    if (s.null)
        return Value::nullOf(expr.resultType);
    switch (expr.resultType) {
    case DataType::Int: return Value::ofInt(s.i);
    case DataType::Double: return Value::ofDouble(s.d);
    case DataType::Bool: return Value::ofBool(s.i != 0);
    case DataType::Date: return Value::ofDate(static_cast<int32_t>(s.i));
    case DataType::Timestamp: return Value::ofTimestamp(s.i);
    case DataType::String: return Value::ofString(std::string(s.s));
    }
    return Value::nullOf(expr.resultType);
}

} // namespace seg
