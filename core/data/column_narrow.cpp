// Column::narrowCopy: the scan copy of small-range values (see column.h).
// Derived columns are new in every run, so their copy is built inside the run: the loops below
// are typed (no switch or division per row) so building costs about one scan of the column.
#include "data/column.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace seg {

namespace {

struct Range {
    int64_t lo = std::numeric_limits<int64_t>::max(), hi = std::numeric_limits<int64_t>::min();
    bool wholeSeconds = true;
};

// Min, max (and whether all are whole seconds) of the present values.
template <class T> Range rangeOf(const T* v, size_t n, const Bitset& valid, bool hasNulls, bool checkSeconds)
{
    Range r;
    int64_t lo = r.lo, hi = r.hi;
    if (!hasNulls) {
        for (size_t i = 0; i < n; ++i) {
            lo = std::min<int64_t>(lo, v[i]);
            hi = std::max<int64_t>(hi, v[i]);
        }
    } else {
        // A word of 64 rows at a time: all present (the common case) runs the branch-free loop,
        // the rest visit their set bits only (issue 18: built after every import).
        const uint64_t* words = valid.words();
        for (size_t w = 0; w * 64 < n; ++w) {
            const size_t begin = w * 64, end = std::min(n, begin + 64);
            uint64_t bits = words[w];
            if (end - begin == 64 && bits == ~uint64_t{0}) {
                for (size_t i = begin; i < end; ++i) {
                    lo = std::min<int64_t>(lo, v[i]);
                    hi = std::max<int64_t>(hi, v[i]);
                }
                continue;
            }
            while (bits) {
                const size_t i = begin + static_cast<size_t>(std::countr_zero(bits));
                bits &= bits - 1;
                if (i < end) {
                    lo = std::min<int64_t>(lo, v[i]);
                    hi = std::max<int64_t>(hi, v[i]);
                }
            }
        }
    }
    r.lo = lo;
    r.hi = hi;
    if (checkSeconds) {
        bool whole = true;
        for (size_t i = 0; i < n && whole; ++i)
            whole = (hasNulls && !valid.test(i)) || v[i] % 1'000'000 == 0;
        r.wholeSeconds = whole;
    }
    return r;
}

constexpr int64_t floorDiv(int64_t a, int64_t u) { return a / u - (a % u < 0); }

// How a copy's unit is chosen: 1, 1,000,000 when all values are whole seconds (timestamps), or
// one day (Column::dayCopy).
enum class Unit { One, SecondsIfWhole, Day };

// stored = floor(value / U) - base, U a constant so the division is a multiply.
template <int64_t U, class W, class T> void fillScaled(W* out, const T* v, size_t n, int64_t base)
{
    for (size_t i = 0; i < n; ++i)
        out[i] = static_cast<W>(static_cast<uint64_t>(floorDiv(int64_t{v[i]}, U)) - static_cast<uint64_t>(base));
}

// stored = floor(value / unit) - base; NULL rows hold 0.
template <class W, class T>
void fill(std::vector<uint8_t>& bytes, const T* v, size_t n, const Bitset& valid, bool hasNulls, int64_t base,
          int64_t unit)
{
    bytes.resize(n * sizeof(W));
    W* out = reinterpret_cast<W*>(bytes.data());
    if (unit == 1)
        fillScaled<1>(out, v, n, base);
    else if (unit == kMicrosPerSecond)
        fillScaled<kMicrosPerSecond>(out, v, n, base);
    else
        fillScaled<kMicrosPerDay>(out, v, n, base);
    if (hasNulls) {
        const uint64_t* words = valid.words();
        for (size_t w = 0; w * 64 < n; ++w) {
            uint64_t missing = ~words[w];
            while (missing) {
                const size_t i = w * 64 + static_cast<size_t>(std::countr_zero(missing));
                missing &= missing - 1;
                if (i < n)
                    out[i] = 0;
            }
        }
    }
}

template <class T>
std::unique_ptr<Column::NarrowCopy> build(const T* v, size_t n, const Bitset& valid, bool hasNulls, Unit unit,
                                          bool codes, bool noFourByteCopy)
{
    Range r = rangeOf(v, n, valid, hasNulls, unit == Unit::SecondsIfWhole);
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
        fill<uint8_t>(copy->bytes, v, n, valid, hasNulls, copy->base, copy->unit);
    } else if (span <= 0xFFFF) {
        copy->width = 2;
        fill<uint16_t>(copy->bytes, v, n, valid, hasNulls, copy->base, copy->unit);
    } else if (span <= 0xFFFFFFFFu && !noFourByteCopy) {
        copy->width = 4;
        fill<uint32_t>(copy->bytes, v, n, valid, hasNulls, copy->base, copy->unit);
    } else {
        return nullptr;
    }
    return copy;
}

