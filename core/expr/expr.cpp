// Entry points of the expression stage: parse-only column discovery and compilation.
// User text never throws out of here: every failure becomes an ExprError with a position.
#include "expr/expr.h"

#include "expr/compile.h"
#include "expr/syntax.h"

#include <exception>
#include <new>

namespace seg {

std::string ExprError::toString() const
{
    return "column " + std::to_string(column) + ": " + message;
}

ExprParseInfo parseExpressionColumns(std::string_view text)
{
    ExprParseInfo info;
    try {
        info.columns = expr::parseSyntax(text).columns;
    } catch (const expr::ExprFailure& f) {
        info.error = ExprError{expr::columnOf(text, f.pos), f.message};
    } catch (const std::bad_alloc&) {
        info.error = ExprError{1, "the expression is too large"};
    }
    return info;
}

ExprCompileResult compileExpression(std::string_view text, const ColumnLookup& lookup)
{
    ExprCompileResult result;
    try {
        expr::SyntaxTree tree = expr::parseSyntax(text);
        result.columns = tree.columns;
        auto compiled = expr::compileTree(*tree.root, lookup, text);
        result.resultType = compiled->resultType;
        result.resultIsNull = compiled->resultIsNull;
        result.expr = std::move(compiled);
    } catch (const expr::ExprFailure& f) {
        result.error = ExprError{expr::columnOf(text, f.pos), f.message};
    } catch (const std::bad_alloc&) {
        result.error = ExprError{1, "the expression is too large"};
    }
    return result;
}

ExprCompileResult compileFilterExpression(std::string_view text, const ColumnLookup& lookup)
{
    ExprCompileResult result = compileExpression(text, lookup);
    if (result.expr && result.resultType != DataType::Bool) {
        result.error = ExprError{1, "the expression must be a condition (TRUE or FALSE) but its type is "
                                        + std::string(typeName(result.resultType))};
        result.expr.reset();
    }
    return result;
}

} // namespace seg
