// The per-operator dispatch of the batch evaluator: one typed loop (batch_vec.h) per node
// and morsel, calling the operator definitions of ops.h.
#include "expr/batch_eval.h"

#include <cstring>

namespace seg::expr {

void BatchEval::caseMap(const Vec& a, Vec& o, size_t count, char (*map)(char))
{
    size_t total = 0;
    for (size_t k = 0; k < count; ++k)
        total += a.s[k].size();
    o.arena.resize(total);
    std::string_view* rv = out<std::string_view>(o);
    std::memcpy(outNulls(o), a.n, count);
    char* base = o.arena.data();
    size_t at = 0;
    for (size_t k = 0; k < count; ++k) {
        const std::string_view src = a.s[k];
        for (size_t j = 0; j < src.size(); ++j)
            base[at + j] = map(src[j]);
        rv[k] = std::string_view(base + at, src.size());
        at += src.size();
    }
}

void BatchEval::evalNode(int i, size_t r0, size_t count, bool dictMode)
{
    const PNode& n = node(i);
    Vec& o = vec(i);
    const Store store = storeOf(n.type);
    auto kid = [&](size_t k) -> const Vec& { return vec(n.kids[k]); };
    auto kidStore = [&](size_t k) { return storeOf(node(n.kids[k]).type); };
    auto kids = [&]() -> const std::vector<const Vec*>& { return kidVecs_[static_cast<size_t>(i)]; };
    switch (n.op) {
    case Op::Const: fillConstant(n, o); return;
    case Op::Column: readColumn(i, o, r0, count, dictMode); return;
    case Op::Neg: signedUnaryKernel<NegOp>(store, kid(0), o, count); return;
    case Op::Abs: signedUnaryKernel<AbsOp>(store, kid(0), o, count); return;
    case Op::IntToDouble:
        unaryKernel<int64_t, double, false>(kid(0), o, count,
                                           [](int64_t a, double& r) { return IntToDoubleOp::apply(a, r); });
        return;
    case Op::DateToTimestamp:
        unaryKernel<int64_t, int64_t, false>(kid(0), o, count,
                                             [](int64_t a, int64_t& r) { return DateToTimestampOp::apply(a, r); });
        return;
    case Op::DaysSince: {
        const int32_t asOf = ctx_.asOfDay;
        if (node(n.kids[0]).type == DataType::Date)
            unaryKernel<int64_t, int64_t, false>(kid(0), o, count, [asOf](int64_t a, int64_t& r) {
                r = DaysSinceOp::fromDate(a, asOf);
                return true;
            });
        else
            unaryKernel<int64_t, int64_t, false>(kid(0), o, count, [asOf](int64_t a, int64_t& r) {
                r = DaysSinceOp::fromTimestamp(a, asOf);
                return true;
            });
        return;
    }
    case Op::Not: {
        const Vec& a = kid(0);
        uint8_t* rv = out<uint8_t>(o);
        uint8_t* rn = outNulls(o);
        for (size_t k = 0; k < count; ++k)
            not3(a.b[k], a.n[k], rv[k], rn[k]);
        return;
    }
    case Op::IsNull:
    case Op::IsNotNull: {
        const uint8_t flip = n.op == Op::IsNotNull;
        const uint8_t* an = kid(0).n;
        uint8_t* rv = out<uint8_t>(o);
        for (size_t k = 0; k < count; ++k)
            rv[k] = static_cast<uint8_t>(an[k] ^ flip);
        o.n = kNoNulls;
        return;
    }
    case Op::Add: arithKernel<AddOp>(store, kid(0), kid(1), o, count); return;
    case Op::Sub: arithKernel<SubOp>(store, kid(0), kid(1), o, count); return;
    case Op::Mul: arithKernel<MulOp>(store, kid(0), kid(1), o, count); return;
    case Op::Div:
        binaryKernel<double, double, double>(kid(0), kid(1), o, count,
                                             [](double a, double b, double& r) { return DivOp::apply(a, b, r); });
        return;
    case Op::Eq: compareKernel<CmpEq>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
    case Op::Ne: compareKernel<CmpNe>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
    case Op::Lt: compareKernel<CmpLt>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
    case Op::Le: compareKernel<CmpLe>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
    case Op::Gt: compareKernel<CmpGt>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
    case Op::Ge: compareKernel<CmpGe>(kid(0), kidStore(0), kid(1), kidStore(1), o, count); return;
    case Op::And: // lambdas, not function references, so that and3/or3 inline into the loop
        logicKernel(kids(), o, count, true, [](uint8_t av, uint8_t an, uint8_t bv, uint8_t bn, uint8_t& rv, uint8_t& rn) {
            and3(av, an, bv, bn, rv, rn);
        });
        return;
    case Op::Or:
        logicKernel(kids(), o, count, false, [](uint8_t av, uint8_t an, uint8_t bv, uint8_t bn, uint8_t& rv, uint8_t& rn) {
            or3(av, an, bv, bn, rv, rn);
        });
        return;
    case Op::In:
        switch (kidStore(0)) {
        case Store::I64: inKernel<int64_t>(*n.set, kid(0), o, count); return;
        case Store::F64: inKernel<double>(*n.set, kid(0), o, count); return;
        case Store::U8: inKernel<uint8_t>(*n.set, kid(0), o, count); return;
        case Store::Str: inKernel<std::string_view>(*n.set, kid(0), o, count); return;
        }
        return;
    case Op::Like: {
        const int escape = n.escape;
        binaryKernel<std::string_view, std::string_view, uint8_t, false>(
            kid(0), kid(1), o, count, [escape](std::string_view t, std::string_view p, uint8_t& r) {
                r = likeMatch(t, p, escape);
                return true;
            });
        return;
    }
    case Op::Lower: caseMap(kid(0), o, count, asciiLower); return;
    case Op::Upper: caseMap(kid(0), o, count, asciiUpper); return;
    case Op::Length:
        unaryKernel<std::string_view, int64_t, false>(kid(0), o, count, [](std::string_view s, int64_t& r) {
            r = utf8Length(s);
            return true;
        });
        return;
    case Op::Coalesce:
        switch (store) {
        case Store::I64: coalesceKernel<int64_t>(kids(), o, count); return;
        case Store::F64: coalesceKernel<double>(kids(), o, count); return;
        case Store::U8: coalesceKernel<uint8_t>(kids(), o, count); return;
        case Store::Str: coalesceKernel<std::string_view>(kids(), o, count); return;
        }
        return;
    }
}

} // namespace seg::expr
