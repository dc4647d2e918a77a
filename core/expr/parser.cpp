// Recursive-descent parser. Precedence, loosest first:
//   OR  <  AND  <  NOT  <  comparison / IS / IN / BETWEEN / LIKE  <  + -  <  * /  <  unary - +
// Comparisons do not chain (`a = b = c` is a syntax error, as in PostgreSQL). AND and OR
// chains become one n-ary node so that long rule lists do not make deep trees.
#include "expr/syntax.h"

#include "data/types.h"

#include <algorithm>
#include <limits>

namespace seg::expr {

std::string_view binaryOpText(BinaryOp op)
{
    switch (op) {
    case BinaryOp::Add: return "+";
    case BinaryOp::Sub: return "-";
    case BinaryOp::Mul: return "*";
    case BinaryOp::Div: return "/";
    case BinaryOp::Eq: return "=";
    case BinaryOp::Ne: return "<>";
    case BinaryOp::Lt: return "<";
    case BinaryOp::Le: return "<=";
    case BinaryOp::Gt: return ">";
    case BinaryOp::Ge: return ">=";
    }
    return "?";
}

namespace {

using NodePtr = std::unique_ptr<SyntaxNode>;

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : toks_(std::move(tokens)) {}

    SyntaxTree parseAll()
    {
        if (peek().kind == TokKind::End)
            throw ExprFailure{0, "the expression is empty"};
        SyntaxTree tree;
        tree.root = parseOr();
        if (peek().kind != TokKind::End)
            fail("expected an operator or the end of the expression but found " + describeToken(peek()));
        tree.columns = std::move(columns_);
        return tree;
    }

private:
    const Token& peek(size_t ahead = 0) const { return toks_[std::min(at_ + ahead, toks_.size() - 1)]; }
    const Token& take() { return toks_[at_ < toks_.size() - 1 ? at_++ : at_]; }
    bool accept(TokKind k)
    {
        if (peek().kind != k)
            return false;
        take();
        return true;
    }
    [[noreturn]] void fail(std::string message) const { throw ExprFailure{peek().pos, std::move(message)}; }
    void expect(TokKind k, const char* what)
    {
        if (!accept(k))
            fail(std::string("expected ") + what + " but found " + describeToken(peek()));
    }

    // Guards the parser's own recursion (parentheses, NOT NOT ..., - - ...).
    struct DepthGuard {
        Parser& p;
        explicit DepthGuard(Parser& parser) : p(parser)
        {
            if (++p.depth_ > kMaxDepth)
                p.fail("the expression is nested too deeply (more than " + std::to_string(kMaxDepth) + " levels)");
        }
        ~DepthGuard() { --p.depth_; }
    };

    NodePtr make(SyntaxKind kind, size_t pos, size_t opPos, std::vector<NodePtr> kids = {})
    {
        auto n = std::make_unique<SyntaxNode>();
        n->kind = kind;
        n->pos = pos;
        n->opPos = opPos;
        for (const auto& k : kids)
            n->depth = std::max(n->depth, k->depth + 1);
        if (n->depth > kMaxTreeDepth)
            throw ExprFailure{opPos, "the expression is too long: more than " + std::to_string(kMaxTreeDepth)
                                         + " operators in a row or nested (split it over derive nodes)"};
        n->kids = std::move(kids);
        return n;
    }
    static std::vector<NodePtr> list(NodePtr a, NodePtr b)
    {
        std::vector<NodePtr> v;
        v.push_back(std::move(a));
        v.push_back(std::move(b));
        return v;
    }

    NodePtr parseChain(TokKind sep, SyntaxKind kind, NodePtr (Parser::*operand)())
    {
        const size_t pos = peek().pos;
        NodePtr first = (this->*operand)();
        if (peek().kind != sep)
            return first;
        const size_t opPos = peek().pos;
        std::vector<NodePtr> kids;
        kids.push_back(std::move(first));
        while (accept(sep))
            kids.push_back((this->*operand)());
        return make(kind, pos, opPos, std::move(kids));
    }

    NodePtr parseOr()
    {
        DepthGuard guard(*this);
        return parseChain(TokKind::Or, SyntaxKind::Or, &Parser::parseAnd);
    }
    NodePtr parseAnd() { return parseChain(TokKind::And, SyntaxKind::And, &Parser::parseNot); }

