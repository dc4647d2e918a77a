#include "exec/filter_kernels.h"

#include "exec/scan_simd.h"

#include <algorithm>
#include <limits>
#include <type_traits>

namespace seg {

namespace {

using Form = BoundPredicate::Form;

// The scan loop every predicate shares: 64 tests OR-ed into one word, then the validity word
// applied, so NULL rows drop out without a branch per row.
template <class T, class Test>
void scanWords(const T* data, const uint64_t* valid, size_t rows, size_t firstWord, size_t lastWord,
               uint64_t* out, Test test)
{
    for (size_t w = firstWord; w < lastWord; ++w) {
        const size_t base = w * 64;
        uint64_t bits = 0;
        if (base + 64 <= rows) {
            for (unsigned j = 0; j < 64; ++j)
                bits |= uint64_t(test(data[base + j])) << j;
        } else {
            for (size_t j = 0; base + j < rows; ++j)
                bits |= uint64_t(test(data[base + j])) << j;
        }
        out[w] = bits & valid[w];
    }
}

// The vector form of "v - lo <= span" over full words; returns where the scalar loop goes on.
// Only 64-bit values (and 1-byte bools, whose 0/1 the range is clipped to) have one here.
template <class T>
size_t vectorRange(const T* data, uint64_t lo, uint64_t span, bool outside, const uint64_t* valid, size_t rows,
                   size_t fw, size_t lw, uint64_t* out)
{
    if constexpr (std::is_same_v<T, int64_t>) {
        return simd::rangeWordsU64(reinterpret_cast<const uint64_t*>(data), lo, span, outside, valid, rows, fw, lw,
                                   out);
    } else if constexpr (std::is_same_v<T, uint8_t>) {
        // Bools: the range [lo, lo + span] (int64 wrap-around) cut to the values 0 and 1.
        const int64_t first = static_cast<int64_t>(lo), last = static_cast<int64_t>(lo + span);
        if (first > last || first > 1 || last < 0)
            return fw;
        const auto l = static_cast<uint8_t>(std::max<int64_t>(first, 0));
        const auto h = static_cast<uint8_t>(std::min<int64_t>(last, 1));
        return simd::rangeWordsU8(data, l, static_cast<uint8_t>(h - l), outside, valid, rows, fw, lw, out);
    } else {
        return fw;
    }
}

template <class T>
void scanInt(const T* data, const Column& c, const BoundPredicate& p, size_t fw, size_t lw, uint64_t* out)
{
    const uint64_t* valid = c.validity().words();
    const size_t rows = c.size();
    switch (p.form) {
    case Form::IntRange: {
        // One unsigned comparison: v - lo <= hi - lo, exact for any int64 bounds.
        if (p.ilo > p.ihi) {
            std::fill(out + fw, out + lw, uint64_t{0});
            return;
        }
        const uint64_t lo = static_cast<uint64_t>(p.ilo);
        const uint64_t span = static_cast<uint64_t>(p.ihi) - lo;
        fw = vectorRange(data, lo, span, false, valid, rows, fw, lw, out);
        scanWords(data, valid, rows, fw, lw, out,
                  [=](T v) { return static_cast<uint64_t>(static_cast<int64_t>(v)) - lo <= span; });
        return;
    }
    case Form::IntOutside: {
        const uint64_t lo = static_cast<uint64_t>(p.ilo);
        const uint64_t span = static_cast<uint64_t>(p.ihi) - lo;
        fw = vectorRange(data, lo, span, true, valid, rows, fw, lw, out);
        scanWords(data, valid, rows, fw, lw, out,
                  [=](T v) { return static_cast<uint64_t>(static_cast<int64_t>(v)) - lo > span; });
        return;
    }
    default:
        scanWords(data, valid, rows, fw, lw, out, [&](T v) { return matchInt(p, static_cast<int64_t>(v)); });
        return;
    }
}

int64_t floorDiv(int64_t a, int64_t u) { return a / u - (a % u != 0 && a < 0); }
int64_t ceilDiv(int64_t a, int64_t u) { return a / u + (a % u != 0 && a > 0); }

// IntRange / IntOutside / String predicates over a column's narrow copy (1-4 bytes per row
// instead of 4-8): the range is mapped onto stored values, stored = floor(value / unit) - base.
// With the narrow copy every value is a multiple of unit, so this is exact for any range; with
// the day copy (unit one day) only for day-aligned ranges (dayCopyFor checks).
template <class W>
void scanNarrow(const W* data, const Column& c, const Column::NarrowCopy& nc, const BoundPredicate& p,
                const std::vector<uint8_t>& table, size_t fw, size_t lw, uint64_t* out)
{
    const uint64_t* valid = c.validity().words();
    const size_t rows = c.size();
    if (p.form == Form::String) {
        const uint8_t* t = table.data();
        if constexpr (sizeof(W) == 1)
            fw = simd::lookupWordsU8(data, t, table.size(), valid, rows, fw, lw, out);
        else if constexpr (sizeof(W) == 2)
            fw = simd::lookupWordsU16(data, t, valid, rows, fw, lw, out);
        else
            fw = simd::lookupWordsU32(data, t, valid, rows, fw, lw, out);
        scanWords(data, valid, rows, fw, lw, out, [=](W code) { return t[code] != 0; });
        return;
    }
    __extension__ typedef __int128 I128; // -Wpedantic knows no 128-bit ints
    const I128 lo = std::max<I128>(I128{ceilDiv(p.ilo, nc.unit)} - nc.base, 0);
    const I128 hi = std::min<I128>(I128{floorDiv(p.ihi, nc.unit)} - nc.base, I128(nc.maxStored));
    const bool outside = p.form == Form::IntOutside;
    if (lo > hi || p.ilo > p.ihi) { // nothing stored is inside the range
        for (size_t w = fw; w < lw; ++w)
            out[w] = outside ? valid[w] : 0;
        return;
    }
    const W l = static_cast<W>(lo), span = static_cast<W>(hi - lo);
    if constexpr (sizeof(W) == 1)
        fw = simd::rangeWordsU8(data, l, span, outside, valid, rows, fw, lw, out);
    else if constexpr (sizeof(W) == 2)
        fw = simd::rangeWordsU16(data, l, span, outside, valid, rows, fw, lw, out);
    else
        fw = simd::rangeWordsU32(data, l, span, outside, valid, rows, fw, lw, out);
    if (outside)
        scanWords(data, valid, rows, fw, lw, out, [=](W v) { return static_cast<W>(v - l) > span; });
    else
        scanWords(data, valid, rows, fw, lw, out, [=](W v) { return static_cast<W>(v - l) <= span; });
}

// Whether the microsecond range [ilo, ihi] starts and ends on day boundaries (either end may
// be open): then floor(value / day) in [ilo / day, (ihi + 1) / day - 1] selects exactly the
// values in it, and the day copy answers it. within_last_days and before_days_ago bind to
// such ranges, and so do ge/lt at a midnight; an instant inside a day (eq, ge 12:30) does not.
bool dayAligned(const BoundPredicate& p)
{
    constexpr int64_t kMin = std::numeric_limits<int64_t>::min(), kMax = std::numeric_limits<int64_t>::max();
    const bool loAligned = p.ilo == kMin || p.ilo % kMicrosPerDay == 0;
    const bool hiAligned = p.ihi == kMax || (p.ihi + 1) % kMicrosPerDay == 0;
    return loAligned && hiAligned;
}

// The day copy for a day-aligned range on a timestamp column, when it is narrower than the
// narrow copy; else null. Values more than a day apart span over 86,400 seconds, so their
// narrow copy takes 4 bytes (whole seconds) or none: a day copy of 1 or 2 bytes then wins
// without building the narrow copy (memory), which only closer values need to compare.
const Column::NarrowCopy* dayCopyFor(const Column& c, const BoundPredicate& p)
{
    if (c.type() != DataType::Timestamp || (p.form != Form::IntRange && p.form != Form::IntOutside) || !dayAligned(p))
        return nullptr;
    const Column::NarrowCopy* day = c.dayCopy();
    if (!day)
        return nullptr;
    if (day->maxStored >= 2 && day->width <= 2)
        return day;
    const Column::NarrowCopy* narrow = c.narrowCopy();
    return !narrow || narrow->width > day->width ? day : nullptr;
}

// The narrow copy to scan for this predicate, or null (doubles, bools, sets, wide values).
const Column::NarrowCopy* narrowFor(const Column& c, const BoundPredicate& p)
{
    if (const Column::NarrowCopy* day = dayCopyFor(c, p))
        return day;
    const bool intForm = (p.form == Form::IntRange || p.form == Form::IntOutside)
        && (c.type() == DataType::Int || c.type() == DataType::Timestamp || c.type() == DataType::Date);
    const bool stringForm = p.form == Form::String && c.type() == DataType::String;
    const bool decimalForm = (p.form == Form::DoubleRange || p.form == Form::DoubleOutside) && c.type() == DataType::Double;
    return intForm || stringForm || decimalForm ? c.narrowCopy() : nullptr;
}

// A double range as the integer range of the decimal copy's k = value * 10^decimals: the
// first and last stored values whose double passes each bound. value(stored) is monotone in
// stored, so two binary searches give exactly the rows the double comparisons would.
BoundPredicate decimalAsIntRange(const Column::NarrowCopy& nc, const BoundPredicate& p)
{
    const double scale = Column::decimalScale(nc.decimals);
    auto value = [&](int64_t stored) { return static_cast<double>(stored + nc.base) / scale; };
    auto lowerOk = [&](int64_t s) { return p.loInclusive ? value(s) >= p.dlo : value(s) > p.dlo; };
    auto upperOk = [&](int64_t s) { return p.hiInclusive ? value(s) <= p.dhi : value(s) < p.dhi; };
    const auto top = static_cast<int64_t>(nc.maxStored);
    int64_t a = 0, b = top + 1; // first s with lowerOk, or top + 1
    while (a < b) {
        const int64_t m = a + (b - a) / 2;
        lowerOk(m) ? b = m : a = m + 1;
    }
    const int64_t first = a;
    a = -1, b = top; // last s with upperOk, or -1
    while (a < b) {
        const int64_t m = b - (b - a) / 2;
        upperOk(m) ? a = m : b = m - 1;
    }
    const int64_t last = a;
    BoundPredicate q;
    q.form = p.form == Form::DoubleOutside ? Form::IntOutside : Form::IntRange;
    q.ilo = first <= last ? first + nc.base : 1;
    q.ihi = first <= last ? last + nc.base : 0;
    return q;
}

} // namespace

void filterWords(const Column& c, const BoundPredicate& p, const std::vector<uint8_t>& table, size_t fw, size_t lw,
                 uint64_t* out, bool narrowCopy)
{
    const uint64_t* valid = c.validity().words();
    switch (p.form) {
    case Form::IsNull:
        for (size_t w = fw; w < lw; ++w)
            out[w] = ~valid[w];
        if (lw * 64 > c.size() && lw > fw) // keep bits past the last row clear
            out[lw - 1] &= c.size() % 64 ? (uint64_t{1} << (c.size() % 64)) - 1 : ~uint64_t{0};
        return;
    case Form::NotNull: std::copy(valid + fw, valid + lw, out + fw); return;
    case Form::Never: std::fill(out + fw, out + lw, uint64_t{0}); return;
    default: break;
    }
    if (const Column::NarrowCopy* nc = narrowCopy ? narrowFor(c, p) : nullptr) {
        const BoundPredicate asInt = nc->decimals >= 0 ? decimalAsIntRange(*nc, p) : BoundPredicate{};
        const BoundPredicate& q = nc->decimals >= 0 ? asInt : p;
        switch (nc->width) {
        case 1: scanNarrow(nc->bytes.data(), c, *nc, q, table, fw, lw, out); return;
        case 2: scanNarrow(reinterpret_cast<const uint16_t*>(nc->bytes.data()), c, *nc, q, table, fw, lw, out); return;
        case 4: scanNarrow(reinterpret_cast<const uint32_t*>(nc->bytes.data()), c, *nc, q, table, fw, lw, out); return;
        default: break;
        }
    }
    switch (c.type()) {
    case DataType::Int:
    case DataType::Timestamp: scanInt(c.ints().data(), c, p, fw, lw, out); return;
    case DataType::Date: scanInt(c.codes().data(), c, p, fw, lw, out); return;
    case DataType::Bool: scanInt(c.bools().data(), c, p, fw, lw, out); return;
    case DataType::Double:
        if (p.form == Form::DoubleRange || p.form == Form::DoubleOutside)
            fw = simd::doubleRangeWords(c.doubles().data(), p.dlo, p.dhi, p.loInclusive, p.hiInclusive,
                                        p.form == Form::DoubleOutside, valid, c.size(), fw, lw, out);
        if (p.form == Form::DoubleRange && p.loInclusive && p.hiInclusive) {
            const double lo = p.dlo, hi = p.dhi;
            scanWords(c.doubles().data(), valid, c.size(), fw, lw, out, [=](double v) { return (v >= lo) & (v <= hi); });
        } else {
            scanWords(c.doubles().data(), valid, c.size(), fw, lw, out, [&](double v) { return matchDouble(p, v); });
        }
        return;
    case DataType::String: {
        const uint8_t* t = table.data();
        fw = simd::lookupWordsU32(reinterpret_cast<const uint32_t*>(c.codes().data()), t, valid, c.size(), fw, lw, out);
        scanWords(c.codes().data(), valid, c.size(), fw, lw, out, [=](int32_t code) { return t[code] != 0; });
        return;
    }
    }
}

bool matchesRow(const Column& c, const BoundPredicate& p, size_t row)
{
    if (c.isNull(row))
        return p.form == Form::IsNull;
    switch (p.form) {
    case Form::IsNull: return false;
    case Form::NotNull: return true;
    case Form::Never: return false;
    default: break;
    }
    switch (c.type()) {
    case DataType::Int:
    case DataType::Timestamp: return matchInt(p, c.intAt(row));
    case DataType::Date: return matchInt(p, c.dateAt(row));
    case DataType::Bool: return matchInt(p, c.boolAt(row) ? 1 : 0);
    case DataType::Double: return matchDouble(p, c.doubleAt(row));
    case DataType::String: return matchString(p, c.stringAt(row));
    }
    return false;
}

} // namespace seg
