// Column::dayCopy and the condition scans that read it: a day-aligned microsecond range on a
// timestamp (within_last_days, before_days_ago, ge/lt at a midnight) is answered from the
// 2-byte calendar day of each value; every other range (an instant inside a day) must keep the
// exact scan. Every expected answer is matchInt on the value itself (the per-row definition).
#include "bind/predicate.h"
#include "exec/filter_kernels.h"

#include <QtTest/QtTest>

#include <cstdio>
#include <limits>
#include <random>
#include <thread>

using namespace seg;

namespace {

constexpr int64_t kDay = kMicrosPerDay;
constexpr int64_t kMin = std::numeric_limits<int64_t>::min(), kMax = std::numeric_limits<int64_t>::max();
// as_of days of the windows: after 1970 (windows reach back before it), before 1970, and 2024.
constexpr int32_t kAsOfs[] = {100, -30, 20088};
constexpr int64_t kWindowDays[] = {0, 1, 7, 30, 365};
constexpr size_t kRows = 64 * 157 + 23; // not a multiple of 64: the last word is partial

int64_t floorDay(int64_t micros) { return micros / kDay - (micros % kDay < 0); }

// The days whose first and last instants are tested: both ends of every window and the days
// just outside them.
std::vector<int64_t> boundaryDays()
{
    std::vector<int64_t> days{-1, 0, 1};
    for (const int32_t asOf : kAsOfs)
        for (const int64_t n : kWindowDays)
            for (const int64_t d : {asOf - n - 1, asOf - n, int64_t{asOf}, asOf + int64_t{1}})
                days.push_back(d);
    return days;
}

// A timestamp column: every boundary day at 00:00:00, noon and its last instant
// (23:59:59.999999, or 23:59:59 for whole seconds), then random instants around 1970 and around
// 2024; NULLs among both (their storage holds 0, the epoch, which many windows contain).
Column timestamps(bool wholeSeconds)
{
    std::mt19937_64 rng(wholeSeconds ? 11 : 12);
    const int64_t lastInstant = wholeSeconds ? kDay - kMicrosPerSecond : kDay - 1;
    std::vector<int64_t> values;
    for (const int64_t d : boundaryDays())
        for (const int64_t v : {d * kDay, d * kDay + lastInstant, d * kDay + kDay / 2})
            values.push_back(v);
    Column c("t", DataType::Timestamp);
    for (size_t r = 0; r < kRows; ++r) {
        const uint64_t x = rng();
        if (r < values.size() * 2) { // each boundary value once or twice, NULLs between them
            r % 2 && (r / 2) % 3 == 0 ? c.appendNull() : c.appendInt(values[r / 2]);
            continue;
        }
        if (r % 9 == 4) {
            c.appendNull();
            continue;
        }
        const int64_t day = x % 2 ? static_cast<int64_t>(x % 600) - 450 : 19700 + static_cast<int64_t>(x % 400);
        int64_t t = day * kDay + static_cast<int64_t>((x >> 20) % static_cast<uint64_t>(kDay));
        if (wholeSeconds)
            t -= ((t % kMicrosPerSecond) + kMicrosPerSecond) % kMicrosPerSecond;
        c.appendInt(t);
    }
    c.finish();
    return c;
}

std::string isoOf(int64_t micros)
{
    const int64_t day = floorDay(micros), inDay = micros - day * kDay;
    int y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(static_cast<int32_t>(day), y, m, d);
    const int64_t secs = inDay / kMicrosPerSecond;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u %02d:%02d:%02d.%06d", y, m, d, static_cast<int>(secs / 3600),
                  static_cast<int>(secs / 60 % 60), static_cast<int>(secs % 60),
                  static_cast<int>(inDay % kMicrosPerSecond));
    return buf;
}

BoundPredicate bind(const Comparison& cmp, int32_t asOf)
{
    BoundPredicate p;
    const auto error = bindPredicate(cmp, DataType::Timestamp, asOf, p);
    if (error)
        qFatal("bind: %s", error->c_str());
    return p;
}

