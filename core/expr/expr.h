#pragma once
// The expression language of `expression` and `derive` nodes (spec section 4): a real
// lexer + recursive-descent parser, type checking against the available columns, and an
// evaluator that runs column-at-a-time over row ranges (batch kernels) or on one row
// (the per-customer evaluator of streaming runs). Both share one definition of each operator.
#include "data/bitset.h"
#include "data/column.h"
#include "data/value.h"

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

struct ExprError {
    size_t column = 0;   // 1-based character position in the expression text
    std::string message; // "expected ')' but found end of expression"
    std::string toString() const; // "column 14: expected ..."
};

// What the compiler knows of a column: where the evaluator will find it, and its type.
struct ColumnInfo {
    int slot = -1;
    DataType type = DataType::Int;
};
using ColumnLookup = std::function<std::optional<ColumnInfo>(std::string_view name)>;

class CompiledExpr; // bound, type-checked tree (defined in the expr implementation)

struct ExprCompileResult {
    std::shared_ptr<const CompiledExpr> expr; // null on error
    std::optional<ExprError> error;           // syntax, unknown column or type error
    DataType resultType = DataType::Bool;
    bool resultIsNull = false;                // the expression is the literal NULL (type unknown)
    std::vector<std::string> columns;         // column names referenced, in first-use order
};

// Parse only: the referenced column names, or the syntax error. Used by the planner to find
// the implicit edges to derive nodes before any data is loaded.
struct ExprParseInfo {
    std::optional<ExprError> error;
    std::vector<std::string> columns;
};
ExprParseInfo parseExpressionColumns(std::string_view text);

ExprCompileResult compileExpression(std::string_view text, const ColumnLookup& lookup);
// compileExpression plus the check that the result is boolean (expression filter nodes).
ExprCompileResult compileFilterExpression(std::string_view text, const ColumnLookup& lookup);

struct EvalContext {
    std::span<const Column* const> slots; // slot -> column (customer or derived)
    int32_t asOfDay = 0;                  // days since epoch, for days_since()
    // Slots below this are imported columns, whose narrow scan copies (Column::narrowCopy) are
    // kept for every later run: the batch fast paths may build and read them. A derived
    // column lives for one run, so building its copy would cost more than it saves.
    int narrowSlots = 0;
};

// Batch: sets bit r of `out` for each row r in [begin, end) where the boolean expression is
// TRUE (NULL and FALSE leave it clear). `begin` is a multiple of 64 so that partitions own
// whole words; bits outside the range are not touched. Bits inside the range are assigned
// (FALSE/NULL rows are cleared even when set before). Thread-safe: it only reads `expr`.
// Throws seg::Error when a slot column is missing, has another type than compiled for, or is
// shorter than `end`, or when the expression is not boolean.
void evalFilter(const CompiledExpr& expr, const EvalContext& ctx, size_t begin, size_t end, Bitset& out);

// Batch: the value of the expression for every row, as a column named `name` of resultType
// (an always-NULL expression gives an all-NULL column). String results get their own
// dictionary, in order of first appearance.
Column evalColumn(const CompiledExpr& expr, const EvalContext& ctx, size_t rows, const std::string& name);

// Batch over a row range, for results that are not strings (a string column needs one
// dictionary, so evalColumn): the value of row r goes to index r of the array matching the
// result's storage (ints for int/date/timestamp, doubles, bools), NULL rows get 0 and a clear
// bit in `valid`. `begin` is a multiple of 64; ranges of different calls may run concurrently.
struct ColumnSink {
    int64_t* ints = nullptr;
    double* doubles = nullptr;
    uint8_t* bools = nullptr;
    Bitset* valid = nullptr; // sized to all rows
};
void evalColumnRange(const CompiledExpr& expr, const EvalContext& ctx, size_t begin, size_t end,
                     const ColumnSink& sink);

// Per customer: the value for one row.
Value evalRow(const CompiledExpr& expr, const EvalContext& ctx, size_t row);

} // namespace seg
