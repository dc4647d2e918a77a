#include "data/column.h"

#include "data/huge_pages.h"

#include <algorithm>
#include <cassert>
#include <cstring>
#include <functional>

namespace seg {

void Column::reserve(size_t n)
{
    valid_.reserve(n);
    switch (type_) {
    case DataType::Int:
    case DataType::Timestamp: ints_.reserve(n); break;
    case DataType::Double: doubles_.reserve(n); break;
    case DataType::Bool: bools_.reserve(n); break;
    case DataType::Date:
    case DataType::String: codes_.reserve(n); break;
    }
}

void Column::pushValidity(bool present)
{
    valid_.pushBack(present);
    hasNulls_ |= !present;
    ++size_;
}

void Column::appendNull()
{
    switch (type_) {
    case DataType::Int:
    case DataType::Timestamp: ints_.push_back(0); break;
    case DataType::Double: doubles_.push_back(0.0); break;
    case DataType::Bool: bools_.push_back(0); break;
    case DataType::Date:
    case DataType::String: codes_.push_back(0); break;
    }
    pushValidity(false);
}

void Column::appendInt(int64_t v)
{
    assert(type_ == DataType::Int || type_ == DataType::Timestamp);
    ints_.push_back(v);
    pushValidity(true);
}

void Column::appendDouble(double v)
{
    assert(type_ == DataType::Double);
    doubles_.push_back(v);
    pushValidity(true);
}

void Column::appendBool(bool v)
{
    assert(type_ == DataType::Bool);
    bools_.push_back(v ? 1 : 0);
    pushValidity(true);
}

void Column::appendDate(int32_t days)
{
    assert(type_ == DataType::Date);
    codes_.push_back(days);
    pushValidity(true);
}

namespace {

uint64_t load64(const char* p)
{
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

uint64_t load32(const char* p)
{
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

// One multiply per 8 bytes: every row of a string column is hashed while importing, and
// std::hash (a call into libstdc++ with a byte loop for the tail) showed in profiles.
uint64_t mixWord(uint64_t acc, uint64_t word)
{
    acc = (acc ^ word) * 0x9E3779B97F4A7C15ULL;
    return acc ^ (acc >> 29);
}

} // namespace

uint32_t Column::dictHash(std::string_view v)
{
    const char* p = v.data();
    const size_t n = v.size();
    uint64_t acc = 0x243F6A8885A308D3ULL ^ n;
    if (n >= 8) {
        for (size_t i = 0; i + 8 < n; i += 8)
            acc = mixWord(acc, load64(p + i));
        acc = mixWord(acc, load64(p + n - 8)); // the last 8 bytes (overlapping is fine)
    } else if (n >= 4) {
        acc = mixWord(acc, load32(p) | load32(p + n - 4) << 32);
    } else if (n > 0) {
        const auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
        acc = mixWord(acc, byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
    }
    // Final avalanche (murmur3's), so the low bits that pick the slot depend on every byte.
    acc ^= acc >> 33;
    acc *= 0xFF51AFD7ED558CCDULL;
    acc ^= acc >> 33;
    acc *= 0xC4CEB9FE1A85EC53ULL;
    acc ^= acc >> 33;
    return static_cast<uint32_t>(acc);
}

namespace {

// a == b for strings of equal size, without a call into memcmp for the short strings most
// dictionaries hold: loads that overlap rather than a byte loop.
bool sameBytes(const char* a, const char* b, size_t n)
{
    if (n >= 8) {
        if (n > 16)
            return std::memcmp(a, b, n) == 0;
        return load64(a) == load64(b) && load64(a + n - 8) == load64(b + n - 8);
    }
    if (n >= 4)
        return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
    for (size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return false;
    return true;
}

} // namespace

size_t Column::findSlot(std::string_view v, uint32_t tag) const
{
    const size_t mask = dictSlots_.size() - 1;
    for (size_t i = tag & mask;; i = (i + 1) & mask) {
        const DictSlot& s = dictSlots_[i];
        if (s.code1 == 0)
            return i;
        if (s.tag == tag) {
            const std::string_view known = dict_[s.code1 - 1];
            if (known.size() == v.size() && sameBytes(known.data(), v.data(), v.size()))
                return i;
        }
    }
}

void Column::growDictSlots(size_t entries)
{
    size_t size = std::max<size_t>(64, dictSlots_.size() * 2);
    while (size < 2 * entries) // load factor <= 1/2 keeps probe runs short
        size *= 2;
    std::vector<DictSlot> slots;
    reserveAdvised(slots, size); // probed at random: 2 MiB pages spare most TLB misses
    slots.resize(size);
    rehashInto(slots, dictSlots_);
    dictSlots_ = std::move(slots);
}

void Column::rehashInto(std::vector<DictSlot>& to, const std::vector<DictSlot>& from)
{
    const size_t mask = to.size() - 1;
    for (const DictSlot& s : from) {
        if (s.code1 == 0)
            continue;
        size_t i = s.tag & mask;
        while (to[i].code1 != 0)
            i = (i + 1) & mask;
        to[i] = s;
    }
}

int32_t Column::intern(std::string_view v, uint32_t tag)
{
    if (dictSlots_.size() < 2 * (dict_.size() + 1)) // load factor <= 1/2 keeps probe runs short
        growDictSlots(dict_.size() + 1);
    DictSlot& slot = dictSlots_[findSlot(v, tag)];
    if (slot.code1 == 0) {
        dict_.push_back(v);
        slot = {static_cast<uint32_t>(dict_.size()), tag};
    }
    return static_cast<int32_t>(slot.code1 - 1);
}

void Column::reserveDictionary(size_t distinct, size_t bytes)
{
    assert(type_ == DataType::String);
    dict_.reserve(distinct, bytes);
    if (dictSlots_.size() < 2 * distinct)
        growDictSlots(distinct);
}

void Column::finish()
{
    std::vector<DictSlot>().swap(dictSlots_);
    std::vector<RecentString>().swap(recent_);
    dict_.shrinkToFit();
    dropNarrowCopy();
}

namespace {

// The bytes of v as one word, exact for up to 8 bytes given the size (dictHash's first word):
// up to 8 bytes from both ends, never reading outside v.
uint64_t headTailWord(const char* p, size_t n)
{
    if (n >= 8)
        return load64(p) ^ (n > 8 ? load64(p + n - 8) * 0x9E3779B97F4A7C15ULL : 0);
    if (n >= 4)
        return load32(p) | load32(p + n - 4) << 32;
    if (n > 0)
        return uint64_t{static_cast<unsigned char>(p[0])} | uint64_t{static_cast<unsigned char>(p[n / 2])} << 8
            | uint64_t{static_cast<unsigned char>(p[n - 1])} << 16;
    return 0;
}

} // namespace

void Column::appendString(std::string_view v)
{
    assert(type_ == DataType::String);
    int32_t code;
    if (dict_.size() <= kRecentMaxEntries) {
        // Few distinct strings so far: the code of a recent equal string, found by its size
        // and end bytes, saves the hash and the slot probe (see RecentString).
        if (recent_.empty())
            recent_.resize(size_t{1} << kRecentBits);
        const size_t n = v.size();
        const uint64_t key = headTailWord(v.data(), n);
        RecentString& e = recent_[((key + n) * 0x9E3779B97F4A7C15ULL) >> (64 - kRecentBits)];
        if (e.size == n && e.key == key
            && (n <= 8 || sameBytes(dict_[static_cast<size_t>(e.code)].data(), v.data(), n))) {
            code = e.code;
        } else {
            code = intern(v, dictHash(v));
            e = {key, static_cast<uint32_t>(n), code};
        }
    } else {
        code = intern(v, dictHash(v));
    }
    codes_.push_back(code);
    pushValidity(true);
}

void Column::appendColumn(Column&& other)
{
    dropNarrowCopy();
    assert(type_ == other.type_);
    if (other.size_ == 0)
        return;
    const size_t room = std::max({ints_.capacity(), doubles_.capacity(), bools_.capacity(), codes_.capacity()});
    const size_t otherRoom =
        std::max({other.ints_.capacity(), other.doubles_.capacity(), other.bools_.capacity(), other.codes_.capacity()});
    if (size_ == 0 && dict_.empty() && (other.dict_.empty() || !other.dictSlots_.empty())
        && (room == 0 || otherRoom <= room)) {
        // Nothing here yet: take the other column as it is (the first chunk of an import),
        // keeping this column's reserved room for the chunks still to come (and no more, which
        // is why a column with more room than that is copied instead). The same for the room
        // reserveDictionary() made: the arena is not grown step by step, and the slots
        // reserved for all chunks take the first chunk's entries.
        std::string name = std::move(name_);
        std::vector<DictSlot> slots = std::move(dictSlots_); // all empty: nothing interned yet
        const size_t dictEntries = dict_.entryCapacity(), dictBytes = dict_.byteCapacity();
        *this = std::move(other);
        name_ = std::move(name);
        reserve(room);
        if (dictEntries > dict_.size() || dictBytes > dict_.byteSize())
            dict_.reserve(dictEntries > dict_.size() ? dictEntries - dict_.size() : 0,
                          dictBytes > dict_.byteSize() ? dictBytes - dict_.byteSize() : 0);
        if (slots.size() > dictSlots_.size()) {
            rehashInto(slots, dictSlots_);
            dictSlots_ = std::move(slots);
        }
        other = Column(name_, type_);
        return;
    }
    ints_.insert(ints_.end(), other.ints_.begin(), other.ints_.end());
    doubles_.insert(doubles_.end(), other.doubles_.begin(), other.doubles_.end());
    bools_.insert(bools_.end(), other.bools_.begin(), other.bools_.end());
    if (type_ == DataType::String) {
        // Other's codes are in its own first-seen order, so interning its dictionary in code
        // order reproduces the order appending row by row would give. Its slots already hold
        // each string's hash; its arena's bytes are copied into this one's.
        std::vector<uint32_t> tagOfCode(other.dict_.size());
        if (other.dictSlots_.empty()) {
            for (size_t c = 0; c < other.dict_.size(); ++c)
                tagOfCode[c] = dictHash(other.dict_[c]);
        } else {
            for (const DictSlot& slot : other.dictSlots_)
                if (slot.code1 != 0)
                    tagOfCode[slot.code1 - 1] = slot.tag;
        }
        // Slots sized once for all of other's strings, so none moves while interning them and
        // the slot of a string a few ahead can be fetched early: with a dictionary of a million
        // strings nearly every look-up misses the cache.
        const size_t total = dict_.size() + other.dict_.size();
        if (dictSlots_.size() < 2 * total)
            growDictSlots(total);
        dict_.reserve(other.dict_.size(), other.dict_.byteSize()); // at most; grows geometrically
        const size_t mask = dictSlots_.size() - 1;
        constexpr size_t kAhead = 16;
        const size_t entries = other.dict_.size();
        std::vector<int32_t> recode(std::max<size_t>(1, entries), 0);
        for (size_t c = 0; c < entries; ++c) {
            if (c + kAhead < entries)
                __builtin_prefetch(&dictSlots_[tagOfCode[c + kAhead] & mask]);
            recode[c] = intern(other.dict_[c], tagOfCode[c]);
        }
        // Every row through the table (NULL rows hold code 0, a valid index), then the NULL
        // rows set back to 0: no branch per row.
        const size_t base = codes_.size();
        codes_.resize(base + other.size_);
        int32_t* out = codes_.data() + base;
        const int32_t* in = other.codes_.data();
        const int32_t* map = recode.data();
        for (size_t r = 0; r < other.size_; ++r)
            out[r] = map[in[r]];
        if (other.hasNulls_) {
            const uint64_t* words = other.valid_.words();
            for (size_t w = 0; w * 64 < other.size_; ++w) {
                uint64_t missing = ~words[w];
                if (w * 64 + 64 > other.size_)
                    missing &= (uint64_t{1} << (other.size_ - w * 64)) - 1;
                for (; missing != 0; missing &= missing - 1)
                    out[w * 64 + static_cast<size_t>(__builtin_ctzll(missing))] = 0;
            }
        }
    } else {
        codes_.insert(codes_.end(), other.codes_.begin(), other.codes_.end());
    }
    valid_.append(other.valid_);
    hasNulls_ = hasNulls_ || other.hasNulls_;
    size_ += other.size_;
    other = Column(other.name_, other.type_);
}

int32_t Column::findCode(std::string_view v) const
{
    if (dictSlots_.empty())
        return -1;
    const DictSlot& slot = dictSlots_[findSlot(v, dictHash(v))];
    return slot.code1 == 0 ? -1 : static_cast<int32_t>(slot.code1 - 1);
}

namespace {

template <class T> void gatherVector(std::vector<T>& values, const std::vector<uint32_t>& rows)
{
    if (values.empty())
        return;
    std::vector<T> out;
    out.reserve(rows.size());
    for (const uint32_t r : rows)
        out.push_back(values[r]);
    values = std::move(out);
}

} // namespace

void Column::gather(const std::vector<uint32_t>& rows)
{
    dropNarrowCopy();
    gatherVector(ints_, rows);
    gatherVector(doubles_, rows);
    gatherVector(bools_, rows);
    gatherVector(codes_, rows);
    if (hasNulls_) {
        Bitset valid(rows.size());
        for (size_t i = 0; i < rows.size(); ++i)
            if (valid_.test(rows[i]))
                valid.set(i);
        valid_ = std::move(valid);
        hasNulls_ = valid_.count() != rows.size();
    } else {
        valid_.resize(rows.size(), true);
    }
    size_ = rows.size();
}

double Column::numericAt(size_t row) const
{
    switch (type_) {
    case DataType::Int:
    case DataType::Timestamp: return static_cast<double>(ints_[row]);
    case DataType::Double: return doubles_[row];
    case DataType::Bool: return bools_[row];
    case DataType::Date: return codes_[row];
    case DataType::String: return 0.0;
    }
    return 0.0;
}

std::string Column::textAt(size_t row) const
{
    if (isNull(row))
        return {};
    switch (type_) {
    case DataType::Int: return std::to_string(ints_[row]);
    case DataType::Timestamp: return formatTimestamp(ints_[row]);
    case DataType::Double: return formatDouble(doubles_[row]);
    case DataType::Bool: return bools_[row] ? "true" : "false";
    case DataType::Date: return formatDate(codes_[row]);
    case DataType::String: return std::string(stringAt(row));
    }
    return {};
}

size_t Column::memoryBytes() const
{
    size_t bytes = ints_.capacity() * sizeof(int64_t) + doubles_.capacity() * sizeof(double)
        + bools_.capacity() + codes_.capacity() * sizeof(int32_t) + valid_.wordCount() * sizeof(uint64_t);
    bytes += dict_.memoryBytes();
    if (narrow_ && narrow_->copy)
        bytes += narrow_->copy->bytes.capacity();
    if (narrow_ && narrow_->day)
        bytes += narrow_->day->bytes.capacity();
    if (narrow_ && narrow_->domains)
        bytes += narrow_->domains->memoryBytes();
    return bytes;
}

void Column::adoptValidity(Bitset valid, size_t n)
{
    assert(valid.size() == n);
    size_ = n;
    hasNulls_ = valid.count() != n;
    valid_ = std::move(valid);
}

Column Column::fromInts(std::string name, DataType type, std::vector<int64_t> v, Bitset valid)
{
    Column c(std::move(name), type);
    const size_t n = v.size();
    c.ints_ = std::move(v);
    c.adoptValidity(std::move(valid), n);
    return c;
}

Column Column::fromDoubles(std::string name, std::vector<double> v, Bitset valid)
{
    Column c(std::move(name), DataType::Double);
    const size_t n = v.size();
    c.doubles_ = std::move(v);
    c.adoptValidity(std::move(valid), n);
    return c;
}

Column Column::fromBools(std::string name, std::vector<uint8_t> v, Bitset valid)
{
    Column c(std::move(name), DataType::Bool);
    const size_t n = v.size();
    c.bools_ = std::move(v);
    c.adoptValidity(std::move(valid), n);
    return c;
}

Column Column::fromDates(std::string name, std::vector<int32_t> v, Bitset valid)
{
    Column c(std::move(name), DataType::Date);
    const size_t n = v.size();
    c.codes_ = std::move(v);
    c.adoptValidity(std::move(valid), n);
    return c;
}

Column Column::fromStrings(std::string name, std::vector<int32_t> codes, StringDict dict, Bitset valid)
{
    Column c(std::move(name), DataType::String);
    const size_t n = codes.size();
    c.codes_ = std::move(codes);
    c.dict_ = std::move(dict);
    c.adoptValidity(std::move(valid), n);
    return c;
}

} // namespace seg
