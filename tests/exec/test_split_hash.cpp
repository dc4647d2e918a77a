// The split's batch hash for integer keys (md5Prefix32DecimalKeys) against the one-text
// definition md5Prefix32(prefix + std::to_string(key)): keys of every decimal length with
// either sign, the int64 extremes, prefixes from empty to the longest the lane path takes and
// beyond (where it must fall back), counts that leave a partial group of 32, and the same with
// the AVX-512 path turned off. Also an RFC 1321 vector, so the reference itself is checked.
#include "exec/runner.h"
#include "exec/split_hash.h"
#include "graph/graph_io.h"
#include "util/md5.h"

#include <QtTest/QtTest>

#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace seg;

namespace {

std::vector<int64_t> awkwardKeys()
{
    std::vector<int64_t> keys{0, 1, -1, 9, 10, 99, 100, -100, 123456789, -987654321,
                              std::numeric_limits<int64_t>::max(), std::numeric_limits<int64_t>::min(),
                              std::numeric_limits<int64_t>::min() + 1};
    std::mt19937_64 rng(7);
    for (int digits = 1; digits <= 19; ++digits) { // every decimal length, both signs
        int64_t low = 1;
        for (int i = 1; i < digits; ++i)
            low *= 10;
        for (int k = 0; k < 5; ++k) {
            const int64_t v = low + static_cast<int64_t>(rng() % static_cast<uint64_t>(low));
            keys.push_back(v);
            keys.push_back(-v);
        }
    }
    for (int i = 0; i < 200; ++i) // runs of consecutive ids, as customer keys usually are
        keys.push_back(9990 + i);
    return keys;
}

} // namespace

