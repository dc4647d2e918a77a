// Column::narrowCopy: the scan copy of small-range values (see column.h).
// Derived columns are new in every run, so their copy is built inside the run: the loops below
// are typed (no switch or division per row) so building costs about one scan of the column.
#include "data/column.h"

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace seg {

namespace {

// Rows per parallel piece (issue 18: the copies are built after every import, so they are
// built in parallel over rows as well as over columns). A multiple of 64: no two pieces share
// a validity word.
constexpr size_t kBlockRows = size_t{1} << 16;
constexpr uint64_t kAllPresent = ~uint64_t{0};

// f(begin, end) over [0, n) in pieces of kBlockRows, in parallel when there are several.
// Isolated: the copies are built inside std::call_once, and a worker waiting for these pieces
// must not pick up another node's task that asks for the same copy (a deadlock).
template <class F> void forEachBlock(size_t n, const F& f)
{
    const size_t blocks = (n + kBlockRows - 1) / kBlockRows;
    if (blocks <= 1) {
        if (n != 0)
            f(size_t{0}, n);
        return;
    }
    tbb::this_task_arena::isolate([&] {
        tbb::parallel_for(tbb::blocked_range<size_t>(0, blocks, 1), [&](const tbb::blocked_range<size_t>& r) {
            for (size_t b = r.begin(); b < r.end(); ++b)
                f(b * kBlockRows, std::min(n, (b + 1) * kBlockRows));
        });
    });
}

// The present rows among the 64 starting at `first` (< end): all when the column has no NULLs.
inline uint64_t presentBits(const uint64_t* words, size_t first, size_t end)
{
    uint64_t bits = words ? words[first / 64] : kAllPresent;
    if (end - first < 64)
        bits &= (uint64_t{1} << (end - first)) - 1;
    return bits;
}

struct Range {
    int64_t lo = std::numeric_limits<int64_t>::max(), hi = std::numeric_limits<int64_t>::min();
    bool wholeSeconds = true;

    void add(const Range& other)
    {
        lo = std::min(lo, other.lo);
        hi = std::max(hi, other.hi);
        wholeSeconds = wholeSeconds && other.wholeSeconds;
    }
};

// Min, max (and whether all are whole seconds) of the present values in [begin, end). A word
// of 64 rows at a time: all present (the common case) runs a branch-free loop in T (which
// the compiler vectorises for 4-byte values), the rest visit their set bits only.
template <class T> Range rangeOfBlock(const T* v, size_t begin, size_t end, const uint64_t* words, bool checkSeconds)
{
    Range r;
    for (size_t first = begin; first < end; first += 64) {
        uint64_t bits = presentBits(words, first, end);
        if (bits == kAllPresent) {
            T lo = v[first], hi = v[first];
            for (size_t i = first; i < first + 64; ++i) {
                lo = std::min(lo, v[i]);
                hi = std::max(hi, v[i]);
            }
            r.lo = std::min<int64_t>(r.lo, lo);
            r.hi = std::max<int64_t>(r.hi, hi);
            if (checkSeconds && r.wholeSeconds) {
                bool whole = true;
                for (size_t i = first; i < first + 64; ++i)
                    whole &= v[i] % kMicrosPerSecond == 0;
                r.wholeSeconds = whole;
            }
            continue;
        }
        while (bits) {
            const size_t i = first + static_cast<size_t>(std::countr_zero(bits));
            bits &= bits - 1;
            r.lo = std::min<int64_t>(r.lo, v[i]);
            r.hi = std::max<int64_t>(r.hi, v[i]);
            if (checkSeconds)
                r.wholeSeconds = r.wholeSeconds && v[i] % kMicrosPerSecond == 0;
        }
    }
    return r;
}

template <class T> Range rangeOf(const T* v, size_t n, const uint64_t* words, bool checkSeconds)
{
    std::vector<Range> blocks((n + kBlockRows - 1) / kBlockRows);
    forEachBlock(n, [&](size_t begin, size_t end) {
        blocks[begin / kBlockRows] = rangeOfBlock(v, begin, end, words, checkSeconds);
    });
    Range r;
    for (const Range& b : blocks)
        r.add(b);
    return r;
}

constexpr int64_t floorDiv(int64_t a, int64_t u) { return a / u - (a % u < 0); }

// How a copy's unit is chosen: 1, 1,000,000 when all values are whole seconds (timestamps), or
// one day (Column::dayCopy).
enum class Unit { One, SecondsIfWhole, Day };

// stored = floor(value / U) - base, U a constant so the division is a multiply.
template <int64_t U, class W, class T> void fillScaled(W* out, const T* v, size_t begin, size_t end, int64_t base)
{
    for (size_t i = begin; i < end; ++i)
        out[i] = static_cast<W>(static_cast<uint64_t>(floorDiv(int64_t{v[i]}, U)) - static_cast<uint64_t>(base));
}

// NULL rows of [begin, end) hold 0 in the copy.
template <class W> void clearNullRows(W* out, size_t begin, size_t end, const uint64_t* words)
{
    if (!words)
        return;
    for (size_t first = begin; first < end; first += 64) {
        uint64_t missing = ~presentBits(words, first, end);
        if (end - first < 64)
            missing &= (uint64_t{1} << (end - first)) - 1;
        while (missing) {
            out[first + static_cast<size_t>(std::countr_zero(missing))] = 0;
            missing &= missing - 1;
        }
    }
}

// stored = floor(value / unit) - base; NULL rows hold 0.
template <class W, class T>
void fill(std::vector<uint8_t>& bytes, const T* v, size_t n, const uint64_t* words, int64_t base, int64_t unit)
{
    bytes.resize(n * sizeof(W));
    W* out = reinterpret_cast<W*>(bytes.data());
    forEachBlock(n, [&](size_t begin, size_t end) {
        if (unit == 1)
            fillScaled<1>(out, v, begin, end, base);
        else if (unit == kMicrosPerSecond)
            fillScaled<kMicrosPerSecond>(out, v, begin, end, base);
        else
            fillScaled<kMicrosPerDay>(out, v, begin, end, base);
        clearNullRows(out, begin, end, words);
    });
}

template <class T>
std::unique_ptr<Column::NarrowCopy> build(const T* v, size_t n, const uint64_t* words, Unit unit, bool codes,
                                          bool noFourByteCopy)
{
    Range r = rangeOf(v, n, words, unit == Unit::SecondsIfWhole);
    if (r.lo > r.hi) // all NULL
        r.lo = r.hi = 0;
    if (codes)
        r.lo = 0; // stored codes stay dictionary indexes
    auto copy = std::make_unique<Column::NarrowCopy>();
    copy->unit = unit == Unit::Day ? kMicrosPerDay
        : unit == Unit::SecondsIfWhole && r.wholeSeconds ? kMicrosPerSecond
                                                         : 1;
    copy->base = floorDiv(r.lo, copy->unit);
    const uint64_t span = static_cast<uint64_t>(floorDiv(r.hi, copy->unit)) - static_cast<uint64_t>(copy->base);
    copy->maxStored = span;
    if (span <= 0xFF) {
        copy->width = 1;
        fill<uint8_t>(copy->bytes, v, n, words, copy->base, copy->unit);
    } else if (span <= 0xFFFF) {
        copy->width = 2;
        fill<uint16_t>(copy->bytes, v, n, words, copy->base, copy->unit);
    } else if (span <= 0xFFFFFFFFu && !noFourByteCopy) {
        copy->width = 4;
        fill<uint32_t>(copy->bytes, v, n, words, copy->base, copy->unit);
    } else {
        return nullptr;
    }
    return copy;
}

// Doubles as scaled integers: the smallest number of decimals (0..4) for which every present
// value v is exactly double(k) / 10^d with |k| < 2^31 (the division reproduces v bit for bit,
// up to -0.0), so the k span always fits 4 bytes. Null when there is no such d (NaN,
// infinities, more decimals, |value| * 10^d of 2^31 or more).
// Two passes per copy and no k array (a 16 MB temporary per 2M rows cost more in page faults
// than the arithmetic): the first finds d and the range of k, the second writes k - base at
// the width the range needs. Both run in parallel over rows, a word of 64 rows at a time
// without a branch per row, so the divisions of the exact test pipeline (issue 18: the test
// with a branch and a break per value cost 15-18 ms per 2M-row money column).
constexpr double kDecimalLimit = 2147483647.0;

// k for x = v * 10^d: llround for |x| < 2^31 without the library call, as int32 (so the
// conversions vectorise). Only values with x within rounding error of an integer k are kept
// (k / 10^d must give the value back exactly), and for those adding one half and truncating
// gives k; a value it rounds differently fails that check anyway. x outside (-2^31, 2^31)
// (and NaN) gives 0, and `inRange` false.
inline int32_t scaledValue(double x, bool& inRange)
{
    inRange = x > -kDecimalLimit && x < kDecimalLimit;
    const double clamped = inRange ? x : 0.0;
    return static_cast<int32_t>(clamped < 0 ? clamped - 0.5 : clamped + 0.5);
}

// Whether every present value of [begin, end) is some k / scale, and the smallest and largest
// such x = v * scale (k is monotone in x, so the k range is that of the x range's ends).
struct DecimalBlock {
    bool fits = true;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
};

DecimalBlock scanDecimalBlock(const double* v, size_t begin, size_t end, const uint64_t* words, double scale,
                              const std::atomic<bool>& failed)
{
    DecimalBlock b;
    for (size_t first = begin; first < end; first += 64) {
        if (failed.load(std::memory_order_relaxed)) {
            b.fits = false;
            return b;
        }
        uint64_t bits = presentBits(words, first, end);
        bool fits = true;
        double lo = b.lo, hi = b.hi;
        if (bits == kAllPresent) {
            for (size_t i = first; i < first + 64; ++i) {
                bool inRange;
                const double x = v[i] * scale;
                const int32_t k = scaledValue(x, inRange);
                fits &= inRange & (static_cast<double>(k) / scale == v[i]);
                lo = x < lo ? x : lo;
                hi = x > hi ? x : hi;
            }
        } else {
            while (bits) {
                const size_t i = first + static_cast<size_t>(std::countr_zero(bits));
                bits &= bits - 1;
                bool inRange;
                const double x = v[i] * scale;
                const int32_t k = scaledValue(x, inRange);
                fits = fits && inRange && static_cast<double>(k) / scale == v[i];
                lo = std::min(lo, x);
                hi = std::max(hi, x);
            }
        }
        if (!fits) {
            b.fits = false;
            return b;
        }
        b.lo = lo;
        b.hi = hi;
    }
    return b;
}

template <class W>
void fillDecimal(std::vector<uint8_t>& bytes, const double* v, size_t n, const uint64_t* words, double scale,
                 int64_t base)
{
    bytes.resize(n * sizeof(W));
    W* out = reinterpret_cast<W*>(bytes.data());
    const auto base32 = static_cast<uint32_t>(base);
    forEachBlock(n, [&](size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            bool inRange;
            const int32_t k = scaledValue(v[i] * scale, inRange); // NULL rows: cleared below
            out[i] = static_cast<W>(static_cast<uint32_t>(k) - base32);
        }
        clearNullRows(out, begin, end, words);
    });
}

std::unique_ptr<Column::NarrowCopy> buildDecimal(const std::vector<double>& v, const uint64_t* words)
{
    const size_t n = v.size();
    const size_t blocks = (n + kBlockRows - 1) / kBlockRows;
    for (int d = 0; d <= 4; ++d) {
        const double scale = Column::decimalScale(d);
        std::vector<DecimalBlock> scanned(blocks);
        std::atomic<bool> failed{false};
        forEachBlock(n, [&](size_t begin, size_t end) {
            DecimalBlock& b = scanned[begin / kBlockRows];
            b = scanDecimalBlock(v.data(), begin, end, words, scale, failed);
            if (!b.fits)
                failed = true;
        });
        if (failed)
            continue;
        double lo = std::numeric_limits<double>::infinity(), hi = -lo;
        for (const DecimalBlock& b : scanned) {
            lo = std::min(lo, b.lo);
            hi = std::max(hi, b.hi);
        }
        int64_t klo = 0, khi = 0; // all NULL: no present value
        if (lo <= hi) {
            bool inRange;
            klo = scaledValue(lo, inRange);
            khi = scaledValue(hi, inRange);
        }
        // Up to 4 bytes per row: money over a wide range (cents of 0..1,000,000.00) needs them,
        // and halving its 8-byte scan is worth half the column again in memory (issue 4 holds
        // loaded data to 1.3x its raw bytes; the bench's memory rows check it).
        auto copy = std::make_unique<Column::NarrowCopy>();
        copy->decimals = d;
        copy->base = klo;
        copy->maxStored = static_cast<uint64_t>(khi) - static_cast<uint64_t>(klo);
        if (copy->maxStored <= 0xFF) {
            copy->width = 1;
            fillDecimal<uint8_t>(copy->bytes, v.data(), n, words, scale, klo);
        } else if (copy->maxStored <= 0xFFFF) {
            copy->width = 2;
            fillDecimal<uint16_t>(copy->bytes, v.data(), n, words, scale, klo);
        } else {
            copy->width = 4;
            fillDecimal<uint32_t>(copy->bytes, v.data(), n, words, scale, klo);
        }
        return copy;
    }
    return nullptr;
}

} // namespace

