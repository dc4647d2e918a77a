#pragma once
// Lexer and parser of the expression language: text -> syntax tree with byte positions.
// Nothing here knows about columns or types; binding (compile.cpp) does that.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seg::expr {

// Nesting deeper than kMaxDepth (parentheses, NOT NOT ..., - - ...) is refused: it is never
// written by hand, and the parser recurses on it. A flat chain such as a + a + ... + a is no
// nesting but still a tree of its length, which every later stage (binding, the row
// evaluator, destruction, SQL engines' own parsers: SQLite stops at 1000) recurses over, so
// trees deeper than kMaxTreeDepth are refused too (issue 16 finding 11: 257 terms were refused
// as "nested too deeply").
constexpr int kMaxDepth = 256;
constexpr int kMaxTreeDepth = 512;

// Thrown inside the expression stage only; compileExpression turns it into an ExprError.
struct ExprFailure {
    size_t pos = 0; // byte offset into the expression text
    std::string message;
};

enum class TokKind : uint8_t {
    End, Int, Decimal, String, Ident, QuotedIdent,
    LParen, RParen, Comma, Plus, Minus, Star, Slash, Eq, Ne, Lt, Le, Gt, Ge,
    // reserved words (case-insensitive); DATE and TIMESTAMP are contextual, see the parser
    And, Or, Not, In, Is, Null, Like, Between, True, False, Escape,
};

struct Token {
    TokKind kind = TokKind::End;
    size_t pos = 0;   // byte offset of the first character
    size_t len = 0;   // bytes in the source text
    std::string text; // identifier / decoded string literal / number as written
};

std::vector<Token> tokenize(std::string_view text); // throws ExprFailure
// "end of expression", "')'", "AND", "string 'abc'", "'total_spend'" for messages.
std::string describeToken(const Token& t);

enum class SyntaxKind : uint8_t {
    Int, Decimal, String, Bool, Null, Date, Timestamp, Column,
    Neg, Plus, Not, And, Or, Binary, IsNull, In, Between, Like, Call,
};
enum class BinaryOp : uint8_t { Add, Sub, Mul, Div, Eq, Ne, Lt, Le, Gt, Ge };
std::string_view binaryOpText(BinaryOp op);

struct SyntaxNode {
    SyntaxKind kind = SyntaxKind::Null;
    BinaryOp op = BinaryOp::Add;
    bool negated = false;  // IS NOT NULL, NOT IN, NOT BETWEEN, NOT LIKE
    bool boolValue = false;
    int64_t intValue = 0;
    double doubleValue = 0;
    int depth = 1;         // 1 + deepest child
    size_t pos = 0;        // byte offset of the node's first token
    size_t opPos = 0;      // byte offset of its operator, keyword or function name
    std::string text;      // column / function name, string literal, date text
    // Binary: [l, r]; In: [x, items...]; Between: [x, lo, hi]; Like: [x, pattern, escape?];
    // And/Or: 2+ operands (chains are flattened); Call: arguments.
    std::vector<std::unique_ptr<SyntaxNode>> kids;
};

struct SyntaxTree {
    std::unique_ptr<SyntaxNode> root;
    std::vector<std::string> columns; // referenced column names, first-use order, no repeats
};

SyntaxTree parseSyntax(std::string_view text); // throws ExprFailure

// 1-based character (UTF-8 code point) column of a byte offset, for messages.
size_t columnOf(std::string_view text, size_t bytePos);

} // namespace seg::expr
