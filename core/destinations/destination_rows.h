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

struct Morsel {
    std::string bytes;
    std::vector<uint32_t> rowEnds; // end offset of each row in `bytes`
    MorselStats stats;
    void clear(size_t lists);
};

class DestinationRows {
public:
    DestinationRows(const Preset& preset, const MappedColumns& mapped, std::string defaultRegion,
                    std::vector<const SuppressionList*> suppression);

    std::string headerLine() const;
    void format(const uint32_t* rows, size_t n, ThreadTools& tools, Morsel& out) const;
    size_t listCount() const { return lists_.size(); }

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

    const Preset& preset_;
    MappedColumns mapped_;
    std::string defaultRegion_;
    std::vector<const SuppressionList*> lists_;
    std::array<bool, kSuppressionKinds> anyList_{};
    std::vector<OutColumn> out_;
    std::string lineEnd_ = "\r\n";
    // Country per dictionary code of a string country column (small dictionaries only).
    std::vector<std::optional<std::string>> countryByCode_;
};

} // namespace seg::dest
