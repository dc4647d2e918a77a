// The batch evaluator over row ranges: partitions filled separately (also from two threads)
// equal one full run, bits outside the range are untouched, the dictionary path (whole
// table) equals the per-row string path (small ranges), and evalRow agrees on every row.
#include "expr_test_util.h"

#include <algorithm>
#include <functional>
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
    int64_t between(int64_t lo, int64_t hi) { return lo + static_cast<int64_t>(next() % static_cast<uint64_t>(hi - lo + 1)); }
    bool oneIn(int n) { return next() % static_cast<uint64_t>(n) == 0; }
};

constexpr size_t kRows = 1000; // not a multiple of 64: the last word is partial

// 1000 random customers; the string column has 150 distinct values, more than a 64-row
// range and fewer than the table, so small ranges take the per-row string path and the
// full table the dictionary path.
TestTable randomTable()
{
    Rng rng{2024};
    std::vector<std::string> vocabulary;
    for (int i = 0; i < 140; ++i)
        vocabulary.push_back((i % 10 == 3 ? "W" : "w") + std::to_string(i));
    for (const char* extra : {"Ünïcode", "ñ", "", "%", "_", "w1%", "a_b", "ABC", "abc", "Zoë"})
        vocabulary.emplace_back(extra);
    Cells<int64_t> n;
    Cells<double> x;
    Cells<std::string> s, d, ts;
    Cells<bool> b;
    for (size_t r = 0; r < kRows; ++r) {
        n.push_back(rng.oneIn(10) ? std::nullopt : std::optional<int64_t>(rng.between(-50, 50)));
        x.push_back(rng.oneIn(10) ? std::nullopt : std::optional<double>(static_cast<double>(rng.between(-400, 400)) / 8));
        s.push_back(rng.oneIn(10) ? std::nullopt : std::optional<std::string>(vocabulary[rng.next() % vocabulary.size()]));
        b.push_back(rng.oneIn(5) ? std::nullopt : std::optional<bool>(rng.oneIn(2)));
        d.push_back(rng.oneIn(8) ? std::nullopt : std::optional<std::string>(formatDate(static_cast<int32_t>(rng.between(19600, 19800)))));
        ts.push_back(rng.oneIn(8) ? std::nullopt
                                  : std::optional<std::string>(formatTimestamp(rng.between(19600, 19800) * kMicrosPerDay
                                                                               + rng.between(0, kMicrosPerDay - 1))));
    }
    TestTable t;
    t.add(intColumn("n", n));
    t.add(doubleColumn("x", x));
    t.add(stringColumn("s", s));
    t.add(boolColumn("b", b));
    t.add(dateColumn("d", d));
    t.add(timestampColumn("ts", ts));
    t.asOf = 19750;
    return t;
}

const std::vector<std::string> kFilters = {
    "s IN ('w1', 'w7', 'Ünïcode', '')",
    "s IN ('w1', NULL)",
    "s NOT IN ('w1', 'w2', NULL)",
    "s NOT IN ('w1', 'w2')",
    "lower(s) = 'w3'",
    "upper(s) LIKE 'W1%'",
    "s LIKE '%5' OR s IS NULL",
    "s LIKE 'w1\\%' ESCAPE '\\' OR s LIKE '_'",
    "length(s) > 2 AND n > 0",
    "coalesce(s, 'none') = 'none'",
    "s = lower(s)",
    "s < 'w5' AND x > 0.5",
    "s LIKE s",
    "lower(s) LIKE 'w_' AND upper(s) <> s",
    "NOT (s BETWEEN 'w2' AND 'w4')",
    "n BETWEEN -10 AND 10",
    "n IN (1, 2, 3, NULL)",
    "x / n > 0.1",
    "n * n - 3 * n > 100 OR b",
    "NOT b AND d > '2024-01-01'",
    "days_since(d) BETWEEN 0 AND 30",
    "days_since(ts) < 10 OR ts IS NULL",
    "abs(x - n) < 5",
    "coalesce(x, n, 0) >= 0",
    "b IS NOT NULL AND NOT b OR n = 0",
    "ts > d",
    "TRUE",
    "NULL",
};

std::shared_ptr<const CompiledExpr> compileOrFail(const TestTable& t, const std::string& text)
{
    auto r = t.compile(text);
    if (!r.expr)
        qFatal("%s: %s", text.c_str(), r.error->toString().c_str());
    return r.expr;
}

} // namespace

