#pragma once
// Shared by the expression tests: a small table built value by value, a lookup over it, and
// an evaluator that runs one expression through all three paths (evalRow, evalColumn,
// evalFilter) and fails the test when they disagree on any row.
#include "data/column.h"
#include "data/table.h"
#include "expr/expr.h"

#include <QtTest>

#include <optional>
#include <string>
#include <vector>

namespace seg::test {

// One cell as written in a test: std::nullopt is NULL.
template <class T> using Cells = std::vector<std::optional<T>>;

inline Column intColumn(std::string name, const Cells<int64_t>& v)
{
    Column c(std::move(name), DataType::Int);
    for (const auto& x : v)
        x ? c.appendInt(*x) : c.appendNull();
    return c;
}
inline Column doubleColumn(std::string name, const Cells<double>& v)
{
    Column c(std::move(name), DataType::Double);
    for (const auto& x : v)
        x ? c.appendDouble(*x) : c.appendNull();
    return c;
}
inline Column boolColumn(std::string name, const Cells<bool>& v)
{
    Column c(std::move(name), DataType::Bool);
    for (const auto& x : v)
        x ? c.appendBool(*x) : c.appendNull();
    return c;
}
inline Column stringColumn(std::string name, const Cells<std::string>& v)
{
    Column c(std::move(name), DataType::String);
    for (const auto& x : v)
        x ? c.appendString(*x) : c.appendNull();
    c.finish();
    return c;
}
inline Column dateColumn(std::string name, const Cells<std::string>& iso)
{
    Column c(std::move(name), DataType::Date);
    for (const auto& x : iso)
        x ? c.appendDate(parseIsoDate(*x).value()) : c.appendNull();
    return c;
}
inline Column timestampColumn(std::string name, const Cells<std::string>& iso)
{
    Column c(std::move(name), DataType::Timestamp);
    for (const auto& x : iso)
        x ? c.appendInt(parseIsoTimestamp(*x).value()) : c.appendNull();
    return c;
}

// A value as the tests write it: "NULL", "true", "3", "3.5", "2024-01-31", or the string.
inline std::string show(const Value& v)
{
    if (v.null)
        return "NULL";
    switch (v.type) {
    case DataType::Int: return std::to_string(v.i);
    case DataType::Double: return formatDouble(v.d);
    case DataType::Bool: return v.i ? "true" : "false";
    case DataType::Date: return formatDate(static_cast<int32_t>(v.i));
    case DataType::Timestamp: return formatTimestamp(v.i);
    case DataType::String: return v.s;
    }
    return "?";
}
inline std::string showCell(const Column& c, size_t row)
{
    if (c.isNull(row))
        return "NULL";
    if (c.type() == DataType::Bool)
        return c.boolAt(row) ? "true" : "false";
    return c.textAt(row);
}

struct TestTable {
    Table table;
    std::vector<const Column*> slots;
    int32_t asOf = 0;

    void add(Column c)
    {
        table.rows = c.size();
        table.columns.push_back(std::move(c));
        slots.clear();
        for (const auto& col : table.columns)
            slots.push_back(&col);
    }
    ColumnLookup lookup() const
    {
        return [this](std::string_view name) -> std::optional<ColumnInfo> {
            const int i = table.indexOf(name);
            if (i < 0)
                return std::nullopt;
            return ColumnInfo{i, table.columns[static_cast<size_t>(i)].type()};
        };
    }
    EvalContext context() const { return EvalContext{slots, asOf}; }

    ExprCompileResult compile(const std::string& text) const { return compileExpression(text, lookup()); }

    // Every row's value, after checking that evalRow, evalColumn and (for booleans) evalFilter
    // agree. Returns an empty vector (and records a test failure) when anything is off.
    std::vector<std::string> eval(const std::string& text) const
    {
        const auto r = compile(text);
        if (!r.expr) {
            QTest::qFail(("compile failed: " + text + ": " + r.error->toString()).c_str(), __FILE__, __LINE__);
            return {};
        }
        const EvalContext ctx = context();
        const Column col = evalColumn(*r.expr, ctx, table.rows, "out");
        if (col.type() != r.resultType || col.size() != table.rows) {
            QTest::qFail(("evalColumn shape differs for " + text).c_str(), __FILE__, __LINE__);
            return {};
        }
        Bitset bits(table.rows);
        if (r.resultType == DataType::Bool)
            evalFilter(*r.expr, ctx, 0, table.rows, bits);
        std::vector<std::string> out;
        for (size_t row = 0; row < table.rows; ++row) {
            const std::string viaRow = show(evalRow(*r.expr, ctx, row));
            const std::string viaColumn = showCell(col, row);
            if (viaRow != viaColumn || (r.resultType == DataType::Bool && bits.test(row) != (viaRow == "true"))) {
                QTest::qFail(("paths disagree for " + text + " at row " + std::to_string(row) + ": row=" + viaRow
                              + " column=" + viaColumn + " filter=" + (bits.test(row) ? "1" : "0"))
                                 .c_str(),
                             __FILE__, __LINE__);
                return {};
            }
            out.push_back(viaRow);
        }
        return out;
    }

    // The error text ("column N: message") of an expression that must not compile.
    std::string error(const std::string& text) const
    {
        const auto r = compile(text);
        return r.error ? r.error->toString() : "compiled";
    }
};

using Strings = std::vector<std::string>;

} // namespace seg::test

// QCOMPARE on std::vector<std::string> prints both sides on failure.
namespace QTest {
template <> inline char* toString(const std::vector<std::string>& v)
{
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i)
        s += (i ? ", " : "") + v[i];
    return qstrdup((s + "]").c_str());
}
} // namespace QTest
