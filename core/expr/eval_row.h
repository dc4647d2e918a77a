#pragma once
// The per-row evaluator, shared by evalRow and by constant folding at compile time.
#include "expr/program.h"

#include <forward_list>
#include <string>
#include <string_view>

namespace seg::expr {

struct Scalar {
    bool null = true;
    int64_t i = 0;          // Int, Date, Timestamp, Bool (0/1)
    double d = 0;
    std::string_view s;     // String: into a column dictionary, a constant, or the arena
};

// Computed strings (lower/upper) are kept in `arena` (its elements never move, and an empty list allocates nothing).
Scalar evalScalar(const std::vector<PNode>& nodes, int index, const EvalContext& ctx, size_t row,
                  std::forward_list<std::string>& arena);

// The column a Column node reads, checked against what the expression was compiled for.
// Throws seg::Error naming the column when it is missing, of another type, or too short.
const Column& boundColumn(const PNode& node, const EvalContext& ctx, size_t rowsNeeded);

} // namespace seg::expr
