#include "workspace/column_codec.h"

#include "util/error.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace seg::ws {

static_assert(std::endian::native == std::endian::little, "workspace blobs are written little-endian");

namespace {

enum Kind : uint8_t { kRaw = 0, kOffset = 1, kDecimal = 2 };

struct Header {
    uint8_t kind = kRaw;
    uint8_t width = 0;
    int8_t decimals = 0;
    uint8_t zero = 0;
    uint32_t rows = 0;
    int64_t base = 0;
};
static_assert(sizeof(Header) == 16);

struct DictHeader {
    uint64_t firstByte = 0;
    uint32_t entries = 0;
    uint8_t width = 0;
    uint8_t zero[3] = {0, 0, 0};
};
static_assert(sizeof(DictHeader) == 16);

[[noreturn]] void damaged(std::string_view what)
{
    throw Error("the workspace's data is damaged (" + std::string(what) + ")");
}

unsigned widthFor(uint64_t maxStored)
{
    if (maxStored == 0)
        return 0;
    if (maxStored <= 0xFF)
        return 1;
    if (maxStored <= 0xFFFF)
        return 2;
    if (maxStored <= 0xFFFFFFFFu)
        return 4;
    return 8;
}

// value - base for every value, in `width` bytes.
template <class T> std::string encodeOffsets(const T* values, size_t n, Header h)
{
    int64_t lo = 0, hi = 0;
    if (n > 0) {
        const auto [mn, mx] = std::minmax_element(values, values + n);
        lo = static_cast<int64_t>(*mn);
        hi = static_cast<int64_t>(*mx);
    }
    h.rows = static_cast<uint32_t>(n);
    h.base = lo;
    const uint64_t span = static_cast<uint64_t>(hi) - static_cast<uint64_t>(lo);
    h.width = static_cast<uint8_t>(widthFor(span));
    std::string out(sizeof h + n * h.width, '\0');
    std::memcpy(out.data(), &h, sizeof h);
    char* p = out.data() + sizeof h;
    auto put = [&](auto tag) {
        using U = decltype(tag);
        for (size_t i = 0; i < n; ++i) {
            const U stored = static_cast<U>(static_cast<uint64_t>(static_cast<int64_t>(values[i])) - static_cast<uint64_t>(lo));
            std::memcpy(p + i * sizeof(U), &stored, sizeof(U));
        }
    };
    switch (h.width) {
    case 1: put(uint8_t{}); break;
    case 2: put(uint16_t{}); break;
    case 4: put(uint32_t{}); break;
    case 8: put(uint64_t{}); break;
    default: break;
    }
    return out;
}

template <class T> void decodeOffsets(const Header& h, const char* p, T* out)
{
    const uint64_t base = static_cast<uint64_t>(h.base);
    auto get = [&](auto tag) {
        using U = decltype(tag);
        for (size_t i = 0; i < h.rows; ++i) {
            U stored;
            std::memcpy(&stored, p + i * sizeof(U), sizeof(U));
            out[i] = static_cast<T>(static_cast<int64_t>(base + stored));
        }
    };
    switch (h.width) {
    case 0: std::fill(out, out + h.rows, static_cast<T>(h.base)); break;
    case 1: get(uint8_t{}); break;
    case 2: get(uint16_t{}); break;
    case 4: get(uint32_t{}); break;
    default: get(uint64_t{}); break;
    }
}

bool sameBits(double a, double b) { return std::bit_cast<uint64_t>(a) == std::bit_cast<uint64_t>(b); }

// The smallest decimals (0..4) for which every value is exactly k / 10^decimals, or -1.
int decimalsOf(const double* values, size_t n, std::vector<int64_t>& scaled)
{
    scaled.resize(n);
    for (int d = 0; d <= 4; ++d) {
        const double scale = Column::decimalScale(d);
        bool fits = true;
        for (size_t i = 0; i < n && fits; ++i) {
            const double x = values[i] * scale;
            if (!(std::fabs(x) < 9.0e15)) { // also false for NaN
                fits = false;
                break;
            }
            const int64_t k = std::llround(x);
            fits = sameBits(static_cast<double>(k) / scale, values[i]);
            scaled[i] = k;
        }
        if (fits)
            return d;
    }
    return -1;
}

size_t chunkBegin(size_t chunk) { return chunk * kChunkRows; }
size_t chunkEnd(size_t chunk, size_t rows) { return std::min(rows, (chunk + 1) * kChunkRows); }

} // namespace

size_t chunkCount(size_t rows) { return (rows + kChunkRows - 1) / kChunkRows; }

