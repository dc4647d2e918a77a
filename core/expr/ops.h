#pragma once
// The meaning of every operator of the expression language, written once. The batch kernels
// (eval_batch.cpp) and the per-customer evaluator (eval_row.cpp) both call these functions,
// so the two paths cannot disagree. Convention: inputs are non-NULL; a function that can
// produce NULL returns false for "the result is NULL".
#include "data/types.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace seg::expr {

// ---- comparison: three-way, by value ---------------------------------------------------
inline int compare3(int64_t a, int64_t b) { return (a > b) - (a < b); }
inline int compare3(double a, double b) { return (a > b) - (a < b); }
inline int compare3(uint8_t a, uint8_t b) { return (a > b) - (a < b); }
// Strings compare by bytes (unsigned), as memcmp does.
inline int compare3(std::string_view a, std::string_view b)
{
    const int c = a.compare(b);
    return (c > 0) - (c < 0);
}
// Exact int/double comparison: converting the int to double would round above 2^53.
inline int compare3(int64_t a, double b)
{
    if (std::isnan(b))
        return -1;
    constexpr int64_t kTwo53 = int64_t{1} << 53;
    if (a >= -kTwo53 && a <= kTwo53) // exactly representable: the double comparison is exact
        return compare3(static_cast<double>(a), b);
    constexpr double kTwo63 = 9223372036854775808.0;
    if (b >= kTwo63)
        return -1;
    if (b < -kTwo63)
        return 1;
    const double whole = std::trunc(b);
    const auto wholeInt = static_cast<int64_t>(whole);
    if (a != wholeInt)
        return a < wholeInt ? -1 : 1;
    const double frac = b - whole;
    return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}
inline int compare3(double a, int64_t b) { return -compare3(b, a); }

// Each comparison, for both evaluation paths. Numbers of the same type use the built-in
// operators, which compile to branch-free code (a 50% selective filter would otherwise
// mispredict every other row); mixed int/double and strings go through compare3.
template <class A, class B> constexpr bool kDirectCompare = std::is_same_v<A, B> && std::is_arithmetic_v<A>;
#define SEG_EXPR_COMPARISON(Name, op)                                                                             \
    struct Name {                                                                                                  \
        template <class A, class B> static bool apply(A a, B b)                                                    \
        {                                                                                                          \
            if constexpr (kDirectCompare<A, B>)                                                                    \
                return a op b;                                                                                     \
            else                                                                                                   \
                return compare3(a, b) op 0;                                                                        \
        }                                                                                                          \
    };
SEG_EXPR_COMPARISON(CmpEq, ==)
SEG_EXPR_COMPARISON(CmpNe, !=)
SEG_EXPR_COMPARISON(CmpLt, <)
SEG_EXPR_COMPARISON(CmpLe, <=)
SEG_EXPR_COMPARISON(CmpGt, >)
SEG_EXPR_COMPARISON(CmpGe, >=)
#undef SEG_EXPR_COMPARISON

// ---- arithmetic: int overflow and non-finite doubles give NULL ---------------------------
// Double results are never -0 (adding +0.0 turns -0.0 into 0.0), so exports never show "-0".
struct AddOp {
    static bool apply(int64_t a, int64_t b, int64_t& r) { return !__builtin_add_overflow(a, b, &r); }
    static bool apply(double a, double b, double& r) { r = a + b + 0.0; return std::isfinite(r); }
};
struct SubOp {
    static bool apply(int64_t a, int64_t b, int64_t& r) { return !__builtin_sub_overflow(a, b, &r); }
    static bool apply(double a, double b, double& r) { r = a - b + 0.0; return std::isfinite(r); }
};
struct MulOp {
    static bool apply(int64_t a, int64_t b, int64_t& r) { return !__builtin_mul_overflow(a, b, &r); }
    static bool apply(double a, double b, double& r) { r = a * b + 0.0; return std::isfinite(r); }
};
// `/` always divides as doubles; x / 0 is NULL.
struct DivOp {
    static bool apply(double a, double b, double& r)
    {
        r = b != 0 ? a / b + 0.0 : 0.0;
        return b != 0 && std::isfinite(r);
    }
};
struct NegOp {
    static bool apply(int64_t a, int64_t& r)
    {
        r = a == std::numeric_limits<int64_t>::min() ? 0 : -a;
        return a != std::numeric_limits<int64_t>::min();
    }
    static bool apply(double a, double& r) { r = 0.0 - a; return true; }
};
struct AbsOp {
    static bool apply(int64_t a, int64_t& r)
    {
        r = a == std::numeric_limits<int64_t>::min() ? 0 : a < 0 ? -a : a;
        return a != std::numeric_limits<int64_t>::min();
    }
    static bool apply(double a, double& r) { r = std::fabs(a); return true; }
};
struct IntToDoubleOp {
    static bool apply(int64_t a, double& r) { r = static_cast<double>(a); return true; }
};
// A date compared with a timestamp is that day's midnight UTC.
struct DateToTimestampOp {
    static bool apply(int64_t days, int64_t& r) { r = days * kMicrosPerDay; return true; }
};
// Whole days from the value's calendar day to as_of (negative for days after as_of).
struct DaysSinceOp {
    static int64_t fromDate(int64_t days, int32_t asOf) { return static_cast<int64_t>(asOf) - days; }
    static int64_t fromTimestamp(int64_t micros, int32_t asOf)
    {
        return static_cast<int64_t>(asOf) - dayOfTimestamp(micros);
    }
};

