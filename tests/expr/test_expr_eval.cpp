// Semantics of every operator and function on a small hand-made table with NULLs. Each
// expected row is worked out by hand from the table below; TestTable::eval also checks that
// evalRow, evalColumn and evalFilter agree on every row.
#include "expr_test_util.h"

using namespace seg;
using namespace seg::test;

namespace {

// row  id orders spend  country city    vip    joined      seen                 name
//  0    1    3   120.5  US      Paris   true   2023-12-30  2024-01-01 10:00     Ann
//  1    2    0   NULL   CA      paris   false  2024-01-02  NULL                 bob
//  2    3  NULL  7      NULL    NULL    NULL   NULL        2023-12-31 23:59     NULL
//  3    4    2   0      DE      Berlin  true   2024-12-31  2025-01-01 00:00     Zoë
//  4    5    7   -3.5   US      PARIS   false  2023-01-01  2024-01-02 00:00     50% off
//  5    6   -4   2      GB      London  NULL   2024-01-01  2024-01-01 00:00     _x_
// as_of = 2024-01-01
TestTable customers()
{
    TestTable t;
    t.add(intColumn("id", {1, 2, 3, 4, 5, 6}));
    t.add(intColumn("orders", {3, 0, std::nullopt, 2, 7, -4}));
    t.add(doubleColumn("spend", {120.5, std::nullopt, 7.0, 0.0, -3.5, 2.0}));
    t.add(stringColumn("country", {"US", "CA", std::nullopt, "DE", "US", "GB"}));
    t.add(stringColumn("city", {"Paris", "paris", std::nullopt, "Berlin", "PARIS", "London"}));
    t.add(boolColumn("vip", {true, false, std::nullopt, true, false, std::nullopt}));
    t.add(dateColumn("joined", {"2023-12-30", "2024-01-02", std::nullopt, "2024-12-31", "2023-01-01", "2024-01-01"}));
    t.add(timestampColumn("seen", {"2024-01-01 10:00", std::nullopt, "2023-12-31 23:59", "2025-01-01 00:00",
                                   "2024-01-02 00:00", "2024-01-01 00:00"}));
    t.add(stringColumn("name", {"Ann", "bob", std::nullopt, "Zoë", "50% off", "_x_"}));
    t.asOf = parseIsoDate("2024-01-01").value();
    return t;
}

const std::string T = "true", F = "false", N = "NULL";

} // namespace

