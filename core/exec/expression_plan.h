#pragma once
// The expression node's fast path: a boolean expression that is AND / OR / NOT over simple
// tests of one column (`column <cmp> literal`, BETWEEN, `column IN (literals)`, IS [NOT] NULL,
// a bool column, days_since(date column) compared with a literal, and any test of one string
// column that the evaluator can tabulate per dictionary entry) runs on the condition node's
// filter kernels (filterWords, narrow copies included) and is combined word by word.
//
// SQL's three values: a member is a row where the whole expression is TRUE. Under NOT a test's
// FALSE set is needed: a comparison is FALSE where the value is present and the test fails,
// neither TRUE nor FALSE on NULL. So NOT is pushed down to the leaves at plan time (De Morgan:
// TRUE(a AND b) = TRUE(a) & TRUE(b), FALSE(a AND b) = FALSE(a) | FALSE(b), and the dual for OR),
// and every leaf can produce either its TRUE or its FALSE rows. Expressions of any other shape
// keep the interpreter (evalFilter); tests/expr/test_expr_fast_paths compares both.
#include "bind/predicate.h"
#include "expr/expr.h"

#include <functional>
#include <memory>
#include <vector>

namespace seg::expr {
struct PNode;
}

namespace seg {

// The date column node `node` of `e` reads when it is days_since(date column), or null. Both
// the expression plan and a condition on such a derive test the date instead (v = as_of - x).
const expr::PNode* daysSinceDate(const CompiledExpr& e, int node);

class FilterPlan {
public:
    // The expression a derived slot's column was computed from, or null (not a derive from an
    // expression, or not a derived slot). Lets `days_since_order <= 60` read the narrow copy
    // of last_order_date when days_since_order is `days_since(last_order_date)`.
    using DerivedExpr = std::function<const CompiledExpr*(int slot)>;

    // The plan for `e` over `rows` rows, or null when the expression does not fit.
    static std::unique_ptr<FilterPlan> make(const CompiledExpr& e, const EvalContext& ctx, size_t rows,
                                            const DerivedExpr& derived = {});

    // Assigns out[firstWord, lastWord) (bit r: the expression is TRUE on row r). Concurrent
    // calls on disjoint word ranges are fine.
    void run(size_t firstWord, size_t lastWord, uint64_t* out) const;

    struct Leaf {
        const Column* column = nullptr; // null: a constant
        BoundPredicate predicate;       // TRUE among the present rows, through filterWords
        std::vector<uint8_t> table;     // String predicates: TRUE per dictionary code
        std::vector<uint8_t> falseTable; // ... and FALSE per code (falseBy == Table)
        enum class FalseBy : uint8_t { Complement, Table, Nothing } falseBy = FalseBy::Complement;
        bool nullTrue = false, nullFalse = false; // the test's value on NULL rows
        bool narrow = false;            // scan the column's narrow copy (imported columns)
        bool constTrue = false, constFalse = false; // constants
    };
    struct Step {
        enum class Kind : uint8_t { Leaf, And, Or } kind = Kind::Leaf;
        int leaf = -1;
        bool wantFalse = false; // Leaf: push the FALSE rows instead of the TRUE rows
        int arity = 0;          // And / Or: combine this many entries at the top of the stack
    };

private:
    void leafWords(const Leaf& leaf, bool wantFalse, size_t fw, size_t lw, uint64_t* dst) const;

    size_t rows_ = 0;
    std::vector<Leaf> leaves_;
    std::vector<Step> steps_;
    // Stack entries 1.. (entry 0 is the output): whole-set sized, each worker touches its words.
    std::vector<std::shared_ptr<Bitset>> stack_;
};

} // namespace seg