    NodePtr parseNot()
    {
        if (peek().kind != TokKind::Not)
            return parsePredicate();
        DepthGuard guard(*this);
        const size_t pos = take().pos;
        std::vector<NodePtr> kids;
        kids.push_back(parseNot());
        return make(SyntaxKind::Not, pos, pos, std::move(kids));
    }

    NodePtr parsePredicate()
    {
        const size_t pos = peek().pos;
        NodePtr left = parseAdditive();
        const Token& t = peek();
        const size_t opPos = t.pos;
        if (auto op = comparisonOp(t.kind)) {
            take();
            NodePtr right = parseAdditive();
            auto n = make(SyntaxKind::Binary, pos, opPos, list(std::move(left), std::move(right)));
            n->op = *op;
            return n;
        }
        if (t.kind == TokKind::Is) {
            take();
            const bool negated = accept(TokKind::Not);
            expect(TokKind::Null, negated ? "NULL after IS NOT" : "NULL or NOT NULL after IS");
            std::vector<NodePtr> kids;
            kids.push_back(std::move(left));
            auto n = make(SyntaxKind::IsNull, pos, opPos, std::move(kids));
            n->negated = negated;
            return n;
        }
        bool negated = false;
        if (t.kind == TokKind::Not) {
            const TokKind k = peek(1).kind;
            if (k != TokKind::In && k != TokKind::Between && k != TokKind::Like) {
                take();
                fail("expected IN, BETWEEN or LIKE after NOT but found " + describeToken(peek()));
            }
            take();
            negated = true;
        }
        const size_t kwPos = peek().pos;
        NodePtr n;
        if (accept(TokKind::In))
            n = parseInList(std::move(left), pos, kwPos);
        else if (accept(TokKind::Between)) {
            NodePtr lo = parseAdditive();
            expect(TokKind::And, "AND between the BETWEEN bounds");
            NodePtr hi = parseAdditive();
            std::vector<NodePtr> kids;
            kids.push_back(std::move(left));
            kids.push_back(std::move(lo));
            kids.push_back(std::move(hi));
            n = make(SyntaxKind::Between, pos, kwPos, std::move(kids));
        } else if (accept(TokKind::Like)) {
            std::vector<NodePtr> kids;
            kids.push_back(std::move(left));
            kids.push_back(parseAdditive());
            if (accept(TokKind::Escape))
                kids.push_back(parseAdditive());
            n = make(SyntaxKind::Like, pos, kwPos, std::move(kids));
        } else {
            return left;
        }
        n->negated = negated;
        return n;
    }

    NodePtr parseInList(NodePtr left, size_t pos, size_t kwPos)
    {
        expect(TokKind::LParen, "'(' after IN");
        std::vector<NodePtr> kids;
        kids.push_back(std::move(left));
        do
            kids.push_back(parseOr());
        while (accept(TokKind::Comma));
        expect(TokKind::RParen, "',' or ')' in the IN list");
        return make(SyntaxKind::In, pos, kwPos, std::move(kids));
    }

    static std::optional<BinaryOp> comparisonOp(TokKind k)
    {
        switch (k) {
        case TokKind::Eq: return BinaryOp::Eq;
        case TokKind::Ne: return BinaryOp::Ne;
        case TokKind::Lt: return BinaryOp::Lt;
        case TokKind::Le: return BinaryOp::Le;
        case TokKind::Gt: return BinaryOp::Gt;
        case TokKind::Ge: return BinaryOp::Ge;
        default: return std::nullopt;
        }
    }

    NodePtr parseBinaryLevel(TokKind a, BinaryOp opA, TokKind b, BinaryOp opB, NodePtr (Parser::*operand)())
    {
        const size_t pos = peek().pos;
        NodePtr left = (this->*operand)();
        while (peek().kind == a || peek().kind == b) {
            const Token& t = take();
            const BinaryOp op = t.kind == a ? opA : opB;
            const size_t opPos = t.pos;
            NodePtr right = (this->*operand)();
            left = make(SyntaxKind::Binary, pos, opPos, list(std::move(left), std::move(right)));
            left->op = op;
        }
        return left;
    }
    NodePtr parseAdditive()
    {
        return parseBinaryLevel(TokKind::Plus, BinaryOp::Add, TokKind::Minus, BinaryOp::Sub, &Parser::parseMultiplicative);
    }
    NodePtr parseMultiplicative()
    {
        return parseBinaryLevel(TokKind::Star, BinaryOp::Mul, TokKind::Slash, BinaryOp::Div, &Parser::parseUnary);
    }

