#pragma once
// The graph file's top-level "export" section (issue 17; spec section 6, "Destinations"): the
// destination preset chosen last, which project column feeds each identifier, the default
// phone region, and the project's named suppression lists. Plain data; the presets and the
// normalisation live in core/destinations/.
#include "util/json.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

// What a destination can take about a customer.
enum class Identifier { Key, Email, Phone, FirstName, LastName, Country, Zip };
constexpr size_t kIdentifierCount = 7;
// As written in the file and on the command line: "key", "email", "phone", "first_name",
// "last_name", "country", "zip".
std::string_view identifierName(Identifier id);
std::optional<Identifier> parseIdentifier(std::string_view name);
constexpr std::array<Identifier, kIdentifierCount> kAllIdentifiers = {
    Identifier::Key, Identifier::Email, Identifier::Phone, Identifier::FirstName,
    Identifier::LastName, Identifier::Country, Identifier::Zip};

// The preset names, as on the command line (core/destinations/presets.cpp defines each).
const std::vector<std::string_view>& destinationPresetNames();

struct SuppressionListRef {
    std::string name;  // shown in summaries and manifests
    std::string file;  // the stored (normalised, hashed) list, relative to the graph file
    bool always = false; // applied to every export unless the export chooses its lists
    bool operator==(const SuppressionListRef&) const = default;
};

struct GraphExportSettings {
    std::string preset;                       // "" when none chosen yet
    std::map<Identifier, std::string> columns; // identifier -> customer (or derived) column
    std::string defaultRegion;                // ISO alpha-2 for phones without a country code
    std::vector<SuppressionListRef> suppressionLists;

    bool empty() const { return preset.empty() && columns.empty() && defaultRegion.empty() && suppressionLists.empty(); }
    bool operator==(const GraphExportSettings&) const = default;
};

Json exportSettingsToJson(const GraphExportSettings& settings);

} // namespace seg
