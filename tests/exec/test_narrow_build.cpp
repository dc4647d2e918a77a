// Issue 18, the cold path: the scan copies (Column::narrowCopy, Column::dayCopy) and the
// domain index are built in parallel over rows, a word of 64 rows at a time, and the decimal
// copy's exact test runs without a branch per value. Each is checked here against a plain
// row-by-row build written from their definitions in data/column.h and data/domain_index.h
// (width, base, unit, decimals, largest stored value and every stored byte), on edge data:
// NULLs (first, last, whole words, all), negatives, spans at each width's limit and one past
// it, int64 extremes, timestamps before 1970 and with microseconds, money, values that are not
// exact decimals, NaN, infinities and -0.0, at sizes around a word and around the parallel
// pieces (65,536 rows); built on one thread and on two, with the same result.
#include "data/column.h"
#include "data/domain_index.h"

#include <tbb/task_arena.h>

#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace seg;

namespace {

constexpr size_t kSizes[] = {1, 63, 64, 65, 1000, 65536, 65537, 3 * 65536 + 17};

// The plain build: what a copy must hold, one row at a time.
struct Expected {
    unsigned width = 0; // 0: no copy
    int64_t base = 0;
    int64_t unit = 1;
    int decimals = -1;
    uint64_t maxStored = 0;
    std::vector<uint64_t> stored; // per row; NULL rows 0
};

int64_t floorDiv(int64_t a, int64_t u) { return a / u - (a % u < 0); }

unsigned widthFor(uint64_t span, bool fourBytesAllowed)
{
    return span <= 0xFF ? 1 : span <= 0xFFFF ? 2 : span <= 0xFFFFFFFFu && fourBytesAllowed ? 4 : 0;
}

// Int, Date, Timestamp, String codes (`codes`: base 0) and day copies (`unit` kMicrosPerDay).
Expected plainIntegerCopy(const std::vector<int64_t>& v, const std::vector<bool>& present, bool secondsIfWhole,
                          int64_t dayUnit, bool codes, bool fourBytesAllowed)
{
    std::optional<int64_t> lo, hi;
    bool whole = true;
    for (size_t i = 0; i < v.size(); ++i) {
        if (!present[i])
            continue;
        lo = lo ? std::min(*lo, v[i]) : v[i];
        hi = hi ? std::max(*hi, v[i]) : v[i];
        whole = whole && v[i] % kMicrosPerSecond == 0;
    }
    Expected e;
    e.unit = dayUnit != 0 ? dayUnit : secondsIfWhole && whole ? kMicrosPerSecond : 1;
    const int64_t low = codes || !lo ? 0 : *lo, high = hi ? *hi : 0;
    e.base = floorDiv(low, e.unit);
    e.maxStored = static_cast<uint64_t>(floorDiv(high, e.unit)) - static_cast<uint64_t>(e.base);
    e.width = widthFor(e.maxStored, fourBytesAllowed);
    for (size_t i = 0; i < v.size(); ++i)
        e.stored.push_back(present[i] ? static_cast<uint64_t>(floorDiv(v[i], e.unit)) - static_cast<uint64_t>(e.base) : 0);
    return e;
}

// Doubles: the smallest d in 0..4 with every present value exactly llround(v * 10^d) / 10^d
// and |v * 10^d| < 2^31 - 1.
Expected plainDecimalCopy(const std::vector<double>& v, const std::vector<bool>& present)
{
    for (int d = 0; d <= 4; ++d) {
        const double scale = std::pow(10.0, d);
        bool fits = true;
        std::optional<int64_t> lo, hi;
        for (size_t i = 0; i < v.size() && fits; ++i) {
            if (!present[i])
                continue;
            const double x = v[i] * scale;
            if (!(std::fabs(x) < 2147483647.0)) {
                fits = false;
                break;
            }
            const int64_t k = std::llround(x);
            fits = static_cast<double>(k) / scale == v[i];
            lo = lo ? std::min(*lo, k) : k;
            hi = hi ? std::max(*hi, k) : k;
        }
        if (!fits)
            continue;
        Expected e;
        e.decimals = d;
        e.base = lo ? *lo : 0;
        e.maxStored = static_cast<uint64_t>((hi ? *hi : 0) - e.base);
        e.width = widthFor(e.maxStored, true);
        for (size_t i = 0; i < v.size(); ++i)
            e.stored.push_back(present[i] ? static_cast<uint64_t>(std::llround(v[i] * scale) - e.base) : 0);
        return e;
    }
    return {};
}

std::string compare(const Column::NarrowCopy* copy, const Expected& e)
{
    if (!copy)
        return e.width == 0 ? std::string() : "no copy, expected width " + std::to_string(e.width);
    if (e.width == 0)
        return "a copy of width " + std::to_string(copy->width) + ", expected none";
    if (copy->width != e.width || copy->base != e.base || copy->unit != e.unit || copy->decimals != e.decimals
        || copy->maxStored != e.maxStored)
        return "width/base/unit/decimals/max " + std::to_string(copy->width) + "/" + std::to_string(copy->base) + "/"
            + std::to_string(copy->unit) + "/" + std::to_string(copy->decimals) + "/" + std::to_string(copy->maxStored)
            + ", expected " + std::to_string(e.width) + "/" + std::to_string(e.base) + "/" + std::to_string(e.unit) + "/"
            + std::to_string(e.decimals) + "/" + std::to_string(e.maxStored);
    if (copy->bytes.size() != e.stored.size() * e.width)
        return "byte count " + std::to_string(copy->bytes.size());
    for (size_t i = 0; i < e.stored.size(); ++i) {
        uint64_t got = 0;
        std::memcpy(&got, copy->bytes.data() + i * e.width, e.width); // little endian
        if (got != e.stored[i])
            return "row " + std::to_string(i) + " holds " + std::to_string(got) + ", expected " + std::to_string(e.stored[i]);
    }
    return {};
}

// NULL patterns over n rows: none, the first and last row, whole words, scattered, all.
std::vector<bool> presence(size_t n, int pattern, std::mt19937_64& rng)
{
    std::vector<bool> p(n, true);
    for (size_t i = 0; i < n; ++i) {
        switch (pattern) {
        case 0: break;
        case 1: p[i] = i != 0 && i + 1 != n; break;
        case 2: p[i] = (i / 64) % 3 != 1; break; // every third word entirely NULL
        case 3: p[i] = rng() % 7 != 0; break;
        default: p[i] = false; break;
        }
    }
    return p;
}

Bitset validityOf(const std::vector<bool>& present)
{
    Bitset b(present.size());
    for (size_t i = 0; i < present.size(); ++i)
        if (present[i])
            b.set(i);
    return b;
}

// Value generators: spans at and past each width's limit, negatives, extremes.
std::vector<int64_t> integers(size_t n, int kind, std::mt19937_64& rng)
{
    std::vector<int64_t> v(n);
    for (size_t i = 0; i < n; ++i) {
        const uint64_t r = rng();
        switch (kind) {
        case 0: v[i] = -100 + static_cast<int64_t>(r % 256); break;   // span 255: 1 byte
        case 1: v[i] = -100 + static_cast<int64_t>(r % 257); break;   // span up to 256: 2 bytes
        case 2: v[i] = 5'000'000 + static_cast<int64_t>(r % 65536); break;
        case 3: v[i] = -7 + static_cast<int64_t>(r % 65537); break;
        case 4: v[i] = static_cast<int64_t>(r % 4294967296ull) - 2'000'000'000; break; // 4 bytes at most
        case 5: v[i] = static_cast<int64_t>(r % 4294967297ull); break; // may need 5 bytes
        case 6: v[i] = i % 2 ? std::numeric_limits<int64_t>::max() : std::numeric_limits<int64_t>::min(); break;
        default: v[i] = 42; break;
        }
    }
    // The extremes of the span on present rows somewhere, also in the last piece.
    if (kind <= 5 && n > 2) {
        const int64_t lows[] = {-100, -100, 5'000'000, -7, -2'000'000'000, 0};
        const int64_t highs[] = {155, 156, 5'065'535, 65'529, 2'294'967'295, 4'294'967'296};
        v[n / 3] = lows[kind];
        v[n - 2] = highs[kind];
    }
    return v;
}

std::vector<int64_t> timestamps(size_t n, int kind, std::mt19937_64& rng)
{
    std::vector<int64_t> v(n);
    for (size_t i = 0; i < n; ++i) {
        const int64_t seconds = -400'000'000 + static_cast<int64_t>(rng() % 1'500'000'000);
        v[i] = kind == 0 ? seconds * kMicrosPerSecond                                          // whole seconds
             : kind == 1 ? seconds * kMicrosPerSecond + static_cast<int64_t>(rng() % 1000000) // microseconds
                         : static_cast<int64_t>(rng() % 200) * kMicrosPerDay - 100 * kMicrosPerDay + 1;
    }
    if (kind == 1 && n > 2)
        v[n - 1] = 7; // the one value that is not whole seconds may be the last
    return v;
}

std::vector<double> doubles(size_t n, int kind, std::mt19937_64& rng)
{
    std::vector<double> v(n);
    for (size_t i = 0; i < n; ++i) {
        const int64_t cents = static_cast<int64_t>(rng() % 100'000'000) - 50'000;
        switch (kind) {
        case 0: v[i] = static_cast<double>(cents) / 100.0; break;                      // money
        case 1: v[i] = static_cast<double>(cents % 200) / 10.0; break;                 // 1 decimal, 1 byte
        case 2: v[i] = static_cast<double>(cents % 3000) * 0.0001 + 3.0; break;        // not exact
        case 3: v[i] = static_cast<double>(cents % 100000) / 10000.0; break;           // 4 decimals
        case 4: v[i] = static_cast<double>(cents) / 100.0 + (i == n / 2 ? 0.001 : 0); break; // one 3-decimal value
        case 5: v[i] = static_cast<double>(cents % 1000); break;                       // integers
        default: v[i] = static_cast<double>(cents) / 100.0; break;
        }
    }
    if (n > 4) {
        switch (kind) {
        case 6: v[n - 1] = std::numeric_limits<double>::quiet_NaN(); break;
        case 7: v[n / 2] = -std::numeric_limits<double>::infinity(); break;
        case 8: v[0] = -0.0; v[n - 1] = 21474836.47; break;            // largest cents that fit
        case 9: v[n - 1] = 21474836.48; break;                         // 2^31 cents: 2 decimals cannot hold it
        case 10: v[1] = 0.1 + 0.2; break;                              // 0.30000000000000004
        default: break;
        }
    }
    return v;
}

// Builds the column's copies on one thread and on two: both must be `expected`.
template <class MakeColumn, class Copy>
void expectBuilds(const MakeColumn& make, const Copy& copyOf, const Expected& expected, const std::string& what)
{
    for (int threads : {1, 2}) {
        tbb::task_arena arena(threads);
        arena.execute([&] {
            const Column c = make();
            const std::string diff = compare(copyOf(c), expected);
            QVERIFY2(diff.empty(), (what + ", " + std::to_string(threads) + " thread(s): " + diff).c_str());
        });
    }
}

} // namespace

class TestNarrowBuild : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void integerCopiesEqualThePlainBuild()
    {
        std::mt19937_64 rng(11);
        for (const size_t n : kSizes)
            for (int kind = 0; kind <= 7; ++kind)
                for (int pattern = 0; pattern <= 4; ++pattern) {
                    const std::vector<int64_t> v = integers(n, kind, rng);
                    const std::vector<bool> present = presence(n, pattern, rng);
                    std::vector<int64_t> stored = v; // NULL rows hold 0, as the import leaves them
                    for (size_t i = 0; i < n; ++i)
                        stored[i] = present[i] ? v[i] : 0;
                    const Expected e = plainIntegerCopy(stored, present, false, 0, false, true);
                    expectBuilds([&] { return Column::fromInts("n", DataType::Int, stored, validityOf(present)); },
                                 [](const Column& c) { return c.narrowCopy(); }, e,
                                 "ints n=" + std::to_string(n) + " kind " + std::to_string(kind) + " nulls "
                                     + std::to_string(pattern));
                }
    }

    void dateAndCodeCopiesEqualThePlainBuild()
    {
        std::mt19937_64 rng(12);
        for (const size_t n : kSizes)
            for (int kind = 0; kind <= 4; ++kind)
                for (int pattern = 0; pattern <= 4; ++pattern) {
                    const std::vector<bool> present = presence(n, pattern, rng);
                    std::vector<int64_t> wide = integers(n, kind, rng);
                    std::vector<int32_t> days(n);
                    for (size_t i = 0; i < n; ++i) {
                        wide[i] = present[i] ? static_cast<int32_t>(wide[i]) : 0;
                        days[i] = static_cast<int32_t>(wide[i]);
                    }
                    // Dates and codes are 4 bytes already: no 4-byte copy.
                    const Expected e = plainIntegerCopy(wide, present, false, 0, false, false);
                    expectBuilds([&] { return Column::fromDates("d", days, validityOf(present)); },
                                 [](const Column& c) { return c.narrowCopy(); }, e,
                                 "dates n=" + std::to_string(n) + " kind " + std::to_string(kind) + " nulls "
                                     + std::to_string(pattern));
                }
        // String codes keep base 0; over 65,536 distinct values they get no copy.
        for (const size_t n : kSizes)
            for (const size_t distinct : {size_t{3}, size_t{300}, size_t{70000}}) {
                const std::vector<bool> present = presence(n, 3, rng);
                std::vector<std::string> dict;
                for (size_t d = 0; d < std::min(distinct, n); ++d)
                    dict.push_back("v" + std::to_string(d));
                std::vector<int32_t> codes(n);
                std::vector<int64_t> wide(n);
                for (size_t i = 0; i < n; ++i) {
                    codes[i] = present[i] ? static_cast<int32_t>((i * 7919) % dict.size()) : 0;
                    wide[i] = codes[i];
                }
                const Expected e = plainIntegerCopy(wide, present, false, 0, true, false);
                expectBuilds([&] { return Column::fromStrings("s", codes, dict, validityOf(present)); },
                             [](const Column& c) { return c.narrowCopy(); }, e,
                             "codes n=" + std::to_string(n) + " distinct " + std::to_string(distinct));
            }
    }

    void timestampAndDayCopiesEqualThePlainBuild()
    {
        std::mt19937_64 rng(13);
        for (const size_t n : kSizes)
            for (int kind = 0; kind <= 2; ++kind)
                for (int pattern = 0; pattern <= 4; ++pattern) {
                    const std::vector<bool> present = presence(n, pattern, rng);
                    std::vector<int64_t> v = timestamps(n, kind, rng);
                    for (size_t i = 0; i < n; ++i)
                        v[i] = present[i] ? v[i] : 0;
                    const std::string what = "timestamps n=" + std::to_string(n) + " kind " + std::to_string(kind)
                        + " nulls " + std::to_string(pattern);
                    auto make = [&] { return Column::fromInts("t", DataType::Timestamp, v, validityOf(present)); };
                    expectBuilds(make, [](const Column& c) { return c.narrowCopy(); },
                                 plainIntegerCopy(v, present, true, 0, false, true), what);
                    expectBuilds(make, [](const Column& c) { return c.dayCopy(); },
                                 plainIntegerCopy(v, present, false, kMicrosPerDay, false, true), what + " (days)");
                }
    }

    void decimalCopiesEqualThePlainBuild()
    {
        std::mt19937_64 rng(14);
        for (const size_t n : kSizes)
            for (int kind = 0; kind <= 10; ++kind)
                for (int pattern = 0; pattern <= 4; ++pattern) {
                    const std::vector<bool> present = presence(n, pattern, rng);
                    std::vector<double> v = doubles(n, kind, rng);
                    for (size_t i = 0; i < n; ++i)
                        v[i] = present[i] ? v[i] : 0.0;
                    const Expected e = plainDecimalCopy(v, present);
                    expectBuilds([&] { return Column::fromDoubles("x", v, validityOf(present)); },
                                 [](const Column& c) { return c.narrowCopy(); }, e,
                                 "doubles n=" + std::to_string(n) + " kind " + std::to_string(kind) + " nulls "
                                     + std::to_string(pattern));
                }
    }

    // The cases the copy decides on: found by their own values, not by a generator.
    void decimalCopyEdges()
    {
        struct Case {
            std::vector<double> values;
            int decimals; // -1: no copy
        };
        const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
        const Case cases[] = {
            {{19.99, -5.25, 0.0, -0.0, 0.01}, 2},
            {{0.1 + 0.2}, -1}, // 0.30000000000000004 has more than 4 decimals
            {{0.3, 0.1}, 1},
            {{214748.3646, -214748.3646}, 4},
            {{214748.3647}, -1}, // 2^31 - 1 at 4 decimals: past the (exclusive) limit; 3 decimals do not hold it

            {{214748.3648}, -1}, // 2^31 at 4 decimals, and not 3 decimals
            {{2147483646.0, -2147483646.0}, 0},
            {{2147483647.0}, -1}, // 2^31 - 1 is the exclusive limit
            {{nan, 1.0}, -1},
            {{1.0, inf}, -1},
            {{1e-5}, -1},
        };
        for (const Case& c : cases) {
            const std::vector<bool> present(c.values.size(), true);
            const Expected e = plainDecimalCopy(c.values, present);
            const Column column = Column::fromDoubles("x", c.values, validityOf(present));
            const Column::NarrowCopy* copy = column.narrowCopy();
            QVERIFY(compare(copy, e).empty());
            QCOMPARE(copy ? copy->decimals : -1, c.decimals); // the hand-worked answer
        }
    }

    // A NULL row's slot is not read: values left there (NaN, huge) change nothing.
    void nullSlotsAreNotRead()
    {
        const size_t n = 200;
        std::vector<double> v(n);
        std::vector<int64_t> ints(n);
        std::vector<bool> present(n, true);
        for (size_t i = 0; i < n; ++i) {
            v[i] = static_cast<double>(i % 10) / 4.0; // 2 decimals, k = (i % 10) * 25 fits 1 byte
            ints[i] = static_cast<int64_t>(i);
            if (i % 9 == 4) {
                present[i] = false;
                v[i] = std::numeric_limits<double>::quiet_NaN();
                ints[i] = std::numeric_limits<int64_t>::min();
            }
        }
        Column d = Column::fromDoubles("x", v, validityOf(present));
        const Column::NarrowCopy* copy = d.narrowCopy();
        QVERIFY(copy);
        QCOMPARE(copy->decimals, 2);
        QCOMPARE(static_cast<int>(copy->width), 1);
        for (size_t i = 0; i < n; ++i)
            QCOMPARE(copy->bytes[i], static_cast<uint8_t>(present[i] ? (i % 10) * 25 : 0));
        Column c = Column::fromInts("n", DataType::Int, ints, validityOf(present));
        QVERIFY(c.narrowCopy());
        QCOMPARE(static_cast<int>(c.narrowCopy()->width), 1);
        QCOMPARE(c.narrowCopy()->base, int64_t{0});
    }

    // Domain codes: first seen first over the entries (chunk by chunk is the same order), the
    // text after the last '@', on values whose domain is shorter or longer than 16 bytes, whose
    // '@' is exactly 16 bytes from the end, short entries at the start of the dictionary (the
    // fast path reads the 16 bytes before an entry's end), a NUL byte, and many domains.
    void domainCodesEqualThePlainBuild()
    {
        std::mt19937_64 rng(15);
        std::vector<std::string> domains = {"", "a", "example.org", "exactly15bytes.", "exactly-16-bytes",
                                            "seventeen-bytes.x", "a-much-longer-domain-name.example.com",
                                            std::string("nul\0byte", 8), "nul", "x@y"};
        for (int d = 0; d < 3000; ++d)
            domains.push_back("d" + std::to_string(d) + ".example");
        std::vector<std::string> values = {"@", "a@b", "@x", "no-at", "q@a"}; // short ones first
        for (size_t i = 0; values.size() < 140000; ++i) {
            const std::string local = "u" + std::to_string(i) + (i % 5 == 0 ? "@at@" : "");
            const size_t pick = rng() % 10 < 7 ? rng() % 10 : rng() % domains.size();
            values.push_back(i % 997 == 3 ? local + ".no-domain" : local + "@" + domains[pick]);
        }
        std::vector<int32_t> codes(values.size());
        for (size_t i = 0; i < values.size(); ++i)
            codes[i] = static_cast<int32_t>(i);
        const Bitset valid(values.size(), true);
        const StringDict dict(values);

        std::map<std::string, uint16_t> seen; // the plain build
        std::vector<uint16_t> expected;
        size_t without = 0;
        for (const std::string& v : values) {
            const size_t at = v.rfind('@');
            if (at == std::string::npos) {
                expected.push_back(DomainIndex::kNoDomain);
                ++without;
                continue;
            }
            const auto [it, added] = seen.emplace(v.substr(at + 1), static_cast<uint16_t>(seen.size()));
            expected.push_back(it->second);
        }
        for (int threads : {1, 2}) {
            tbb::task_arena arena(threads);
            arena.execute([&] {
                const auto index = DomainIndex::build(dict, codes.data(), valid, values.size(), 1);
                QVERIFY(index);
                QCOMPARE(index->domains.size(), seen.size());
                for (const auto& [text, code] : seen)
                    QCOMPARE(std::string(index->domains[code]), text);
                QCOMPARE(index->rowsWithoutDomain, without);
                QVERIFY(index->rowCodes == expected);
            });
        }
    }
};

QTEST_GUILESS_MAIN(TestNarrowBuild)
#include "test_narrow_build.moc"