    NodePtr parseUnary()
    {
        const TokKind k = peek().kind;
        if (k != TokKind::Minus && k != TokKind::Plus)
            return parsePrimary();
        DepthGuard guard(*this);
        const size_t pos = take().pos;
        // -9223372036854775808 is the one integer literal whose magnitude is not an int64.
        if (k == TokKind::Minus && peek().kind == TokKind::Int && peek().text == "9223372036854775808") {
            take();
            auto n = make(SyntaxKind::Int, pos, pos);
            n->intValue = std::numeric_limits<int64_t>::min();
            return n;
        }
        std::vector<NodePtr> kids;
        kids.push_back(parseUnary());
        return make(k == TokKind::Minus ? SyntaxKind::Neg : SyntaxKind::Plus, pos, pos, std::move(kids));
    }

    static bool isWord(const Token& t, std::string_view upper)
    {
        if (t.kind != TokKind::Ident || t.text.size() != upper.size())
            return false;
        for (size_t i = 0; i < upper.size(); ++i)
            if ((t.text[i] & ~0x20) != upper[i])
                return false;
        return true;
    }

    void noteColumn(const std::string& name)
    {
        if (std::find(columns_.begin(), columns_.end(), name) == columns_.end())
            columns_.push_back(name);
    }

    NodePtr parsePrimary()
    {
        const Token& t = peek();
        const size_t pos = t.pos;
        switch (t.kind) {
        case TokKind::Int: {
            auto v = parseInt64(t.text);
            if (!v)
                fail("the integer " + describeToken(t).substr(7)
                     + " is too large for int (at most 9223372036854775807; write a decimal such as 1e20)");
            take();
            auto n = make(SyntaxKind::Int, pos, pos);
            n->intValue = *v;
            return n;
        }
        case TokKind::Decimal: {
            auto v = parseDouble(t.text);
            if (!v)
                fail("the number " + describeToken(t).substr(7) + " is out of range for double");
            take();
            auto n = make(SyntaxKind::Decimal, pos, pos);
            n->doubleValue = *v;
            return n;
        }
        case TokKind::String: {
            auto n = make(SyntaxKind::String, pos, pos);
            n->text = take().text;
            return n;
        }
        case TokKind::True:
        case TokKind::False: {
            auto n = make(SyntaxKind::Bool, pos, pos);
            n->boolValue = take().kind == TokKind::True;
            return n;
        }
        case TokKind::Null: take(); return make(SyntaxKind::Null, pos, pos);
        case TokKind::LParen: {
            take();
            NodePtr inner = parseOr();
            expect(TokKind::RParen, "')'");
            return inner;
        }
        case TokKind::QuotedIdent: {
            auto n = make(SyntaxKind::Column, pos, pos);
            n->text = take().text;
            noteColumn(n->text);
            return n;
        }
        case TokKind::Ident: {
            // DATE and TIMESTAMP are keywords only before a string, so columns may be named so.
            if ((isWord(t, "DATE") || isWord(t, "TIMESTAMP")) && peek(1).kind == TokKind::String) {
                const bool isDate = isWord(t, "DATE");
                take();
                auto n = make(isDate ? SyntaxKind::Date : SyntaxKind::Timestamp, pos, peek().pos);
                n->text = take().text;
                return n;
            }
            if (peek(1).kind == TokKind::LParen)
                return parseCall();
            auto n = make(SyntaxKind::Column, pos, pos);
            n->text = take().text;
            noteColumn(n->text);
            return n;
        }
        default: fail("expected an expression but found " + describeToken(t));
        }
    }

    NodePtr parseCall()
    {
        DepthGuard guard(*this);
        const size_t pos = peek().pos;
        std::string name = take().text;
        take(); // (
        std::vector<NodePtr> args;
        if (!accept(TokKind::RParen)) {
            do
                args.push_back(parseOr());
            while (accept(TokKind::Comma));
            expect(TokKind::RParen, "',' or ')' in the argument list");
        }
        auto n = make(SyntaxKind::Call, pos, pos, std::move(args));
        n->text = std::move(name);
        return n;
    }

    std::vector<Token> toks_;
    size_t at_ = 0;
    int depth_ = 0;
    std::vector<std::string> columns_;
};

} // namespace

SyntaxTree parseSyntax(std::string_view text)
{
    return Parser(tokenize(text)).parseAll();
}

} // namespace seg::expr