std::string encodeValues(const Column& c, size_t chunk)
{
    const size_t begin = chunkBegin(chunk), end = chunkEnd(chunk, c.size()), n = end - begin;
    Header h;
    switch (c.type()) {
    case DataType::Int:
    case DataType::Timestamp:
        h.kind = kOffset;
        return encodeOffsets(c.ints().data() + begin, n, h);
    case DataType::Date:
    case DataType::String:
        h.kind = kOffset;
        return encodeOffsets(c.codes().data() + begin, n, h);
    case DataType::Double: {
        std::vector<int64_t> scaled;
        const int decimals = decimalsOf(c.doubles().data() + begin, n, scaled);
        if (decimals >= 0) {
            h.kind = kDecimal;
            h.decimals = static_cast<int8_t>(decimals);
            return encodeOffsets(scaled.data(), n, h);
        }
        h.kind = kRaw;
        h.width = 8;
        h.rows = static_cast<uint32_t>(n);
        std::string out(sizeof h + n * 8, '\0');
        std::memcpy(out.data(), &h, sizeof h);
        if (n)
            std::memcpy(out.data() + sizeof h, c.doubles().data() + begin, n * 8);
        return out;
    }
    case DataType::Bool: {
        h.kind = kRaw;
        h.width = 1;
        h.rows = static_cast<uint32_t>(n);
        std::string out(sizeof h + n, '\0');
        std::memcpy(out.data(), &h, sizeof h);
        if (n)
            std::memcpy(out.data() + sizeof h, c.bools().data() + begin, n);
        return out;
    }
    }
    return {};
}

std::string encodeValidity(const Column& c, size_t chunk)
{
    if (!c.hasNulls())
        return {};
    const size_t firstWord = chunkBegin(chunk) / 64;
    const size_t lastWord = (chunkEnd(chunk, c.size()) + 63) / 64;
    const size_t bits = chunkEnd(chunk, c.size()) - chunkBegin(chunk);
    if (c.validity().countWords(firstWord, lastWord) == bits)
        return {};
    return std::string(reinterpret_cast<const char*>(c.validity().words() + firstWord), (lastWord - firstWord) * 8);
}

std::string encodeDictionary(const StringDict& dict, size_t chunk)
{
    const size_t first = chunk * kDictEntries, end = std::min(dict.size(), first + kDictEntries);
    // The same blob for 32- and 64-bit offsets: it stores lengths, not offsets.
    return dict.visitOffsets([&](const auto* off) {
        uint64_t longest = 0;
        for (size_t i = first; i < end; ++i)
            longest = std::max<uint64_t>(longest, off[i + 1] - off[i]);
        DictHeader h;
        h.firstByte = off[first];
        h.entries = static_cast<uint32_t>(end - first);
        h.width = static_cast<uint8_t>(std::max(1u, widthFor(longest)));
        const size_t bytes = off[end] - off[first];
        std::string out(sizeof h + h.entries * size_t{h.width} + bytes, '\0');
        std::memcpy(out.data(), &h, sizeof h);
        char* p = out.data() + sizeof h;
        for (size_t i = first; i < end; ++i) {
            const uint64_t len = off[i + 1] - off[i];
            std::memcpy(p + (i - first) * h.width, &len, h.width); // little-endian: low bytes first
        }
        if (bytes)
            std::memcpy(p + h.entries * size_t{h.width}, dict.bytes() + off[first], bytes);
        return out;
    });
}

ColumnBuilder::ColumnBuilder(std::string name, DataType type, size_t rows, size_t dictEntries, size_t dictBytes)
    : name_(std::move(name)), type_(type), rows_(rows), valid_(rows, true)
{
    switch (type) {
    case DataType::Int:
    case DataType::Timestamp: ints_.resize(rows); break;
    case DataType::Double: doubles_.resize(rows); break;
    case DataType::Bool: bools_.resize(rows); break;
    case DataType::Date:
    case DataType::String: codes_.resize(rows); break;
    }
    if (type == DataType::String) {
        dictBytes_.resize(dictBytes);
        dictOffsets_.resize(dictEntries + 1);
        dictOffsets_.back() = dictBytes;
    }
}

void ColumnBuilder::decodeValues(size_t chunk, std::string_view blob)
{
    const size_t begin = chunkBegin(chunk), end = chunkEnd(chunk, rows_);
    Header h;
    if (begin >= rows_ || blob.size() < sizeof h)
        damaged("column '" + name_ + "': chunk " + std::to_string(chunk) + " is out of range or cut short");
    std::memcpy(&h, blob.data(), sizeof h);
    const bool widthOk = h.width == 0 || h.width == 1 || h.width == 2 || h.width == 4 || h.width == 8;
    if (h.rows != end - begin || !widthOk || blob.size() != sizeof h + size_t{h.rows} * h.width)
        damaged("column '" + name_ + "': chunk " + std::to_string(chunk) + " does not match its header");
    const char* p = blob.data() + sizeof h;
    switch (type_) {
    case DataType::Int:
    case DataType::Timestamp:
        if (h.kind != kOffset)
            damaged("column '" + name_ + "': unknown encoding");
        decodeOffsets(h, p, ints_.data() + begin);
        break;
    case DataType::Date:
    case DataType::String:
        if (h.kind != kOffset || h.width > 4)
            damaged("column '" + name_ + "': unknown encoding");
        decodeOffsets(h, p, codes_.data() + begin);
        break;
    case DataType::Double:
        if (h.kind == kRaw && h.width == 8) {
            std::memcpy(doubles_.data() + begin, p, size_t{h.rows} * 8);
        } else if (h.kind == kDecimal && h.decimals >= 0 && h.decimals <= 4) {
            const double scale = Column::decimalScale(h.decimals);
            std::vector<int64_t> scaled(h.rows);
            decodeOffsets(h, p, scaled.data());
            double* out = doubles_.data() + begin;
            for (size_t i = 0; i < h.rows; ++i)
                out[i] = static_cast<double>(scaled[i]) / scale;
        } else {
            damaged("column '" + name_ + "': unknown encoding");
        }
        break;
    case DataType::Bool:
        if (h.kind != kRaw || h.width != 1)
            damaged("column '" + name_ + "': unknown encoding");
        std::memcpy(bools_.data() + begin, p, h.rows);
        break;
    }
}

