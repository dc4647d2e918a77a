// Binding: syntax tree -> typed program. Resolves columns, checks types (errors carry the
// position of the operator or operand at fault), inserts the implicit conversions (int ->
// double for arithmetic, date -> timestamp for mixed comparisons, 'text' -> date/timestamp
// next to a temporal operand), desugars BETWEEN / NOT IN / NOT LIKE, and folds constants with
// the row evaluator so that kernels see typed constants only.
#include "expr/compile.h"

#include "expr/eval_row.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace seg::expr {

namespace {

std::string shortText(std::string_view s)
{
    constexpr size_t kMax = 40;
    return s.size() <= kMax ? std::string(s) : std::string(s.substr(0, kMax)) + "...";
}

// Ops whose result is NULL whenever any operand is NULL.
bool isStrict(Op op)
{
    return op != Op::IsNull && op != Op::IsNotNull && op != Op::And && op != Op::Or && op != Op::Coalesce;
}

class Binder {
public:
    Binder(const ColumnLookup& lookup, std::vector<PNode>& nodes) : lookup_(lookup), nodes_(nodes) {}

    int bind(const SyntaxNode& s)
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

private:
    [[noreturn]] static void fail(size_t pos, std::string message) { throw ExprFailure{pos, std::move(message)}; }

    const PNode& at(int i) const { return nodes_[static_cast<size_t>(i)]; }
    bool unknown(int i) const { return at(i).unknownType; }
    std::string typeOf(int i) const { return unknown(i) ? "NULL" : std::string(typeName(at(i).type)); }
    bool numericOrUnknown(int i) const { return unknown(i) || isNumeric(at(i).type); }
    bool isConstText(int i) const { return at(i).op == Op::Const && !at(i).constNull && at(i).type == DataType::String; }

    static PNode node(Op op, DataType type, std::vector<int> kids)
    {
        PNode n;
        n.op = op;
        n.type = type;
        n.kids = std::move(kids);
        return n;
    }
    static PNode constNode(DataType type)
    {
        PNode n;
        n.type = type;
        n.constNull = false;
        return n;
    }
    int push(PNode n)
    {
        nodes_.push_back(std::move(n));
        return static_cast<int>(nodes_.size() - 1);
    }
    int constant(DataType type, int64_t v)
    {
        PNode n = constNode(type);
        n.ci = v;
        return push(std::move(n));
    }
    int constString(std::string s)
    {
        PNode n = constNode(DataType::String);
        n.cs = std::move(s);
        return push(std::move(n));
    }
    int nullOf(DataType type)
    {
        PNode n;
        n.type = type;
        return push(std::move(n));
    }
    int unknownNull()
    {
        PNode n;
        n.unknownType = true;
        return push(std::move(n));
    }

    // Adds an operation node: NULL operands of strict ops and all-constant operands fold here.
    int add(PNode n)
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

    int convert(int i, DataType target)
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
    std::optional<int> parseTemporal(const std::string& text, DataType preferred)
    {
        if (auto d = parseIsoDate(text))
            return preferred == DataType::Date ? constant(DataType::Date, *d)
                                               : constant(DataType::Timestamp, *d * kMicrosPerDay);
        if (auto t = parseIsoTimestamp(text))
            return constant(DataType::Timestamp, *t);
        return std::nullopt;
    }
    // A 'text' literal next to a date/timestamp operand is read as one (at compile time).
    int coerceLiteral(int lit, int other, size_t litPos)
    {
        if (unknown(other) || !isTemporal(at(other).type) || !isConstText(lit))
            return lit;
        auto t = parseTemporal(at(lit).cs, at(other).type);
        if (!t)
            fail(litPos, "'" + shortText(at(lit).cs) + "' is not a valid " + std::string(typeName(at(other).type))
                             + " (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])");
        return *t;
    }
    bool exactDoubleConstant(int i) const
    {
        constexpr int64_t kTwo53 = int64_t{1} << 53;
        const PNode& n = at(i);
        return n.op == Op::Const && !n.constNull && n.type == DataType::Int && n.ci >= -kTwo53 && n.ci <= kTwo53;
    }
    static bool comparable(DataType a, DataType b)
    {
        return a == b || (isNumeric(a) && isNumeric(b)) || (isTemporal(a) && isTemporal(b));
    }

    int comparison(Op op, int a, int b, size_t opPos, size_t aPos, size_t bPos)
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

    int negate(int i, bool negated) { return negated ? add(node(Op::Not, DataType::Bool, {i})) : i; }

    int column(const SyntaxNode& s)
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

