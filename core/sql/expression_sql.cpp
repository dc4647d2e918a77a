// Expressions and bound predicates as SQL. The input is the engine's own compiled form (types
// resolved, implicit conversions inserted, BETWEEN / NOT IN desugared, constants folded), so
// the SQL follows the engine's meaning instead of re-deriving it from the expression text.
#include "sql/sql_writer.h"

#include "util/error.h"

#include <limits>

namespace seg::sql {

namespace {

using expr::Op;
using expr::PNode;

// A stored integer-like value (days, micros, 0/1) as a typed value of column type `type`.
Value intLike(DataType type, int64_t v)
{
    switch (type) {
    case DataType::Date: return Value::ofDate(static_cast<int32_t>(v));
    case DataType::Timestamp: return Value::ofTimestamp(v);
    case DataType::Bool: return Value::ofBool(v != 0);
    default: return Value::ofInt(v);
    }
}

Value constantOf(const PNode& n)
{
    if (n.constNull)
        return Value::nullOf(n.type);
    if (n.type == DataType::Double)
        return Value::ofDouble(n.cd);
    if (n.type == DataType::String)
        return Value::ofString(n.cs);
    return intLike(n.type, n.ci);
}

const char* comparisonText(Op op)
{
    switch (op) {
    case Op::Eq: return " = ";
    case Op::Ne: return " <> ";
    case Op::Lt: return " < ";
    case Op::Le: return " <= ";
    case Op::Gt: return " > ";
    default: return " >= ";
    }
}

class ExpressionWriter {
public:
    ExpressionWriter(const CompiledExpr& e, const SlotSql& slots, int32_t asOf, SqlWriter& w)
        : e_(e), slots_(slots), asOf_(asOf), w_(w), d_(w.dialect())
    {
    }

    std::string at(int i)
    {
        const PNode& n = e_.nodes[static_cast<size_t>(i)];
        auto kid = [&](size_t k) { return at(n.kids[k]); };
        auto kidType = [&](size_t k) { return e_.nodes[static_cast<size_t>(n.kids[k])].type; };
        switch (n.op) {
        case Op::Const:
            if (n.unknownType)
                return "NULL";
            return n.constNull ? d_.typedNull(n.type) : w_.value(constantOf(n));
        case Op::Column: return slots_(n.slot);
        case Op::Neg: return d_.negate(kid(0));
        case Op::Abs: return "abs(" + kid(0) + ")";
        case Op::Not: return d_.logicalNot(kid(0));
        case Op::IsNull: return "(" + kid(0) + " IS NULL)";
        case Op::IsNotNull: return "(" + kid(0) + " IS NOT NULL)";
        case Op::IntToDouble: return d_.toDouble(kid(0));
        case Op::DateToTimestamp: return d_.dateToTimestamp(kid(0));
        case Op::Add: return "(" + kid(0) + " + " + kid(1) + ")";
        case Op::Sub: return "(" + kid(0) + " - " + kid(1) + ")";
        case Op::Mul: return "(" + kid(0) + " * " + kid(1) + ")";
        case Op::Div: { // always as doubles; x / 0 is NULL (PostgreSQL would raise an error)
            auto asDouble = [&](size_t k) { return kidType(k) == DataType::Double ? kid(k) : d_.toDouble(kid(k)); };
            return "(" + asDouble(0) + " / NULLIF(" + asDouble(1) + ", " + d_.doubleNumber("0.0") + "))";
        }
        case Op::Eq:
        case Op::Ne:
        case Op::Lt:
        case Op::Le:
        case Op::Gt:
        case Op::Ge: {
            const bool text = kidType(0) == DataType::String;
            const std::string a = text ? d_.bytewise(kid(0)) : kid(0);
            const std::string b = text ? d_.bytewise(kid(1)) : kid(1);
            return "(" + a + comparisonText(n.op) + b + ")";
        }
        case Op::And:
        case Op::Or: {
            std::vector<std::string> kids;
            for (size_t k = 0; k < n.kids.size(); ++k)
                kids.push_back(kid(k));
            return d_.logicalJunction(n.op == Op::And, kids);
        }
        case Op::In: return inList(n, kid(0), kidType(0));
        case Op::Like: {
            const PNode& pattern = e_.nodes[static_cast<size_t>(n.kids[1])];
            if (pattern.op == Op::Const && !pattern.constNull && !pattern.unknownType)
                return d_.likeConstant(kid(0), pattern.cs, n.escape, w_.binder());
            return d_.likeDynamic(kid(0), kid(1), n.escape);
        }
        case Op::Lower: return d_.lowerAscii(kid(0));
        case Op::Upper: return d_.upperAscii(kid(0));
        case Op::Length: return d_.charLength(kid(0));
        case Op::Coalesce: {
            std::string out = "coalesce(";
            for (size_t k = 0; k < n.kids.size(); ++k)
                out += (k ? ", " : "") + kid(k);
            return out + ")";
        }
        case Op::DaysSince: return d_.daysSince(kid(0), kidType(0), w_.value(Value::ofDate(asOf_)));
        }
        throw Error("internal error: expression operator without SQL form");
    }

private:
    // SQL's IN has the spec's three-valued meaning: a miss with a NULL in the list is NULL.
    std::string inList(const PNode& n, const std::string& x, DataType type)
    {
        const expr::InSet& set = *n.set;
        std::vector<std::string> items;
        if (type == DataType::Double)
            for (double v : set.doubles)
                items.push_back(w_.value(Value::ofDouble(v)));
        else if (type == DataType::String)
            for (const auto& v : set.strings)
                items.push_back(w_.value(Value::ofString(v)));
        else
            for (int64_t v : set.ints)
                items.push_back(w_.value(intLike(type, v)));
        if (items.empty() && !set.hasNull) // nothing can match; a NULL x stays NULL as in the engine
            return "(CASE WHEN " + x + " IS NULL THEN " + d_.typedNull(DataType::Bool) + " ELSE " + d_.boolValue(false)
                + " END)";
        const bool text = type == DataType::String;
        return d_.inValues(text ? d_.bytewise(x) : x, std::move(items), set.hasNull ? d_.typedNull(type) : "", false);
    }