class TestExprEval : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void arithmetic()
    {
        const TestTable t = customers();
        QCOMPARE(t.eval("orders + 1"), (Strings{"4", "1", N, "3", "8", "-3"}));
        QCOMPARE(t.eval("orders * orders - id"), (Strings{"8", "-2", N, "0", "44", "10"}));
        QCOMPARE(t.eval("spend + orders"), (Strings{"123.5", N, N, "2", "3.5", "-2"}));
        QCOMPARE(t.eval("2 + 3 * orders"), (Strings{"11", "2", N, "8", "23", "-10"})); // * before +
        QCOMPARE(t.eval("(2 + 3) * orders"), (Strings{"15", "0", N, "10", "35", "-20"}));
        QCOMPARE(t.eval("orders - 1 - 1"), (Strings{"1", "-2", N, "0", "5", "-6"})); // left-assoc
        QCOMPARE(t.eval("-orders"), (Strings{"-3", "0", N, "-2", "-7", "4"}));
        QCOMPARE(t.eval("- -orders"), (Strings{"3", "0", N, "2", "7", "-4"}));
        QCOMPARE(t.eval("-spend"), (Strings{"-120.5", N, "-7", "0", "3.5", "-2"})); // never "-0"
        QCOMPARE(t.eval("+spend * 2"), (Strings{"241", N, "14", "0", "-7", "4"}));
    }
    void divisionIsDoubleAndByZeroIsNull()
    {
        const TestTable t = customers();
        QCOMPARE(t.eval("7 / 2"), (Strings(6, "3.5")));
        QCOMPARE(t.compile("7 / 2").resultType, DataType::Double);
        QCOMPARE(t.eval("orders / 2"), (Strings{"1.5", "0", N, "1", "3.5", "-2"}));
        QCOMPARE(t.eval("id / orders"), (Strings{"0.3333333333333333", N, N, "2", "0.7142857142857143", "-1.5"}));
        QCOMPARE(t.eval("spend / 0"), (Strings(6, N)));
        QCOMPARE(t.eval("spend / 0.0"), (Strings(6, N)));
        QCOMPARE(t.eval("1 / 0 IS NULL"), (Strings(6, T)));
    }
    void integerOverflowIsNull()
    {
        const TestTable t = customers();
        QCOMPARE(t.eval("9223372036854775807 + orders"), (Strings{N, "9223372036854775807", N, N, N, "9223372036854775803"}));
        QCOMPARE(t.eval("orders * 4611686018427387904"), (Strings{N, "0", N, N, N, N}));
        QCOMPARE(t.eval("-9223372036854775808 - orders"), (Strings{N, "-9223372036854775808", N, N, N, "-9223372036854775804"}));
        QCOMPARE(t.eval("-9223372036854775808 + 0"), (Strings(6, "-9223372036854775808")));
        QCOMPARE(t.eval("-(-9223372036854775808)"), (Strings(6, N)));
        QCOMPARE(t.eval("abs(-9223372036854775808)"), (Strings(6, N)));
        QCOMPARE(t.eval("1e308 * 10"), (Strings(6, N))); // not finite
    }
    void comparisons()
    {
        const TestTable t = customers();
        QCOMPARE(t.eval("orders = 3.0"), (Strings{T, F, N, F, F, F}));
        QCOMPARE(t.eval("spend > orders"), (Strings{T, N, N, F, F, T}));
        QCOMPARE(t.eval("orders <> 0"), (Strings{T, F, N, T, T, T}));
        QCOMPARE(t.eval("orders != 0"), (Strings{T, F, N, T, T, T}));
        QCOMPARE(t.eval("orders <= 2"), (Strings{F, T, N, T, F, T}));
        QCOMPARE(t.eval("orders >= 2.5"), (Strings{T, F, N, F, T, F}));
        QCOMPARE(t.eval("orders < spend"), (Strings{T, N, N, F, F, T}));
        QCOMPARE(t.eval("country < 'D'"), (Strings{F, T, N, F, F, F}));
        QCOMPARE(t.eval("country >= 'GB'"), (Strings{T, F, N, F, T, T}));
        QCOMPARE(t.eval("vip = TRUE"), (Strings{T, F, N, T, F, N}));
        QCOMPARE(t.eval("vip"), (Strings{T, F, N, T, F, N}));
        QCOMPARE(t.eval("vip < true"), (Strings{F, T, N, F, T, N}));
        QCOMPARE(t.eval("name = 'Zoë'"), (Strings{F, F, N, T, F, F}));
        // Bytes: upper case sorts before lower case, '_' (0x5F) before 'a', 'ë' (0xC3...) after 'e'.
        QCOMPARE(t.eval("name < 'a'"), (Strings{T, F, N, T, T, T}));
        QCOMPARE(t.eval("'Zoë' > 'Zoe'"), (Strings(6, T)));
        QCOMPARE(t.eval("orders = NULL"), (Strings(6, N)));
        QCOMPARE(t.eval("NULL <> NULL"), (Strings(6, N)));
    }
    void intDoubleComparisonIsExact()
    {
        const TestTable t = customers();
        // 2^53 + 1 is not a double: converting the int would wrongly make these equal.
        QCOMPARE(t.eval("9007199254740993 = 9007199254740992.0"), (Strings(6, F)));
        QCOMPARE(t.eval("9007199254740993 > 9007199254740992.0"), (Strings(6, T)));
        QCOMPARE(t.eval("-3 < -2.5 AND -3 > -3.5 AND 3 = 3.0"), (Strings(6, T)));
        QCOMPARE(t.eval("9223372036854775807 < 9223372036854775808.0"), (Strings(6, T)));
    }
    void threeValuedLogic()
    {
        TestTable t;
        t.add(boolColumn("a", {true, true, true, false, false, false, std::nullopt, std::nullopt, std::nullopt}));
        t.add(boolColumn("b", {true, false, std::nullopt, true, false, std::nullopt, true, false, std::nullopt}));
        QCOMPARE(t.eval("a AND b"), (Strings{T, F, N, F, F, F, N, F, N}));
        QCOMPARE(t.eval("a OR b"), (Strings{T, T, T, T, F, N, T, N, N}));
        QCOMPARE(t.eval("NOT a"), (Strings{F, F, F, T, T, T, N, N, N}));
        QCOMPARE(t.eval("a AND NOT b"), (Strings{F, T, N, F, F, F, F, N, N}));
        QCOMPARE(t.eval("a OR b IS NULL"), (Strings{T, T, T, F, F, T, N, N, T}));
        QCOMPARE(t.eval("NOT a = b"), (Strings{F, T, N, T, F, N, N, N, N}));
        QCOMPARE(t.eval("a AND b OR NOT a"), (Strings{T, F, N, T, T, T, N, N, N}));
        QCOMPARE(t.eval("a AND b AND TRUE AND a"), (Strings{T, F, N, F, F, F, N, F, N}));
        QCOMPARE(t.eval("NULL AND FALSE"), (Strings(9, F)));
        QCOMPARE(t.eval("NULL OR TRUE"), (Strings(9, T)));
        QCOMPARE(t.eval("NULL AND TRUE"), (Strings(9, N)));
        QCOMPARE(t.eval("NOT NULL"), (Strings(9, N)));
        QCOMPARE(t.eval("a and b or not a"), (Strings{T, F, N, T, T, T, N, N, N})); // keywords any case
    }
    void inLists()
    {
        const TestTable t = customers();
        QCOMPARE(t.eval("orders IN (0, 3)"), (Strings{T, T, N, F, F, F}));
        QCOMPARE(t.eval("orders IN (0, NULL)"), (Strings{N, T, N, N, N, N}));
        QCOMPARE(t.eval("orders NOT IN (0, NULL)"), (Strings{N, F, N, N, N, N})); // never TRUE
        QCOMPARE(t.eval("orders NOT IN (0, 3)"), (Strings{F, F, N, T, T, T}));
        QCOMPARE(t.eval("country IN ('US', 'CA')"), (Strings{T, T, N, F, T, F}));
        QCOMPARE(t.eval("country NOT IN ('US')"), (Strings{F, T, N, T, F, T}));
        QCOMPARE(t.eval("spend IN (7, 120.5)"), (Strings{T, N, T, F, F, F}));
        QCOMPARE(t.eval("orders IN (2.0, 3.5)"), (Strings{F, F, N, T, F, F}));
        QCOMPARE(t.eval("orders IN (id, 7)"), (Strings{F, F, N, F, T, F}));
        QCOMPARE(t.eval("id IN (orders + 1, 99)"), (Strings{F, F, N, F, F, F}));
        QCOMPARE(t.eval("id NOT IN (orders + 1, 99)"), (Strings{T, T, N, T, T, T}));
        QCOMPARE(t.eval("joined IN ('2024-01-02', DATE '2023-01-01')"), (Strings{F, T, N, F, T, F}));
        QCOMPARE(t.eval("seen IN (DATE '2024-01-01', '2024-01-02')"), (Strings{F, N, F, F, T, T}));
        QCOMPARE(t.eval("vip IN (TRUE)"), (Strings{T, F, N, T, F, N}));
        QCOMPARE(t.eval("NULL IN (1, 2)"), (Strings(6, N)));
    }
    void between()
    {
        const TestTable t = customers();
        QCOMPARE(t.eval("orders BETWEEN 2 AND 3"), (Strings{T, F, N, T, F, F}));
        QCOMPARE(t.eval("orders NOT BETWEEN 2 AND 3"), (Strings{F, T, N, F, T, T}));
        QCOMPARE(t.eval("spend BETWEEN orders AND 200"), (Strings{T, N, N, F, F, T}));
        QCOMPARE(t.eval("name BETWEEN 'A' AND 'Z'"), (Strings{T, F, N, F, F, F}));
        QCOMPARE(t.eval("orders BETWEEN 0 AND 3 AND vip"), (Strings{T, F, N, T, F, F})); // AND after bounds
    }
    void isNull()
    {
        const TestTable t = customers();
        QCOMPARE(t.eval("spend IS NULL"), (Strings{F, T, F, F, F, F}));
        QCOMPARE(t.eval("city IS NOT NULL"), (Strings{T, T, F, T, T, T}));
        QCOMPARE(t.eval("orders + 1 IS NULL"), (Strings{F, F, T, F, F, F}));
        QCOMPARE(t.eval("NULL IS NULL"), (Strings(6, T)));
    }
    void like()
    {
        const TestTable t = customers();
        QCOMPARE(t.eval("city LIKE 'P%'"), (Strings{T, F, N, F, T, F}));
        QCOMPARE(t.eval("city LIKE '%s'"), (Strings{T, T, N, F, F, F}));
        QCOMPARE(t.eval("city LIKE '_aris'"), (Strings{T, T, N, F, F, F}));
        QCOMPARE(t.eval("city LIKE '%ari%'"), (Strings{T, T, N, F, F, F}));
        QCOMPARE(t.eval("city LIKE '%'"), (Strings{T, T, N, T, T, T}));
        QCOMPARE(t.eval("name LIKE ''"), (Strings{F, F, N, F, F, F}));
        QCOMPARE(t.eval("name LIKE 'Zo_'"), (Strings{F, F, N, T, F, F})); // '_' is one character, ë too
        QCOMPARE(t.eval("name LIKE '___'"), (Strings{T, T, N, T, F, T}));
        QCOMPARE(t.eval("name LIKE '50\\%%' ESCAPE '\\'"), (Strings{F, F, N, F, T, F}));
        QCOMPARE(t.eval("name LIKE '\\_%' ESCAPE '\\'"), (Strings{F, F, N, F, F, T}));
        QCOMPARE(t.eval("name LIKE '%!_' ESCAPE '!'"), (Strings{F, F, N, F, F, T}));
        QCOMPARE(t.eval("name NOT LIKE '%o%'"), (Strings{T, F, N, F, F, T}));
        QCOMPARE(t.eval("city LIKE city"), (Strings{T, T, N, T, T, T}));
        QCOMPARE(t.eval("'abc' LIKE 'a%c%'"), (Strings(6, T)));
        QCOMPARE(t.eval("'abc' LIKE 'ABC'"), (Strings(6, F))); // case-sensitive
    }
    void stringFunctions()
    {
        const TestTable t = customers();
        QCOMPARE(t.eval("lower(city) = 'paris'"), (Strings{T, T, N, F, T, F}));
        QCOMPARE(t.eval("upper(name)"), (Strings{"ANN", "BOB", N, "ZOë", "50% OFF", "_X_"})); // ASCII only
        QCOMPARE(t.eval("LOWER(name)"), (Strings{"ann", "bob", N, "zoë", "50% off", "_x_"}));
        QCOMPARE(t.eval("length(name)"), (Strings{"3", "3", N, "3", "7", "3"})); // code points
        QCOMPARE(t.eval("length('')"), (Strings(6, "0")));
        QCOMPARE(t.eval("abs(spend)"), (Strings{"120.5", N, "7", "0", "3.5", "2"}));
        QCOMPARE(t.eval("abs(orders)"), (Strings{"3", "0", N, "2", "7", "4"}));
    }
    void coalesce()
    {
        const TestTable t = customers();
        QCOMPARE(t.eval("coalesce(spend, orders, 0)"), (Strings{"120.5", "0", "7", "0", "-3.5", "2"}));
        QCOMPARE(t.compile("coalesce(spend, orders, 0)").resultType, DataType::Double);
        QCOMPARE(t.eval("coalesce(city, country, 'none')"), (Strings{"Paris", "paris", "none", "Berlin", "PARIS", "London"}));
        QCOMPARE(t.eval("coalesce(orders, id)"), (Strings{"3", "0", "3", "2", "7", "-4"}));
        QCOMPARE(t.eval("coalesce(NULL, orders)"), (Strings{"3", "0", N, "2", "7", "-4"}));
        QCOMPARE(t.eval("coalesce(joined, '1999-01-01')"),
                 (Strings{"2023-12-30", "2024-01-02", "1999-01-01", "2024-12-31", "2023-01-01", "2024-01-01"}));
        QCOMPARE(t.eval("coalesce(seen, joined)"),
                 (Strings{"2024-01-01 10:00:00", "2024-01-02 00:00:00", "2023-12-31 23:59:00", "2025-01-01 00:00:00",
                          "2024-01-02 00:00:00", "2024-01-01 00:00:00"}));
    }
    void datesAndDaysSince()
    {
        const TestTable t = customers();
        // as_of 2024-01-01: across the year boundary, and 2024 is a leap year (366 days).
        QCOMPARE(t.eval("days_since(joined)"), (Strings{"2", "-1", N, "-365", "365", "0"}));
        QCOMPARE(t.eval("days_since(seen)"), (Strings{"0", N, "1", "-366", "-1", "0"}));
        QCOMPARE(t.eval("days_since(DATE '2023-12-25')"), (Strings(6, "7")));
        QCOMPARE(t.eval("days_since('2023-12-25')"), (Strings(6, "7")));
        QCOMPARE(t.eval("days_since(joined) <= 30"), (Strings{T, T, N, T, F, T}));
        QCOMPARE(t.eval("joined > '2024-01-01'"), (Strings{F, T, N, T, F, F}));
        QCOMPARE(t.eval("joined = DATE '2024-01-02'"), (Strings{F, T, N, F, F, F}));
        QCOMPARE(t.eval("'2024-01-02' = joined"), (Strings{F, T, N, F, F, F}));
        // A date against a timestamp is that day's midnight UTC.
        QCOMPARE(t.eval("seen > joined"), (Strings{T, N, N, T, T, F}));
        QCOMPARE(t.eval("seen >= DATE '2024-01-01'"), (Strings{T, N, F, T, T, T}));
        QCOMPARE(t.eval("seen = '2024-01-01'"), (Strings{F, N, F, F, F, T}));
        QCOMPARE(t.eval("joined = '2024-01-01 00:00'"), (Strings{F, F, N, F, F, T}));
        QCOMPARE(t.eval("seen < TIMESTAMP '2024-01-01 10:00:01'"), (Strings{T, N, T, F, F, T}));
        QCOMPARE(t.eval("joined BETWEEN '2023-12-01' AND '2024-01-31'"), (Strings{T, T, N, F, F, T}));
        QCOMPARE(t.eval("joined"), (Strings{"2023-12-30", "2024-01-02", N, "2024-12-31", "2023-01-01", "2024-01-01"}));
    }
    void quotedNamesAndKeywordsAsColumns()
    {
        TestTable t;
        t.add(intColumn("date", {1, 2}));
        t.add(intColumn("order count", {5, 6}));
        t.add(intColumn("say \"hi\"", {7, 8}));
        t.add(intColumn("AND", {9, 10}));
        QCOMPARE(t.eval("date + 1"), (Strings{"2", "3"}));
        QCOMPARE(t.eval("\"order count\" * 2"), (Strings{"10", "12"}));
        QCOMPARE(t.eval("\"say \"\"hi\"\"\""), (Strings{"7", "8"}));
        QCOMPARE(t.eval("\"AND\" - date"), (Strings{"8", "8"}));
        QCOMPARE(t.eval("'it''s' = 'it''s' AND length('it''s') = 4"), (Strings{T, T}));
    }
    void resultTypesAndAlwaysNull()
    {
        const TestTable t = customers();
        QCOMPARE(t.compile("orders + 1").resultType, DataType::Int);
        QCOMPARE(t.compile("spend + 1").resultType, DataType::Double);
        QCOMPARE(t.compile("lower(city)").resultType, DataType::String);
        QCOMPARE(t.compile("days_since(joined)").resultType, DataType::Int);
        QCOMPARE(t.compile("coalesce(seen, joined)").resultType, DataType::Timestamp);
        const auto n = t.compile("NULL");
        QVERIFY(n.expr && n.resultIsNull);
        QCOMPARE(t.eval("NULL"), (Strings(6, N)));
        const auto typed = t.compile("NULL + 1");
        QVERIFY(typed.expr && !typed.resultIsNull);
        QCOMPARE(typed.resultType, DataType::Int);
        QCOMPARE(t.eval("NULL + 1"), (Strings(6, N)));
        QVERIFY(t.compile("coalesce(NULL, NULL)").resultIsNull);
    }
    void filterCompileChecksBoolean()
    {
        const TestTable t = customers();
        const auto bad = compileFilterExpression("orders + 1", t.lookup());
        QVERIFY(!bad.expr);
        QCOMPARE(bad.error->toString(), std::string("column 1: the expression must be a condition (TRUE or FALSE) but its type is int"));
        QVERIFY(compileFilterExpression("orders > 1", t.lookup()).expr);
    }
    void derivedStringColumnsGetTheirOwnDictionary()
    {
        const TestTable t = customers();
        const auto lowerCity = t.compile("lower(city)");
        const Column c = evalColumn(*lowerCity.expr, t.context(), 6, "city_lc");
        QCOMPARE(c.name(), std::string("city_lc"));
        QCOMPARE(c.dict(), (std::vector<std::string>{"paris", "berlin", "london"})); // deduplicated, first seen
        QCOMPARE(c.codes()[0], 0);
        QCOMPARE(c.codes()[1], 0);
        QCOMPARE(c.codes()[4], 0);
        QCOMPARE(c.codes()[3], 1);
        QVERIFY(c.isNull(2));
        const auto both = t.compile("coalesce(city, country)");
        const Column d = evalColumn(*both.expr, t.context(), 6, "place");
        QCOMPARE(d.dict(), (std::vector<std::string>{"Paris", "paris", "Berlin", "PARIS", "London"}));
        QCOMPARE(d.nullCount(), size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestExprEval)
#include "test_expr_eval.moc"
