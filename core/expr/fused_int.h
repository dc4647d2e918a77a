#pragma once
// A fast path for integer derive expressions such as `orders * 2 + referrals` or
// `days_since(last_order_date)`: the inputs are read from the imported columns' narrow scan
// copies (1-2 bytes per row instead of 8), and interval arithmetic over the copies' value
// ranges proves at plan time that no operation can overflow. With overflow ruled out, the only
// source of NULL is a NULL input, so the result's validity is the AND of the inputs' validity
// words and the arithmetic runs as plain int64 loops without per-row NULL or overflow checks.
// Anything else (doubles, wide or derived inputs, a possible overflow) is left to the
// interpreter, whose results this path reproduces exactly (tests/expr/test_expr_fast_paths).
#include "expr/program.h"

#include <optional>
#include <vector>

namespace seg::expr {

class FusedInt {
public:
    // The plan for `e` over rows [0, rows), or nullopt when it does not fit.
    static std::optional<FusedInt> plan(const CompiledExpr& e, const EvalContext& ctx, size_t rows);

    // Values of rows [begin, end) to out[begin..end) (NULL rows 0) and their validity bits.
    // `begin` is a multiple of 64; concurrent calls on disjoint ranges are fine.
    void run(size_t begin, size_t end, int64_t* out, Bitset& valid) const;

    // One narrow input of a linear step: mult * stored, stored read from `width` bytes a row.
    struct Term {
        const uint8_t* bytes = nullptr;
        unsigned width = 0;
        uint64_t mult = 1;
    };
    // The steps that need a buffer, children first. Sums, differences and constant multiples
    // of inputs fold into one Linear step (`orders * 2 + referrals` is one pass); the kernels
    // compute modulo 2^64, which is exact because every operator's result was proven to fit.
    struct Step {
        enum class Kind : uint8_t { Linear, Add, Sub, Mul, Neg, Abs } kind = Kind::Linear;
        // Linear: value = offset + sum of the terms.
        std::vector<Term> terms;
        uint64_t offset = 0;
        // Add / Sub / Mul / Neg / Abs: step indexes, or -1 for the constant of the same side.
        int a = -1, b = -1;
        uint64_t ca = 0, cb = 0;
    };

private:
    std::vector<Step> steps_;
    std::vector<const uint64_t*> validity_; // validity words of the inputs that hold NULLs
};

} // namespace seg::expr
