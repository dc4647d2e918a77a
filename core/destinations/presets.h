#pragma once
// Destination presets (issue 17): what each e-mail tool or ad platform takes in an upload
// file. Every rule is cited in docs/destinations.md.
#include "destinations/normalize.h"
#include "graph/export_settings.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

enum class PhoneForm {
    E164,       // "+4930123456" (Google, Klaviyo, Mailchimp)
    DigitsOnly, // "4930123456": country code, no '+', no leading zeros (Meta)
};

struct PresetColumn {
    Identifier identifier;
    std::string header;
    bool hashed = false; // SHA-256, lower-case hex, of the normalised value
};

struct Preset {
    std::string name;  // as on the command line: "google-customer-match"
    std::string title; // "Google Ads Customer Match"
    std::vector<PresetColumn> columns;
    // LinkedIn's template: every header stays, also for identifiers not mapped (empty cells).
    std::vector<std::string> extraEmptyHeaders;
    bool writeUnmappedColumns = false;
    // A member is written when every identifier of at least one of these keys normalises (else
    // left out and counted): {{Email}, {Phone}, {FirstName, LastName, Country, Zip}} reads
    // "an e-mail, or a phone, or the whole postal address".
    std::vector<std::vector<Identifier>> matchKeys;
    // Duplicates (docs/destinations.md, "Duplicates"), decided in key order, the first row wins.
    // uniqueBy: identifiers the destination keys its contacts by. A row whose uniqueBy[0]
    // (normalised) an earlier row has is left out; a later uniqueBy value an earlier row has
    // leaves its cell empty (the row is then left out when it has nothing else to match on).
    std::vector<Identifier> uniqueBy;
    // Rows whose every cell equals an earlier row's are left out (one person twice in the CRM).
    bool dropIdenticalRows = false;
    EmailRule email;
    NameRule names = NameRule::Trimmed;
    ZipRule zip = ZipRule::Trimmed;
    PhoneForm phone = PhoneForm::E164;
    bool countryLowerCase = false;
    uint64_t maxRowsPerFile = 0;  // 0: no limit
    uint64_t maxBytesPerFile = 0; // 0: no limit
    uint64_t minAudience = 0;     // fewer members: a warning
    std::string minAudienceReason;
    bool bom = false;
    bool spreadsheetSafe = false;
    bool generic = false; // csv / excel: the key first, then every mapped identifier by its name
};

const std::vector<Preset>& destinationPresets();
// nullptr when `name` is not a preset.
const Preset* findPreset(std::string_view name);
// "mailchimp, klaviyo, ..." for messages.
std::string presetNameList();
// The keys the mapping can fill: those whose every identifier is mapped (the key always is).
bool presetCanMatch(const Preset& preset, const std::vector<Identifier>& mapped);
// "email, or phone, or first_name + last_name + country + zip" for messages.
std::string presetMatchText(const Preset& preset);

} // namespace seg
