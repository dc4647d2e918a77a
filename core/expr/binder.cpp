// Binding of literals, columns and operators (see binder.h).
#include "expr/binder.h"

#include "expr/eval_row.h"

#include <algorithm>
#include <cmath>

namespace seg::expr {

namespace {

// Ops whose result is NULL whenever any operand is NULL.
bool isStrict(Op op)
{
    return op != Op::IsNull && op != Op::IsNotNull && op != Op::And && op != Op::Or && op != Op::Coalesce;
}

} // namespace

int Binder::bind(const SyntaxNode& s)
{
    switch (s.kind) {
    case SyntaxKind::Int: return constant(DataType::Int, s.intValue);
    case SyntaxKind::Decimal: {
        PNode n = constNode(DataType::Double);
        n.cd = s.doubleValue;
        return push(std::move(n));
    }
    case SyntaxKind::String: return constString(s.text);
    case SyntaxKind::Bool: return constant(DataType::Bool, s.boolValue);
    case SyntaxKind::Null: return unknownNull();
    case SyntaxKind::Date: {
        auto d = parseIsoDate(s.text);
        if (!d)
            fail(s.opPos, "invalid date '" + shortText(s.text) + "' (expected YYYY-MM-DD)");
        return constant(DataType::Date, *d);
    }
    case SyntaxKind::Timestamp: {
        auto t = parseTemporal(s.text, DataType::Timestamp);
        if (!t)
            fail(s.opPos, "invalid timestamp '" + shortText(s.text) + "' (expected YYYY-MM-DD HH:MM[:SS])");
        return *t;
    }
    case SyntaxKind::Column: return column(s);
    case SyntaxKind::Neg:
    case SyntaxKind::Plus: return unaryMinusPlus(s);
    case SyntaxKind::Not: {
        const int a = boolOperand(*s.kids[0], "NOT expects a bool operand");
        return add(node(Op::Not, DataType::Bool, {a}));
    }
    case SyntaxKind::And:
    case SyntaxKind::Or: {
        const bool isAnd = s.kind == SyntaxKind::And;
        std::vector<int> kids;
        for (const auto& k : s.kids)
            kids.push_back(boolOperand(*k, isAnd ? "AND expects bool operands" : "OR expects bool operands"));
        return add(node(isAnd ? Op::And : Op::Or, DataType::Bool, std::move(kids)));
    }
    case SyntaxKind::Binary: return binary(s);
    case SyntaxKind::IsNull:
        return add(node(s.negated ? Op::IsNotNull : Op::IsNull, DataType::Bool, {bind(*s.kids[0])}));
    case SyntaxKind::In: return negate(inList(s), s.negated);
    case SyntaxKind::Between: {
        const int x = bind(*s.kids[0]);
        const int lo = bind(*s.kids[1]);
        const int hi = bind(*s.kids[2]);
        const int ge = comparison(Op::Ge, x, lo, s.opPos, s.kids[0]->pos, s.kids[1]->pos);
        const int le = comparison(Op::Le, x, hi, s.opPos, s.kids[0]->pos, s.kids[2]->pos);
        return negate(add(node(Op::And, DataType::Bool, {ge, le})), s.negated);
    }
    case SyntaxKind::Like: return negate(like(s), s.negated);
    case SyntaxKind::Call: return call(s);
    }
    fail(s.pos, "unsupported expression");
}

// Adds an operation node: NULL operands of strict ops and all-constant operands fold here.
int Binder::add(PNode n)
{
    bool allConst = true, nullOperand = false;
    for (int k : n.kids) {
        allConst &= at(k).op == Op::Const;
        nullOperand |= at(k).op == Op::Const && at(k).constNull;
    }
    if (nullOperand && isStrict(n.op))
        return nullOf(n.type);
    const int index = push(std::move(n));
    if (!allConst || at(index).op == Op::DaysSince) // days_since depends on as_of, known at run time
        return index;
    std::forward_list<std::string> arena;
    const Scalar v = evalScalar(nodes_, index, EvalContext{}, 0, arena);
    PNode folded = constNode(at(index).type);
    folded.constNull = v.null;
    folded.ci = v.i;
    folded.cd = v.d;
    folded.cs = std::string(v.s);
    nodes_[static_cast<size_t>(index)] = std::move(folded);
    return index;
}

int Binder::convert(int i, DataType target)
{
    if (unknown(i) || (at(i).op == Op::Const && at(i).constNull))
        return nullOf(target);
    if (at(i).type == target)
        return i;
    if (at(i).type == DataType::Int && target == DataType::Double)
        return add(node(Op::IntToDouble, DataType::Double, {i}));
    if (at(i).type == DataType::Date && target == DataType::Timestamp)
        return add(node(Op::DateToTimestamp, DataType::Timestamp, {i}));
    fail(0, "internal error: no conversion from " + typeOf(i) + " to " + std::string(typeName(target)));
}

// 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM[:SS]' as a date when `preferred` is Date and the text
// has no time, else as a timestamp.
std::optional<int> Binder::parseTemporal(const std::string& text, DataType preferred)
{
    if (auto d = parseIsoDate(text))
        return preferred == DataType::Date ? constant(DataType::Date, *d)
                                           : constant(DataType::Timestamp, *d * kMicrosPerDay);
    if (auto t = parseIsoTimestamp(text))
        return constant(DataType::Timestamp, *t);
    return std::nullopt;
}

// A 'text' literal next to a date/timestamp operand is read as one (at compile time).
int Binder::coerceLiteral(int lit, int other, size_t litPos)
{
    if (unknown(other) || !isTemporal(at(other).type) || !isConstText(lit))
        return lit;
    auto t = parseTemporal(at(lit).cs, at(other).type);
    if (!t)
        fail(litPos, "'" + shortText(at(lit).cs) + "' is not a valid " + std::string(typeName(at(other).type))
                         + " (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])");
    return *t;
}

bool Binder::exactDoubleConstant(int i) const
{
    constexpr int64_t kTwo53 = int64_t{1} << 53;
    const PNode& n = at(i);
    return n.op == Op::Const && !n.constNull && n.type == DataType::Int && n.ci >= -kTwo53 && n.ci <= kTwo53;
}

bool Binder::comparable(DataType a, DataType b)
{
    return a == b || (isNumeric(a) && isNumeric(b)) || (isTemporal(a) && isTemporal(b));
}

int Binder::comparison(Op op, int a, int b, size_t opPos, size_t aPos, size_t bPos)
{
    a = coerceLiteral(a, b, aPos);
    b = coerceLiteral(b, a, bPos);
    if (!unknown(a) && !unknown(b)) {
        if (!comparable(at(a).type, at(b).type))
            fail(opPos, "cannot compare " + typeOf(a) + " with " + typeOf(b));
        if (isTemporal(at(a).type) && at(a).type != at(b).type) {
            a = convert(a, DataType::Timestamp);
            b = convert(b, DataType::Timestamp);
        }
        // `spend > 500`: an int constant that is exactly a double compares as one, so the
        // kernel is a plain double comparison instead of the exact mixed one.
        if (exactDoubleConstant(a) && at(b).type == DataType::Double)
            a = convert(a, DataType::Double);
        if (exactDoubleConstant(b) && at(a).type == DataType::Double)
            b = convert(b, DataType::Double);
    }
    return add(node(op, DataType::Bool, {a, b}));
}

int Binder::column(const SyntaxNode& s)
{
    std::optional<ColumnInfo> info;
    if (lookup_)
        info = lookup_(s.text);
    if (!info)
        fail(s.pos, "unknown column '" + shortText(s.text) + "'");
    if (auto it = columnNodes_.find(info->slot); it != columnNodes_.end())
        return it->second;
    PNode n = node(Op::Column, info->type, {});
    n.slot = info->slot;
    n.name = s.text;
    const int index = push(std::move(n));
    columnNodes_[info->slot] = index;
    return index;
}

int Binder::boolOperand(const SyntaxNode& s, const char* what)
{
    const int i = bind(s);
    if (unknown(i))
        return nullOf(DataType::Bool);
    if (at(i).type != DataType::Bool)
        fail(s.pos, std::string(what) + " but found " + typeOf(i));
    return i;
}

int Binder::unaryMinusPlus(const SyntaxNode& s)
{
    const int a = bind(*s.kids[0]);
    if (!numericOrUnknown(a))
        fail(s.opPos, std::string("cannot apply unary '") + (s.kind == SyntaxKind::Neg ? "-" : "+") + "' to "
                          + typeOf(a));
    if (s.kind == SyntaxKind::Plus || unknown(a))
        return a;
    return add(node(Op::Neg, at(a).type, {a}));
}

int Binder::binary(const SyntaxNode& s)
{
    const int a = bind(*s.kids[0]);
    const int b = bind(*s.kids[1]);
    switch (s.op) {
    case BinaryOp::Eq: return comparison(Op::Eq, a, b, s.opPos, s.kids[0]->pos, s.kids[1]->pos);
    case BinaryOp::Ne: return comparison(Op::Ne, a, b, s.opPos, s.kids[0]->pos, s.kids[1]->pos);
    case BinaryOp::Lt: return comparison(Op::Lt, a, b, s.opPos, s.kids[0]->pos, s.kids[1]->pos);
    case BinaryOp::Le: return comparison(Op::Le, a, b, s.opPos, s.kids[0]->pos, s.kids[1]->pos);
    case BinaryOp::Gt: return comparison(Op::Gt, a, b, s.opPos, s.kids[0]->pos, s.kids[1]->pos);
    case BinaryOp::Ge: return comparison(Op::Ge, a, b, s.opPos, s.kids[0]->pos, s.kids[1]->pos);
    default: break;
    }
    if (!numericOrUnknown(a) || !numericOrUnknown(b))
        fail(s.opPos, "cannot apply '" + std::string(binaryOpText(s.op)) + "' to " + typeOf(a) + " and " + typeOf(b));
    if (s.op == BinaryOp::Div)
        return add(node(Op::Div, DataType::Double, {convert(a, DataType::Double), convert(b, DataType::Double)}));
    if (unknown(a) && unknown(b))
        return unknownNull();
    const bool anyDouble = (!unknown(a) && at(a).type == DataType::Double) || (!unknown(b) && at(b).type == DataType::Double);
    const DataType type = anyDouble ? DataType::Double : DataType::Int;
    const Op op = s.op == BinaryOp::Add ? Op::Add : s.op == BinaryOp::Sub ? Op::Sub : Op::Mul;
    return add(node(op, type, {convert(a, type), convert(b, type)}));
}

int Binder::inList(const SyntaxNode& s)
{
    const int x = bind(*s.kids[0]);
    std::vector<int> items;
    bool allConst = true;
    for (size_t k = 1; k < s.kids.size(); ++k) {
        int item = coerceLiteral(bind(*s.kids[k]), x, s.kids[k]->pos);
        if (!unknown(x) && !unknown(item) && !comparable(at(x).type, at(item).type))
            fail(s.kids[k]->pos, "cannot compare " + typeOf(x) + " with " + typeOf(item) + " in the IN list");
        allConst &= at(item).op == Op::Const;
        items.push_back(item);
    }
    if (unknown(x))
        return nullOf(DataType::Bool);
    if (!allConst) { // x IN (a, b) means x = a OR x = b, NULLs included
        std::vector<int> eqs;
        for (size_t k = 0; k < items.size(); ++k)
            eqs.push_back(comparison(Op::Eq, x, items[k], s.opPos, s.kids[0]->pos, s.kids[k + 1]->pos));
        return eqs.size() == 1 ? eqs[0] : add(node(Op::Or, DataType::Bool, std::move(eqs)));
    }
    auto set = std::make_shared<InSet>();
    for (int item : items)
        addToSet(*set, at(x).type, at(item));
    std::sort(set->ints.begin(), set->ints.end());
    set->ints.erase(std::unique(set->ints.begin(), set->ints.end()), set->ints.end());
    std::sort(set->doubles.begin(), set->doubles.end());
    std::sort(set->strings.begin(), set->strings.end());
    set->strings.erase(std::unique(set->strings.begin(), set->strings.end()), set->strings.end());
    PNode n = node(Op::In, DataType::Bool, {x});
    n.set = std::move(set);
    return add(std::move(n));
}

// Stores a constant in the representation of the tested type; a constant that no value of
// that type can equal (2.5 for an int, 10:30 for a date) is left out.
void Binder::addToSet(InSet& set, DataType xType, const PNode& c)
{
    if (c.unknownType || c.constNull) {
        set.hasNull = true;
        return;
    }
    constexpr double kTwo63 = 9223372036854775808.0;
    switch (xType) {
    case DataType::Int:
        if (c.type == DataType::Int)
            set.ints.push_back(c.ci);
        else if (std::trunc(c.cd) == c.cd && c.cd >= -kTwo63 && c.cd < kTwo63)
            set.ints.push_back(static_cast<int64_t>(c.cd));
        break;
    case DataType::Double:
        if (c.type == DataType::Double)
            set.doubles.push_back(c.cd);
        else if (compare3(c.ci, static_cast<double>(c.ci)) == 0)
            set.doubles.push_back(static_cast<double>(c.ci));
        break;
    case DataType::Date:
        if (c.type == DataType::Date)
            set.ints.push_back(c.ci);
        else if (c.ci % kMicrosPerDay == 0)
            set.ints.push_back(c.ci / kMicrosPerDay);
        break;
    case DataType::Timestamp: set.ints.push_back(c.type == DataType::Date ? c.ci * kMicrosPerDay : c.ci); break;
    case DataType::Bool: set.ints.push_back(c.ci); break;
    case DataType::String: set.strings.push_back(c.cs); break;
    }
}

} // namespace seg::expr