// Every predicate of the test: the day windows for each as_of and N, ordinary comparisons at
// the first, last and middle instants of boundary days, and hand-made day-aligned ranges
// (IntOutside, open ends, empty) that no operator produces today but filterWords accepts.
std::vector<std::pair<std::string, BoundPredicate>> predicates()
{
    std::vector<std::pair<std::string, BoundPredicate>> out;
    for (const int32_t asOf : kAsOfs)
        for (const int64_t n : kWindowDays)
            for (const CompareOp op : {CompareOp::WithinLastDays, CompareOp::BeforeDaysAgo}) {
                Comparison cmp;
                cmp.op = op;
                cmp.days = n;
                out.emplace_back(std::string(compareOpName(op)) + " " + std::to_string(n) + " as of day "
                                     + std::to_string(asOf),
                                 bind(cmp, asOf));
            }
    const CompareOp ops[] = {CompareOp::Lt, CompareOp::Le, CompareOp::Gt, CompareOp::Ge, CompareOp::Eq, CompareOp::Ne};
    for (const int64_t d : {int64_t{-1}, int64_t{0}, int64_t{100 - 30}, int64_t{20088 - 7}}) {
        for (const int64_t at : {d * kDay, d * kDay + kDay - 1, d * kDay + kDay / 2 + 7}) {
            for (const CompareOp op : ops) {
                Comparison cmp;
                cmp.op = op;
                cmp.value = isoOf(at);
                out.emplace_back(std::string(compareOpName(op)) + " " + isoOf(at), bind(cmp, 0));
            }
            Comparison between;
            between.op = CompareOp::Between;
            between.min = isoOf(at);
            between.max = isoOf(at + 3 * kDay);
            out.emplace_back("between " + isoOf(at) + " and 3 days later", bind(between, 0));
        }
    }
    auto range = [&](const char* name, BoundPredicate::Form form, int64_t lo, int64_t hi) {
        BoundPredicate p;
        p.form = form;
        p.type = DataType::Timestamp;
        p.ilo = lo;
        p.ihi = hi;
        out.emplace_back(name, p);
    };
    using F = BoundPredicate::Form;
    range("aligned outside -3..2", F::IntOutside, -3 * kDay, 3 * kDay - 1);
    range("aligned outside open below", F::IntOutside, kMin, 70 * kDay - 1);
    range("aligned outside open above", F::IntOutside, -1 * kDay, kMax);
    range("aligned everything", F::IntRange, kMin, kMax);
    range("aligned nothing (lo > hi)", F::IntRange, 5 * kDay, 5 * kDay - 1);
    range("aligned beyond the values", F::IntRange, 40000 * kDay, 40001 * kDay - 1);
    range("aligned outside beyond the values", F::IntOutside, -40000 * kDay, -39000 * kDay - 1);
    range("one microsecond short of a day", F::IntRange, 0, kDay - 2);
    range("outside, one microsecond past a day", F::IntOutside, -kDay, kDay);
    return out;
}

// filterWords in two pieces (so a worker's word range is covered too) against the definition.
void expectScanMatchesDefinition(const Column& c, const std::string& name, const BoundPredicate& p)
{
    const size_t words = (c.size() + 63) / 64;
    std::vector<uint64_t> out(words, ~uint64_t{0});
    filterWords(c, p, {}, 0, words / 2, out.data());
    filterWords(c, p, {}, words / 2, words, out.data());
    for (size_t r = 0; r < words * 64; ++r) {
        const bool got = (out[r / 64] >> (r % 64)) & 1;
        const bool want = r < c.size() && !c.isNull(r) && matchInt(p, c.intAt(r));
        // The per-customer path (matchesRow) must agree too: it reads the values, never a copy.
        const bool perRow = r < c.size() && matchesRow(c, p, r);
        if (got != want || perRow != want)
            QFAIL(qPrintable(QString::fromStdString(name + ": row " + std::to_string(r) + " value "
                                                    + (r >= c.size() ? std::string("(past the end)")
                                                       : c.isNull(r) ? std::string("NULL")
                                                                     : isoOf(c.intAt(r)))
                                                    + (got ? " matched" : " did not match"))));
    }
}

} // namespace