    int boolOperand(const SyntaxNode& s, const char* what)
    {
        const int i = bind(s);
        if (unknown(i))
            return nullOf(DataType::Bool);
        if (at(i).type != DataType::Bool)
            fail(s.pos, std::string(what) + " but found " + typeOf(i));
        return i;
    }

    int unaryMinusPlus(const SyntaxNode& s)
    {
        const int a = bind(*s.kids[0]);
        if (!numericOrUnknown(a))
            fail(s.opPos, std::string("cannot apply unary '") + (s.kind == SyntaxKind::Neg ? "-" : "+") + "' to "
                              + typeOf(a));
        if (s.kind == SyntaxKind::Plus || unknown(a))
            return a;
        return add(node(Op::Neg, at(a).type, {a}));
    }

    int binary(const SyntaxNode& s)
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

    int inList(const SyntaxNode& s)
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
    static void addToSet(InSet& set, DataType xType, const PNode& c)
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

    int stringOperand(const SyntaxNode& s, const std::string& what)
    {
        const int i = bind(s);
        if (!unknown(i) && at(i).type != DataType::String)
            fail(s.pos, what + " but found " + typeOf(i));
        return i;
    }

    int like(const SyntaxNode& s)
    {
        const int text = stringOperand(*s.kids[0], "LIKE expects string operands");
        const int pattern = stringOperand(*s.kids[1], "LIKE expects string operands");
        int escape = -1;
        if (s.kids.size() > 2) {
            const SyntaxNode& e = *s.kids[2];
            const int ei = bind(e);
            if (!isConstText(ei) || at(ei).cs.size() != 1 || at(ei).cs == "%" || at(ei).cs == "_")
                fail(e.pos, "ESCAPE expects a one-character string literal other than '%' and '_', such as '\\'");
            escape = static_cast<unsigned char>(at(ei).cs[0]);
        }
        if (unknown(text) || unknown(pattern))
            return nullOf(DataType::Bool);
        PNode n = node(Op::Like, DataType::Bool, {text, pattern});
        n.escape = escape;
        return add(std::move(n));
    }

    int call(const SyntaxNode& s)
    {
        std::string name = s.text;
        for (char& c : name)
            c = asciiLower(c);
        const size_t argc = s.kids.size();
        auto arity = [&](size_t want) {
            if (argc != want)
                fail(s.pos, name + "() takes " + std::to_string(want) + " argument" + (want == 1 ? "" : "s") + " but "
                                + std::to_string(argc) + (argc == 1 ? " was" : " were") + " given");
        };
        if (name == "lower" || name == "upper") {
            arity(1);
            const int a = stringOperand(*s.kids[0], name + "() expects a string argument");
            if (unknown(a))
                return nullOf(DataType::String);
            return add(node(name == "lower" ? Op::Lower : Op::Upper, DataType::String, {a}));
        }
        if (name == "length") {
            arity(1);
            const int a = stringOperand(*s.kids[0], "length() expects a string argument");
            return add(node(Op::Length, DataType::Int, {convert(a, DataType::String)}));
        }
        if (name == "abs") {
            arity(1);
            const int a = bind(*s.kids[0]);
            if (!numericOrUnknown(a))
                fail(s.kids[0]->pos, "abs() expects a number but found " + typeOf(a));
            return unknown(a) ? a : add(node(Op::Abs, at(a).type, {a}));
        }
        if (name == "days_since") {
            arity(1);
            int a = bind(*s.kids[0]);
            if (isConstText(a)) {
                auto t = parseTemporal(at(a).cs, DataType::Date);
                if (!t)
                    fail(s.kids[0]->pos, "'" + shortText(at(a).cs) + "' is not a valid date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])");
                a = *t;
            }
            if (unknown(a))
                return nullOf(DataType::Int);
            if (!isTemporal(at(a).type))
                fail(s.kids[0]->pos, "days_since() expects a date or timestamp but found " + typeOf(a));
            return add(node(Op::DaysSince, DataType::Int, {a}));
        }
        if (name == "coalesce")
            return coalesce(s);
        fail(s.pos, "unknown function '" + shortText(s.text)
                        + "' (functions: lower, upper, length, abs, coalesce, days_since)");
    }

