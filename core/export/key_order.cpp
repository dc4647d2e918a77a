// Ordering member rows by customer key for the export. Rows are in file order, which is
// usually but not always key order, so: check first (one pass), else sort.
#include "export/csv_export.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace seg {

namespace {

// Order-preserving map of a key value to an unsigned integer, so one radix sort serves all
// numeric key types.
uint64_t sortableBits(const Column& key, size_t row)
{
    constexpr uint64_t kSign = uint64_t{1} << 63;
    switch (key.type()) {
    case DataType::Int:
    case DataType::Timestamp: return static_cast<uint64_t>(key.intAt(row)) ^ kSign;
    case DataType::Date: return static_cast<uint64_t>(static_cast<int64_t>(key.dateAt(row))) ^ kSign;
    case DataType::Bool: return key.boolAt(row) ? 1 : 0;
    case DataType::Double: {
        const double v = key.doubleAt(row) == 0.0 ? 0.0 : key.doubleAt(row); // -0 == +0
        const auto bits = std::bit_cast<uint64_t>(v);
        return (bits & kSign) ? ~bits : bits | kSign;
    }
    case DataType::String: break;
    }
    return 0;
}

struct KeyedRow {
    uint64_t key;
    uint32_t row;
};

// LSD radix sort, 16 bits per pass; passes where every key has the same digit are skipped
// (ids below 2^32 need two passes). Stable, so equal keys keep row order.
void radixSort(std::vector<KeyedRow>& items)
{
    std::vector<KeyedRow> scratch(items.size());
    std::vector<uint32_t> counts(size_t{1} << 16);
    for (int shift = 0; shift < 64; shift += 16) {
        std::fill(counts.begin(), counts.end(), 0u);
        for (const KeyedRow& it : items)
            ++counts[(it.key >> shift) & 0xffff];
        if (counts[(items.front().key >> shift) & 0xffff] == items.size())
            continue;
        uint32_t sum = 0;
        for (uint32_t& c : counts) {
            const uint32_t n = c;
            c = sum;
            sum += n;
        }
        for (const KeyedRow& it : items)
            scratch[counts[(it.key >> shift) & 0xffff]++] = it;
        items.swap(scratch);
    }
}

} // namespace

std::vector<uint32_t> membersInKeyOrder(const Column& key, const Bitset& members)
{
    std::vector<uint32_t> rows;
    std::vector<uint32_t> nullRows;
    rows.reserve(members.count());
    members.forEach([&](size_t r) {
        if (key.isNull(r))
            nullRows.push_back(static_cast<uint32_t>(r));
        else
            rows.push_back(static_cast<uint32_t>(r));
    });

    if (key.type() == DataType::String) {
        auto less = [&](uint32_t a, uint32_t b) {
            const int c = key.stringAt(a).compare(key.stringAt(b)); // char_traits<char>: byte order
            return c < 0 || (c == 0 && a < b);
        };
        if (!std::is_sorted(rows.begin(), rows.end(), less))
            std::sort(rows.begin(), rows.end(), less);
    } else if (rows.size() > 1) {
        bool sorted = true;
        for (size_t i = 1; i < rows.size() && sorted; ++i)
            sorted = sortableBits(key, rows[i - 1]) <= sortableBits(key, rows[i]);
        if (!sorted) {
            std::vector<KeyedRow> items(rows.size());
            for (size_t i = 0; i < rows.size(); ++i)
                items[i] = {sortableBits(key, rows[i]), rows[i]};
            radixSort(items);
            for (size_t i = 0; i < rows.size(); ++i)
                rows[i] = items[i].row;
        }
    }
    rows.insert(rows.end(), nullRows.begin(), nullRows.end());
    return rows;
}

} // namespace seg
