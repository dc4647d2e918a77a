// The vectorised scan kernels (exec/scan_simd) against the plain per-row definition written
// here: every width, range edges (empty, full, wrap-around, span 0), the outside form, NaN,
// infinities and -0.0 for doubles, every 8-bit code in the lookup bitmap, NULL words, word
// offsets and the partial last word (which the kernels must leave to the scalar loop).
#include "exec/scan_simd.h"

#include <QtTest/QtTest>

#include <cmath>
#include <limits>
#include <random>
#include <vector>

using namespace seg;

namespace {

constexpr size_t kRows = 64 * 37 + 19; // 37 full words and a partial one

std::vector<uint64_t> randomValidity(std::mt19937_64& rng)
{
    std::vector<uint64_t> v((kRows + 63) / 64);
    for (size_t w = 0; w < v.size(); ++w)
        v[w] = w % 5 == 0 ? ~uint64_t{0} : rng() | rng(); // mostly present, some NULLs
    return v;
}

bool bit(const std::vector<uint64_t>& words, size_t r) { return (words[r / 64] >> (r % 64)) & 1; }

// Expected words for the full words [fw, end) from a per-row test; other words keep `sentinel`.
template <class Test>
std::vector<uint64_t> expectedWords(const std::vector<uint64_t>& valid, size_t fw, size_t end, uint64_t sentinel,
                                    Test test)
{
    std::vector<uint64_t> out(valid.size(), sentinel);
    for (size_t w = fw; w < end; ++w) {
        uint64_t bits = 0;
        for (size_t j = 0; j < 64; ++j)
            if (bit(valid, w * 64 + j) && test(w * 64 + j))
                bits |= uint64_t{1} << j;
        out[w] = bits;
    }
    return out;
}

constexpr uint64_t kSentinel = 0x5a5a5a5a5a5a5a5aull;

} // namespace

class TestScanSimd : public QObject {
    Q_OBJECT

    template <class W> void checkRanges(std::mt19937_64& rng, size_t (*kernel)(const W*, W, W, bool, const uint64_t*, size_t, size_t, size_t, uint64_t*))
    {
        std::vector<W> data(kRows);
        for (W& v : data)
            v = static_cast<W>(rng() % 7 == 0 ? std::numeric_limits<W>::max() - rng() % 3 : rng());
        const std::vector<uint64_t> valid = randomValidity(rng);
        const W maxW = std::numeric_limits<W>::max();
        const std::vector<std::pair<W, W>> ranges{{0, 0}, {0, maxW}, {5, 0}, {data[3], 0}, {data[7], W(maxW / 3)},
                                                  {W(maxW - 2), 10} /* wraps round */, {W(rng()), W(rng())}};
        for (const auto& [lo, span] : ranges)
            for (const bool outside : {false, true})
                for (const size_t fw : {size_t{0}, size_t{3}}) {
                    std::vector<uint64_t> out(valid.size(), kSentinel);
                    const size_t next = kernel(data.data(), lo, span, outside, valid.data(), kRows, fw, valid.size(), out.data());
                    if (!simd::available()) {
                        QCOMPARE(next, fw);
                        continue;
                    }
                    QCOMPARE(next, kRows / 64); // the partial word is left alone
                    const auto expected = expectedWords(valid, fw, next, kSentinel, [&](size_t r) {
                        return (static_cast<W>(data[r] - lo) <= span) != outside;
                    });
                    QCOMPARE(out, expected);
                }
    }

private Q_SLOTS:
    void unsignedRangesMatchTheDefinition()
    {
        qInfo("vector paths %s on this CPU", simd::available() ? "in use" : "not available");
        std::mt19937_64 rng(7);
        checkRanges<uint8_t>(rng, simd::rangeWordsU8);
        checkRanges<uint16_t>(rng, simd::rangeWordsU16);
        checkRanges<uint32_t>(rng, simd::rangeWordsU32);
        checkRanges<uint64_t>(rng, simd::rangeWordsU64);
    }

