// The expression fast paths against the plain interpreter, on random data with NULLs, UTF-8
// and empty strings, values at the edges of int64 and of the narrow copies, several filter
// blocks and a row count that is not a multiple of 64:
//  - FilterPlan (exec/expression_plan): AND / OR / NOT over column tests on the filter kernels,
//    every operator shape under both polarities (NOT needs the FALSE rows);
//  - FusedInt (expr/fused_int): integer derives over narrow copies, with the overflow proof
//    (expressions that might overflow must be left to the interpreter, which gives NULL).
#include "expr_test_util.h"

#include "exec/expression_plan.h"
#include "expr/fused_int.h"

#include <limits>
#include <thread>

using namespace seg;
using namespace seg::test;

namespace {

struct Rng {
    uint64_t state;
    uint64_t next()
    {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int64_t between(int64_t lo, int64_t hi)
    {
        return static_cast<int64_t>(static_cast<uint64_t>(lo) + next() % (static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo) + 1));
    }
    bool oneIn(int n) { return next() % static_cast<uint64_t>(n) == 0; }
};

constexpr size_t kRows = 20037; // three filter blocks of 8192 rows, and a partial last word
constexpr int64_t kMax = std::numeric_limits<int64_t>::max();

template <class T> std::optional<T> maybe(Rng& rng, int nullOneIn, T v)
{
    return nullOneIn > 0 && rng.oneIn(nullOneIn) ? std::nullopt : std::optional<T>(v);
}

TestTable randomTable()
{
    Rng rng{4242};
    std::vector<std::string> vocabulary = {"US", "GB", "DE", "", "Ünïcode", "ñ", "Zoë", "w1", "w2", "w1%", "a_b"};
    for (int i = 0; i < 40; ++i)
        vocabulary.push_back("w" + std::to_string(i * 7));
    Cells<int64_t> n, m, big, wide, neg;
    Cells<double> x, x2;
    Cells<std::string> s, d, ts;
    Cells<bool> b;
    for (size_t r = 0; r < kRows; ++r) {
        n.push_back(maybe<int64_t>(rng, 10, rng.between(-50, 50)));
        m.push_back(rng.between(0, 40000)); // no NULLs: 2-byte copy
        big.push_back(maybe<int64_t>(rng, 7, rng.between(kMax - 200, kMax)));
        wide.push_back(maybe<int64_t>(rng, 9, static_cast<int64_t>(rng.next())));
        neg.push_back(maybe<int64_t>(rng, 11, rng.between(-3000000000, -2999990000)));
        x.push_back(maybe<double>(rng, 10, static_cast<double>(rng.between(-400, 400)) / 8));
        x2.push_back(maybe<double>(rng, 10, static_cast<double>(rng.between(-1000000, 1000000)) / 3e6));
        s.push_back(maybe<std::string>(rng, 10, vocabulary[rng.next() % vocabulary.size()]));
        b.push_back(maybe<bool>(rng, 5, rng.oneIn(2)));
        d.push_back(maybe<std::string>(rng, 8, formatDate(static_cast<int32_t>(rng.between(19600, 19800)))));
        ts.push_back(maybe<std::string>(rng, 8, formatTimestamp(rng.between(19600, 19800) * kMicrosPerDay
                                                                  + rng.between(0, kMicrosPerDay - 1))));
    }
    TestTable t;
    t.add(intColumn("n", n));
    t.add(intColumn("m", m));
    t.add(intColumn("big", big));
    t.add(intColumn("wide", wide));
    t.add(intColumn("neg", neg));
    t.add(doubleColumn("x", x));
    t.add(doubleColumn("x2", x2));
    t.add(stringColumn("s", s));
    t.add(boolColumn("b", b));
    t.add(dateColumn("d", d));
    t.add(timestampColumn("ts", ts));
    t.asOf = 19750;
    return t;
}

std::shared_ptr<const CompiledExpr> compileOrFail(const TestTable& t, const std::string& text)
{
    auto r = t.compile(text);
    if (!r.expr)
        qFatal("%s: %s", text.c_str(), r.error->toString().c_str());
    return r.expr;
}

// The table plus `dsd`, a derived column computed as days_since(d) (x01's days_since_order).
struct Fixture {
    TestTable t = randomTable();
    int imported = 0;
    std::shared_ptr<const CompiledExpr> dsdExpr;
    int dsdSlot = -1;

