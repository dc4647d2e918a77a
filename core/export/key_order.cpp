// Ordering member rows by customer key for the export. Rows are in file order, which is
// usually but not always key order, so: check first (one pass, in parallel), else sort.
#include "export/csv_export.h"
#include "export/key_order.h"

#include <tbb/parallel_for.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cstring>

namespace seg {

namespace {

// Raw bits of a numeric key value (see csv::sortableKey).
uint64_t rawKey(const Column& key, size_t row)
{
    switch (key.type()) {
    case DataType::Int:
    case DataType::Timestamp: return static_cast<uint64_t>(key.intAt(row));
    case DataType::Date: return static_cast<uint64_t>(static_cast<int64_t>(key.dateAt(row)));
    case DataType::Bool: return key.boolAt(row) ? 1 : 0;
    case DataType::Double: return std::bit_cast<uint64_t>(key.doubleAt(row));
    case DataType::String: break;
    }
    return 0;
}

uint64_t sortableBits(const Column& key, size_t row) { return csv::sortableKey(key.type(), rawKey(key, row)); }

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

// Whether key(rows[i - 1]) <= key(rows[i]) throughout, in sortableBits order (checked in
// parallel: scattered members make every key read a cache miss). `keyOf` maps a row to a value
// ordered like sortableBits.
template <class KeyOf>
bool ascending(const std::vector<uint32_t>& rows, KeyOf keyOf)
{
    constexpr size_t kPiece = 65536;
    std::atomic<bool> unsorted{false};
    tbb::parallel_for(size_t{0}, (rows.size() + kPiece - 1) / kPiece, [&](size_t p) {
        const size_t end = std::min(rows.size(), (p + 1) * kPiece);
        for (size_t i = std::max<size_t>(1, p * kPiece); i < end && !unsorted.load(std::memory_order_relaxed); ++i)
            if (keyOf(rows[i]) < keyOf(rows[i - 1]))
                unsorted.store(true, std::memory_order_relaxed);
    });
    return !unsorted.load();
}

bool numericKeysAscending(const Column& key, const std::vector<uint32_t>& rows)
{
    switch (key.type()) {
    case DataType::Int:
    case DataType::Timestamp: return ascending(rows, [v = key.ints().data()](uint32_t r) { return v[r]; });
    case DataType::Date: return ascending(rows, [v = key.codes().data()](uint32_t r) { return v[r]; });
    case DataType::Bool: return ascending(rows, [v = key.bools().data()](uint32_t r) { return v[r] != 0; });
    case DataType::Double:
        return ascending(rows, [v = key.doubles().data()](uint32_t r) {
            return csv::sortableKey(DataType::Double, std::bit_cast<uint64_t>(v[r]));
        });
    case DataType::String: break;
    }
    return false;
}

} // namespace

namespace csv {

// Pieces of the bitset are counted first, so each piece knows where its rows go.
std::vector<uint32_t> memberRows(const Bitset& members)
{
    constexpr size_t kPieceWords = 2048; // 131072 rows
    const size_t words = members.wordCount();
    const size_t pieces = (words + kPieceWords - 1) / kPieceWords;
    std::vector<size_t> offsets(pieces + 1, 0);
    tbb::parallel_for(size_t{0}, pieces, [&](size_t p) {
        offsets[p + 1] = members.countWords(p * kPieceWords, std::min(words, (p + 1) * kPieceWords));
    });
    for (size_t p = 0; p < pieces; ++p)
        offsets[p + 1] += offsets[p];
    std::vector<uint32_t> rows(offsets[pieces]);
    tbb::parallel_for(size_t{0}, pieces, [&](size_t p) {
        uint32_t* out = rows.data() + offsets[p];
        members.forEachInWords(p * kPieceWords, std::min(words, (p + 1) * kPieceWords),
                               [&](size_t r) { *out++ = static_cast<uint32_t>(r); });
    });
    return rows;
}

void sortByNumericKey(const Column& key, std::vector<uint32_t>& rows)
{
    if (rows.size() < 2 || numericKeysAscending(key, rows))
        return;
    std::vector<KeyedRow> items(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        items[i] = {sortableBits(key, rows[i]), rows[i]};
    radixSort(items);
    for (size_t i = 0; i < rows.size(); ++i)
        rows[i] = items[i].row;
}

bool sampleInKeyOrder(const Column& key, const std::vector<uint32_t>& rows, size_t samples)
{
    const size_t step = std::max<size_t>(1, rows.size() / std::max<size_t>(1, samples));
    for (size_t i = step; i < rows.size(); i += step)
        if (sortableBits(key, rows[i]) < sortableBits(key, rows[i - step]))
            return false;
    return true;
}

} // namespace csv

std::vector<uint32_t> membersInKeyOrder(const Column& key, const Bitset& members)
{
    if (key.type() != DataType::String) {
        // Rows are usually in key order already (files are mostly written that way): extract
        // and check in parallel, radix-sort only when needed.
        std::vector<uint32_t> rows = csv::memberRows(members);
        std::vector<uint32_t> nullRows;
        if (key.hasNulls()) {
            std::erase_if(rows, [&](uint32_t r) {
                const bool null = key.isNull(r);
                if (null)
                    nullRows.push_back(r);
                return null;
            });
        }
        csv::sortByNumericKey(key, rows);
        rows.insert(rows.end(), nullRows.begin(), nullRows.end());
        return rows;
    }

    std::vector<uint32_t> rows;
    std::vector<uint32_t> nullRows;
    rows.reserve(members.count());
    members.forEach([&](size_t r) {
        if (key.isNull(r))
            nullRows.push_back(static_cast<uint32_t>(r));
        else
            rows.push_back(static_cast<uint32_t>(r));
    });
    auto less = [&](uint32_t a, uint32_t b) {
        const int c = key.stringAt(a).compare(key.stringAt(b)); // char_traits<char>: byte order
        return c < 0 || (c == 0 && a < b);
    };
    if (!std::is_sorted(rows.begin(), rows.end(), less))
        std::sort(rows.begin(), rows.end(), less);
    rows.insert(rows.end(), nullRows.begin(), nullRows.end());
    return rows;
}

} // namespace seg
