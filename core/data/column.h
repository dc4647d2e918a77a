#pragma once
// Typed, null-aware column of the in-memory column store.
// Storage by type:  Int, Timestamp -> ints (timestamps in microseconds UTC)
//                   Double -> doubles;  Bool -> bools (0/1)
//                   Date -> codes (days since epoch)
//                   String -> codes into dict (dictionary encoding; dict order = first seen;
//                             the dictionary is one arena, see data/string_dict.h)
// A NULL row has its validity bit cleared; its storage slot holds 0 so scans stay branch-free.
#include "data/bitset.h"
#include "data/domain_index.h"
#include "data/string_dict.h"
#include "data/types.h"

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map> // kept: files including column.h may rely on it
#include <vector>

namespace seg {

class Column {
public:
    Column() = default;
    Column(std::string name, DataType type) : name_(std::move(name)), type_(type) {}

    const std::string& name() const { return name_; }
    void setName(std::string n) { name_ = std::move(n); }
    DataType type() const { return type_; }
    size_t size() const { return size_; }

    bool isNull(size_t row) const { return hasNulls_ && !valid_.test(row); }
    bool hasNulls() const { return hasNulls_; }
    size_t nullCount() const { return hasNulls_ ? size_ - valid_.count() : 0; }
    // Validity bitmap: bit set = value present. Always sized to size().
    const Bitset& validity() const { return valid_; }

    // Appending (import, derive). Values of the wrong storage kind are a programming error.
    void reserve(size_t n);
    void appendNull();
    void appendInt(int64_t v);       // Int, Timestamp
    void appendDouble(double v);     // Double
    void appendBool(bool v);         // Bool
    void appendDate(int32_t days);   // Date
    void appendString(std::string_view v); // String (interned into the dictionary)
    // Room for `distinct` more dictionary strings of `bytes` more bytes (0: unknown), so that
    // interning them does not grow (and rehash) the build-time index and the arena step by
    // step. String columns only.
    void reserveDictionary(size_t distinct, size_t bytes = 0);
    // Drops the build-time hash and gives back the dictionary's growth slack.
    void finish();
    // Dictionary code of a string already appended, or -1 (only before finish()).
    int32_t findCode(std::string_view v) const;
    // Keeps rows[0], rows[1], ... in that order (reorders or filters; the dictionary is kept).
    void gather(const std::vector<uint32_t>& rows);
    // Appends all rows of `other` (same type; strings are re-coded into this dictionary, in
    // first-seen order as if appended one by one). Leaves `other` empty.
    void appendColumn(Column&& other);

    // Typed access for kernels.
    const std::vector<int64_t>& ints() const { return ints_; }
    const std::vector<double>& doubles() const { return doubles_; }
    const std::vector<uint8_t>& bools() const { return bools_; }
    const std::vector<int32_t>& codes() const { return codes_; }
    const StringDict& dict() const { return dict_; }

    int64_t intAt(size_t row) const { return ints_[row]; }
    double doubleAt(size_t row) const { return doubles_[row]; }
    bool boolAt(size_t row) const { return bools_[row] != 0; }
    int32_t dateAt(size_t row) const { return codes_[row]; }
    std::string_view stringAt(size_t row) const { return dict_[static_cast<size_t>(codes_[row])]; }
    // Numeric view of Int/Double/Date/Timestamp/Bool (for sorting and aggregates).
    double numericAt(size_t row) const;

    // Text form for export and previews; NULL gives "".
    std::string textAt(size_t row) const;

    // Bytes held by the typed vectors, dictionary, bitmap and built scan copies (memory report).
    size_t memoryBytes() const;

    // A narrow copy of the values for scans, built on first use (thread-safe) and kept with the
    // column, so a filter reads 1, 2 or 4 bytes per row instead of 8 (or 4). Int, Date and
    // Timestamp values are stored as value / unit - base (unit 1, or 1,000,000 for timestamps
    // that are all whole seconds); String codes as they are. Doubles that are all exactly
    // k / 10^decimals for integers k (money, scores: at most 4 decimals, |k| < 2^31) store
    // k - base. NULL rows hold 0. Null when the values do not fit 4 bytes. The column must not
    // change once this has been called (the bulk mutators gather/appendColumn/finish drop a
    // built copy).
    struct NarrowCopy {
        unsigned width = 0;         // bytes per row: 1, 2 or 4
        int64_t base = 0;
        int64_t unit = 1;
        int decimals = -1;          // doubles: value == double(stored + base) / 10^decimals
        uint64_t maxStored = 0;     // largest stored value
        std::vector<uint8_t> bytes; // size() * width bytes, native byte order
    };
    const NarrowCopy* narrowCopy() const;
    // Timestamps only: the calendar day of each value, stored = floor(value / kMicrosPerDay) -
    // base (unit = kMicrosPerDay; floor, so instants before 1970 fall on their own day), 1, 2
    // or 4 bytes. A range [ilo, ihi] of microseconds whose ends are day-aligned (ilo a multiple
    // of a day or open, ihi + 1 a multiple or open: within_last_days, before_days_ago) selects
    // exactly the rows whose day is in [ilo / day, (ihi + 1) / day - 1], so last_seen windows
    // scan 2 bytes a row where the narrow copy needs 4 (multi-year whole seconds) or none
    // (microseconds). Built on first use (thread-safe), dropped with the narrow copy; null for
    // other types, an empty column, or a day span over 4 bytes.
    const NarrowCopy* dayCopy() const;
    static double decimalScale(int decimals); // 10^decimals, decimals in 0..4
    // String columns of e-mail-like values: each dictionary entry's domain as a 2-byte code
    // (data/domain_index.h), for ends_with. Built on first use (thread-safe), dropped with the
    // narrow copy; null for other types or where it would not pay.
    const DomainIndex* domainIndex() const;

