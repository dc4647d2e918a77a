// Column statistics for the value pickers and the "did you mean" search, on hand-counted columns.
#include "diagnose/closest_value.h"
#include "diagnose/column_stats.h"

#include <QtTest/QtTest>

using namespace seg;

class TestColumnStats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textValuesMostFrequentFirst()
    {
        Column c("contract", DataType::String);
        for (const char* v : {"One year", "Month-to-month", "Two year", "Month-to-month", "One year", "Month-to-month"})
            c.appendString(v);
        c.appendNull();
        c.finish();
        const ColumnStats s = computeColumnStats(c);
        QCOMPARE(s.rows, size_t(7));
        QCOMPARE(s.nulls, size_t(1));
        QCOMPARE(s.distinct, size_t(3));
        QCOMPARE(s.values, (std::vector<ValueCount>{{"Month-to-month", 3}, {"One year", 2}, {"Two year", 1}}));
        QVERIFY(!s.hasRange);
        // Only the most frequent are kept when asked for fewer; `distinct` still counts all.
        const ColumnStats top = computeColumnStats(c, 24, 2);
        QCOMPARE(top.values, (std::vector<ValueCount>{{"Month-to-month", 3}, {"One year", 2}}));
        QVERIFY(top.truncated());
    }

    void numbersRangeAndBins()
    {
        Column c("tenure", DataType::Int);
        for (int v : {0, 5, 12, 30, 72, 72})
            c.appendInt(v);
        c.appendNull();
        c.finish();
        const ColumnStats s = computeColumnStats(c, 4);
        QVERIFY(s.hasRange);
        QCOMPARE(s.minText(), std::string("0"));
        QCOMPARE(s.maxText(), std::string("72"));
        // Bins of width 18: [0,18) 0 5 12; [18,36) 30; [36,54) none; [54,72] 72 72.
        QCOMPARE(s.bins, (std::vector<size_t>{3, 1, 0, 2}));
        QCOMPARE(s.binEdge(1), 18.0);
        QCOMPARE(s.binEdge(4), 72.0);
    }

    void datesAndTimestampsAsText()
    {
        Column d("signup", DataType::Date);
        d.appendDate(*parseIsoDate("2011-12-09"));
        d.appendDate(*parseIsoDate("2010-01-04"));
        d.finish();
        const ColumnStats s = computeColumnStats(d);
        QCOMPARE(s.minText(), std::string("2010-01-04"));
        QCOMPARE(s.maxText(), std::string("2011-12-09"));
        QCOMPARE(formatNumericValue(DataType::Bool, 1), std::string("true"));
        Column t("seen", DataType::Timestamp);
        t.appendInt(*parseIsoTimestamp("2024-12-02 03:47:26"));
        t.finish();
        QCOMPARE(computeColumnStats(t).maxText(), std::string("2024-12-02 03:47:26"));
        const ColumnStats one = computeColumnStats(t, 10);
        QCOMPARE(one.bins, std::vector<size_t>{1}); // min == max: one bin
    }

    void closestValueByCaseThenEditDistance()
    {
        const StringDict dict(std::vector<std::string>{"Month-to-month", "One year", "Two year", "month-to-month"});
        const std::vector<size_t> counts{3875, 1473, 1695, 0};
        QCOMPARE(editDistanceIgnoringCase("month to month", "Month-to-month", 10), size_t(2));
        QCOMPARE(editDistanceIgnoringCase("abc", "abcdefgh", 2), size_t(3)); // stops past the limit
        QCOMPARE(closestEntry(dict, counts, "month to month"), std::optional<size_t>(0));
        QCOMPARE(closestEntry(dict, counts, "TWO YEAR"), std::optional<size_t>(2));  // case only
        QCOMPARE(closestEntry(dict, counts, "one yeer"), std::optional<size_t>(1));  // one edit
        QCOMPARE(closestEntry(dict, counts, "weekly"), std::optional<size_t>());     // nothing close
        // An entry with no rows is never suggested (the zero-count "month-to-month").
        const std::vector<size_t> onlyLower{0, 1, 1, 5};
        QCOMPARE(closestEntry(dict, onlyLower, "Month-to-month"), std::optional<size_t>(3));
        QCOMPARE(typoLimit("CA"), size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestColumnStats)
#include "test_column_stats.moc"
