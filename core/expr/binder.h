#pragma once
// Binding: syntax tree -> typed program nodes. Resolves columns, checks types (errors carry
// the position of the operator or operand at fault), inserts the implicit conversions (int ->
// double for arithmetic, date -> timestamp for mixed comparisons, 'text' -> date/timestamp
// next to a temporal operand), desugars BETWEEN / NOT IN / NOT LIKE, and folds constants with
// the row evaluator so that kernels see typed constants only.
// Operators are bound in binder.cpp, LIKE and function calls in binder_functions.cpp.
#include "expr/program.h"
#include "expr/syntax.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace seg::expr {

// Text quoted in a message, cut to a readable length.
inline std::string shortText(std::string_view s)
{
    constexpr size_t kMax = 40;
    return s.size() <= kMax ? std::string(s) : std::string(s.substr(0, kMax)) + "...";
}

class Binder {
public:
    Binder(const ColumnLookup& lookup, std::vector<PNode>& nodes) : lookup_(lookup), nodes_(nodes) {}
    int bind(const SyntaxNode& s);

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
    int add(PNode n);
    int convert(int i, DataType target);
    // 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM[:SS]' as a date when `preferred` is Date and the text
    // has no time, else as a timestamp.
    std::optional<int> parseTemporal(const std::string& text, DataType preferred);
    // A 'text' literal next to a date/timestamp operand is read as one (at compile time).
    int coerceLiteral(int lit, int other, size_t litPos);
    bool exactDoubleConstant(int i) const;
    static bool comparable(DataType a, DataType b);
    int comparison(Op op, int a, int b, size_t opPos, size_t aPos, size_t bPos);
    int negate(int i, bool negated) { return negated ? add(node(Op::Not, DataType::Bool, {i})) : i; }
    int column(const SyntaxNode& s);
    int boolOperand(const SyntaxNode& s, const char* what);
    int unaryMinusPlus(const SyntaxNode& s);
    int binary(const SyntaxNode& s);
    int inList(const SyntaxNode& s);
    // Stores a constant in the representation of the tested type; a constant that no value of
    // that type can equal (2.5 for an int, 10:30 for a date) is left out.
    static void addToSet(InSet& set, DataType xType, const PNode& c);

    // binder_functions.cpp: LIKE and function calls
    int stringOperand(const SyntaxNode& s, const std::string& what);
    int like(const SyntaxNode& s);
    int call(const SyntaxNode& s);
    int coalesce(const SyntaxNode& s);

    const ColumnLookup& lookup_;
    std::vector<PNode>& nodes_;
    std::map<int, int> columnNodes_; // slot -> Column node, so each column is read once
};

} // namespace seg::expr