// ---- three-valued logic on (value, null) bytes that are 0 or 1 ------------------------------
// Written with bit operations so the batch loops vectorize.
inline void and3(uint8_t av, uint8_t an, uint8_t bv, uint8_t bn, uint8_t& rv, uint8_t& rn)
{
    const uint8_t anyFalse = static_cast<uint8_t>(((an ^ 1) & (av ^ 1)) | ((bn ^ 1) & (bv ^ 1)));
    rn = static_cast<uint8_t>((anyFalse ^ 1) & (an | bn));
    rv = static_cast<uint8_t>((anyFalse ^ 1) & (rn ^ 1));
}
inline void or3(uint8_t av, uint8_t an, uint8_t bv, uint8_t bn, uint8_t& rv, uint8_t& rn)
{
    const uint8_t anyTrue = static_cast<uint8_t>(((an ^ 1) & av) | ((bn ^ 1) & bv));
    rn = static_cast<uint8_t>((anyTrue ^ 1) & (an | bn));
    rv = anyTrue;
}
inline void not3(uint8_t av, uint8_t an, uint8_t& rv, uint8_t& rn)
{
    rv = static_cast<uint8_t>((av ^ 1) & (an ^ 1));
    rn = an;
}
// x IN (list): TRUE on a match; otherwise NULL when the list holds a NULL, else FALSE.
inline void inList3(bool found, bool listHasNull, uint8_t& rv, uint8_t& rn)
{
    rv = found;
    rn = !found && listHasNull;
}

// ---- strings ---------------------------------------------------------------------------------
inline bool isUtf8Continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Characters = UTF-8 code points: bytes that are not continuation bytes.
inline int64_t utf8Length(std::string_view s)
{
    int64_t n = 0;
    for (char c : s)
        n += !isUtf8Continuation(c);
    return n;
}

// ASCII-only case mapping; other bytes (UTF-8 included) pass through unchanged.
inline char asciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
inline char asciiUpper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; }

// SQL LIKE: '%' matches any run of characters, '_' exactly one character (UTF-8 code point),
// everything else one byte exactly (case-sensitive). `escape` (-1: none) makes the next
// pattern byte literal; an escape at the very end of the pattern matches itself.
bool likeMatch(std::string_view text, std::string_view pattern, int escape);

// ---- IN lists of constants --------------------------------------------------------------------
// Kept sorted for binary search; items that can never equal a value of the tested type were
// dropped at compile time, and a NULL item only sets hasNull.
struct InSet {
    std::vector<int64_t> ints;       // Int, Date, Timestamp, Bool
    std::vector<double> doubles;     // Double
    std::vector<std::string> strings;
    bool hasNull = false;

    bool contains(int64_t v) const { return std::binary_search(ints.begin(), ints.end(), v); }
    bool contains(uint8_t v) const { return contains(static_cast<int64_t>(v)); }
    bool contains(double v) const { return std::binary_search(doubles.begin(), doubles.end(), v); }
    bool contains(std::string_view v) const
    {
        auto it = std::lower_bound(strings.begin(), strings.end(), v,
                                   [](const std::string& a, std::string_view b) { return std::string_view(a) < b; });
        return it != strings.end() && std::string_view(*it) == v;
    }
};

} // namespace seg::expr
