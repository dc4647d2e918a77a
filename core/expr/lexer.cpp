// Tokens of the expression language. Every byte sequence either tokenizes or fails with the
// position of the offending character; nothing here can read past the end of the text.
#include "expr/syntax.h"

#include <array>
#include <cstdio>

namespace seg::expr {

namespace {

bool isIdentStart(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80; }
bool isIdentChar(unsigned char c) { return isIdentStart(c) || (c >= '0' && c <= '9'); }
bool isDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool equalsNoCase(std::string_view a, std::string_view upper)
{
    if (a.size() != upper.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const char c = (a[i] >= 'a' && a[i] <= 'z') ? static_cast<char>(a[i] - 'a' + 'A') : a[i];
        if (c != upper[i])
            return false;
    }
    return true;
}

struct Keyword {
    std::string_view word;
    TokKind kind;
};
constexpr std::array<Keyword, 11> kKeywords{{
    {"AND", TokKind::And}, {"OR", TokKind::Or}, {"NOT", TokKind::Not}, {"IN", TokKind::In},
    {"IS", TokKind::Is}, {"NULL", TokKind::Null}, {"LIKE", TokKind::Like}, {"BETWEEN", TokKind::Between},
    {"TRUE", TokKind::True}, {"FALSE", TokKind::False}, {"ESCAPE", TokKind::Escape},
}};

// Shows a character in a message: 'c' when printable ASCII, \xNN otherwise.
std::string showChar(unsigned char c)
{
    if (c >= 0x20 && c < 0x7f)
        return std::string("'") + static_cast<char>(c) + "'";
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%02X", c);
    return buf;
}

// Quoted text ('...' or "...") with the quote doubled inside. Returns the decoded text.
std::string readQuoted(std::string_view s, size_t& i, char quote, const char* what)
{
    const size_t start = i;
    std::string out;
    ++i;
    while (true) {
        if (i >= s.size())
            throw ExprFailure{start, std::string("unterminated ") + what + " (missing closing " + quote + ")"};
        if (s[i] == quote) {
            if (i + 1 < s.size() && s[i + 1] == quote) {
                out += quote;
                i += 2;
                continue;
            }
            ++i;
            return out;
        }
        out += s[i++];
    }
}

std::string shorten(std::string_view s)
{
    constexpr size_t kMax = 40;
    return s.size() <= kMax ? std::string(s) : std::string(s.substr(0, kMax)) + "...";
}

} // namespace

std::vector<Token> tokenize(std::string_view s)
{
    std::vector<Token> out;
    size_t i = 0;
    while (true) {
        while (i < s.size() && isSpace(static_cast<unsigned char>(s[i])))
            ++i;
        Token t;
        t.pos = i;
        if (i >= s.size()) {
            out.push_back(std::move(t));
            return out;
        }
        const unsigned char c = static_cast<unsigned char>(s[i]);
        const unsigned char next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
        if (isDigit(c) || (c == '.' && isDigit(next))) {
            bool decimal = false;
            while (i < s.size() && isDigit(static_cast<unsigned char>(s[i])))
                ++i;
            if (i < s.size() && s[i] == '.') {
                decimal = true;
                ++i;
                while (i < s.size() && isDigit(static_cast<unsigned char>(s[i])))
                    ++i;
            }
            if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
                size_t j = i + 1;
                if (j < s.size() && (s[j] == '+' || s[j] == '-'))
                    ++j;
                if (j < s.size() && isDigit(static_cast<unsigned char>(s[j]))) {
                    decimal = true;
                    i = j;
                    while (i < s.size() && isDigit(static_cast<unsigned char>(s[i])))
                        ++i;
                }
            }
            if (i < s.size() && (isIdentChar(static_cast<unsigned char>(s[i])) || s[i] == '.')) {
                size_t j = i;
                while (j < s.size() && (isIdentChar(static_cast<unsigned char>(s[j])) || s[j] == '.'))
                    ++j;
                throw ExprFailure{t.pos, "invalid number '" + shorten(s.substr(t.pos, j - t.pos)) + "'"};
            }
            t.kind = decimal ? TokKind::Decimal : TokKind::Int;
            t.text = std::string(s.substr(t.pos, i - t.pos));
        } else if (isIdentStart(c)) {
            while (i < s.size() && isIdentChar(static_cast<unsigned char>(s[i])))
                ++i;
            t.text = std::string(s.substr(t.pos, i - t.pos));
            t.kind = TokKind::Ident;
            for (const auto& k : kKeywords)
                if (equalsNoCase(t.text, k.word))
                    t.kind = k.kind;
        } else if (c == '\'') {
            t.text = readQuoted(s, i, '\'', "string literal");
            t.kind = TokKind::String;
        } else if (c == '"') {
            t.text = readQuoted(s, i, '"', "quoted column name");
            if (t.text.empty())
                throw ExprFailure{t.pos, "empty column name \"\""};
            t.kind = TokKind::QuotedIdent;
        } else {
            auto two = [&](char second) { return next == static_cast<unsigned char>(second); };
            size_t len = 1;
            switch (c) {
            case '(': t.kind = TokKind::LParen; break;
            case ')': t.kind = TokKind::RParen; break;
            case ',': t.kind = TokKind::Comma; break;
            case '+': t.kind = TokKind::Plus; break;
            case '-': t.kind = TokKind::Minus; break;
            case '*': t.kind = TokKind::Star; break;
            case '/': t.kind = TokKind::Slash; break;
            case '=': t.kind = TokKind::Eq; break;
            case '<':
                if (two('=')) { t.kind = TokKind::Le; len = 2; }
                else if (two('>')) { t.kind = TokKind::Ne; len = 2; }
                else t.kind = TokKind::Lt;
                break;
            case '>':
                if (two('=')) { t.kind = TokKind::Ge; len = 2; }
                else t.kind = TokKind::Gt;
                break;
            case '!':
                if (two('=')) { t.kind = TokKind::Ne; len = 2; break; }
                [[fallthrough]];
            default: throw ExprFailure{t.pos, "unexpected character " + showChar(c)};
            }
            i += len;
            t.text = std::string(s.substr(t.pos, len));
        }
        t.len = i - t.pos;
        out.push_back(std::move(t));
    }
}

std::string describeToken(const Token& t)
{
    switch (t.kind) {
    case TokKind::End: return "end of expression";
    case TokKind::Int:
    case TokKind::Decimal: return "number " + shorten(t.text);
    case TokKind::String: return "string '" + shorten(t.text) + "'";
    case TokKind::Ident: return "'" + shorten(t.text) + "'";
    case TokKind::QuotedIdent: return "\"" + shorten(t.text) + "\"";
    case TokKind::And: return "AND";
    case TokKind::Or: return "OR";
    case TokKind::Not: return "NOT";
    case TokKind::In: return "IN";
    case TokKind::Is: return "IS";
    case TokKind::Null: return "NULL";
    case TokKind::Like: return "LIKE";
    case TokKind::Between: return "BETWEEN";
    case TokKind::True: return "TRUE";
    case TokKind::False: return "FALSE";
    case TokKind::Escape: return "ESCAPE";
    default: return "'" + t.text + "'";
    }
}

size_t columnOf(std::string_view text, size_t bytePos)
{
    size_t column = 1;
    for (size_t i = 0; i < bytePos && i < text.size(); ++i)
        column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (bytePos > text.size())
        column += bytePos - text.size();
    return column;
}

} // namespace seg::expr
