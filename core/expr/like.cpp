// SQL LIKE matching (see ops.h for the rules).
#include "expr/ops.h"

namespace seg::expr {

namespace {

// Position after the character (UTF-8 code point) starting at i; a stray continuation byte
// counts as a character of its own so that every byte belongs to exactly one character.
size_t nextChar(std::string_view s, size_t i)
{
    ++i;
    while (i < s.size() && isUtf8Continuation(s[i]))
        ++i;
    return i;
}

} // namespace

// Greedy matching that backtracks only to the most recent '%': each '%' that has been passed
// can absorb anything an earlier one could, so earlier choices never need revisiting. Linear
// for typical patterns, O(text x pattern) at worst, no recursion and no allocation.
bool likeMatch(std::string_view text, std::string_view pattern, int escape)
{
    size_t t = 0, p = 0;
    size_t starP = std::string_view::npos, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size()) {
            const char c = pattern[p];
            if (escape >= 0 && static_cast<unsigned char>(c) == escape && p + 1 < pattern.size()) {
                if (text[t] == pattern[p + 1]) {
                    ++t;
                    p += 2;
                    continue;
                }
            } else if (c == '%') {
                starP = ++p;
                starT = t;
                continue;
            } else if (c == '_') {
                t = nextChar(text, t);
                ++p;
                continue;
            } else if (text[t] == c) {
                ++t;
                ++p;
                continue;
            }
        }
        if (starP == std::string_view::npos)
            return false;
        starT = nextChar(text, starT);
        t = starT;
        p = starP;
    }
    while (p < pattern.size() && pattern[p] == '%')
        ++p;
    return p == pattern.size();
}

} // namespace seg::expr
