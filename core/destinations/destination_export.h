#pragma once
// Export of a segment's members for a destination preset (issue 17): the mapped columns
// normalised (and SHA-256 hashed where the destination asks), members on a chosen suppression
// list left out, files split at the destination's limits, a JSON manifest beside each file.
// Files are written atomically into an ExportSet, owner-only (0600): they hold personal data.
// Nothing personal goes into messages: places are customer row numbers (1-based rows of the
// loaded customer table).
#include "data/bitset.h"
#include "data/table.h"
#include "destinations/presets.h"
#include "destinations/suppression.h"
#include "export/export_set.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace seg {

using DerivedColumns = std::map<std::string, std::shared_ptr<const Column>, std::less<>>;

// The columns an export reads, resolved: nullptr where an identifier is not mapped.
struct MappedColumns {
    std::array<const Column*, kIdentifierCount> columns{};
    const Column* operator[](Identifier id) const { return columns[static_cast<size_t>(id)]; }
};
// Throws seg::Error naming the identifier and the column when a mapped column does not exist.
// The key column is always mapped to the table's key.
MappedColumns resolveMapping(const CustomerTable& customers, const DerivedColumns& derived,
                             const std::map<Identifier, std::string>& columns);

// What the manifest says about where a file came from.
struct ManifestSource {
    std::string graphName;
    std::string graphHash;      // SHA-256 of the graph as saved (canonical JSON)
    std::string segmentId;
    std::string segmentName;
    std::string definitionHash; // SHA-256 of the segment node and every node upstream of it
    std::string asOf;           // YYYY-MM-DD
    std::string runTime;        // ISO 8601 UTC, when the export ran
};

struct DestinationExportOptions {
    const Preset* preset = nullptr;
    std::string defaultRegion; // for phones without a country code and no country column
    PhoneCheck phoneCheck = PhoneCheck::Length;
    std::vector<const SuppressionList*> suppression;
    std::function<void(uint64_t done, uint64_t total)> progress;
    const std::atomic<bool>* cancel = nullptr;
};

struct IdentifierCount {
    uint64_t invalid = 0;            // present but could not be normalised: left out
    std::vector<uint64_t> firstRows; // customer rows (1-based) of the first few
    uint64_t duplicate = 0;          // left empty: an earlier row has this value (Preset::uniqueBy)
    std::vector<uint64_t> duplicateRows;
};

struct DestinationExportSummary {
    std::string segmentId;
    std::vector<std::string> files;  // file names in the folder, in part order
    uint64_t members = 0;            // in the segment
    uint64_t written = 0;            // rows in the files
    uint64_t suppressed = 0;         // members left out because a list holds them
    std::vector<std::pair<std::string, uint64_t>> suppressedByList; // a member on two lists counts for both
    uint64_t noIdentifier = 0;       // members without any identifier the destination matches on
    std::vector<uint64_t> noIdentifierRows;
    uint64_t duplicates = 0;         // rows left out as duplicates of an earlier row (key order)
    std::vector<uint64_t> duplicateRows;
    std::array<IdentifierCount, kIdentifierCount> identifiers;
    std::vector<std::string> warnings;
};

// Exports `members` into `set` as "<slug>.csv" (or "<slug>-part1.csv", ... when split) with a
// "<file stem>.manifest.json" beside each. Throws seg::Error (and seg::Cancelled).
DestinationExportSummary exportForDestination(const CustomerTable& customers, const MappedColumns& mapped,
                                              const Bitset& members, ExportSet& set, const std::string& slug,
                                              const DestinationExportOptions& options, const ManifestSource& source);

// A check of the mapping against the data before an export: for each mapped identifier,
// the share of present values (in a sample of up to `sampleRows` rows) that cannot be
// normalised. One finding per identifier with problems.
struct MappingFinding {
    Identifier identifier;
    std::string column;
    uint64_t checked = 0;
    uint64_t invalid = 0;
    std::vector<uint64_t> firstRows; // customer rows (1-based)
    // The values at firstRows, for the user's own screen only (the GUI's mapping check shows
    // them so the user can see what the column holds); never in `message`, logs or files.
    std::vector<std::string> firstValues;
    std::string message;             // "column 'phone' (phone): 812 of 1,000 values cannot be ..."
    bool mostlyInvalid() const { return invalid * 2 > checked; }
};
std::vector<MappingFinding> checkMapping(const CustomerTable& customers, const MappedColumns& mapped,
                                         const std::map<Identifier, std::string>& columns,
                                         const std::string& defaultRegion, size_t sampleRows = 10000,
                                         PhoneCheck phoneCheck = PhoneCheck::Length);

// "customer rows 3, 17, 20" for messages.
std::string rowList(const std::vector<uint64_t>& rows, uint64_t total);

} // namespace seg
