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
    // A member is written when at least one of these normalises (else left out and counted).
    std::vector<Identifier> matchOn;
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

} // namespace seg
