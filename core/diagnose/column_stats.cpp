#include "diagnose/column_stats.h"

#include <algorithm>
#include <cmath>

namespace seg {

std::string formatCount(size_t n)
{
    const std::string digits = std::to_string(n);
    std::string out;
    out.reserve(digits.size() + digits.size() / 3);
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out.push_back(',');
        out.push_back(digits[i]);
    }
    return out;
}

std::string formatNumericValue(DataType type, double v)
{
    switch (type) {
    case DataType::Int: return std::to_string(static_cast<int64_t>(v));
    case DataType::Double: return formatDouble(v);
    case DataType::Bool: return v != 0 ? "true" : "false";
    case DataType::Date: return formatDate(static_cast<int32_t>(v));
    case DataType::Timestamp: return formatTimestamp(static_cast<int64_t>(v));
    case DataType::String: break;
    }
    return {};
}

std::string ColumnStats::formatValue(double v) const { return formatNumericValue(type, v); }

double ColumnStats::binEdge(size_t i) const
{
    if (bins.empty())
        return min;
    return min + (max - min) * static_cast<double>(i) / static_cast<double>(bins.size());
}

namespace {

void countValues(const Column& column, ColumnStats& stats, size_t maxValues)
{
    std::vector<size_t> counts;
    std::vector<std::string> names;
    const size_t n = column.size();
    if (column.type() == DataType::String) {
        counts.assign(column.dict().size(), 0);
        for (size_t r = 0; r < n; ++r)
            if (!column.isNull(r))
                ++counts[static_cast<size_t>(column.codes()[r])];
        for (size_t i = 0; i < counts.size(); ++i)
            names.emplace_back(column.dict()[i]);
    } else { // Bool
        counts.assign(2, 0);
        for (size_t r = 0; r < n; ++r)
            if (!column.isNull(r))
                ++counts[column.boolAt(r) ? 1 : 0];
        names = {"false", "true"};
    }
    std::vector<size_t> order;
    for (size_t i = 0; i < counts.size(); ++i)
        if (counts[i] > 0)
            order.push_back(i);
    stats.distinct = order.size();
    const size_t keep = std::min(maxValues, order.size());
    auto moreFrequent = [&](size_t a, size_t b) {
        return counts[a] != counts[b] ? counts[a] > counts[b] : names[a] < names[b];
    };
    std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(), moreFrequent);
    for (size_t k = 0; k < keep; ++k)
        stats.values.push_back({names[order[k]], counts[order[k]]});
}

void rangeAndBins(const Column& column, ColumnStats& stats, size_t histogramBins)
{
    const size_t n = column.size();
    for (size_t r = 0; r < n; ++r) {
        if (column.isNull(r))
            continue;
        const double v = column.numericAt(r);
        if (!stats.hasRange) {
            stats.min = stats.max = v;
            stats.hasRange = true;
        } else {
            stats.min = std::min(stats.min, v);
            stats.max = std::max(stats.max, v);
        }
    }
    if (!stats.hasRange || column.type() == DataType::Bool || histogramBins == 0)
        return;
    const size_t bins = stats.max > stats.min ? histogramBins : 1;
    stats.bins.assign(bins, 0);
    const double width = (stats.max - stats.min) / static_cast<double>(bins);
    for (size_t r = 0; r < n; ++r) {
        if (column.isNull(r))
            continue;
        const double v = column.numericAt(r);
        size_t b = width > 0 ? static_cast<size_t>(std::floor((v - stats.min) / width)) : 0;
        ++stats.bins[std::min(b, bins - 1)];
    }
}

} // namespace

ColumnStats computeColumnStats(const Column& column, size_t histogramBins, size_t maxValues)
{
    ColumnStats stats;
    stats.name = column.name();
    stats.type = column.type();
    stats.rows = column.size();
    stats.nulls = column.nullCount();
    if (column.type() == DataType::String || column.type() == DataType::Bool)
        countValues(column, stats, maxValues);
    if (column.type() != DataType::String)
        rangeAndBins(column, stats, histogramBins);
    return stats;
}

} // namespace seg