class TestDayCopy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The copy itself: floor(value / day) - base for present values (before 1970 too), 0 for
    // NULL, 2 bytes for ~55 years of days; only timestamp columns have one.
    void dayCopyHoldsTheCalendarDay()
    {
        const Column c = timestamps(false);
        const Column::NarrowCopy* d = c.dayCopy();
        QVERIFY(d);
        QCOMPARE(d->width, 2u);
        QCOMPARE(d->unit, kDay);
        QCOMPARE(d->decimals, -1);
        const auto* stored = reinterpret_cast<const uint16_t*>(d->bytes.data());
        int64_t lo = kMax, hi = kMin;
        for (size_t r = 0; r < c.size(); ++r) {
            if (c.isNull(r)) {
                QCOMPARE(stored[r], uint16_t{0});
                continue;
            }
            QCOMPARE(int64_t{stored[r]} + d->base, floorDay(c.intAt(r)));
            lo = std::min(lo, floorDay(c.intAt(r)));
            hi = std::max(hi, floorDay(c.intAt(r)));
        }
        QCOMPARE(d->base, lo);
        QCOMPARE(d->maxStored, static_cast<uint64_t>(hi - lo));
        QVERIFY(lo < 0); // the column reaches before 1970
        QCOMPARE(c.dayCopy(), d); // built once

        Column ints("i", DataType::Int), dates("d", DataType::Date), empty("e", DataType::Timestamp);
        ints.appendInt(5);
        dates.appendDate(5);
        QVERIFY(!ints.dayCopy());
        QVERIFY(!dates.dayCopy());
        QVERIFY(!empty.dayCopy());
        Column nulls("n", DataType::Timestamp);
        nulls.appendNull();
        nulls.appendNull();
        QVERIFY(nulls.dayCopy());
        QCOMPARE(nulls.dayCopy()->width, 1u);
    }

    // Concurrent first calls build one copy; gather drops it (the next call sees the new rows);
    // memoryBytes counts it.
    void dayCopyIsBuiltOnceAndDroppedByMutators()
    {
        Column c = timestamps(true);
        const size_t before = c.memoryBytes();
        std::vector<const Column::NarrowCopy*> seen(4);
        std::vector<std::thread> threads;
        for (size_t i = 0; i < seen.size(); ++i)
            threads.emplace_back([&, i] { seen[i] = c.dayCopy(); });
        for (std::thread& t : threads)
            t.join();
        for (const auto* s : seen)
            QCOMPARE(s, seen[0]);
        QCOMPARE(c.memoryBytes(), before + seen[0]->bytes.capacity());
        std::vector<uint32_t> rows{8, 3};
        QVERIFY(!c.isNull(8) && !c.isNull(3));
        const int64_t v8 = c.intAt(8), v3 = c.intAt(3);
        c.gather(rows);
        const Column::NarrowCopy* d = c.dayCopy();
        QCOMPARE(d->bytes.size(), size_t{2}); // 1 byte a row now: a new copy
        QCOMPARE(int64_t{d->bytes[0]} + d->base, floorDay(v8));
        QCOMPARE(int64_t{d->bytes[1]} + d->base, floorDay(v3));
    }

    // Days from year 1 to 9999 need 4 bytes; microseconds have no narrow copy, so the 4-byte
    // day copy still answers the windows.
    void fourByteDayCopy()
    {
        Column c("t", DataType::Timestamp);
        const int64_t first = int64_t{daysFromCivil(1, 1, 1)} * kDay, last = int64_t{daysFromCivil(9999, 12, 31)} * kDay;
        for (size_t r = 0; r < 1000; ++r)
            r % 5 == 0 ? c.appendNull() : c.appendInt(r % 2 ? first + static_cast<int64_t>(r) * 977 : last - static_cast<int64_t>(r));
        c.appendInt(kDay - 1);
        c.finish();
        QCOMPARE(c.dayCopy()->width, 4u);
        QVERIFY(!c.narrowCopy());
        for (const auto& [name, p] : predicates())
            expectScanMatchesDefinition(c, name, p);
    }

    void scansMatchTheDefinition_data()
    {
        QTest::addColumn<bool>("wholeSeconds");
        QTest::newRow("microseconds (no narrow copy)") << false;
        QTest::newRow("whole seconds (4-byte narrow copy)") << true;
    }
    void scansMatchTheDefinition()
    {
        QFETCH(bool, wholeSeconds);
        const Column c = timestamps(wholeSeconds);
        for (const auto& [name, p] : predicates())
            expectScanMatchesDefinition(c, name, p);
        QCOMPARE(c.dayCopy()->width, 2u);
    }

    // Which copy a scan builds: an instant inside a day leaves the day copy alone, a window
    // builds it (and nothing else, for microseconds).
    void onlyDayAlignedRangesBuildTheDayCopy()
    {
        const Column c = timestamps(false);
        const size_t before = c.memoryBytes();
        const size_t words = (c.size() + 63) / 64;
        std::vector<uint64_t> out(words);
        Comparison ge;
        ge.op = CompareOp::Ge;
        ge.value = "1970-01-01 12:00:00";
        filterWords(c, bind(ge, 0), {}, 0, words, out.data());
        QCOMPARE(c.memoryBytes(), before);
        Comparison window;
        window.op = CompareOp::WithinLastDays;
        window.days = 30;
        filterWords(c, bind(window, 100), {}, 0, words, out.data());
        QCOMPARE(c.memoryBytes(), before + c.dayCopy()->bytes.capacity());
    }
};

QTEST_APPLESS_MAIN(TestDayCopy)
#include "test_day_copy.moc"
