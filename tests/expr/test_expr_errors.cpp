// Bad expressions: every error names its 1-based character column and what was expected or
// found; hostile and random input returns errors instead of crashing.
#include "expr_test_util.h"

#include "util/error.h"

#include <cstdint>

using namespace seg;
using namespace seg::test;

namespace {

TestTable customers()
{
    TestTable t;
    t.add(intColumn("id", {1, 2, 3}));
    t.add(intColumn("orders", {3, std::nullopt, 0}));
    t.add(doubleColumn("spend", {1.5, 2.5, std::nullopt}));
    t.add(stringColumn("country", {"US", std::nullopt, "DE"}));
    t.add(stringColumn("city", {"Paris", "Köln", std::nullopt}));
    t.add(boolColumn("vip", {true, std::nullopt, false}));
    t.add(dateColumn("joined", {"2024-01-01", std::nullopt, "2023-06-30"}));
    t.add(timestampColumn("seen", {std::nullopt, "2024-01-01 10:00", "2023-06-30 23:00"}));
    t.add(stringColumn("name", {"Zoë", "a_b", std::nullopt}));
    t.asOf = parseIsoDate("2024-01-01").value();
    return t;
}

// splitmix64: deterministic on every platform.
struct Rng {
    uint64_t state;
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

// After a failed compile the column must point into the text (or just past its end).
bool errorIsWellFormed(const ExprCompileResult& r, const std::string& text)
{
    return !r.expr && r.error && r.error->column >= 1 && r.error->column <= text.size() + 1 && !r.error->message.empty();
}

// Compiled fuzz output must also evaluate without throwing, on every path.
void evaluateEverywhere(const TestTable& t, const ExprCompileResult& r)
{
    const EvalContext ctx = t.context();
    for (size_t row = 0; row < t.table.rows; ++row)
        (void)evalRow(*r.expr, ctx, row);
    (void)evalColumn(*r.expr, ctx, t.table.rows, "x");
    if (r.resultType == DataType::Bool) {
        Bitset bits(t.table.rows);
        evalFilter(*r.expr, ctx, 0, t.table.rows, bits);
    }
}

} // namespace

class TestExprErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typeAndNameErrors()
    {
        const TestTable t = customers();
        const std::vector<std::pair<std::string, std::string>> cases = {
            {"spendd > 5", "column 1: unknown column 'spendd'"},
            {"orders > 1 AND total > 5", "column 16: unknown column 'total'"},
            {"Orders > 1", "column 1: unknown column 'Orders'"}, // names are case-sensitive
            {"country = 5", "column 9: cannot compare string with int"},
            {"5 <> country", "column 3: cannot compare int with string"},
            {"orders + 'x'", "column 8: cannot apply '+' to int and string"},
            {"vip + 1", "column 5: cannot apply '+' to bool and int"},
            {"joined - 1", "column 8: cannot apply '-' to date and int"},
            {"-city", "column 1: cannot apply unary '-' to string"},
            {"vip AND orders", "column 9: AND expects bool operands but found int"},
            {"orders OR vip", "column 1: OR expects bool operands but found int"},
            {"NOT orders", "column 5: NOT expects a bool operand but found int"},
            {"lower(orders)", "column 7: lower() expects a string argument but found int"},
            {"lower(city, 1)", "column 1: lower() takes 1 argument but 2 were given"},
            {"length()", "column 1: length() takes 1 argument but 0 were given"},
            {"coalesce(city)", "column 1: coalesce() takes at least 2 arguments but 1 was given"},
            {"foo(1)", "column 1: unknown function 'foo' (functions: lower, upper, length, abs, coalesce, days_since)"},
            {"days_since(orders)", "column 12: days_since() expects a date or timestamp but found int"},
            {"days_since('soon')", "column 12: 'soon' is not a valid date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])"},
            {"abs('x')", "column 5: abs() expects a number but found string"},
            {"coalesce(orders, city)", "column 18: coalesce() arguments must have compatible types but found int and string"},
            {"coalesce(orders, 'x')", "column 18: coalesce() arguments must have compatible types but found int and string"},
            {"joined > '2024-13-01'", "column 10: '2024-13-01' is not a valid date (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])"},
            {"seen < 'noon'", "column 8: 'noon' is not a valid timestamp (expected YYYY-MM-DD or YYYY-MM-DD HH:MM[:SS])"},
            {"DATE '2024-02-30'", "column 6: invalid date '2024-02-30' (expected YYYY-MM-DD)"},
            {"TIMESTAMP '2024-01-01 25:00'", "column 11: invalid timestamp '2024-01-01 25:00' (expected YYYY-MM-DD HH:MM[:SS])"},
            {"joined > 5", "column 8: cannot compare date with int"},
            {"vip = 'true'", "column 5: cannot compare bool with string"},
            {"orders IN (1, 'a')", "column 15: cannot compare int with string in the IN list"},
            {"name LIKE 5", "column 11: LIKE expects string operands but found int"},
            {"orders LIKE 'a%'", "column 1: LIKE expects string operands but found int"},
            {"name LIKE 'a' ESCAPE 'ab'",
             "column 22: ESCAPE expects a one-character string literal other than '%' and '_', such as '\\'"},
            {"name LIKE 'a' ESCAPE '%'",
             "column 22: ESCAPE expects a one-character string literal other than '%' and '_', such as '\\'"},
            {"orders BETWEEN 1 AND 'x'", "column 8: cannot compare int with string"},
            // Columns count characters, not bytes: 'Zoë' is 5 characters but 6 bytes.
            {"name = 'Zoë' AND x", "column 18: unknown column 'x'"},
        };
        for (const auto& [text, expected] : cases)
            QCOMPARE(t.error(text), expected);
    }
    void syntaxErrors()
    {
        const TestTable t = customers();
        const std::vector<std::pair<std::string, std::string>> cases = {
            {"", "column 1: the expression is empty"},
            {"   ", "column 1: the expression is empty"},
            {"orders > ", "column 10: expected an expression but found end of expression"},
            {"(orders > 1", "column 12: expected ')' but found end of expression"},
            {"orders > 1)", "column 11: expected an operator or the end of the expression but found ')'"},
            {"orders 1", "column 8: expected an operator or the end of the expression but found number 1"},
            {"orders = 1 = vip", "column 12: expected an operator or the end of the expression but found '='"},
            {"orders = = 1", "column 10: expected an expression but found '='"},
            {"name = 'abc", "column 8: unterminated string literal (missing closing ')"},
            {"\"city = 1", "column 1: unterminated quoted column name (missing closing \")"},
            {"\"\" = 1", "column 1: empty column name \"\""},
            {"orders IN 1", "column 11: expected '(' after IN but found number 1"},
            {"orders IN ()", "column 12: expected an expression but found ')'"},
            {"orders IN (1, 2", "column 16: expected ',' or ')' in the IN list but found end of expression"},
            {"orders BETWEEN 1 OR 2", "column 18: expected AND between the BETWEEN bounds but found OR"},
            {"orders IS 5", "column 11: expected NULL or NOT NULL after IS but found number 5"},
            {"orders IS NOT 5", "column 15: expected NULL after IS NOT but found number 5"},
            {"orders NOT 5", "column 12: expected IN, BETWEEN or LIKE after NOT but found number 5"},
            {"lower(city", "column 11: expected ',' or ')' in the argument list but found end of expression"},
            {"orders # 1", "column 8: unexpected character '#'"},
            {std::string("orders \0= 1", 11), "column 8: unexpected character \\x00"},
            {"orders ! 1", "column 8: unexpected character '!'"},
            {"12abc > 1", "column 1: invalid number '12abc'"},
            {"1.2.3 > 1", "column 1: invalid number '1.2.3'"},
            {"99999999999999999999 > 1",
             "column 1: the integer 99999999999999999999 is too large for int (at most 9223372036854775807; write a "
             "decimal such as 1e20)"},
            {"1e999 > 1", "column 1: the number 1e999 is out of range for double"},
            {"orders > AND", "column 10: expected an expression but found AND"},
            {"city = 'a' 'b'", "column 12: expected an operator or the end of the expression but found string 'b'"},
        };
        for (const auto& [text, expected] : cases)
            QCOMPARE(t.error(text), expected);
    }
    void nestingIsCapped()
    {
        const TestTable t = customers();
        const std::string open(300, '('), close(300, ')');
        QCOMPARE(t.error(open + "1" + close), std::string("column 257: the expression is nested too deeply (more than 256 levels)"));
        // Issue 16 finding 11: a flat sum of 301 terms is no nesting; it is accepted (and
        // computed), and only a chain longer than kMaxTreeDepth is refused, as too long.
        std::string sum = "1";
        for (int i = 0; i < 300; ++i)
            sum += "+1";
        QCOMPARE(t.eval(sum), (Strings{"301", "301", "301"}));
        for (int i = 300; i < 600; ++i)
            sum += "+1";
        QCOMPARE(t.error(sum), std::string("column 1024: the expression is too long: more than 512 operators in a row "
                                           "or nested (split it over derive nodes)"));
        std::string nots;
        for (int i = 0; i < 100000; ++i)
            nots += "NOT ";
        QVERIFY(t.error(nots + "vip").find("nested too deeply") != std::string::npos);
        QVERIFY(t.error(std::string(100000, '-') + "1").find("nested too deeply") != std::string::npos);
        QVERIFY(t.error("lower(" + std::string(100000, '(')).find("nested too deeply") != std::string::npos);
        // 200 levels is fine, and long AND/OR chains are flat, so they are fine at any length.
        QCOMPARE(t.eval(std::string(200, '(') + "orders" + std::string(200, ')')), (Strings{"3", "NULL", "0"}));
        std::string chain = "vip";
        for (int i = 0; i < 5000; ++i)
            chain += i % 2 ? " OR vip" : " AND vip";
        QCOMPARE(t.eval(chain), (Strings{"true", "NULL", "false"}));
    }
    void parseExpressionColumnsListsNamesInFirstUseOrder()
    {
        const auto info = parseExpressionColumns(
            "\"total spend\" > 5 AND country IN ('US') OR \"total spend\" < 1 AND lower(city) = 'x' AND date > "
            "DATE '2024-01-01' AND unknown_col");
        QVERIFY(!info.error);
        QCOMPARE(info.columns, (std::vector<std::string>{"total spend", "country", "city", "date", "unknown_col"}));
        const auto bad = parseExpressionColumns("orders > ");
        QVERIFY(bad.error);
        QCOMPARE(bad.error->toString(), std::string("column 10: expected an expression but found end of expression"));
        // The compile result lists the same columns.
        QCOMPARE(customers().compile("vip AND orders > id OR vip").columns, (std::vector<std::string>{"vip", "orders", "id"}));
    }
    void randomBytesNeverCrash()
    {
        const TestTable t = customers();
        const std::string alphabet = "ab_oO0123456789.eE'\"()+-*/=<>!,% \t\n\\#\xC3\xA9\xFF";
        Rng rng{42};
        int compiled = 0;
        for (int i = 0; i < 20000; ++i) {
            std::string text;
            const size_t len = rng.below(24);
            for (size_t k = 0; k < len; ++k)
                text += rng.below(40) == 0 ? '\0' : alphabet[rng.below(alphabet.size())];
            const auto r = t.compile(text);
            if (r.expr) {
                ++compiled;
                evaluateEverywhere(t, r);
            } else {
                QVERIFY2(errorIsWellFormed(r, text), text.c_str());
            }
            const auto p = parseExpressionColumns(text);
            QVERIFY(!p.error || (p.error->column >= 1 && p.error->column <= text.size() + 1));
        }
        QVERIFY(compiled > 0);
    }
    void randomTokenSoupAgreesOnAllPaths()
    {
        // Random token sequences: many are valid expressions, and those must give the same
        // answer per row, per column and as a filter (TestTable::eval checks that).
        const TestTable t = customers();
        const std::vector<std::string> tokens = {
            "orders", "spend", "id", "city", "name", "vip", "joined", "seen", "country", "'Paris'", "'a%'", "1",
            "2.5", "0", "NULL", "TRUE", "FALSE", "AND", "OR", "NOT", "IN", "(", ")", ",", "+", "-", "*", "/", "=",
            "<", ">=", "<>", "LIKE", "BETWEEN", "IS", "lower(", "upper(", "length(", "abs(", "coalesce(",
            "days_since(", "DATE '2024-01-01'", "'2023-06-30'"};
        Rng rng{7};
        int compiled = 0;
        for (int i = 0; i < 30000; ++i) {
            std::string text;
            const size_t len = 1 + rng.below(9);
            for (size_t k = 0; k < len; ++k)
                text += tokens[rng.below(tokens.size())] + " ";
            const auto r = t.compile(text);
            if (!r.expr) {
                QVERIFY2(errorIsWellFormed(r, text), text.c_str());
                continue;
            }
            ++compiled;
            const Strings values = t.eval(text);
            QVERIFY2(values.size() == t.table.rows, text.c_str());
        }
        QVERIFY(compiled > 500);
    }
    void truncatedExpressionsFailCleanly()
    {
        const TestTable t = customers();
        const std::vector<std::string> valid = {
            "orders BETWEEN 1 AND 3 AND country NOT IN ('US', 'CA')",
            "lower(city) LIKE 'p\\_%' ESCAPE '\\' OR days_since(joined) > 30",
            "coalesce(spend, orders * 2, 0) / 7 >= abs(-1.5e2) AND name IS NOT NULL",
            "\"orders\" = -9223372036854775808 OR seen > TIMESTAMP '2024-01-01 10:00:00'",
        };
        for (const auto& text : valid) {
            QVERIFY2(t.compile(text).expr, text.c_str());
            for (size_t cut = 0; cut < text.size(); ++cut) {
                const std::string part = text.substr(0, cut);
                const auto r = t.compile(part);
                if (r.expr)
                    evaluateEverywhere(t, r);
                else
                    QVERIFY2(errorIsWellFormed(r, part), part.c_str());
            }
        }
    }
    void hugeInputs()
    {
        const TestTable t = customers();
        QVERIFY(t.error(std::string(100000, '9')).find("too large for int") != std::string::npos);
        QVERIFY(t.error("'" + std::string(100000, 'x')).find("unterminated string") != std::string::npos);
        std::string list = "orders IN (";
        for (int i = 0; i < 20000; ++i)
            list += std::to_string(i) + ",";
        list += "-1)";
        QCOMPARE(t.eval(list), (Strings{"true", "NULL", "true"}));
    }
    void runtimeMisuseThrowsWithColumnName()
    {
        TestTable t = customers();
        const auto r = t.compile("orders > 1");
        // The evaluator is given a string column where an int column was compiled.
        std::vector<const Column*> slots = t.slots;
        slots[1] = slots[3];
        const EvalContext wrong{slots, 0};
        Bitset bits(3);
        try {
            evalFilter(*r.expr, wrong, 0, 3, bits);
            QFAIL("no exception");
        } catch (const Error& e) {
            QCOMPARE(std::string(e.what()),
                     std::string("expression: column 'orders' is string but the expression was compiled for int"));
        }
        const EvalContext missing{std::span<const Column* const>(), 0};
        QVERIFY_THROWS_EXCEPTION(Error, evalRow(*r.expr, missing, 0));
        QVERIFY_THROWS_EXCEPTION(Error, evalFilter(*r.expr, t.context(), 0, 4, bits)); // past the end
        const auto notBool = t.compile("orders + 1");
        QVERIFY_THROWS_EXCEPTION(Error, evalFilter(*notBool.expr, t.context(), 0, 3, bits));
    }
};

QTEST_GUILESS_MAIN(TestExprErrors)
#include "test_expr_errors.moc"
