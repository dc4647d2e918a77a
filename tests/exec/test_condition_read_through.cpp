// A condition on a derived column computed as days_since(date column) reads the date column's
// narrow copy (v = as_of - x) instead of the derived array; derives of other shapes keep
// reading their own column. Every operator a condition can put on an int is checked against
// the per-row definition written here, on dates with NULLs, dates after as_of (negative
// values) and the edges of each range.
#include "exec/runner.h"
#include "graph/graph_io.h"
#include "test_graphs.h"

#include <QtTest/QtTest>

#include <functional>
#include <random>

using namespace seg;

namespace {

constexpr size_t kRows = 64 * 1000 + 13;
constexpr int32_t kAsOf = 20088; // 2024-12-31 in days since 1970-01-01

Dataset data()
{
    std::mt19937_64 rng(2024);
    Dataset d;
    Table& t = d.customers.table;
    t.rows = kRows;
    Column id("id", DataType::Int), last("last", DataType::Date);
    for (size_t r = 0; r < kRows; ++r) {
        id.appendInt(static_cast<int64_t>(r) + 1);
        const uint64_t x = rng();
        if (x % 11 == 0) // (221 = 13 * 17: 13 would make every v = 200 NULL)
            last.appendNull();
        else // as_of - 200 .. as_of + 20: some after as_of
            last.appendDate(kAsOf - 200 + static_cast<int32_t>(x % 221));
    }
    for (Column* c : {&id, &last}) {
        c->finish();
        t.columns.push_back(std::move(*c));
    }
    d.customers.keyColumn = 0;
    d.customersReport.rows = d.customersReport.dataRows = kRows;
    return d;
}

} // namespace

class TestConditionReadThrough : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void conditionsOnDaysSinceMatchTheDefinition_data()
    {
        QTest::addColumn<QString>("expr");      // the derive
        QTest::addColumn<QString>("condition"); // op and operands, JSON
        QTest::addColumn<int>("which");         // index into the row tests below
        const char* daysSince = "days_since(last)";
        const char* shifted = "days_since(last) + 0"; // other shapes: read as derived
        const char* scaled = "days_since(last) * 3 - 7";
        for (const char* e : {daysSince, shifted, scaled}) {
            const QString x = QString::fromLatin1(e);
            QTest::newRow(qPrintable(x + " eq")) << x << R"("op":"eq","value":30)" << 0;
            QTest::newRow(qPrintable(x + " ne")) << x << R"("op":"ne","value":30)" << 1;
            QTest::newRow(qPrintable(x + " lt")) << x << R"("op":"lt","value":0)" << 2;
            QTest::newRow(qPrintable(x + " le")) << x << R"("op":"le","value":-1)" << 3;
            QTest::newRow(qPrintable(x + " gt")) << x << R"("op":"gt","value":180)" << 4;
            QTest::newRow(qPrintable(x + " ge")) << x << R"("op":"ge","value":200)" << 5;
            QTest::newRow(qPrintable(x + " between")) << x << R"("op":"between","min":31,"max":90)" << 6;
            QTest::newRow(qPrintable(x + " in")) << x << R"("op":"in","values":[-20,0,7,200,5000])" << 7;
            QTest::newRow(qPrintable(x + " not_in")) << x << R"("op":"not_in","values":[-20,0,7,200])" << 8;
            QTest::newRow(qPrintable(x + " is_null")) << x << R"("op":"is_null")" << 9;
            QTest::newRow(qPrintable(x + " not_null")) << x << R"("op":"not_null")" << 10;
            QTest::newRow(qPrintable(x + " empty between")) << x << R"("op":"between","min":90,"max":31)" << 11;
        }
    }

    void conditionsOnDaysSinceMatchTheDefinition()
    {
        QFETCH(QString, expr);
        QFETCH(QString, condition);
        QFETCH(int, which);
        static const Dataset d = data();
        const Graph g = test::customersGraph(R"({"id":"dv","type":"derive","name":"ds","expr":")" + expr.toStdString()
                                + R"("},{"id":"c","type":"condition","field":"ds",)" + condition.toStdString()
                                + R"(},{"id":"s","type":"segment","name":"S","input":"c"})");
        const std::vector<std::function<bool(int64_t)>> tests = {
            [](int64_t v) { return v == 30; },          [](int64_t v) { return v != 30; },
            [](int64_t v) { return v < 0; },            [](int64_t v) { return v <= -1; },
            [](int64_t v) { return v > 180; },          [](int64_t v) { return v >= 200; },
            [](int64_t v) { return v >= 31 && v <= 90; },
            [](int64_t v) { return v == -20 || v == 0 || v == 7 || v == 200 || v == 5000; },
            [](int64_t v) { return !(v == -20 || v == 0 || v == 7 || v == 200); },
            nullptr, [](int64_t) { return true; }, [](int64_t) { return false; }};
        const Column& last = *d.customers.table.find("last");
        const bool isScaled = expr.contains(QLatin1String("* 3"));
        std::vector<uint32_t> expected;
        for (uint32_t r = 0; r < kRows; ++r) {
            const bool match = last.isNull(r) ? which == 9 : which != 9
                && tests[static_cast<size_t>(which)]((kAsOf - int64_t{last.dateAt(r)}) * (isScaled ? 3 : 1) - (isScaled ? 7 : 0));
            if (match)
                expected.push_back(r);
        }
        QVERIFY(!expected.empty() || which == 11 || isScaled); // 3v - 7 == 30 has no integer v
        test::expectSegmentRows(g, d, "s", expected);
    }
};

QTEST_APPLESS_MAIN(TestConditionReadThrough)
#include "test_condition_read_through.moc"