// Doubles as scaled integers: the smallest number of decimals (0..4) for which every present
// value v is exactly double(k) / 10^d with |k| < 2^31 (the division reproduces v bit for bit,
// up to -0.0), so the k span always fits 4 bytes. Null when there is no such d (NaN,
// infinities, more decimals, |value| * 10^d of 2^31 or more).
// Two passes per copy and no k array (issue 18: the copy is built after every import, and a
// 16 MB temporary per 2M rows cost more in page faults than the arithmetic): the first finds
// d and the range of k, the second writes k - base at the width the range needs.
// llround for |x| < 2^31 without the library call. Only values with x within rounding error of
// an integer k are kept (k / 10^d must give the value back exactly), and for those adding
// one half and truncating gives k; a value it rounds differently fails that check anyway.
inline int64_t roundHalfAway(double x) { return static_cast<int64_t>(x < 0 ? x - 0.5 : x + 0.5); }

template <class W>
void fillDecimal(std::vector<uint8_t>& bytes, const double* v, size_t n, const Bitset& valid, bool hasNulls,
                 double scale, int64_t base)
{
    bytes.resize(n * sizeof(W));
    W* out = reinterpret_cast<W*>(bytes.data());
    for (size_t i = 0; i < n; ++i)
        out[i] = hasNulls && !valid.test(i)
            ? W{0}
            : static_cast<W>(static_cast<uint64_t>(roundHalfAway(v[i] * scale)) - static_cast<uint64_t>(base));
}

std::unique_ptr<Column::NarrowCopy> buildDecimal(const std::vector<double>& v, const Bitset& valid, bool hasNulls)
{
    constexpr double kLimit = 2147483647.0;
    const size_t n = v.size();
    for (int d = 0; d <= 4; ++d) {
        const double scale = Column::decimalScale(d);
        bool fits = true, any = false;
        int64_t lo = 0, hi = 0;
        for (size_t i = 0; i < n; ++i) {
            if (hasNulls && !valid.test(i))
                continue;
            const double x = v[i] * scale;
            if (!(x > -kLimit && x < kLimit)) { // also rejects NaN
                fits = false;
                break;
            }
            const int64_t k = roundHalfAway(x);
            if (static_cast<double>(k) / scale != v[i]) {
                fits = false;
                break;
            }
            lo = any ? std::min(lo, k) : k;
            hi = any ? std::max(hi, k) : k;
            any = true;
        }
        if (!fits)
            continue;
        // Up to 4 bytes per row: money over a wide range (cents of 0..1,000,000.00) needs them,
        // and halving its 8-byte scan is worth half the column again in memory (issue 4 holds
        // loaded data to 1.3x its raw bytes; the bench's memory rows check it).
        auto copy = std::make_unique<Column::NarrowCopy>();
        copy->decimals = d;
        copy->base = lo;
        copy->maxStored = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo);
        if (copy->maxStored <= 0xFF) {
            copy->width = 1;
            fillDecimal<uint8_t>(copy->bytes, v.data(), n, valid, hasNulls, scale, lo);
        } else if (copy->maxStored <= 0xFFFF) {
            copy->width = 2;
            fillDecimal<uint16_t>(copy->bytes, v.data(), n, valid, hasNulls, scale, lo);
        } else {
            copy->width = 4;
            fillDecimal<uint32_t>(copy->bytes, v.data(), n, valid, hasNulls, scale, lo);
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
        switch (type_) {
        case DataType::Int:
        case DataType::Timestamp:
            cache->copy = build(ints_.data(), size_, valid_, hasNulls_,
                                type_ == DataType::Timestamp ? Unit::SecondsIfWhole : Unit::One, false, false);
            break;
        case DataType::Date: // dates and codes are 4 bytes already
        case DataType::String:
            cache->copy = build(codes_.data(), size_, valid_, hasNulls_, Unit::One, type_ == DataType::String, true);
            break;
        case DataType::Double: cache->copy = buildDecimal(doubles_, valid_, hasNulls_); break;
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
            cache->day = build(ints_.data(), size_, valid_, hasNulls_, Unit::Day, false, false);
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
