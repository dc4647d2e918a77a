// The engine's fast paths against their plain definitions, on inputs large enough to take
// them: top over >= 2^18 candidates (sampled thresholds), the 8-lane MD5 of split, derive
// columns evaluated per partition, and the blocked overlap matrix. Every expected answer is
// computed here from the column values with the spec's rule, not by the engine.
#include "exec/buffer_pool.h"
#include "exec/filter_kernels.h"
#include "exec/overlap.h"
#include "exec/result_cache.h"
#include "exec/runner.h"
#include "exec/split_hash.h"
#include "graph/graph_io.h"
#include "util/md5.h"

#include "test_graphs.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <limits>
#include <map>
#include <random>

using namespace seg;

namespace {

constexpr size_t kRows = 300'000;

// id: 1..n in a shuffled order (so key order differs from row order); score: a double with
// many ties and some NULLs; level: a small int with ties; flag: every third row.
Dataset bigData()
{
    std::mt19937_64 rng(12345);
    std::vector<int64_t> ids(kRows);
    for (size_t i = 0; i < kRows; ++i)
        ids[i] = static_cast<int64_t>(i) + 1;
    std::shuffle(ids.begin(), ids.end(), rng);
    Dataset d;
    Table& t = d.customers.table;
    t.rows = kRows;
    Column id("id", DataType::Int), score("score", DataType::Double), level("level", DataType::Int),
        flag("flag", DataType::Bool), day("day", DataType::Date), stamp("stamp", DataType::Timestamp);
    for (size_t r = 0; r < kRows; ++r) {
        id.appendInt(ids[r]);
        const uint64_t x = rng();
        // top reads narrow copies: day takes 2 bytes (dates on both sides of 1970), stamp 4
        // (whole seconds over 9 years)
        if (x % 89 == 1)
            day.appendNull();
        else
            day.appendDate(static_cast<int32_t>((x >> 8) % 3000) - 1500);
        stamp.appendInt((1'500'000'000 + static_cast<int64_t>((x >> 12) % 300'000'000)) * 1'000'000);
        if (x % 97 == 0)
            score.appendNull();
        else
            score.appendDouble(static_cast<double>(x % 5000) / 4.0 - 100.0 + ((x >> 20) % 2 ? 0.0 : -0.0));
        level.appendInt(static_cast<int64_t>((x >> 32) % 40) - 5);
        flag.appendBool(r % 3 == 0);
    }
    for (Column* c : {&id, &score, &level, &flag, &day, &stamp}) {
        c->finish();
        t.columns.push_back(std::move(*c));
    }
    d.customers.keyColumn = 0;
    d.customersReport.rows = d.customersReport.dataRows = kRows;
    return d;
}

// Spec section 4, top: candidates with a value (and in the input), by value (descending
// unless asc), ties by key ascending, the first ceil(n * percent / 100).
std::vector<uint32_t> expectedTop(const Dataset& d, const char* field, double percent, bool asc, bool onlyFlagged)
{
    const Table& t = d.customers.table;
    const Column& f = *t.find(field);
    const Column& key = *t.find("id");
    const Column& flag = *t.find("flag");
    std::vector<uint32_t> rows;
    for (uint32_t r = 0; r < t.rows; ++r)
        if (!f.isNull(r) && (!onlyFlagged || flag.boolAt(r)))
            rows.push_back(r);
    auto value = [&](uint32_t r) { return f.numericAt(r); };
    std::sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
        if (value(a) != value(b))
            return asc ? value(a) < value(b) : value(a) > value(b);
        return key.intAt(a) < key.intAt(b);
    });
    const size_t k = static_cast<size_t>(std::ceil(static_cast<double>(rows.size()) * percent / 100.0 - 1e-9));
    rows.resize(std::min(k, rows.size()));
    std::sort(rows.begin(), rows.end());
    return rows;
}


// Columns whose narrow copies take each width, a timestamp in whole seconds and one with
// microseconds, negative values, NULLs, and a column too wide to narrow.
Dataset narrowData()
{
    std::mt19937_64 rng(7);
    Dataset d;
    Table& t = d.customers.table;
    const size_t n = 5000;
    t.rows = n;
    Column id("id", DataType::Int), small("small", DataType::Int), mid("mid", DataType::Int),
        wide("wide", DataType::Int), sec("sec", DataType::Timestamp), micro("micro", DataType::Timestamp),
        day("day", DataType::Date), word("word", DataType::String);
    const char* words[] = {"red", "green", "blue", "cyan"};
    const int64_t day0 = 20088; // 2024-12-31
    for (size_t r = 0; r < n; ++r) {
        const uint64_t x = rng();
        id.appendInt(static_cast<int64_t>(r) + 1);
        x % 11 == 0 ? small.appendNull() : small.appendInt(static_cast<int64_t>(x % 254) - 3);
        mid.appendInt(static_cast<int64_t>((x >> 8) % 60000) - 30000);
        wide.appendInt(static_cast<int64_t>((x >> 16) % (int64_t{1} << 40)));
        const int64_t s = (day0 - static_cast<int64_t>((x >> 24) % 400)) * 86400 + static_cast<int64_t>((x >> 40) % 86400);
        x % 13 == 0 ? sec.appendNull() : sec.appendInt(s * 1'000'000);
        micro.appendInt(s * 1'000'000 + static_cast<int64_t>((x >> 3) % 1'000'000));
        day.appendDate(static_cast<int32_t>(day0 - static_cast<int64_t>((x >> 30) % 100)));
        x % 7 == 0 ? word.appendNull() : word.appendString(words[(x >> 50) % 4]);
    }
    for (Column* c : {&id, &small, &mid, &wide, &sec, &micro, &day, &word}) {
        c->finish();
        t.columns.push_back(std::move(*c));
    }
    d.customers.keyColumn = 0;
    d.customersReport.rows = d.customersReport.dataRows = n;
    return d;
}

// Runs g (parallel, 2 threads) and compares segment "s" with the expected rows.
void expectSegment(const Graph& g, const Dataset& d, const std::vector<uint32_t>& expected)
{
    RunOptions o;
    o.strategy = Strategy::Parallel;
    o.threads = 2;
    const RunResult r = runGraph(g, d, o);
    QVERIFY(!r.partialFailure());
    QCOMPARE(r.members("s")->toRows(), expected);
}

} // namespace

