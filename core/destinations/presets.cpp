#include "destinations/presets.h"

#include <algorithm>

namespace seg {

namespace {


std::vector<Preset> makePresets()
{
    std::vector<Preset> presets;
    {
        // mailchimp.com/help/format-guidelines-for-your-import-file: "Email Address" is the only
        // required column, one address per contact; international characters only after the @.
        Preset p;
        p.name = "mailchimp";
        p.title = "Mailchimp audience import";
        p.columns = {{Identifier::Email, "Email Address"}, {Identifier::FirstName, "First Name"},
                     {Identifier::LastName, "Last Name"}, {Identifier::Phone, "Phone Number"}};
        p.matchKeys = {{Identifier::Email}};
        // remove-duplicates-and-bounces-with-excel: "If an address is found in an import file
        // twice or more, we'll only add it once" (which one is not said: the first in key order here).
        p.uniqueBy = {Identifier::Email};
        p.email.asciiLocalPartOnly = true;
        presets.push_back(std::move(p));
    }
    {
        // help.klaviyo.com 115005078967: CSV, at most 50 MB (split larger uploads), first column
        // "Email Address" or "Phone Number" (the page's older versions also took "Email"; the
        // current one lists only these two); Klaviyo property names as headers.
        Preset p;
        p.name = "klaviyo";
        p.title = "Klaviyo list import";
        p.columns = {{Identifier::Email, "Email Address"},  {Identifier::Phone, "Phone Number"},
                     {Identifier::FirstName, "First Name"}, {Identifier::LastName, "Last Name"},
                     {Identifier::Country, "Country"},      {Identifier::Zip, "Zip Code"}};
        p.matchKeys = {{Identifier::Email}, {Identifier::Phone}};
        // help.klaviyo.com 115005078807: "There are no duplicate email addresses or phone numbers";
        // a profile is keyed by its e-mail, so a repeated e-mail is a repeated profile.
        p.uniqueBy = {Identifier::Email, Identifier::Phone};
        p.maxBytesPerFile = 50 * 1000 * 1000; // "50 MB": the smaller reading, to be safe
        presets.push_back(std::move(p));
    }
    {
        // support.google.com/google-ads/answer/7476159 and 7474263: headers Email, Phone,
        // First Name, Last Name, Country, Zip; e-mail and names trimmed and lower-cased, phones
        // E.164, then SHA-256; Country and Zip not hashed. Gmail dots: Google Ads API guide.
        Preset p;
        p.name = "google-customer-match";
        p.title = "Google Ads Customer Match";
        p.columns = {{Identifier::Email, "Email", true},          {Identifier::Phone, "Phone", true},
                     {Identifier::FirstName, "First Name", true}, {Identifier::LastName, "Last Name", true},
                     {Identifier::Country, "Country"},            {Identifier::Zip, "Zip"}};
        // Mailing address matching needs all four: First Name, Last Name, Country and Zip.
        p.matchKeys = {{Identifier::Email}, {Identifier::Phone},
                       {Identifier::FirstName, Identifier::LastName, Identifier::Country, Identifier::Zip}};
        p.dropIdenticalRows = true;
        p.email.removeGmailDots = true;
        p.names = NameRule::LowerCollapsed;
        p.minAudience = 1000;
        p.minAudienceReason = "Google serves Customer Match on Search and YouTube from 1,000 active members "
                              "(100 on Display)";
        presets.push_back(std::move(p));
    }
    {
        // facebook.com/business/help/2082575038703844 and the Marketing API's hashing rules:
        // headers email, phone, fn, ln, zip, country; phones with country code, digits only;
        // names lower-case without punctuation; zip lower-case without spaces (US: 5 digits);
        // country ISO alpha-2 lower-case; every identifier SHA-256. Lists under 100: avoid.
        Preset p;
        p.name = "meta-custom-audiences";
        p.title = "Meta Custom Audiences";
        p.columns = {{Identifier::Email, "email", true}, {Identifier::Phone, "phone", true},
                     {Identifier::FirstName, "fn", true}, {Identifier::LastName, "ln", true},
                     {Identifier::Zip, "zip", true},      {Identifier::Country, "country", true}};
        // fn and ln are main identifiers; a name alone matches nobody reliably, so a row without
        // e-mail and phone needs the whole address, as at Google.
        p.matchKeys = {{Identifier::Email}, {Identifier::Phone},
                       {Identifier::FirstName, Identifier::LastName, Identifier::Country, Identifier::Zip}};
        p.dropIdenticalRows = true;
        p.names = NameRule::LowerLettersOnly;
        p.zip = ZipRule::MetaCompact;
        p.phone = PhoneForm::DigitsOnly;
        p.countryLowerCase = true;
        p.minAudience = 100;
        p.minAudienceReason = "Meta asks for lists of at least 100 people";
        presets.push_back(std::move(p));
    }
    {
        // linkedin.com/help/lms/answer/a1489764: the template's headers unchanged, at least 300
        // rows, at most 300,000 records or 20 MB per list; e-mails plain or SHA-256.
        Preset p;
        p.name = "linkedin-matched-audiences";
        p.title = "LinkedIn Matched Audiences";
        p.columns = {{Identifier::Email, "email", true}, {Identifier::FirstName, "firstname"},
                     {Identifier::LastName, "lastname"}, {Identifier::Country, "country"}};
        p.extraEmptyHeaders = {"jobtitle", "employeecompany", "googleaid"};
        p.writeUnmappedColumns = true;
        p.matchKeys = {{Identifier::Email}};
        p.dropIdenticalRows = true; // a repeated row only counts against the 300,000 records
        p.maxRowsPerFile = 300000;
        p.maxBytesPerFile = 20 * 1000 * 1000;
        p.minAudience = 300;
        p.minAudienceReason = "LinkedIn needs at least 300 rows for an upload";
        presets.push_back(std::move(p));
    }
    for (const bool excel : {false, true}) {
        Preset p;
        p.name = excel ? "excel" : "csv";
        p.title = excel ? "Excel (UTF-8 with BOM, spreadsheet-safe)" : "Generic CSV";
        p.generic = true;
        p.columns = {{Identifier::Key, "key"},           {Identifier::Email, "email"},
                     {Identifier::Phone, "phone"},       {Identifier::FirstName, "first_name"},
                     {Identifier::LastName, "last_name"}, {Identifier::Country, "country"},
                     {Identifier::Zip, "zip"}};
        p.matchKeys = {{Identifier::Key}}; // keys are unique: no duplicates to remove
        p.bom = excel;
        p.spreadsheetSafe = excel;
        if (excel)
            p.maxRowsPerFile = 1048575; // a worksheet has 1,048,576 rows, one is the header
        presets.push_back(std::move(p));
    }
    return presets;
}

} // namespace

const std::vector<Preset>& destinationPresets()
{
    static const std::vector<Preset> presets = makePresets();
    return presets;
}

const Preset* findPreset(std::string_view name)
{
    for (const Preset& p : destinationPresets())
        if (p.name == name)
            return &p;
    return nullptr;
}

std::string presetNameList()
{
    std::string out;
    for (const Preset& p : destinationPresets())
        out += (out.empty() ? "" : ", ") + p.name;
    return out;
}

bool presetCanMatch(const Preset& preset, const std::vector<Identifier>& mapped)
{
    for (const std::vector<Identifier>& key : preset.matchKeys) {
        bool all = true;
        for (const Identifier id : key)
            all = all && (id == Identifier::Key || std::find(mapped.begin(), mapped.end(), id) != mapped.end());
        if (all)
            return true;
    }
    return false;
}

std::string presetMatchText(const Preset& preset)
{
    std::string out;
    for (size_t k = 0; k < preset.matchKeys.size(); ++k) {
        if (k)
            out += k + 1 == preset.matchKeys.size() ? ", or " : ", ";
        for (size_t i = 0; i < preset.matchKeys[k].size(); ++i)
            out += (i ? " + " : "") + std::string(identifierName(preset.matchKeys[k][i]));
    }
    return out;
}

} // namespace seg