class TestExprBatch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void partitionsEqualOneFullRun()
    {
        const TestTable t = randomTable();
        const EvalContext ctx = t.context();
        for (const auto& text : kFilters) {
            const auto e = compileOrFail(t, text);
            Bitset full(kRows);
            evalFilter(*e, ctx, 0, kRows, full);

            Bitset halves(kRows, true); // pre-set bits must be overwritten inside the ranges
            evalFilter(*e, ctx, 0, 512, halves);
            evalFilter(*e, ctx, 512, kRows, halves);
            QVERIFY2(halves == full, text.c_str());

            Bitset chunks(kRows, true);
            for (size_t b = 0; b < kRows; b += 64)
                evalFilter(*e, ctx, b, std::min(b + 64, kRows), chunks);
            QVERIFY2(chunks == full, text.c_str());

            for (size_t r = 0; r < kRows; ++r) {
                const Value v = evalRow(*e, ctx, r);
                QVERIFY2(full.test(r) == (!v.null && v.i != 0), (text + " row " + std::to_string(r)).c_str());
            }
        }
    }
    void bitsOutsideTheRangeAreUntouched()
    {
        const TestTable t = randomTable();
        const auto e = compileOrFail(t, "n > 0 AND s LIKE 'w%'");
        Bitset full(kRows);
        evalFilter(*e, t.context(), 0, kRows, full);
        for (bool initial : {false, true}) {
            Bitset part(kRows, initial);
            evalFilter(*e, t.context(), 128, 320, part);
            evalFilter(*e, t.context(), 960, kRows, part); // the partial last word
            for (size_t r = 0; r < kRows; ++r) {
                const bool inside = (r >= 128 && r < 320) || r >= 960;
                QCOMPARE(part.test(r), inside ? full.test(r) : initial);
            }
        }
        Bitset empty(kRows, true);
        evalFilter(*e, t.context(), 64, 64, empty);
        QCOMPARE(empty.count(), kRows);
    }
    void concurrentPartitionsOnOneBitset()
    {
        const TestTable t = randomTable();
        const EvalContext ctx = t.context();
        for (const auto& text : kFilters) {
            const auto e = compileOrFail(t, text);
            Bitset full(kRows);
            evalFilter(*e, ctx, 0, kRows, full);
            Bitset shared(kRows);
            auto worker = [&](size_t first) {
                for (size_t b = first; b < kRows; b += 256)
                    evalFilter(*e, ctx, b, std::min(b + 128, kRows), shared);
            };
            std::thread a(worker, 0), b(worker, 128);
            a.join();
            b.join();
            QVERIFY2(shared == full, text.c_str());
        }
    }
    void derivedColumnsAgreeWithRows()
    {
        const TestTable t = randomTable();
        for (const auto& text : {"lower(s)", "coalesce(upper(s), 'x')", "length(s) * n", "x / n", "days_since(ts)",
                                 "coalesce(ts, d)", "s LIKE '%1%'", "abs(n) + 0.5"}) {
            const auto e = compileOrFail(t, text);
            const Column c = evalColumn(*e, t.context(), kRows, "c");
            QCOMPARE(c.size(), kRows);
            for (size_t r = 0; r < kRows; ++r)
                QCOMPARE(showCell(c, r), show(evalRow(*e, t.context(), r)));
            if (c.type() == DataType::String) { // a proper dictionary: no repeats
                std::vector<std::string> sorted = c.dict().toStrings();
                std::sort(sorted.begin(), sorted.end());
                QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
            }
        }
    }
    void likeMatchesAReferenceMatcher()
    {
        // Exhaustive-ish comparison with a plain recursive matcher over a small alphabet that
        // includes a two-byte character, so '_' must take whole characters.
        const std::vector<std::string> pieces = {"a", "b", "é", "%", "_", "!"};
        Rng rng{99};
        std::function<bool(std::string_view, std::string_view)> reference = [&](std::string_view s, std::string_view p) {
            if (p.empty())
                return s.empty();
            if (p[0] == '!' && p.size() > 1)
                return !s.empty() && s[0] == p[1] && reference(s.substr(1), p.substr(2));
            if (p[0] == '%') {
                for (size_t i = 0;;) { // try every character boundary
                    if (reference(s.substr(i), p.substr(1)))
                        return true;
                    if (i >= s.size())
                        return false;
                    ++i;
                    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80)
                        ++i;
                }
            }
            if (p[0] == '_') {
                if (s.empty())
                    return false;
                size_t len = 1;
                while (len < s.size() && (static_cast<unsigned char>(s[len]) & 0xC0) == 0x80)
                    ++len;
                return reference(s.substr(len), p.substr(1));
            }
            return !s.empty() && s[0] == p[0] && reference(s.substr(1), p.substr(1));
        };
        TestTable t;
        Cells<std::string> texts;
        for (int i = 0; i < 300; ++i) {
            std::string s;
            for (int k = static_cast<int>(rng.next() % 6); k > 0; --k)
                s += pieces[rng.next() % 3];
            texts.push_back(s);
        }
        t.add(stringColumn("s", texts));
        for (int i = 0; i < 400; ++i) {
            std::string pattern;
            for (int k = static_cast<int>(rng.next() % 6); k > 0; --k)
                pattern += pieces[rng.next() % pieces.size()];
            std::string quoted;
            for (char c : pattern)
                quoted += c == '\'' ? std::string("''") : std::string(1, c);
            const Strings got = t.eval("s LIKE '" + quoted + "' ESCAPE '!'");
            QCOMPARE(got.size(), texts.size());
            for (size_t r = 0; r < texts.size(); ++r)
                QVERIFY2((got[r] == "true") == reference(*texts[r], pattern), (*texts[r] + " LIKE " + pattern).c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestExprBatch)
#include "test_expr_batch.moc"