    const CompiledExpr& e_;
    const SlotSql& slots_;
    int32_t asOf_;
    SqlWriter& w_;
    const Dialect& d_;
};

std::string rangeSql(const std::string& x, const std::string& lo, bool loIncl, const std::string& hi, bool hiIncl,
                     const Dialect& d)
{
    if (lo.empty() && hi.empty())
        return "(" + x + " IS NOT NULL)";
    std::string out = "(";
    if (!lo.empty())
        out += x + (loIncl ? " >= " : " > ") + lo;
    if (!hi.empty())
        out += std::string(lo.empty() ? "" : " AND ") + x + (hiIncl ? " <= " : " < ") + hi;
    (void)d;
    return out + ")";
}

std::string listSql(const std::string& x, const std::vector<std::string>& items, bool negate, const Dialect& d)
{
    if (items.empty())
        return negate ? "(" + x + " IS NOT NULL)" : d.boolValue(false);
    return d.inValues(x, items, "", negate);
}

std::string stringPredicate(const BoundPredicate& p, const std::string& x0, SqlWriter& w)
{
    const Dialect& d = w.dialect();
    const std::string folded = p.ignoreCase ? d.lowerAscii(x0) : x0;
    const std::string x = d.bytewise(folded);
    auto lit = [&](const std::string& s) { return d.bytewise(w.value(Value::ofString(s))); };
    switch (p.op) {
    case CompareOp::Eq: return "(" + x + " = " + lit(p.s1) + ")";
    case CompareOp::Ne: return "(" + x + " <> " + lit(p.s1) + ")";
    case CompareOp::Lt: return "(" + x + " < " + lit(p.s1) + ")";
    case CompareOp::Le: return "(" + x + " <= " + lit(p.s1) + ")";
    case CompareOp::Gt: return "(" + x + " > " + lit(p.s1) + ")";
    case CompareOp::Ge: return "(" + x + " >= " + lit(p.s1) + ")";
    case CompareOp::Between: return "(" + x + " >= " + lit(p.s1) + " AND " + x + " <= " + lit(p.s2) + ")";
    case CompareOp::In:
    case CompareOp::NotIn: {
        std::vector<std::string> items;
        for (const auto& s : p.sset)
            items.push_back(w.value(Value::ofString(s)));
        return listSql(x, items, p.op == CompareOp::NotIn, d);
    }
    case CompareOp::Contains: return d.affix(folded, p.s1, Dialect::Affix::Contains, w.binder());
    case CompareOp::StartsWith: return d.affix(folded, p.s1, Dialect::Affix::Prefix, w.binder());
    case CompareOp::EndsWith: return d.affix(folded, p.s1, Dialect::Affix::Suffix, w.binder());
    default: return d.boolValue(false);
    }
}

} // namespace

std::string expressionSql(const CompiledExpr& expr, const SlotSql& slots, int32_t asOfDay, SqlWriter& w)
{
    if (expr.resultIsNull)
        return w.dialect().typedNull(expr.resultType);
    ExpressionWriter writer(expr, slots, asOfDay, w);
    return writer.at(expr.root);
}

std::string predicateSql(const BoundPredicate& p, const std::string& x, SqlWriter& w)
{
    using Form = BoundPredicate::Form;
    const Dialect& d = w.dialect();
    constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
    constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
    constexpr double kInf = std::numeric_limits<double>::infinity();
    auto intBound = [&](int64_t v, int64_t open) { return v == open ? std::string() : w.value(intLike(p.type, v)); };
    auto doubleBound = [&](double v) { return v == kInf || v == -kInf ? std::string() : w.value(Value::ofDouble(v)); };
    switch (p.form) {
    case Form::IsNull: return "(" + x + " IS NULL)";
    case Form::NotNull: return "(" + x + " IS NOT NULL)";
    case Form::Never: return d.boolValue(false);
    case Form::IntRange:
        if (p.ilo > p.ihi)
            return d.boolValue(false);
        if (p.ilo == p.ihi) // one bound parameter: PostgreSQL refuses parameters a statement does not use
            return "(" + x + " = " + w.value(intLike(p.type, p.ilo)) + ")";
        return rangeSql(x, intBound(p.ilo, kMin), true, intBound(p.ihi, kMax), true, d);
    case Form::IntOutside: {
        if (p.ilo == p.ihi && p.ilo != kMin && p.ilo != kMax)
            return "(" + x + " <> " + w.value(intLike(p.type, p.ilo)) + ")";
        const std::string lo = intBound(p.ilo, kMin), hi = intBound(p.ihi, kMax);
        if (lo.empty() && hi.empty())
            return d.boolValue(false);
        if (lo.empty())
            return "(" + x + " > " + hi + ")";
        if (hi.empty())
            return "(" + x + " < " + lo + ")";
        return "(" + x + " < " + lo + " OR " + x + " > " + hi + ")";
    }
    case Form::IntSet: {
        std::vector<std::string> items;
        for (int64_t v : p.iset)
            items.push_back(w.value(intLike(p.type, v)));
        return listSql(x, items, p.negate, d);
    }
    case Form::DoubleRange:
        if (p.dlo == p.dhi && p.loInclusive && p.hiInclusive)
            return "(" + x + " = " + w.value(Value::ofDouble(p.dlo)) + ")";
        return rangeSql(x, doubleBound(p.dlo), p.loInclusive, doubleBound(p.dhi), p.hiInclusive, d);
    case Form::DoubleOutside: {
        if (p.dlo == p.dhi && p.loInclusive && p.hiInclusive)
            return "(" + x + " <> " + w.value(Value::ofDouble(p.dlo)) + ")";
        const std::string inside = rangeSql(x, doubleBound(p.dlo), p.loInclusive, doubleBound(p.dhi), p.hiInclusive, d);
        return "(" + x + " IS NOT NULL AND NOT " + inside + ")";
    }
    case Form::DoubleSet: {
        std::vector<std::string> items;
        for (double v : p.dset)
            items.push_back(w.value(Value::ofDouble(v)));
        return listSql(x, items, p.negate, d);
    }
    case Form::String: return stringPredicate(p, x, w);
    }
    return d.boolValue(false);
}

} // namespace seg::sql
