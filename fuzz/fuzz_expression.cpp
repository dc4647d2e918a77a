// Fuzz target: the expression parser and type checker over a fixed schema.
#include "expr/expr.h"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const seg::ExprParseInfo parsed = seg::parseExpressionColumns(text);
    const seg::ColumnLookup lookup = [](std::string_view name) -> std::optional<seg::ColumnInfo> {
        if (name == "orders")
            return seg::ColumnInfo{0, seg::DataType::Int};
        if (name == "spend")
            return seg::ColumnInfo{1, seg::DataType::Double};
        if (name == "city")
            return seg::ColumnInfo{2, seg::DataType::String};
        if (name == "vip")
            return seg::ColumnInfo{3, seg::DataType::Bool};
        if (name == "joined")
            return seg::ColumnInfo{4, seg::DataType::Date};
        return std::nullopt;
    };
    const seg::ExprCompileResult compiled = seg::compileExpression(text, lookup);
    // A text the parser refuses is refused by the compiler too, and the other way round for
    // syntax (the compiler may refuse more: unknown columns, types).
    if (parsed.error && !compiled.error)
        std::abort();
    if (!compiled.error && !compiled.expr && !compiled.resultIsNull)
        std::abort();
    return 0;
}
