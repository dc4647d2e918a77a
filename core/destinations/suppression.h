#pragma once
// Suppression lists (issue 17): opt-outs, unsubscribes, GDPR objections, existing customers.
// Imported from a CSV whose header names the kind of each column (`email`, `phone`, `key`,
// `email_sha256`, `phone_sha256`); kept only as SHA-256 digests of every normalised form of
// each entry, so the stored list holds no readable personal data and still matches a customer
// in any spelling that normalises to the same identifier (identifier_forms.h).
#include "util/sha256.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace seg {

enum class SuppressionKind { Email, Phone, Key };
constexpr size_t kSuppressionKinds = 3;

struct SuppressionList {
    std::string name;
    bool always = false;
    size_t entries = 0; // identifiers imported (a line with an e-mail and a phone counts 2)
    std::array<std::vector<Sha256Digest>, kSuppressionKinds> digests; // sorted, unique

    bool has(SuppressionKind kind) const { return !digests[static_cast<size_t>(kind)].empty(); }
    bool contains(SuppressionKind kind, const Sha256Digest& digest) const;
    void add(SuppressionKind kind, const Sha256Digest& digest) { digests[static_cast<size_t>(kind)].push_back(digest); }
    void finish(); // sorts and removes duplicates
};

struct SuppressionImportReport {
    size_t lines = 0;     // data lines read
    size_t entries = 0;   // identifiers kept
    size_t invalid = 0;   // cells that could not be normalised (left out)
    std::vector<size_t> invalidLines; // the first few, as line numbers of the file
};

// Reads a suppression CSV (',' or ';' separated, optional UTF-8 BOM, header row). Phones
// without a country code take `defaultRegion`. Throws seg::Error naming the file and line
// (never the value) when the file cannot be read or its header names none of the kinds.
SuppressionList importSuppressionCsv(const std::filesystem::path& file, const std::string& name,
                                     const std::string& defaultRegion, SuppressionImportReport& report);

// The stored form: "kind,sha256" lines, written atomically with owner-only permissions.
void saveSuppressionList(const SuppressionList& list, const std::filesystem::path& file);
SuppressionList loadSuppressionList(const std::filesystem::path& file, const std::string& name);

// A suppression list file in either form: the stored one (header "kind,sha256") is loaded,
// anything else imported as a user's CSV.
SuppressionList readSuppressionFile(const std::filesystem::path& file, const std::string& name,
                                    const std::string& defaultRegion, SuppressionImportReport& report);

} // namespace seg