void ColumnBuilder::decodeValidity(size_t chunk, std::string_view blob)
{
    const size_t firstWord = chunkBegin(chunk) / 64;
    const size_t lastWord = (chunkEnd(chunk, rows_) + 63) / 64;
    if (chunkBegin(chunk) >= rows_ || blob.size() != (lastWord - firstWord) * 8)
        damaged("column '" + name_ + "': NULL map of chunk " + std::to_string(chunk) + " has the wrong size");
    std::memcpy(valid_.words() + firstWord, blob.data(), blob.size());
}

void ColumnBuilder::decodeDictionary(size_t chunk, std::string_view blob)
{
    const size_t entries = dictOffsets_.size() - 1;
    const size_t first = chunk * kDictEntries;
    DictHeader h;
    if (first >= entries || blob.size() < sizeof h)
        damaged("column '" + name_ + "': dictionary chunk " + std::to_string(chunk) + " is out of range");
    std::memcpy(&h, blob.data(), sizeof h);
    const size_t n = std::min(entries - first, kDictEntries);
    if (h.entries != n || (h.width != 1 && h.width != 2 && h.width != 4 && h.width != 8) ||
        blob.size() < sizeof h + n * h.width)
        damaged("column '" + name_ + "': dictionary chunk " + std::to_string(chunk) + " does not match its header");
    const char* lengths = blob.data() + sizeof h;
    const size_t textBytes = blob.size() - sizeof h - n * h.width;
    uint64_t at = h.firstByte;
    for (size_t i = 0; i < n; ++i) {
        dictOffsets_[first + i] = at;
        uint64_t len = 0;
        std::memcpy(&len, lengths + i * h.width, h.width);
        at += len;
    }
    if (at - h.firstByte != textBytes || at > dictBytes_.size() || (first + n == entries && at != dictBytes_.size()))
        damaged("column '" + name_ + "': dictionary chunk " + std::to_string(chunk) + " has the wrong length");
    if (textBytes)
        std::memcpy(dictBytes_.data() + h.firstByte, lengths + n * h.width, textBytes);
}

Column ColumnBuilder::finish()
{
    // Chunks are decoded independently: check here that they add up (a missing dictionary chunk
    // leaves offsets out of order) before the column is used.
    for (size_t i = 0; i + 1 < dictOffsets_.size(); ++i)
        if (dictOffsets_[i] > dictOffsets_[i + 1])
            damaged("column '" + name_ + "': dictionary is incomplete");
    const size_t dictSize = dictOffsets_.empty() ? 0 : dictOffsets_.size() - 1;
    if (type_ == DataType::String) {
        // NULL rows hold code 0 also when the dictionary is empty. Branch-free: one pass.
        const uint32_t limit = static_cast<uint32_t>(std::min<size_t>(std::max<size_t>(dictSize, 1), UINT32_MAX));
        bool outside = false;
        for (const int32_t code : codes_)
            outside |= static_cast<uint32_t>(code) >= limit;
        if (outside)
            damaged("column '" + name_ + "': a value points past its dictionary");
    }
    valid_.clearTail();
    switch (type_) {
    case DataType::Int:
    case DataType::Timestamp: return Column::fromInts(name_, type_, std::move(ints_), std::move(valid_));
    case DataType::Double: return Column::fromDoubles(name_, std::move(doubles_), std::move(valid_));
    case DataType::Bool: return Column::fromBools(name_, std::move(bools_), std::move(valid_));
    case DataType::Date: return Column::fromDates(name_, std::move(codes_), std::move(valid_));
    case DataType::String:
    {
        // StringDict takes entries one by one; reserved up front, this is one sequential copy.
        StringDict dict;
        dict.reserve(dictSize, dictBytes_.size());
        for (size_t i = 0; i < dictSize; ++i)
            dict.push_back(std::string_view(dictBytes_.data() + dictOffsets_[i], dictOffsets_[i + 1] - dictOffsets_[i]));
        std::vector<char>().swap(dictBytes_);
        return Column::fromStrings(name_, std::move(codes_), std::move(dict), std::move(valid_));
    }
    }
    return {};
}

} // namespace seg::ws
