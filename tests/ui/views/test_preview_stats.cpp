// The numbers behind the preview charts against counts worked out by hand from the ten
// customers of views_fixture.h: segment bars, overlaps and Jaccard, histogram bins, and the
// member sample in key order.
#include "views_fixture.h"

#include "exec/runner.h"
#include "export/csv_export.h"
#include "graph/graph_io.h"
#include "preview/preview_stats.h"

#include <QtTest>

#include <random>

using namespace seg;
using namespace seg::ui;

namespace {

RunResult runTenCustomers(const Dataset& data)
{
    const GraphLoadResult loaded = parseGraph(test::kTenCustomersGraph, "views.segment.json", ".");
    if (!loaded.ok())
        qFatal("fixture graph does not load: %s", loaded.diagnostics.front().toString().c_str());
    RunOptions options;
    options.strategy = Strategy::Sequential;
    options.allNodes = true;
    return runGraph(*loaded.graph, data, options);
}

Bitset rowsOf(size_t size, std::initializer_list<size_t> rows)
{
    Bitset b(size);
    for (size_t r : rows)
        b.set(r);
    return b;
}

} // namespace

class TestPreviewStats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void segmentBarsInGraphOrderWithSharesAndWarnings()
    {
        const auto data = test::tenCustomers();
        const RunResult run = runTenCustomers(*data);
        const std::vector<SegmentBar> bars = segmentBars(run);
        QCOMPARE(bars.size(), size_t{3});
        QCOMPARE(bars[0].name, std::string("Older"));
        QCOMPARE(bars[0].size, size_t{5});
        QCOMPARE(bars[0].share, 0.5);
        QVERIFY(bars[0].warnings.empty());
        QCOMPARE(bars[1].name, std::string("Reach"));
        QCOMPARE(bars[1].size, size_t{7});
        QCOMPARE(bars[1].share, 0.7);
        QCOMPARE(bars[2].name, std::string("Spenders"));
        QCOMPARE(bars[2].size, size_t{5});
        QCOMPARE(bars[2].warnings.size(), size_t{1}); // 5 is above the expected maximum 3
        QVERIFY(QString::fromStdString(bars[2].warnings[0]).contains("maximum 3"));
    }

    void overlapCountsAndJaccard()
    {
        const auto data = test::tenCustomers();
        const OverlapMatrix m = segmentOverlaps(runTenCustomers(*data));
        QCOMPARE(m.ids, (std::vector<std::string>{"s_old", "s_reach", "s_spend"}));
        // Older {1,3,5,6,8}, Reach {0,2,3,4,5,7,8}, Spenders {2,3,5,6,7}.
        const std::vector<std::vector<size_t>> expected{{5, 3, 3}, {3, 7, 4}, {3, 4, 5}};
        QCOMPARE(m.counts, expected);
        QCOMPARE(m.jaccard(0, 1), 3.0 / 9.0);
        QCOMPARE(m.jaccard(0, 2), 3.0 / 7.0);
        QCOMPARE(m.jaccard(1, 2), 0.5);
        QCOMPARE(m.jaccard(2, 2), 1.0);
    }

    void wholeNumberBinsShareTheRangeOfAllCustomers()
    {
        const auto data = test::tenCustomers();
        const Column& age = *data->customers.table.find("age");
        const Bitset older = rowsOf(10, {1, 3, 5, 6, 8});
        // Ages 19..70: 52 whole values in at most 5 bins -> width ceil(52/5) = 11, 5 bins.
        const Histogram h = histogram(age, &older, 5);
        QVERIFY(h.valid);
        QVERIFY(!h.dates);
        QCOMPARE(h.edges, (std::vector<double>{19, 30, 41, 52, 63, 74}));
        QCOMPARE(h.all, (std::vector<size_t>{3, 3, 1, 2, 1}));   // 25 19 28 | 40 33 36 | 45 | 61 52 | 70
        QCOMPARE(h.inside, (std::vector<size_t>{0, 1, 1, 2, 1})); // 40 | 45 | 61 52 | 70
        QCOMPARE(h.nullsAll, size_t{0});

        // A small range gets one bin per value.
        const Histogram fine = histogram(age, &older, 100);
        QCOMPARE(fine.bins(), size_t{52});
        QCOMPARE(fine.edges[1] - fine.edges[0], 1.0);
        QCOMPARE(fine.all[25 - 19], size_t{1});
        QCOMPARE(fine.inside[70 - 19], size_t{1});
    }

    void doubleBinsWithNulls()
    {
        const auto data = test::tenCustomers();
        const Column& spend = *data->customers.table.find("spend");
        // Values 10 250 80 5 400 120 60 30 (two NULLs): 4 bins of (400-5)/4 = 98.75.
        const Bitset spenders = rowsOf(10, {2, 3, 5, 6, 7});
        const Histogram h = histogram(spend, &spenders, 4);
        QCOMPARE(h.edges, (std::vector<double>{5, 103.75, 202.5, 301.25, 400}));
        QCOMPARE(h.all, (std::vector<size_t>{5, 1, 1, 1})); // the maximum 400 lands in the last bin
        QCOMPARE(h.inside, (std::vector<size_t>{2, 1, 1, 1}));
        QCOMPARE(h.nullsAll, size_t{2});
        QCOMPARE(h.nullsInside, size_t{0});

        const Bitset older = rowsOf(10, {1, 3, 5, 6, 8});
        QCOMPARE(histogram(spend, &older, 4).nullsInside, size_t{2});
        QCOMPARE(histogram(spend, nullptr, 4).inside, (std::vector<size_t>{0, 0, 0, 0}));
    }

    void dateBinsAndColumnsWithoutValues()
    {
        const auto data = test::tenCustomers();
        const Column& joined = *data->customers.table.find("joined");
        const Histogram h = histogram(joined, nullptr, 10);
        QVERIFY(h.valid);
        QVERIFY(h.dates);
        QCOMPARE(h.edges.front(), double(*parseIsoDate("2021-05-05")));
        size_t total = 0;
        for (size_t n : h.all)
            total += n;
        QCOMPARE(total, size_t{9});
        QCOMPARE(h.nullsAll, size_t{1});

        QVERIFY(!histogram(*data->customers.table.find("country"), nullptr, 10).valid); // text: no bins
        Column empty("nothing", DataType::Double);
        empty.appendNull();
        empty.appendNull();
        const Histogram none = histogram(empty, nullptr, 10);
        QVERIFY(!none.valid);
        QCOMPARE(none.nullsAll, size_t{2});
    }

    void sampleIsTheFirstMembersInKeyOrder()
    {
        const auto data = test::tenCustomers();
        const Column& key = data->customers.key();
        // Reach {0,2,3,4,5,7,8} has ids 105 110 102 108 103 104 107.
        const Bitset reach = rowsOf(10, {0, 2, 3, 4, 5, 7, 8});
        QCOMPARE(sampleMembersInKeyOrder(key, reach, 3), (std::vector<uint32_t>{3, 5, 7})); // 102 103 104
        QCOMPARE(sampleMembersInKeyOrder(key, reach, 100), (std::vector<uint32_t>{3, 5, 7, 0, 8, 4, 2}));
        QVERIFY(sampleMembersInKeyOrder(key, reach, 0).empty());
        QVERIFY(sampleMembersInKeyOrder(key, Bitset(10), 5).empty());
    }

    void sampleAgreesWithTheExportOrder_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("int") << int(DataType::Int);
        QTest::newRow("double") << int(DataType::Double);
        QTest::newRow("string") << int(DataType::String);
        QTest::newRow("date") << int(DataType::Date);
    }

    void sampleAgreesWithTheExportOrder()
    {
        // Random keys with many duplicates and NULLs: ties keep row order, NULL keys go last,
        // exactly as the CSV export orders members.
        QFETCH(int, type);
        std::mt19937 rng(42 + type);
        Column key("k", static_cast<DataType>(type));
        const size_t n = 3000;
        for (size_t i = 0; i < n; ++i) {
            const int v = static_cast<int>(rng() % 200) - 100;
            if (rng() % 10 == 0) {
                key.appendNull();
                continue;
            }
            switch (static_cast<DataType>(type)) {
            case DataType::Int: key.appendInt(v); break;
            case DataType::Double: key.appendDouble(v == 0 && i % 2 ? -0.0 : v / 4.0); break;
            case DataType::String: key.appendString("k" + std::to_string(v)); break;
            case DataType::Date: key.appendDate(v); break;
            default: break;
            }
        }
        key.finish();
        Bitset members(n);
        for (size_t i = 0; i < n; ++i)
            if (rng() % 3)
                members.set(i);
        const std::vector<uint32_t> all = membersInKeyOrder(key, members);
        for (size_t limit : {size_t{1}, size_t{17}, size_t{500}, all.size(), all.size() + 10}) {
            const std::vector<uint32_t> sample = sampleMembersInKeyOrder(key, members, limit);
            const std::vector<uint32_t> expected(all.begin(), all.begin() + std::min(limit, all.size()));
            QCOMPARE(sample, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestPreviewStats)
#include "test_preview_stats.moc"
