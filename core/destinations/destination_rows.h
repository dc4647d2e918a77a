#pragma once
// Formatting of a destination export's rows, a morsel of members at a time (several morsels
// in parallel; destination_export.cpp writes them in order). Internal to the destinations.
#include "destinations/destination_export.h"
#include "destinations/normalize.h"
#include "util/sha256.h"

#include <optional>
#include <string>
#include <vector>

namespace seg::dest {

constexpr size_t kFirstRows = 5; // rows listed per kind of problem

// Per-thread tools: both keep state that is costly to set up and not shareable.
struct ThreadTools {
    Sha256 hasher;
    PhoneNormalizer phones;
    std::array<std::string, kIdentifierCount> text; // non-string columns' text
};

struct MorselStats {
    std::vector<uint64_t> suppressedByList;
    uint64_t suppressed = 0;
    uint64_t noIdentifier = 0;
    std::vector<uint64_t> noIdentifierRows;
    std::array<IdentifierCount, kIdentifierCount> identifiers;
    void mergeInto(DestinationExportSummary& summary) const;
};

// What the sequential duplicate check needs of a row (presets with uniqueBy or
// dropIdenticalRows), computed in parallel with the row.
struct Hash128 {
    uint64_t lo = 0, hi = 0;
    bool operator==(const Hash128&) const = default;
};
constexpr size_t kMaxUniqueBy = 2;
struct RowDedup {
    uint32_t customerRow = 0; // 0-based
    // The uniqueBy cells (or, for dropIdenticalRows, the whole row in keys[0]): a 128-bit
    // XXH3 of their bytes; cellBegin == cellEnd: the cell is empty.
    std::array<Hash128, kMaxUniqueBy> keys{};
    std::array<uint32_t, kMaxUniqueBy> cellBegin{}, cellEnd{};
    // Whether the row still has something to match on without uniqueBy[k]'s value.
    std::array<bool, kMaxUniqueBy> matchableWithout{};
};

struct Morsel {
    std::string bytes;
    std::vector<uint32_t> rowEnds; // end offset of each row in `bytes`
    std::vector<RowDedup> dedup;   // one per row when the preset removes duplicates
    MorselStats stats;
    void clear(size_t lists);
};

class DestinationRows {
public:
    DestinationRows(const Preset& preset, const MappedColumns& mapped, std::string defaultRegion,
                    std::vector<const SuppressionList*> suppression, PhoneCheck phoneCheck = PhoneCheck::Length);

    std::string headerLine() const;
    void format(const uint32_t* rows, size_t n, ThreadTools& tools, Morsel& out) const;
    size_t listCount() const { return lists_.size(); }
    // The mapped uniqueBy identifiers, in the preset's order (at most kMaxUniqueBy).
    const std::vector<Identifier>& uniqueBy() const { return uniqueBy_; }
    bool removesDuplicates() const { return !uniqueBy_.empty() || preset_.dropIdenticalRows; }

private:
    struct OutColumn {
        Identifier identifier;
        std::string header;
        bool hashed = false;
        bool mapped = false;
    };
    // The value of `id` in `row`, trimmed; empty when NULL, blank or not mapped.
    std::string_view raw(Identifier id, uint32_t row, ThreadTools& tools) const;
    std::optional<std::string> countryOf(uint32_t row, ThreadTools& tools) const;
    bool isSuppressed(uint32_t row, std::string_view region, ThreadTools& tools, MorselStats& stats) const;
    using Values = std::array<std::optional<std::string>, kIdentifierCount>;
    // Whether one of the preset's match keys is complete, `without` counting as absent.
    bool matchable(const Values& values, std::optional<Identifier> without = std::nullopt) const;

    const Preset& preset_;
    MappedColumns mapped_;
    std::string defaultRegion_;
    std::vector<const SuppressionList*> lists_;
    PhoneCheck phoneCheck_;
    std::vector<Identifier> uniqueBy_;
    std::array<bool, kSuppressionKinds> anyList_{};
    std::vector<OutColumn> out_;
    std::string lineEnd_ = "\r\n";
    // Country per dictionary code of a string country column (small dictionaries only).
    std::vector<std::optional<std::string>> countryByCode_;
};

} // namespace seg::dest