    void doubleRangesMatchTheDefinition()
    {
        std::mt19937_64 rng(11);
        const double inf = std::numeric_limits<double>::infinity(), nan = std::nan("");
        std::vector<double> data(kRows);
        for (size_t r = 0; r < kRows; ++r) {
            const std::vector<double> specials{nan, inf, -inf, 0.0, -0.0, 2.5, -2.5, 1e300};
            data[r] = r % 9 == 0 ? specials[rng() % specials.size()] : static_cast<double>(rng() % 2001) / 4.0 - 250.0;
        }
        const std::vector<uint64_t> valid = randomValidity(rng);
        const std::vector<std::pair<double, double>> ranges{{-inf, 2.5}, {2.5, inf}, {-2.5, 2.5}, {0.0, 0.0},
                                                            {-0.0, 0.0}, {100.25, -3.0}, {-inf, inf}};
        for (const auto& [lo, hi] : ranges)
            for (const bool loIn : {false, true})
                for (const bool hiIn : {false, true})
                    for (const bool outside : {false, true}) {
                        std::vector<uint64_t> out(valid.size(), kSentinel);
                        const size_t next = simd::doubleRangeWords(data.data(), lo, hi, loIn, hiIn, outside,
                                                                   valid.data(), kRows, 1, valid.size(), out.data());
                        if (!simd::available())
                            continue;
                        QCOMPARE(next, kRows / 64);
                        const auto expected = expectedWords(valid, 1, next, kSentinel, [&](size_t r) {
                            const double v = data[r];
                            const bool in = (loIn ? v >= lo : v > lo) && (hiIn ? v <= hi : v < hi);
                            return in != outside;
                        });
                        QCOMPARE(out, expected);
                    }
    }

    void lookupsMatchTheTable()
    {
        std::mt19937_64 rng(13);
        const std::vector<uint64_t> valid = randomValidity(rng);
        // 8-bit codes: every code 0..255 appears, tables of several sizes and densities.
        std::vector<uint8_t> codes8(kRows);
        for (size_t r = 0; r < kRows; ++r)
            codes8[r] = static_cast<uint8_t>(r < 256 ? r : rng());
        for (const size_t tableSize : {size_t{1}, size_t{16}, size_t{17}, size_t{200}, size_t{256}}) {
            std::vector<uint8_t> table(tableSize);
            for (size_t c = 0; c < tableSize; ++c)
                table[c] = static_cast<uint8_t>(rng() % 3 == 0 ? 1 + rng() % 200 : 0);
            table[tableSize - 1] = 1;
            std::vector<uint8_t> codes = codes8;
            for (uint8_t& c : codes)
                c = static_cast<uint8_t>(c % tableSize); // codes stay inside the dictionary
            std::vector<uint64_t> out(valid.size(), kSentinel);
            const size_t next = simd::lookupWordsU8(codes.data(), table.data(), table.size(), valid.data(), kRows, 0,
                                                    valid.size(), out.data());
            if (!simd::available())
                continue;
            QCOMPARE(next, kRows / 64);
            QCOMPARE(out, expectedWords(valid, 0, next, kSentinel, [&](size_t r) { return table[codes[r]] != 0; }));
        }
        // Wider codes.
        std::vector<uint8_t> table(70000);
        for (uint8_t& t : table)
            t = rng() % 4 == 0;
        std::vector<uint16_t> codes16(kRows);
        std::vector<uint32_t> codes32(kRows);
        for (size_t r = 0; r < kRows; ++r) {
            codes16[r] = static_cast<uint16_t>(rng());
            codes32[r] = static_cast<uint32_t>(rng() % table.size());
        }
        std::vector<uint64_t> out16(valid.size(), kSentinel), out32(valid.size(), kSentinel);
        const size_t next16 = simd::lookupWordsU16(codes16.data(), table.data(), valid.data(), kRows, 2, 30, out16.data());
        const size_t next32 = simd::lookupWordsU32(codes32.data(), table.data(), valid.data(), kRows, 0, valid.size(), out32.data());
        if (!simd::available())
            return;
        QCOMPARE(next16, size_t{30});
        QCOMPARE(out16, expectedWords(valid, 2, 30, kSentinel, [&](size_t r) { return table[codes16[r]] != 0; }));
        QCOMPARE(next32, kRows / 64);
        QCOMPARE(out32, expectedWords(valid, 0, next32, kSentinel, [&](size_t r) { return table[codes32[r]] != 0; }));
    }

    void disabledPathsFillNothing()
    {
        simd::setDisabledForTesting(true);
        std::vector<uint8_t> data(kRows, 1);
        std::vector<uint64_t> valid((kRows + 63) / 64, ~uint64_t{0}), out(valid.size(), kSentinel);
        QCOMPARE(simd::rangeWordsU8(data.data(), 0, 3, false, valid.data(), kRows, 0, valid.size(), out.data()), size_t{0});
        QCOMPARE(out, std::vector<uint64_t>(valid.size(), kSentinel));
        QVERIFY(!simd::available());
        simd::setDisabledForTesting(false);
    }
};

QTEST_GUILESS_MAIN(TestScanSimd)
#include "test_scan_simd.moc"