class TestFastPaths : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void topMatchesTheFullSort_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("percent");
        QTest::addColumn<bool>("asc");
        QTest::addColumn<bool>("withInput");
        QTest::newRow("double desc 10%") << "score" << 10.0 << false << false;
        QTest::newRow("double asc 37.5%") << "score" << 37.5 << true << false;
        QTest::newRow("int desc 1% (ties)") << "level" << 1.0 << false << false;
        QTest::newRow("int asc 99%") << "level" << 99.0 << true << false;
        QTest::newRow("double desc 90% of input") << "score" << 90.0 << false << true;
        // Thresholds at the ends: no upper one (tiny k) and no lower one (k close to n).
        QTest::newRow("int desc 0.001%") << "level" << 0.001 << false << false;
        QTest::newRow("double asc 0.002%") << "score" << 0.002 << true << false;
        QTest::newRow("double desc 99.99%") << "score" << 99.99 << false << false;
        QTest::newRow("int asc 99.999%") << "level" << 99.999 << true << false;
        QTest::newRow("date desc 10% (2-byte copy)") << "day" << 10.0 << false << false;
        QTest::newRow("date asc 3% (2-byte copy)") << "day" << 3.0 << true << false;
        QTest::newRow("timestamp desc 25% (4-byte copy)") << "stamp" << 25.0 << false << false;
        QTest::newRow("timestamp asc 0.5% (4-byte copy)") << "stamp" << 0.5 << true << false;
    }
    void topMatchesTheFullSort()
    {
        QFETCH(QString, field);
        QFETCH(double, percent);
        QFETCH(bool, asc);
        QFETCH(bool, withInput);
        const Dataset d = bigData();
        // Without an input, 300,000 candidates take the sampled path (>= 2^18); with the input
        // (the flagged third) 100,000 take the exact one.
        std::string top = "{\"id\":\"t\",\"type\":\"top\",\"field\":\"" + field.toStdString() + "\",\"percent\":"
            + std::to_string(percent) + (asc ? ",\"order\":\"asc\"" : "") + (withInput ? ",\"input\":\"f\"" : "") + "}";
        const Graph g = test::customersGraph("{\"id\":\"f\",\"type\":\"condition\",\"field\":\"flag\",\"op\":\"is_true\"}," + top
                                + ",{\"id\":\"s\",\"type\":\"segment\",\"name\":\"S\",\"input\":\"t\"}");
        const std::vector<uint32_t> expected = expectedTop(d, field.toStdString().c_str(), percent, asc, withInput);
        for (Strategy s : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid}) {
            RunOptions o;
            o.strategy = s;
            o.threads = 2;
            const RunResult r = runGraph(g, d, o);
            QVERIFY(!r.partialFailure());
            QCOMPARE(r.members("s")->toRows(), expected);
        }
        // The widths of the narrow copies the sampled path read (each width is covered).
        const std::map<QString, unsigned> widths{{"score", 4}, {"level", 1}, {"day", 2}, {"stamp", 4}};
        QCOMPARE(d.customers.table.find(field.toStdString())->narrowCopy()->width, widths.at(field));
    }

    void narrowScansMatchTheDefinition_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("column");
        QTest::addColumn<qint64>("lo"); // expected: lo <= value <= hi (present values)
        QTest::addColumn<qint64>("hi");
        QTest::addColumn<bool>("outside");
        const qint64 big = std::numeric_limits<qint64>::max(), small = std::numeric_limits<qint64>::min();
        QTest::newRow("1 byte between") << "\"field\":\"small\",\"op\":\"between\",\"min\":-1,\"max\":7" << "small" << qint64{-1} << qint64{7} << false;
        QTest::newRow("1 byte lt 0") << "\"field\":\"small\",\"op\":\"lt\",\"value\":0" << "small" << small << qint64{-1} << false;
        QTest::newRow("1 byte ne 5") << "\"field\":\"small\",\"op\":\"ne\",\"value\":5" << "small" << qint64{5} << qint64{5} << true;
        QTest::newRow("1 byte above max") << "\"field\":\"small\",\"op\":\"ge\",\"value\":300" << "small" << qint64{300} << big << false;
        QTest::newRow("1 byte ne above max") << "\"field\":\"small\",\"op\":\"ne\",\"value\":300" << "small" << qint64{300} << qint64{300} << true;
        QTest::newRow("2 bytes gt") << "\"field\":\"mid\",\"op\":\"gt\",\"value\":-29990" << "mid" << qint64{-29989} << big << false;
        QTest::newRow("too wide le") << "\"field\":\"wide\",\"op\":\"le\",\"value\":123456789" << "wide" << small << qint64{123456789} << false;
        // Timestamps: the day window and a bound inside a second (rounds onto whole seconds).
        const qint64 from = (20088 - 30) * 86400LL * 1'000'000, to = (20088 + 1) * 86400LL * 1'000'000 - 1;
        QTest::newRow("seconds window") << "\"field\":\"sec\",\"op\":\"within_last_days\",\"days\":30" << "sec" << from << to << false;
        QTest::newRow("micros window") << "\"field\":\"micro\",\"op\":\"within_last_days\",\"days\":30" << "micro" << from << to << false;
        const qint64 mid = 20000 * 86400LL * 1'000'000 + 500'000;
        QTest::newRow("seconds, sub-second bound") << "\"field\":\"sec\",\"op\":\"ge\",\"value\":\"2024-10-04 00:00:00.5\"" << "sec" << mid << big << false;
        QTest::newRow("date window") << "\"field\":\"day\",\"op\":\"within_last_days\",\"days\":9" << "day" << qint64{20079} << qint64{20088} << false;
    }
    void narrowScansMatchTheDefinition()
    {
        QFETCH(QString, condition);
        QFETCH(QString, column);
        QFETCH(qint64, lo);
        QFETCH(qint64, hi);
        QFETCH(bool, outside);
        const Dataset d = narrowData();
        const Graph g = test::customersGraph("{\"id\":\"c\",\"type\":\"condition\"," + condition.toStdString()
                                + "},{\"id\":\"s\",\"type\":\"segment\",\"name\":\"S\",\"input\":\"c\"}");
        const Column& c = *d.customers.table.find(column.toStdString());
        std::vector<uint32_t> expected;
        for (uint32_t r = 0; r < d.customers.rows(); ++r) {
            if (c.isNull(r))
                continue;
            const int64_t v = c.type() == DataType::Date ? c.dateAt(r) : c.intAt(r);
            if ((v >= lo && v <= hi) != outside)
                expected.push_back(r);
        }
        for (int run = 0; run < 2; ++run) // the second run scans the copy the first one built
            expectSegment(g, d, expected);
        const Column::NarrowCopy* copy = c.narrowCopy();
        // 400 days in microseconds need more than 4 bytes: "micro" and "wide" keep full width.
        QCOMPARE(copy == nullptr, column == "wide" || column == "micro");
        if (column == "small" || column == "day")
            QCOMPARE(copy->width, 1u);
        if (column == "mid")
            QCOMPARE(copy->width, 2u);
        if (column == "sec") {
            QCOMPARE(copy->unit, int64_t{1'000'000});
            QCOMPARE(copy->width, 4u);
        }
    }

    // Doubles with at most a few decimals are scanned as scaled integers; every comparison
    // must still select exactly the rows the double comparison selects, at and between the
    // stored values, for negative values, -0.0 and NULLs. "bigcents" spans the whole k range
    // of the copy (|k| < 2^31, cents up to +-21,474,836.46), so its copy takes 4 bytes.
    void decimalScansMatchTheDoubleComparison_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("op");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<int>("decimals"); // of the copy; -1: no copy
        for (const char* op : {"ge", "gt", "lt", "le", "eq", "ne", "between"}) {
            const QString o = op;
            QTest::newRow(qPrintable("cents " + o + " on a value")) << "cents" << o << 12.34 << 99.99 << 2;
            QTest::newRow(qPrintable("cents " + o + " between values")) << "cents" << o << 12.345 << -0.005 << 2;
            QTest::newRow(qPrintable("cents " + o + " -0.0")) << "cents" << o << -0.0 << 0.0 << 2;
            QTest::newRow(qPrintable("cents " + o + " far out")) << "cents" << o << -1e300 << 1e300 << 2;
            QTest::newRow(qPrintable("milli " + o)) << "milli" << o << 0.7 << 0.2005 << 3;
            QTest::newRow(qPrintable("whole " + o)) << "whole" << o << 3.5 << 40.0 << 0;
            QTest::newRow(qPrintable("thirds " + o)) << "thirds" << o << 0.5 << 2.0 << -1;
            QTest::newRow(qPrintable("bigcents " + o + " on a value")) << "bigcents" << o << 12.34 << 99.99 << 2;
            QTest::newRow(qPrintable("bigcents " + o + " between values")) << "bigcents" << o << 12.345 << -0.005 << 2;
            QTest::newRow(qPrintable("bigcents " + o + " wide, between values")) << "bigcents" << o << -7654321.005 << 1234567.891 << 2;
            QTest::newRow(qPrintable("bigcents " + o + " -0.0")) << "bigcents" << o << -0.0 << 0.0 << 2;
            QTest::newRow(qPrintable("bigcents " + o + " at the ends")) << "bigcents" << o << -21474836.46 << 21474836.46 << 2;
            QTest::newRow(qPrintable("bigcents " + o + " at the top")) << "bigcents" << o << 21474836.46 << 21474836.46 << 2;
            QTest::newRow(qPrintable("bigcents " + o + " just beyond the ends")) << "bigcents" << o << -21474836.47 << 21474836.47 << 2;
            QTest::newRow(qPrintable("bigcents " + o + " far out")) << "bigcents" << o << 1e300 << -1e300 << 2;
        }
    }
    void decimalScansMatchTheDoubleComparison()
    {
        QFETCH(QString, column);
        QFETCH(QString, op);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(int, decimals);
        std::mt19937_64 rng(5);
        Dataset d;
        Table& t = d.customers.table;
        const size_t n = 20000;
        t.rows = n;
        Column id("id", DataType::Int), values(column.toStdString(), DataType::Double);
        for (size_t r = 0; r < n; ++r) {
            id.appendInt(static_cast<int64_t>(r) + 1);
            const int64_t k = static_cast<int64_t>(rng() % 40001) - 20000;
            if (r % 17 == 0)
                values.appendNull();
            else if (r % 23 == 0)
                values.appendDouble(-0.0);
            else if (column == "cents" || (column == "bigcents" && r % 3 == 0))
                values.appendDouble(static_cast<double>(k) / 100.0);
            else if (column == "bigcents" && r % 101 == 1) // both ends of the 4-byte k range
                values.appendDouble(r % 2 ? 21474836.46 : -21474836.46);
            else if (column == "bigcents")
                values.appendDouble(static_cast<double>(static_cast<int64_t>(rng() % 4'000'000'001) - 2'000'000'000) / 100.0);
            else if (column == "milli")
                values.appendDouble(static_cast<double>(k % 1001) / 1000.0);
            else if (column == "whole")
                values.appendDouble(static_cast<double>(k % 50));
            else
                values.appendDouble(static_cast<double>(k) / 3.0);
        }
        id.finish();
        values.finish();
        t.columns.push_back(std::move(id));
        t.columns.push_back(std::move(values));
        d.customers.keyColumn = 0;
        d.customersReport.rows = d.customersReport.dataRows = n;
        auto number = [](double v) { return QString::number(v, 'g', 17).toStdString(); };
        const std::string cond = op == "between"
            ? "\"op\":\"between\",\"min\":" + number(std::min(a, b)) + ",\"max\":" + number(std::max(a, b))
            : "\"op\":\"" + op.toStdString() + "\",\"value\":" + number(a);
        const Graph g = test::customersGraph("{\"id\":\"c\",\"type\":\"condition\",\"field\":\"" + column.toStdString() + "\","
                                + cond + "},{\"id\":\"s\",\"type\":\"segment\",\"name\":\"S\",\"input\":\"c\"}");
        const Column& c = d.customers.table.columns[1];
        std::vector<uint32_t> expected;
        for (uint32_t r = 0; r < n; ++r) {
            if (c.isNull(r))
                continue;
            const double v = c.doubleAt(r);
            const bool match = op == "ge" ? v >= a : op == "gt" ? v > a : op == "lt" ? v < a : op == "le" ? v <= a
                : op == "eq" ? v == a : op == "ne" ? v != a : (v >= std::min(a, b) && v <= std::max(a, b));
            if (match)
                expected.push_back(r);
        }
        expectSegment(g, d, expected);
        const Column::NarrowCopy* copy = c.narrowCopy();
        QCOMPARE(copy ? copy->decimals : -1, decimals);
        if (column == "bigcents")
            QCOMPARE(copy->width, 4u);
        if (column == "cents")
            QCOMPARE(copy->width, 2u);
    }

    // The word-first string tests (prefix, suffix, equality of 8+ bytes) against matchString,
    // the definition, on near misses: one byte off at each end, shorter, longer, case.
    void stringTablesMatchMatchString()
    {
        const std::string base = "@example.org";
        std::vector<std::string> words{"", "a", base, "x" + base, base + "x", "A@example.org", "@Example.org",
                                       base.substr(1), base.substr(0, base.size() - 1), "@example.orh", "@exbmple.org",
                                       "user.name+tag@example.org", "@example.org@example.org", "example.org",
                                       std::string("@exa\0ple.org", 12), "\xc3\xa9@example.org"};
        Column c("s", DataType::String);
        for (const std::string& w : words)
            c.appendString(w);
        c.finish();
        for (const char* op : {"ends_with", "starts_with", "eq", "ne", "contains"})
            for (const std::string& operand : {base, std::string("@example.org@"), std::string("xample.org"), std::string("@ex")}) {
                Comparison cmp;
                cmp.op = *parseCompareOp(op);
                cmp.value = operand;
                BoundPredicate p;
                QVERIFY(!bindPredicate(cmp, DataType::String, 0, p));
                const std::vector<uint8_t> table = stringMatchTable(c, p);
                for (size_t i = 0; i < c.dict().size(); ++i)
                    QVERIFY2((table[i] != 0) == matchString(p, c.dict()[i]), (std::string(op) + " " + operand + " on '" + std::string(c.dict()[i]) + "'").c_str());
            }
    }

    void narrowStringCodes()
    {
        const Dataset d = narrowData();
        const Graph g = test::customersGraph("{\"id\":\"c\",\"type\":\"condition\",\"field\":\"word\",\"op\":\"in\",\"values\":[\"red\",\"cyan\"]},"
                                "{\"id\":\"s\",\"type\":\"segment\",\"name\":\"S\",\"input\":\"c\"}");
        const Column& c = *d.customers.table.find("word");
        std::vector<uint32_t> expected;
        for (uint32_t r = 0; r < d.customers.rows(); ++r)
            if (!c.isNull(r) && (c.stringAt(r) == "red" || c.stringAt(r) == "cyan"))
                expected.push_back(r);
        RunOptions o;
        o.strategy = Strategy::Sequential;
        QCOMPARE(runGraph(g, d, o).members("s")->toRows(), expected);
        QCOMPARE(c.narrowCopy()->width, 1u);
    }

    void splitLanesEqualScalarMd5()
    {
        std::vector<std::string> texts;
        for (size_t len = 0; len <= 80; ++len) // across the one-block limit of 55 bytes
            for (int v = 0; v < 9; ++v)
                texts.push_back(std::string(len, static_cast<char>('a' + v)) + (len % 2 ? "\xc3\xa9" : ""));
        std::vector<std::string_view> views(texts.begin(), texts.end());
        for (const bool avx512 : {true, false}) { // 16 lanes where the CPU has them, and 8
            setSplitHashAvx512ForTesting(avx512);
            std::vector<uint32_t> out(views.size());
            md5Prefix32Many(views.data(), views.size(), out.data());
            for (size_t i = 0; i < views.size(); ++i)
                QCOMPARE(out[i], md5Prefix32(views[i]));
            // RFC 1321 test vector: MD5("abc") = 900150983cd24fb0...
            std::vector<std::string_view> abc(20, "abc");
            uint32_t h[20];
            md5Prefix32Many(abc.data(), abc.size(), h);
            QCOMPARE(h[7], 0x90015098u);
            QCOMPARE(h[15], 0x90015098u);
            QCOMPARE(h[19], 0x90015098u);
        }
        setSplitHashAvx512ForTesting(true);
    }

    void splitOverPartitionsMatchesTheBucketRule()
    {
        const Dataset d = bigData();
        const Graph g = test::customersGraph("{\"id\":\"sp\",\"type\":\"split\",\"seed\":\"s1\",\"parts\":[{\"name\":\"a\",\"percent\":30},{\"name\":\"b\",\"percent\":70}]},\n"
            "            {\"id\":\"sa\",\"type\":\"segment\",\"name\":\"A\",\"input\":\"sp:a\"}");
        std::vector<uint32_t> expected;
        const Column& key = *d.customers.table.find("id");
        for (uint32_t r = 0; r < kRows; ++r) // 100·h/2^32 < 30  <=>  100·h < 30·2^32
            if (uint64_t{md5Prefix32("s1:" + std::to_string(key.intAt(r)))} * 100 < uint64_t{30} << 32)
                expected.push_back(r);
        RunOptions o;
        o.strategy = Strategy::Parallel;
        o.threads = 2;
        QCOMPARE(runGraph(g, d, o).members("sa")->toRows(), expected);
    }

    // With a result cache the split keeps the parts it hashed; after an upstream edit that
    // grows and then shrinks its input, the members must still follow the bucket rule exactly.
    void splitMemoAcrossEditedInputsMatchesTheBucketRule()
    {
        const Dataset d = bigData();
        const Column& key = *d.customers.table.find("id");
        const Column& level = *d.customers.table.find("level");
        auto graphWith = [&](int minLevel) {
            return test::customersGraph("{\"id\":\"c\",\"type\":\"condition\",\"field\":\"level\",\"op\":\"ge\",\"value\":"
                           + std::to_string(minLevel) + "},"
                           "{\"id\":\"sp\",\"type\":\"split\",\"input\":\"c\",\"seed\":\"m\",\"parts\":["
                           "{\"name\":\"a\",\"percent\":25},{\"name\":\"b\",\"percent\":25},{\"name\":\"c\",\"percent\":50}]},"
                           "{\"id\":\"sb\",\"type\":\"segment\",\"name\":\"B\",\"input\":\"sp:b\"}");
        };
        ResultCache cache;
        for (const int minLevel : {20, 5, 30, 5}) {
            std::vector<uint32_t> expected; // part b: 25 <= 100·h/2^32 < 50
            for (uint32_t r = 0; r < kRows; ++r) {
                const uint64_t h100 = uint64_t{md5Prefix32("m:" + std::to_string(key.intAt(r)))} * 100;
                if (level.intAt(r) >= minLevel && h100 >= uint64_t{25} << 32 && h100 < uint64_t{50} << 32)
                    expected.push_back(r);
            }
            RunOptions o;
            o.strategy = minLevel == 30 ? Strategy::Sequential : Strategy::Parallel;
            o.threads = 2;
            o.cache = &cache;
            const RunResult r = runGraph(graphWith(minLevel), d, o);
            QVERIFY(!r.node("sp")->cached);
            QCOMPARE(r.members("sb")->toRows(), expected);
        }
    }

    void deriveOverPartitionsMatchesRowByRow()
    {
        const Dataset d = bigData();
        const Graph g = test::customersGraph("{\"id\":\"dv\",\"type\":\"derive\",\"name\":\"lv2\",\"expr\":\"level * 2 + 1\"},\n"
            "            {\"id\":\"c\",\"type\":\"condition\",\"field\":\"lv2\",\"op\":\"ge\",\"value\":41},\n"
            "            {\"id\":\"s\",\"type\":\"segment\",\"name\":\"S\",\"input\":\"c\"}");
        const Column& level = *d.customers.table.find("level");
        std::vector<uint32_t> expected;
        for (uint32_t r = 0; r < kRows; ++r)
            if (level.intAt(r) * 2 + 1 >= 41)
                expected.push_back(r);
        QVERIFY(!expected.empty());
        for (Strategy s : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid}) {
            RunOptions o;
            o.strategy = s;
            o.threads = 2;
            const RunResult r = runGraph(g, d, o);
            QCOMPARE(r.members("s")->toRows(), expected);
            const Column& lv2 = *r.derived.at("lv2");
            QCOMPARE(lv2.intAt(kRows - 1), level.intAt(kRows - 1) * 2 + 1);
        }
    }

    // A derived column's buffer goes back to the pool when its last user lets go, and the next
    // run's derive writes every row of the reused (stale) buffer, NULL rows included.
    void derivedBuffersAreReusedAndFullyRewritten()
    {
        const Dataset d = bigData();
        const Column& level = *d.customers.table.find("level");
        const Column& score = *d.customers.table.find("score");
        auto run = [&](const char* expr) { // both are doubles: one buffer type
            const Graph g = test::customersGraph(std::string("{\"id\":\"dv\",\"type\":\"derive\",\"name\":\"x\",\"expr\":\"") + expr
                                    + "\"},{\"id\":\"c\",\"type\":\"condition\",\"field\":\"x\",\"op\":\"not_null\"},"
                                      "{\"id\":\"s\",\"type\":\"segment\",\"name\":\"S\",\"input\":\"c\"}");
            RunOptions o;
            o.strategy = Strategy::Parallel;
            o.threads = 2;
            return runGraph(g, d, o);
        };
        {
            const RunResult first = run("level * 1000.5 + 7");
            QCOMPARE(first.derived.at("x")->doubleAt(5), static_cast<double>(level.intAt(5)) * 1000.5 + 7);
        }
        const size_t held = buffer_pool::heldBuffers();
        QVERIFY(held >= 1);
        // Now NULL wherever score is NULL: those rows must read as NULL with value 0, not the
        // first run's numbers.
        const RunResult second = run("score + 1");
        QCOMPARE(buffer_pool::heldBuffers(), held - 1);
        const Column& x = *second.derived.at("x");
        size_t nulls = 0;
        for (uint32_t r = 0; r < kRows; ++r) {
            QCOMPARE(x.isNull(r), score.isNull(r));
            QCOMPARE(x.doubleAt(r), score.isNull(r) ? 0.0 : score.doubleAt(r) + 1);
            nulls += x.isNull(r);
        }
        QVERIFY(nulls > 0);
    }

    void blockedOverlapMatchesPairCounts()
    {
        // 7 sets over 1,000,003 rows (a partial last block and word): counted pair by pair here.
        const size_t n = 1'000'003;
        std::vector<Bitset> sets;
        std::mt19937_64 rng(99);
        for (int s = 0; s < 7; ++s) {
            Bitset b(n);
            for (size_t r = 0; r < n; ++r)
                if (rng() % (s + 2) == 0)
                    b.set(r);
            sets.push_back(std::move(b));
        }
        std::vector<const Bitset*> ptrs;
        for (const Bitset& b : sets)
            ptrs.push_back(&b);
        const auto m = overlapCounts(ptrs);
        for (size_t i = 0; i < sets.size(); ++i)
            for (size_t j = 0; j < sets.size(); ++j) {
                size_t c = 0;
                for (size_t r = 0; r < n; ++r)
                    c += sets[i].test(r) && sets[j].test(r);
                QCOMPARE(m[i][j], c);
            }
    }
};

QTEST_GUILESS_MAIN(TestFastPaths)
#include "test_fast_paths.moc"