    // Moves the value arrays out, leaving the column empty: a finished run's derived columns
    // hand their buffers to the next run (exec/buffer_pool) instead of freeing them.
    std::vector<int64_t> releaseInts() { return std::move(ints_); }
    std::vector<double> releaseDoubles() { return std::move(doubles_); }

    // Builds a column from per-row pieces without the dictionary hash (derive nodes).
    static Column fromInts(std::string name, DataType type, std::vector<int64_t> v, Bitset valid);
    static Column fromDoubles(std::string name, std::vector<double> v, Bitset valid);
    static Column fromBools(std::string name, std::vector<uint8_t> v, Bitset valid);
    static Column fromDates(std::string name, std::vector<int32_t> v, Bitset valid);
    static Column fromStrings(std::string name, std::vector<int32_t> codes, StringDict dict, Bitset valid);
    static Column fromStrings(std::string name, std::vector<int32_t> codes, const std::vector<std::string>& dict,
                              Bitset valid)
    {
        return fromStrings(std::move(name), std::move(codes), StringDict(dict), std::move(valid));
    }

private:
    void pushValidity(bool present);
    void adoptValidity(Bitset valid, size_t n);

    std::string name_;
    DataType type_ = DataType::Int;
    size_t size_ = 0;
    bool hasNulls_ = false;
    Bitset valid_;
    std::vector<int64_t> ints_;
    std::vector<double> doubles_;
    std::vector<uint8_t> bools_;
    std::vector<int32_t> codes_;
    StringDict dict_;
    // Build-time index of dict_ (open addressing, linear probing): a node-based map cost one
    // allocation per distinct string and dominated import profiles. `tag` is the low 32 bits of
    // the string's hash: it picks the slot (also after growing) and skips most string compares.
    struct DictSlot {
        uint32_t code1 = 0; // code + 1; 0 = empty
        uint32_t tag = 0;
    };
    static uint32_t dictHash(std::string_view v);
    // Code of v, copied into dict_ when new.
    int32_t intern(std::string_view v, uint32_t tag);
    size_t findSlot(std::string_view v, uint32_t tag) const; // slot holding v, or the empty slot for it
    void growDictSlots(size_t entries); // to at least twice `entries` slots
    static void rehashInto(std::vector<DictSlot>& to, const std::vector<DictSlot>& from); // `to`: empty, 2^k slots
    std::vector<DictSlot> dictSlots_;
    // Build-time, while the dictionary is small (a country, a tier, an event type): the code
    // of recently appended strings by their size and first/last bytes (exact for strings of
    // up to 8 bytes, checked against the entry otherwise), so most rows of such a column are
    // neither hashed nor looked up in dictSlots_ (appendString). Dropped by finish().
    struct RecentString {
        uint64_t key = 0;
        uint32_t size = UINT32_MAX; // UINT32_MAX: empty
        int32_t code = 0;
    };
    static constexpr size_t kRecentBits = 7;           // 128 entries, 2 KiB
    static constexpr size_t kRecentMaxEntries = 1024;  // dictionaries bigger than this hash every row
    std::vector<RecentString> recent_;
    struct NarrowCache {
        std::once_flag once;
        std::unique_ptr<NarrowCopy> copy;
        std::once_flag dayOnce; // dayCopy(): built apart, most columns never need it
        std::unique_ptr<NarrowCopy> day;
        std::once_flag domainOnce; // domainIndex(): only ends_with conditions ask for it
        std::unique_ptr<DomainIndex> domains;
    };
    void dropNarrowCopy() { narrow_ = std::make_shared<NarrowCache>(); }
    mutable std::shared_ptr<NarrowCache> narrow_ = std::make_shared<NarrowCache>();
};

} // namespace seg