class TestSplitHash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void referenceIsMd5()
    {
        QCOMPARE(md5Prefix32("abc"), 0x90015098u); // RFC 1321: MD5("abc") = 900150983cd24fb0...
        const int64_t key = 123;
        uint32_t h = 0;
        md5Prefix32DecimalKeys("ab", &key, 1, &h);
        QCOMPARE(h, md5Prefix32("ab123"));
    }

    void decimalKeysMatchTheOneTextDefinition()
    {
        const std::vector<int64_t> keys = awkwardKeys();
        for (const bool avx512 : {true, false}) {
            setSplitHashAvx512ForTesting(avx512);
            for (const size_t prefixLength : {size_t{0}, size_t{1}, size_t{3}, size_t{4}, size_t{9}, size_t{17},
                                              size_t{33}, size_t{35}, size_t{36}, size_t{50}}) {
                std::string prefix;
                for (size_t i = 0; i < prefixLength; ++i)
                    prefix += static_cast<char>(i % 3 == 0 ? ':' : 'a' + static_cast<int>(i % 26));
                if (prefixLength == 9)
                    prefix = "bench-q4:";
                for (const size_t n : {keys.size(), size_t{32}, size_t{31}, size_t{65}}) {
                    std::vector<uint32_t> out(n, 0xdeadbeef);
                    md5Prefix32DecimalKeys(prefix, keys.data(), n, out.data());
                    for (size_t i = 0; i < n; ++i)
                        if (out[i] != md5Prefix32(prefix + std::to_string(keys[i])))
                            QFAIL(qPrintable(QStringLiteral("avx512 %1, prefix length %2, key %3")
                                                 .arg(avx512)
                                                 .arg(prefixLength)
                                                 .arg(static_cast<qlonglong>(keys[i]))));
                }
            }
        }
        setSplitHashAvx512ForTesting(true);
    }

    // A long key after a short one in the same lane must not leave digits behind, and a short
    // one after a long one must not keep the long one's tail.
    void lanesForgetTheLastKey()
    {
        std::vector<int64_t> keys;
        for (int round = 0; round < 4; ++round)
            for (int lane = 0; lane < 32; ++lane)
                keys.push_back(round % 2 == 0 ? std::numeric_limits<int64_t>::min() : lane);
        std::vector<uint32_t> out(keys.size());
        md5Prefix32DecimalKeys("s:", keys.data(), keys.size(), out.data());
        for (size_t i = 0; i < keys.size(); ++i)
            QCOMPARE(out[i], md5Prefix32("s:" + std::to_string(keys[i])));
    }

    // The split node reads integer keys from the key column's narrow copy (1, 2 or 4 bytes
    // plus a base): keys with a negative base, and ranges that need each width, must give the
    // bucket rule of the keys themselves.
    void splitOnNarrowKeysFollowsTheBucketRule_data()
    {
        QTest::addColumn<qlonglong>("first");
        QTest::addColumn<qlonglong>("step");
        QTest::newRow("1 byte, negative base") << qlonglong{-100} << qlonglong{1};
        QTest::newRow("2 bytes") << qlonglong{1000000} << qlonglong{97};
        QTest::newRow("4 bytes") << qlonglong{-5000000000} << qlonglong{40000};
        QTest::newRow("8 bytes") << qlonglong{-4000000000000000000} << qlonglong{1000000000000000};
    }
    void splitOnNarrowKeysFollowsTheBucketRule()
    {
        QFETCH(qlonglong, first);
        QFETCH(qlonglong, step);
        const size_t rows = 64 * 3 + 11;
        Dataset d;
        Column id("id", DataType::Int);
        for (size_t r = 0; r < rows; ++r) // not in key order
            id.appendInt(first + step * static_cast<qlonglong>((r * 37) % rows));
        id.finish();
        d.customers.table.rows = rows;
        d.customers.table.columns.push_back(std::move(id));
        d.customers.keyColumn = 0;
        d.customersReport.rows = d.customersReport.dataRows = rows;
        const std::string text = R"({"format":"segment-studio/graph","format_version":1,"as_of":"2024-12-31",
          "datasets":{"customers":{"path":"customers.csv","key":"id"}},"nodes":[
          {"id":"sp","type":"split","seed":"k","parts":[{"name":"a","percent":40},{"name":"b","percent":60}]},
          {"id":"sa","type":"segment","name":"A","input":"sp:a"}]})";
        GraphLoadResult loaded = parseGraph(text, "split.segment.json", {});
        QVERIFY(loaded.ok());
        const Column& key = d.customers.table.columns[0];
        std::vector<uint32_t> expected;
        for (uint32_t r = 0; r < rows; ++r) // 100·h/2^32 < 40  <=>  100·h < 40·2^32
            if (uint64_t{md5Prefix32("k:" + std::to_string(key.intAt(r)))} * 100 < uint64_t{40} << 32)
                expected.push_back(r);
        QVERIFY(!expected.empty());
        RunOptions o;
        o.strategy = Strategy::Parallel;
        o.threads = 2;
        QCOMPARE(runGraph(*loaded.graph, d, o).members("sa")->toRows(), expected);
    }

    // Where each part begins, against the rule as the spec states it, evaluated for hashes on
    // both sides of every start and at random: percents that are whole, fractional (33.3,
    // 12.5, 0.0001), zero and all but everything, as binding accumulates them.
    void partStartsFollowTheBucketRule()
    {
        const std::vector<std::vector<double>> cases = {
            {90, 100}, {10, 100}, {33.3, 66.6, 100}, {12.5, 25, 37.5, 100}, {0, 100}, {0, 0, 100},
            {0.0001, 100}, {99.99999, 100}, {100, 100}, {1.0 / 3 * 100, 2.0 / 3 * 100, 100}, {100}};
        std::mt19937_64 rng(5);
        for (const std::vector<double>& cumulative : cases) {
            const std::vector<uint64_t> starts = splitPartStarts(cumulative);
            QCOMPARE(starts.size(), cumulative.size() - 1);
            auto defined = [&](uint64_t h) { // first p with 100·h / 2^32 < cumulative[p], or the last
                size_t p = 0;
                while (p + 1 < cumulative.size() && !(static_cast<double>(h) * 100 / 4294967296.0 < cumulative[p]))
                    ++p;
                return p;
            };
            auto bySt = [&](uint64_t h) {
                size_t p = 0;
                while (p < starts.size() && h >= starts[p])
                    ++p;
                return p;
            };
            std::vector<uint64_t> probes{0, 1, 0xFFFFFFFFu, 0xFFFFFFFEu};
            for (const uint64_t st : starts)
                for (int64_t d = -3; d <= 3; ++d)
                    if (static_cast<int64_t>(st) + d >= 0 && static_cast<int64_t>(st) + d <= 0xFFFFFFFFll)
                        probes.push_back(static_cast<uint64_t>(static_cast<int64_t>(st) + d));
            for (int i = 0; i < 10000; ++i)
                probes.push_back(rng() & 0xFFFFFFFFu);
            for (const uint64_t h : probes)
                if (bySt(h) != defined(h))
                    QFAIL(qPrintable(QStringLiteral("cumulative %1: hash %2 goes to part %3, defined %4")
                                         .arg(cumulative[0])
                                         .arg(h)
                                         .arg(bySt(h))
                                         .arg(defined(h))));
        }
    }
};

QTEST_APPLESS_MAIN(TestSplitHash)
#include "test_split_hash.moc"
