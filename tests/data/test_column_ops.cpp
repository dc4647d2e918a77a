// The small column-store helpers the importer added: Bitset::append, Column::appendColumn
// (dictionary re-coding), Column::gather and Column::findCode.
#include "data/bitset.h"
#include "data/column.h"

#include <QtTest>

using namespace seg;

namespace {

std::vector<std::string> texts(const Column& c)
{
    std::vector<std::string> out;
    for (size_t r = 0; r < c.size(); ++r)
        out.push_back(c.isNull(r) ? "<null>" : c.textAt(r));
    return out;
}

using Strings = std::vector<std::string>;

} // namespace

class TestColumnOps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bitsetAppendAtEveryShift()
    {
        for (size_t first = 0; first < 130; first += 7) {
            for (size_t second = 0; second < 140; second += 11) {
                Bitset a, b;
                std::vector<bool> expected;
                for (size_t i = 0; i < first; ++i) {
                    a.pushBack(i % 3 == 0);
                    expected.push_back(i % 3 == 0);
                }
                for (size_t i = 0; i < second; ++i) {
                    b.pushBack(i % 5 != 1);
                    expected.push_back(i % 5 != 1);
                }
                a.append(b);
                QCOMPARE(a.size(), first + second);
                QCOMPARE(a.wordCount(), (first + second + 63) / 64);
                size_t ones = 0;
                for (size_t i = 0; i < expected.size(); ++i) {
                    QCOMPARE(a.test(i), bool(expected[i]));
                    ones += expected[i];
                }
                QCOMPARE(a.count(), ones);
            }
        }
    }
    void appendColumnRecodesStringsInFirstSeenOrder()
    {
        Column all("city", DataType::String), part1("city", DataType::String), part2("city", DataType::String);
        all.appendString("Oslo");
        part1.appendString("Oslo");
        all.appendNull();
        part1.appendNull();
        for (const char* v : {"Lima", "Rome", "Oslo"}) {
            part2.appendString(v);
            all.appendString(v);
        }
        part2.appendNull();
        all.appendNull();
        part1.appendColumn(std::move(part2));
        QCOMPARE(texts(part1), (Strings{"Oslo", "<null>", "Lima", "Rome", "Oslo", "<null>"}));
        QCOMPARE(part1.dict(), all.dict()); // as if appended one by one
        QCOMPARE(part1.codes(), all.codes()); // NULL slots hold 0
        QCOMPARE(part1.nullCount(), size_t{2});
        QCOMPARE(part1.findCode("Rome"), 2);
        QCOMPARE(part1.findCode("Paris"), -1);
        QCOMPARE(part2.size(), size_t{0});
    }
    void appendColumnTyped()
    {
        Column a("n", DataType::Int), b("n", DataType::Int);
        a.appendInt(1);
        b.appendNull();
        b.appendInt(-5);
        a.appendColumn(std::move(b));
        QCOMPARE(texts(a), (Strings{"1", "<null>", "-5"}));
        Column d("d", DataType::Date), e("d", DataType::Date);
        d.appendDate(10);
        e.appendDate(20);
        d.appendColumn(std::move(e));
        QCOMPARE(d.dateAt(1), 20); // dates are not dictionary codes
        QVERIFY(!d.hasNulls());
    }
    void gatherReordersAndFilters()
    {
        Column c("v", DataType::Double);
        c.appendDouble(0.5);
        c.appendNull();
        c.appendDouble(2.5);
        c.gather({2, 1, 2});
        QCOMPARE(texts(c), (Strings{"2.5", "<null>", "2.5"}));
        c.gather({0, 2});
        QCOMPARE(texts(c), (Strings{"2.5", "2.5"}));
        QVERIFY(!c.hasNulls());
        QCOMPARE(c.nullCount(), size_t{0});
    }
    void dictionaryGrowsPastManyEntries()
    {
        Column c("id", DataType::String);
        for (int i = 0; i < 5000; ++i)
            c.appendString("k" + std::to_string(i % 1700));
        QCOMPARE(c.dict().size(), size_t{1700});
        QCOMPARE(c.codes()[1700], 0);
        QCOMPARE(c.findCode("k1699"), 1699);
        QCOMPARE(c.stringAt(4999), std::string_view("k1599"));
        c.finish();
        QCOMPARE(c.stringAt(3), std::string_view("k3"));
    }
};

QTEST_GUILESS_MAIN(TestColumnOps)
#include "test_column_ops.moc"
