#pragma once
// The numbers behind the preview charts, as plain functions over a run's result so they can be
// tested against hand-counted data without widgets: segment sizes, the overlap matrix of the
// segments, a histogram of a column inside a set versus all customers, and a member sample.
#include "data/bitset.h"
#include "data/column.h"
#include "exec/run_result.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace seg::ui {

struct SegmentBar {
    std::string id;
    std::string name;          // display name (segment name, else id)
    size_t size = 0;
    double share = 0;          // size / customers (0 when there are no customers)
    std::vector<std::string> warnings;
};

// One bar per segment of the run, in graph order (segments that did not run are left out).
std::vector<SegmentBar> segmentBars(const RunResult& run);

struct OverlapMatrix {
    std::vector<std::string> ids;   // segment node ids, in graph order
    std::vector<std::string> names; // display names
    std::vector<std::vector<size_t>> counts; // |A ∩ B|; the diagonal holds the sizes
    double jaccard(size_t i, size_t j) const;
    size_t size() const { return ids.size(); }
};

// Pairwise overlaps of the segments whose member sets the run holds.
OverlapMatrix segmentOverlaps(const RunResult& run);

struct Histogram {
    bool valid = false;       // false: no non-NULL value among all customers, or not numeric
    bool dates = false;       // bin edges are days since epoch
    std::vector<double> edges;    // bins + 1 ascending edges; bin i is [edges[i], edges[i+1])
    std::vector<size_t> all;      // per bin: all customers
    std::vector<size_t> inside;   // per bin: members of the set
    size_t nullsAll = 0, nullsInside = 0;
    size_t bins() const { return all.size(); }
};

// Whether histogram() accepts the column (Int, Double, Date, Timestamp, Bool).
bool isHistogramColumn(const Column& column);

// Equal-width bins over the range of the column's non-NULL values among ALL customers, so the
// two series share their bins; the maximum falls in the last bin. Whole-number columns (int,
// date, bool) get bins of whole-number width, one bin per value when the range is small.
// `members` may be null (then `inside` stays zero). maxBins >= 1.
Histogram histogram(const Column& column, const Bitset* members, int maxBins);

// Up to `limit` member rows in ascending key order, the same order as the CSV export
// (membersInKeyOrder): numeric keys by value, string keys by bytes, NULL keys last, equal keys
// in row order. Only the first `limit` are kept while scanning, so a sample of a large set
// costs no sort of the whole set.
std::vector<uint32_t> sampleMembersInKeyOrder(const Column& key, const Bitset& members, size_t limit);

} // namespace seg::ui
