#include "preview/preview_stats.h"

#include "exec/overlap.h"

#include <algorithm>
#include <cmath>
#include <queue>

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

// Calls f(row, value) for every non-NULL row, reading the typed vector of the column directly
// (one type switch per column, not per row).
template <class F> void forEachValue(const Column& c, F&& f)
{
    const size_t n = c.size();
    auto loop = [&](auto valueAt) {
        for (size_t r = 0; r < n; ++r)
            if (!c.isNull(r))
                f(r, valueAt(r));
    };
    switch (c.type()) {
    case DataType::Int:
    case DataType::Timestamp: loop([&](size_t r) { return static_cast<double>(c.ints()[r]); }); break;
    case DataType::Double: loop([&](size_t r) { return c.doubles()[r]; }); break;
    case DataType::Bool: loop([&](size_t r) { return static_cast<double>(c.bools()[r]); }); break;
    case DataType::Date: loop([&](size_t r) { return static_cast<double>(c.codes()[r]); }); break;
    case DataType::String: break;
    }
}

bool wholeNumbers(DataType t)
{
    return t == DataType::Int || t == DataType::Date || t == DataType::Bool;
}

} // namespace

Histogram histogram(const Column& column, const Bitset* members, int maxBins)
{
    Histogram h;
    if (!isHistogramColumn(column))
        return h;
    maxBins = std::max(maxBins, 1);
    h.dates = column.type() == DataType::Date;

    double lo = 0, hi = 0;
    bool any = false;
    forEachValue(column, [&](size_t, double v) {
        if (!std::isfinite(v))
            return;
        lo = any ? std::min(lo, v) : v;
        hi = any ? std::max(hi, v) : v;
        any = true;
    });
    h.nullsAll = column.nullCount();
    if (members && column.hasNulls())
        members->forEach([&](size_t r) { h.nullsInside += column.isNull(r) ? 1 : 0; });
    if (!any)
        return h;

    size_t bins = 0;
    double width = 1;
    if (wholeNumbers(column.type())) {
        const double span = hi - lo + 1; // number of distinct whole values in range
        width = std::ceil(span / maxBins);
        bins = static_cast<size_t>(std::ceil(span / width));
    } else if (hi > lo) {
        bins = static_cast<size_t>(maxBins);
        width = (hi - lo) / maxBins;
    } else {
        bins = 1; // one value: one bin around it
    }
    for (size_t i = 0; i <= bins; ++i)
        h.edges.push_back(lo + width * static_cast<double>(i));
    if (!wholeNumbers(column.type()))
        h.edges.back() = std::max(hi, h.edges.back());
    h.all.assign(bins, 0);
    h.inside.assign(bins, 0);

    const size_t last = bins - 1;
    forEachValue(column, [&](size_t r, double v) {
        if (!std::isfinite(v))
            return;
        const size_t b = std::min(last, static_cast<size_t>((v - lo) / width));
        ++h.all[b];
        if (members && members->test(r))
            ++h.inside[b];
    });
    h.valid = true;
    return h;
}

namespace {

// Key order of membersInKeyOrder: NULL keys last, then equal keys by row.
template <class KeyLess> std::vector<uint32_t> firstInOrder(const Column& key, const Bitset& members, size_t limit,
                                                           KeyLess keyLess)
{
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
    std::vector<uint32_t> rows;
    if (limit == 0)
        return rows;
    std::priority_queue<uint32_t, std::vector<uint32_t>, decltype(less)> largestKept(less);
    members.forEach([&](size_t r) {
        const auto row = static_cast<uint32_t>(r);
        if (largestKept.size() < limit) {
            largestKept.push(row);
        } else if (less(row, largestKept.top())) {
            largestKept.pop();
            largestKept.push(row);
        }
    });
    rows.reserve(largestKept.size());
    for (; !largestKept.empty(); largestKept.pop())
        rows.push_back(largestKept.top());
    std::reverse(rows.begin(), rows.end());
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