double Column::decimalScale(int decimals)
{
    static constexpr double kScales[] = {1.0, 10.0, 100.0, 1000.0, 10000.0};
    return kScales[decimals];
}

const Column::NarrowCopy* Column::narrowCopy() const
{
    std::shared_ptr<NarrowCache> cache = narrow_; // a concurrent drop cannot free it under us
    if (!cache) // moved-from column
        return nullptr;
    std::call_once(cache->once, [&] {
        if (size_ == 0)
            return;
        const uint64_t* nullWords = hasNulls_ ? valid_.words() : nullptr; // null: every row present
        switch (type_) {
        case DataType::Int:
        case DataType::Timestamp:
            cache->copy = build(ints_.data(), size_, nullWords,
                                type_ == DataType::Timestamp ? Unit::SecondsIfWhole : Unit::One, false, false);
            break;
        case DataType::Date: // dates and codes are 4 bytes already
        case DataType::String:
            cache->copy = build(codes_.data(), size_, nullWords, Unit::One, type_ == DataType::String, true);
            break;
        case DataType::Double: cache->copy = buildDecimal(doubles_, nullWords); break;
        default: break;
        }
    });
    return cache->copy.get();
}

const Column::NarrowCopy* Column::dayCopy() const
{
    std::shared_ptr<NarrowCache> cache = narrow_; // as in narrowCopy()
    if (!cache || type_ != DataType::Timestamp)
        return nullptr;
    std::call_once(cache->dayOnce, [&] {
        if (size_ != 0)
            cache->day = build(ints_.data(), size_, hasNulls_ ? valid_.words() : nullptr, Unit::Day, false, false);
    });
    return cache->day.get();
}

const DomainIndex* Column::domainIndex() const
{
    std::shared_ptr<NarrowCache> cache = narrow_; // as in narrowCopy()
    if (!cache || type_ != DataType::String)
        return nullptr;
    std::call_once(cache->domainOnce, [&] { cache->domains = DomainIndex::build(dict_, codes_.data(), valid_, size_); });
    return cache->domains.get();
}

} // namespace seg