    Fixture()
    {
        imported = static_cast<int>(t.table.columns.size());
        dsdExpr = compileOrFail(t, "days_since(d)");
        Column dsd = evalColumn(*dsdExpr, t.context(), kRows, "dsd");
        t.add(std::move(dsd));
        dsdSlot = imported;
    }
    EvalContext plain() const { return t.context(); } // narrowSlots 0: the interpreter
    EvalContext narrow() const
    {
        EvalContext c = t.context();
        c.narrowSlots = imported;
        return c;
    }
    FilterPlan::DerivedExpr derived() const
    {
        return [this](int slot) { return slot == dsdSlot ? dsdExpr.get() : nullptr; };
    }
};

struct FilterCase {
    const char* text;
    bool planned; // whether the fast path must take it
};

const std::vector<FilterCase> kFilters = {
    {"n >= 3 AND dsd <= 60 AND s IN ('US', 'GB')", true}, // the standard graph's x01
    {"NOT (n >= 3 AND dsd <= 60 AND s IN ('US', 'GB'))", true},
    {"NOT (n BETWEEN -10 AND 10)", true},
    {"n IN (1, 2, 3, NULL)", true},
    {"NOT (n IN (1, 2, 3, NULL))", true},
    {"NOT (n NOT IN (1, 2))", true},
    {"n IN (4.0, 5.5)", true},
    {"s NOT IN ('w1', NULL)", true},
    {"NOT (s IN ('', 'Ünïcode', 'Zoë'))", true},
    {"NOT (s IS NULL) OR b", true},
    {"s IS NULL OR NOT b", true},
    {"coalesce(s, 'none') = 'none'", true},
    {"NOT (coalesce(s, 'none') = 'none')", true},
    {"NOT (s LIKE 'w1%' OR s = '')", true},
    {"NOT (lower(s) < 'w3' AND s > 'a')", true},
    {"x > 0.5 OR x <= -3.25", true},
    {"NOT (x <> 1.5) OR NOT (x > 2)", true},
    {"NOT (x IN (0.125, -1.5, NULL))", true},
    {"x2 < 0.1 AND NOT (x2 >= -0.1)", true},
    {"NOT (x2 = 0) AND x2 <> 0.25", true},
    {"d > '2024-01-01' AND NOT (d = '2024-03-01')", true},
    {"days_since(d) BETWEEN 0 AND 30", true},
    {"NOT (days_since(d) < 10)", true},
    {"NOT (dsd BETWEEN 31 AND 90)", true},
    {"dsd IS NULL OR dsd > 100", true},
    {"dsd IS NOT NULL AND NOT (dsd > 100)", true},
    {"ts >= '2024-01-01 12:00' OR ts IS NULL", true},
    {"NOT (ts < '2024-02-01 00:00:01')", true},
    {"b = FALSE OR NOT (b <> TRUE)", true},
    {"NOT b", true},
    {"NOT (NOT b AND b IS NOT NULL)", true},
    {"3 < n AND 30000 >= m", true},
    {"NOT (3 <= n) OR 100 = m", true},
    {"big > 9223372036854775800 OR NOT (big <> 9223372036854775807)", true},
    {"n < -9223372036854775808 OR n > 9223372036854775807", true},
    {"NOT (n < -9223372036854775808) AND NOT (m > 9223372036854775807)", true},
    {"NOT (days_since(d) <= 9223372036854775807 AND days_since(d) > -9223372036854775808)", true},
    {"wide > 0 AND NOT (wide BETWEEN -5 AND 4611686018427387904)", true},
    {"neg < -2999995000 OR neg IS NULL", true},
    {"TRUE AND n > 0", true},
    {"NOT (NULL OR n > 0)", true},
    {"NOT (FALSE OR n > 0) AND (NULL AND b OR s = 'US')", true},
    {"NOT ((n > 0 OR s = 'w1') AND (b OR d < '2024-03-01') OR NOT (m < 100 OR x IS NULL))", true},
    {"n * 2 > m", false},
    {"length(s) > 2 AND n > 0", true},
    {"length(s) > n", false},
    {"x / n > 0.1", false},
    {"n > 2.5 AND b", false},
    {"d = ts", false},
};

bool sameRows(const Column& a, const Column& b, std::string& why)
{
    for (size_t r = 0; r < kRows; ++r) {
        if (a.isNull(r) != b.isNull(r) || a.intAt(r) != b.intAt(r)) { // NULL rows store 0 on both paths
            why = "row " + std::to_string(r) + ": " + showCell(a, r) + " vs " + showCell(b, r);
            return false;
        }
    }
    return true;
}

} // namespace

