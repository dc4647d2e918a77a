#pragma once
// How a column of the in-memory store is kept in a workspace file: cut into chunks of
// kChunkRows rows, each chunk's values one blob, so that reopening is a few large reads and
// a decode that runs on all cores, not a row-by-row parse.
//
// Values blob: a 16-byte header {u8 kind, u8 width, i8 decimals, u8 0, u32 rows, i64 base}
// then rows * width bytes, little-endian:
//   kind 0 (raw):      the storage as it is in memory (doubles 8 bytes, bools 1 byte)
//   kind 1 (offset):   ints, dates, timestamps, string codes: value = base + stored, stored
//                      unsigned in `width` = 0 (all equal base), 1, 2, 4 or 8 bytes
//   kind 2 (decimal):  doubles that are all exactly k / 10^decimals: k = base + stored
// Validity blob (only for chunks with NULLs): the chunk's Bitset words.
// Dictionary blob (string columns, kDictEntries entries each): {u64 first byte, u32 entries,
// u8 width, 3 x 0} then entries * width length bytes, then the entries' bytes.
// Every decode checks the blob's size against its header and throws seg::Error when they
// disagree, so a damaged file is refused instead of read out of bounds.
#include "data/column.h"

#include <string>
#include <string_view>
#include <vector>

namespace seg::ws {

inline constexpr size_t kChunkRows = size_t{1} << 20;    // a multiple of 64: whole validity words
inline constexpr size_t kDictEntries = size_t{1} << 20;

size_t chunkCount(size_t rows);
std::string encodeValues(const Column& column, size_t chunk);
std::string encodeValidity(const Column& column, size_t chunk); // empty: no NULL in the chunk
std::string encodeDictionary(const StringDict& dict, size_t chunk);

// A column being read back: the arrays are allocated first, then any thread may decode any
// chunk into them (chunks never share a byte), then finish() makes the Column.
class ColumnBuilder {
public:
    ColumnBuilder(std::string name, DataType type, size_t rows, size_t dictEntries, size_t dictBytes);
    void decodeValues(size_t chunk, std::string_view blob);
    void decodeValidity(size_t chunk, std::string_view blob);
    void decodeDictionary(size_t chunk, std::string_view blob);
    Column finish();
    const std::string& name() const { return name_; }

private:
    std::string name_;
    DataType type_;
    size_t rows_;
    std::vector<int64_t> ints_;
    std::vector<double> doubles_;
    std::vector<uint8_t> bools_;
    std::vector<int32_t> codes_;
    Bitset valid_;
    std::vector<char> dictBytes_;
    std::vector<uint64_t> dictOffsets_;
};

} // namespace seg::ws