    int coalesce(const SyntaxNode& s)
    {
        if (s.kids.size() < 2)
            fail(s.pos, "coalesce() takes at least 2 arguments but " + std::to_string(s.kids.size())
                            + (s.kids.size() == 1 ? " was" : " were") + " given");
        std::vector<int> args;
        for (const auto& k : s.kids)
            args.push_back(bind(*k));
        // The common type: of the typed arguments, ignoring 'text' literals (they adapt to dates).
        std::optional<DataType> common;
        for (size_t k = 0; k < args.size(); ++k) {
            if (unknown(args[k]) || isConstText(args[k]))
                continue;
            const DataType t = at(args[k]).type;
            if (!common || *common == t)
                common = t;
            else if (isNumeric(*common) && isNumeric(t))
                common = DataType::Double;
            else if (isTemporal(*common) && isTemporal(t))
                common = DataType::Timestamp;
            else
                fail(s.kids[k]->pos, "coalesce() arguments must have compatible types but found "
                                         + std::string(typeName(*common)) + " and " + std::string(typeName(t)));
        }
        if (!common)
            common = std::any_of(args.begin(), args.end(), [&](int a) { return isConstText(a); })
                ? std::optional<DataType>(DataType::String) : std::nullopt;
        if (!common)
            return unknownNull();
        std::vector<int> kept;
        for (size_t k = 0; k < args.size(); ++k) {
            int a = args[k];
            if (isConstText(a) && *common != DataType::String) {
                if (!isTemporal(*common))
                    fail(s.kids[k]->pos, "coalesce() arguments must have compatible types but found "
                                             + std::string(typeName(*common)) + " and string");
                auto t = parseTemporal(at(a).cs, *common);
                if (!t)
                    fail(s.kids[k]->pos, "'" + shortText(at(a).cs) + "' is not a valid "
                                             + std::string(typeName(*common)) + " (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])");
                a = *t;
            }
            a = convert(a, *common);
            if (at(a).op == Op::Const && at(a).constNull)
                continue; // never chosen
            kept.push_back(a);
            if (at(a).op == Op::Const)
                break; // later arguments can never be reached
        }
        if (kept.empty())
            return nullOf(*common);
        if (kept.size() == 1)
            return kept[0];
        return add(node(Op::Coalesce, *common, std::move(kept)));
    }

    const ColumnLookup& lookup_;
    std::vector<PNode>& nodes_;
    std::map<int, int> columnNodes_; // slot -> Column node, so each column is read once
};

// Marks the subtrees that read exactly one string column (plus constants): those are
// evaluated once per dictionary entry and then looked up by code.
void planDictionaryEvaluation(CompiledExpr& e)
{
    auto& nodes = e.nodes;
    std::vector<uint8_t> hasIneligibleParent(nodes.size(), 0);
    for (int i : e.order) {
        PNode& n = nodes[static_cast<size_t>(i)];
        if (n.op == Op::Column)
            n.dictSlot = n.type == DataType::String ? n.slot : -1;
        else if (n.op == Op::Const)
            n.dictSlot = -2;
        else {
            int slot = -2;
            for (int k : n.kids) {
                const int ks = nodes[static_cast<size_t>(k)].dictSlot;
                slot = slot == -2 ? ks : (ks == -2 || ks == slot) ? slot : -1;
            }
            n.dictSlot = slot;
        }
    }
    for (int i : e.order)
        for (int k : nodes[static_cast<size_t>(i)].kids)
            if (nodes[static_cast<size_t>(i)].dictSlot == -1)
                hasIneligibleParent[static_cast<size_t>(k)] = 1;
    for (int i : e.order) {
        PNode& n = nodes[static_cast<size_t>(i)];
        if (n.dictSlot < 0 || n.op == Op::Column || !(i == e.root || hasIneligibleParent[static_cast<size_t>(i)]))
            continue;
        n.dictRoot = true;
        e.dictRoots.push_back(i);
        e.dictSubtrees.push_back(reachableFrom(nodes, i));
    }
}

} // namespace

std::vector<int> reachableFrom(const std::vector<PNode>& nodes, int root)
{
    std::vector<uint8_t> seen(nodes.size(), 0);
    std::vector<int> stack{root}, out;
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        if (seen[static_cast<size_t>(i)])
            continue;
        seen[static_cast<size_t>(i)] = 1;
        out.push_back(i);
        for (int k : nodes[static_cast<size_t>(i)].kids)
            stack.push_back(k);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::shared_ptr<CompiledExpr> compileTree(const SyntaxNode& root, const ColumnLookup& lookup, std::string_view text)
{
    auto e = std::make_shared<CompiledExpr>();
    e->text = std::string(text);
    Binder binder(lookup, e->nodes);
    e->root = binder.bind(root);
    e->order = reachableFrom(e->nodes, e->root);
    const PNode& r = e->nodes[static_cast<size_t>(e->root)];
    e->resultIsNull = r.unknownType;
    e->resultType = r.unknownType ? DataType::Bool : r.type;
    planDictionaryEvaluation(*e);
    return e;
}

} // namespace seg::expr
