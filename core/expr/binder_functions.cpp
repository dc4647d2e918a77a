// Binding of LIKE and of the functions lower, upper, length, abs, days_since, coalesce.
#include "expr/binder.h"

#include <algorithm>

namespace seg::expr {

int Binder::stringOperand(const SyntaxNode& s, const std::string& what)
{
    const int i = bind(s);
    if (!unknown(i) && at(i).type != DataType::String)
        fail(s.pos, what + " but found " + typeOf(i));
    return i;
}

int Binder::like(const SyntaxNode& s)
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

int Binder::call(const SyntaxNode& s)
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

int Binder::coalesce(const SyntaxNode& s)
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

} // namespace seg::expr
