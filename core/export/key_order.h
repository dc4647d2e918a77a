#pragma once
// Pieces of membersInKeyOrder (key_order.cpp) that the export uses on their own: it formats
// rows in row order and checks the key order on the values it gathers anyway, instead of a
// separate pass over the key column (csv_export.cpp). Internal to the export.
#include "data/bitset.h"
#include "data/column.h"

#include <bit>
#include <cstdint>
#include <vector>

namespace seg::csv {

// A numeric key value as an unsigned integer in key order (so one compare and one radix sort
// serve every type), from its raw bits: int64 for Int/Timestamp, sign-extended days for Date,
// 0/1 for Bool, the double's bits for Double (-0 and +0 are equal keys).
inline uint64_t sortableKey(DataType type, uint64_t raw)
{
    constexpr uint64_t kSign = uint64_t{1} << 63;
    switch (type) {
    case DataType::Bool: return raw;
    case DataType::Double: {
        const double v = std::bit_cast<double>(raw);
        const auto bits = std::bit_cast<uint64_t>(v == 0.0 ? 0.0 : v);
        return (bits & kSign) ? ~bits : bits | kSign;
    }
    default: return raw ^ kSign; // Int, Timestamp, Date
    }
}

// Member rows in row order (extracted in parallel).
std::vector<uint32_t> memberRows(const Bitset& members);

// Puts rows of a numeric key without NULLs into key order (stable); a no-op when they are.
void sortByNumericKey(const Column& key, std::vector<uint32_t>& rows);

// Whether the keys of every `step`-th row are in order: a cheap hint that all are.
bool sampleInKeyOrder(const Column& key, const std::vector<uint32_t>& rows, size_t samples);

} // namespace seg::csv