class TestExprFastPaths : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plannedFiltersEqualTheInterpreter()
    {
        const Fixture f;
        const size_t words = (kRows + 63) / 64;
        for (const auto& c : kFilters) {
            const auto e = compileOrFail(f.t, c.text);
            Bitset expected(kRows);
            evalFilter(*e, f.plain(), 0, kRows, expected);
            const auto plan = FilterPlan::make(*e, f.narrow(), kRows, f.derived());
            QVERIFY2((plan != nullptr) == c.planned, c.text);
            if (!plan)
                continue;
            Bitset whole(kRows, true); // every bit in the range must be assigned
            plan->run(0, words, whole.words());
            QVERIFY2(whole == expected, c.text);
            // Odd partitions, two of them at once (as two workers would).
            Bitset parts(kRows, true);
            std::thread other([&] { plan->run(0, 131, parts.words()); });
            plan->run(131, 200, parts.words());
            other.join();
            plan->run(200, words, parts.words());
            QVERIFY2(parts == expected, c.text);
            // The wide scans (no narrow copies, no look-through) agree too.
            const auto widePlan = FilterPlan::make(*e, f.plain(), kRows);
            Bitset wide(kRows, true);
            if (widePlan) {
                widePlan->run(0, words, wide.words());
                QVERIFY2(wide == expected, c.text);
            }
        }
    }

    void derivedLookThroughNeedsADaysSinceDerive()
    {
        const Fixture f;
        const auto e = compileOrFail(f.t, "dsd <= 60");
        // Without the derive's expression the plan scans the derived column itself.
        const auto direct = FilterPlan::make(*e, f.narrow(), kRows);
        const auto through = FilterPlan::make(*e, f.narrow(), kRows, f.derived());
        QVERIFY(direct && through);
        Bitset a(kRows), b(kRows), expected(kRows);
        direct->run(0, (kRows + 63) / 64, a.words());
        through->run(0, (kRows + 63) / 64, b.words());
        evalFilter(*e, f.plain(), 0, kRows, expected);
        QVERIFY(a == expected);
        QVERIFY(b == expected);
    }

    void fusedDerivesEqualTheInterpreter()
    {
        const Fixture f;
        const std::vector<std::pair<const char*, bool>> cases = {
            {"n * 2 + m", true},
            {"days_since(d)", true},
            {"days_since(d) - n * 3", true},
            {"-n + abs(m - 20000)", true},
            {"abs(n) * n - m", true},
            {"n * n * n - m", true},
            {"m", true},
            {"-(n - m) * 3 + 7", true},                 // one linear pass
            {"abs(m) + abs(-m) - abs(n)", true},         // abs of a sign-known value folds, of n not
            {"n * m + days_since(d) * 2 - 5", true},     // a product of two inputs: steps
            {"n + m - neg + n * 4 - m", true},           // five terms: more than one linear step
            {"-(n * m) + abs(n * m)", true},
            {"big - 9223372036854775000", true},
            {"days_since('2024-01-01') + n", true},
            {"neg * 3037000499", true},          // down to about -9.11e18: fits
            {"neg * 3037000499 * 2", false},     // may overflow: rows become NULL
            {"big + 1", false},                  // overflows on the largest values
            {"-big - 2", false},
            {"wide * 2", false},                 // no narrow copy
            {"dsd + 1", false},                  // a derived column: no narrow copy
            {"n + x", false},                    // a double result
            {"days_since(ts)", false},
        };
        for (const auto& [text, fused] : cases) {
            const auto e = compileOrFail(f.t, text);
            QVERIFY2(expr::FusedInt::plan(*e, f.narrow(), kRows).has_value() == fused, text);
            QVERIFY2(!expr::FusedInt::plan(*e, f.plain(), kRows), text); // needs the narrow copies
            const Column expected = evalColumn(*e, f.plain(), kRows, "v");
            const Column got = evalColumn(*e, f.narrow(), kRows, "v");
            std::string why;
            QVERIFY2(got.type() == expected.type(), text);
            if (expected.type() != DataType::Int)
                continue;
            QVERIFY2(sameRows(got, expected, why), (std::string(text) + ": " + why).c_str());
            // Partitions write into stale buffers (the buffer pool's reuse) from two threads.
            std::vector<int64_t> ints(kRows, 77);
            Bitset valid(kRows, true);
            const ColumnSink sink{ints.data(), nullptr, nullptr, &valid};
            std::thread other([&] { evalColumnRange(*e, f.narrow(), 0, 64 * 130, sink); });
            evalColumnRange(*e, f.narrow(), 64 * 130, 64 * 131, sink);
            other.join();
            evalColumnRange(*e, f.narrow(), 64 * 131, kRows, sink);
            const Column ranged = Column::fromInts("v", DataType::Int, std::move(ints), std::move(valid));
            QVERIFY2(sameRows(ranged, expected, why), (std::string(text) + " (ranges): " + why).c_str());
        }
    }
};

QTEST_APPLESS_MAIN(TestExprFastPaths)
#include "test_expr_fast_paths.moc"
