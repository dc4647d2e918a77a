#pragma once
// What one column holds, for the value pickers of the editor and the zero-member checks:
// distinct text values with their counts, the range of numbers and dates, and a histogram.
#include "data/column.h"

#include <cstddef>
#include <string>
#include <vector>

namespace seg {

struct ValueCount {
    std::string value;
    size_t count = 0;
    bool operator==(const ValueCount&) const = default;
};

struct ColumnStats {
    std::string name;
    DataType type = DataType::Int;
    size_t rows = 0;
    size_t nulls = 0;
    // String and Bool columns: the distinct present values with their counts, most frequent
    // first (ties in byte order), at most `maxValues` of them; `distinct` counts them all.
    std::vector<ValueCount> values;
    size_t distinct = 0;
    // Int, Double, Date (days), Timestamp (microseconds), Bool (0/1): the present values' range
    // as Column::numericAt gives them. hasRange is false when every value is NULL.
    bool hasRange = false;
    double min = 0, max = 0;
    // Int, Double, Date, Timestamp: equal-width bins over [min, max] (the maximum falls in the
    // last bin); one bin when min == max.
    std::vector<size_t> bins;

    bool truncated() const { return values.size() < distinct; }
    // A value of this column's type as the editor and the messages write it: 72, 0.65,
    // 2011-12-09, 2011-12-09 14:30:00, true.
    std::string formatValue(double v) const;
    std::string minText() const { return formatValue(min); }
    std::string maxText() const { return formatValue(max); }
    // Lower edge of bin i (i == bins.size(): the upper edge of the last bin).
    double binEdge(size_t i) const;
};

ColumnStats computeColumnStats(const Column& column, size_t histogramBins = 24, size_t maxValues = 5000);

// Text form of a value of `type` given as numericAt() gives it (see ColumnStats::formatValue).
std::string formatNumericValue(DataType type, double v);

// 1234567 -> "1,234,567" (messages in English; the GUI uses its locale).
std::string formatCount(size_t n);

} // namespace seg
