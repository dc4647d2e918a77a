#include "preview/preview_stats.h"

#include "exec/overlap.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>

namespace seg::ui {

std::vector<SegmentBar> segmentBars(const RunResult& run)
{
    std::vector<SegmentBar> bars;
    for (const SegmentRun& s : run.segments) {
        if (!run.members(s.id))
            continue; // failed or skipped: no size to show
        SegmentBar bar;
        bar.id = s.id;
        bar.name = s.name.empty() ? s.id : s.name;
        bar.size = s.size;
        bar.share = run.rows ? static_cast<double>(s.size) / static_cast<double>(run.rows) : 0.0;
        bar.warnings = s.warnings;
        bars.push_back(std::move(bar));
    }
    return bars;
}

double OverlapMatrix::jaccard(size_t i, size_t j) const
{
    return jaccardIndex(counts[i][j], counts[i][i], counts[j][j]);
}

OverlapMatrix segmentOverlaps(const RunResult& run)
{
    OverlapMatrix m;
    std::vector<const Bitset*> sets;
    for (const SegmentRun& s : run.segments) {
        if (const Bitset* b = run.members(s.id)) {
            m.ids.push_back(s.id);
            m.names.push_back(s.name.empty() ? s.id : s.name);
            sets.push_back(b);
        }
    }
    if (!sets.empty())
        m.counts = overlapCounts(sets);
    return m;
}

bool isHistogramColumn(const Column& column)
{
    return column.type() != DataType::String;
}

namespace {

bool wholeNumbers(DataType t)
{
    return t == DataType::Int || t == DataType::Date || t == DataType::Bool;
}

// Both passes read the typed vector directly, with the value range in registers and the member
// bit added without a branch: a 10M-row column takes tens of milliseconds, not hundreds.
template <class T>
Histogram histogramOf(const std::vector<T>& values, const Column& column, const Bitset* members, int maxBins)
{
    Histogram h;
    h.dates = column.type() == DataType::Date;
    const size_t n = column.size();
    const bool nulls = column.hasNulls();
    const Bitset& valid = column.validity();
    auto usable = [&](size_t r) {
        if (nulls && !valid.test(r))
            return false;
        if constexpr (std::is_floating_point_v<T>)
            return std::isfinite(values[r]);
        return true;
    };

    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (size_t r = 0; r < n; ++r) {
        if (!usable(r))
            continue;
        const auto v = static_cast<double>(values[r]);
        lo = v < lo ? v : lo;
        hi = v > hi ? v : hi;
    }
    h.nullsAll = column.nullCount();
    if (members && nulls)
        members->forEach([&](size_t r) { h.nullsInside += valid.test(r) ? 0 : 1; });
    if (lo > hi)
        return h; // no value at all

    size_t bins = 1; // one value: one bin around it
    double width = 1;
    if (wholeNumbers(column.type())) {
        const double span = hi - lo + 1; // number of distinct whole values in range
        width = std::ceil(span / maxBins);
        bins = static_cast<size_t>(std::ceil(span / width));
    } else if (hi > lo) {
        bins = static_cast<size_t>(maxBins);
        width = (hi - lo) / maxBins;
    }
    for (size_t i = 0; i <= bins; ++i)
        h.edges.push_back(lo + width * static_cast<double>(i));
    if (!wholeNumbers(column.type()))
        h.edges.back() = std::max(hi, h.edges.back());
    h.all.assign(bins, 0);
    h.inside.assign(bins, 0);

    const size_t last = bins - 1;
    const double perWidth = 1.0 / width;
    const uint64_t* memberWords = members ? members->words() : nullptr;
    size_t* all = h.all.data();
    size_t* inside = h.inside.data();
    for (size_t r = 0; r < n; ++r) {
        if (!usable(r))
            continue;
        // Through int64_t: converting a double to an unsigned type costs several instructions.
        const auto b = std::min(last, static_cast<size_t>(static_cast<int64_t>((static_cast<double>(values[r]) - lo) * perWidth)));
        ++all[b];
        if (memberWords)
            inside[b] += (memberWords[r / 64] >> (r % 64)) & 1u;
    }
    h.valid = true;
    return h;
}

} // namespace

Histogram histogram(const Column& column, const Bitset* members, int maxBins)
{
    maxBins = std::max(maxBins, 1);
    switch (column.type()) {
    case DataType::Int:
    case DataType::Timestamp: return histogramOf(column.ints(), column, members, maxBins);
    case DataType::Double: return histogramOf(column.doubles(), column, members, maxBins);
    case DataType::Bool: return histogramOf(column.bools(), column, members, maxBins);
    case DataType::Date: return histogramOf(column.codes(), column, members, maxBins);
    case DataType::String: break;
    }
    return {};
}

namespace {

// Key order of membersInKeyOrder: NULL keys last, then equal keys by row. Candidates collect in
// a buffer of 2 * limit; when it is full, nth_element keeps the `limit` smallest and the largest
// of them becomes a threshold that rejects most later rows with one comparison, so the whole
// scan stays linear even when keys run backwards. Keys already ascending (the usual import
// order) need no comparison at all: the first `limit` members are the answer.
template <class KeyLess> std::vector<uint32_t> firstInOrder(const Column& key, const Bitset& members, size_t limit,
                                                           KeyLess keyLess)
{
    std::vector<uint32_t> rows;
    if (limit == 0)
        return rows;
    bool ascending = !key.hasNulls();
    for (size_t r = 1; ascending && r < key.size(); ++r)
        ascending = !keyLess(static_cast<uint32_t>(r), static_cast<uint32_t>(r - 1));
    if (ascending) {
        const size_t words = members.wordCount();
        for (size_t w = 0; w < words && rows.size() < limit; ++w)
            members.forEachInWords(w, w + 1, [&](size_t r) {
                if (rows.size() < limit)
                    rows.push_back(static_cast<uint32_t>(r));
            });
        return rows;
    }

    auto less = [&](uint32_t a, uint32_t b) {
        const bool na = key.isNull(a), nb = key.isNull(b);
        if (na != nb)
            return nb;
        if (!na) {
            if (keyLess(a, b))
                return true;
            if (keyLess(b, a))
                return false;
        }
        return a < b;
    };
    const size_t capacity = 2 * limit;
    rows.reserve(std::min(capacity, members.size()));
    bool haveThreshold = false;
    uint32_t threshold = 0;
    members.forEach([&](size_t r) {
        const auto row = static_cast<uint32_t>(r);
        if (haveThreshold && !less(row, threshold))
            return;
        rows.push_back(row);
        if (rows.size() == capacity) {
            std::nth_element(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(limit - 1), rows.end(), less);
            rows.resize(limit);
            threshold = rows.back();
            haveThreshold = true;
        }
    });
    std::sort(rows.begin(), rows.end(), less);
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

} // namespace

std::vector<uint32_t> sampleMembersInKeyOrder(const Column& key, const Bitset& members, size_t limit)
{
    switch (key.type()) {
    case DataType::Int:
    case DataType::Timestamp:
        return firstInOrder(key, members, limit, [&](uint32_t a, uint32_t b) { return key.intAt(a) < key.intAt(b); });
    case DataType::Double:
        return firstInOrder(key, members, limit,
                            [&](uint32_t a, uint32_t b) { return key.doubleAt(a) < key.doubleAt(b); });
    case DataType::Date:
        return firstInOrder(key, members, limit, [&](uint32_t a, uint32_t b) { return key.dateAt(a) < key.dateAt(b); });
    case DataType::Bool:
        return firstInOrder(key, members, limit, [&](uint32_t a, uint32_t b) { return key.boolAt(a) < key.boolAt(b); });
    case DataType::String:
        return firstInOrder(key, members, limit,
                            [&](uint32_t a, uint32_t b) { return key.stringAt(a).compare(key.stringAt(b)) < 0; });
    }
    return {};
}

} // namespace seg::ui
