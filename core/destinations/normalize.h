#pragma once
// Normalisation of customer identifiers as the destinations define it (docs/destinations.md
// cites each rule). Every function returns std::nullopt for a value that cannot be normalised
// (an e-mail without '@', a phone libphonenumber rejects): the export leaves it out and counts
// it, it never writes it half-broken. An empty (or all-space) value is "missing", not invalid:
// callers check isBlank() first.
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace seg {

// Trims ASCII white space and no-break spaces (U+00A0) from both ends.
std::string_view trimSpaces(std::string_view s);
inline bool isBlank(std::string_view s) { return trimSpaces(s).empty(); }

// Unicode-aware lower case (ICU, root locale): "CHLOÉ" -> "chloé". ASCII takes a fast path.
// Invalid UTF-8 gives std::nullopt.
std::optional<std::string> lowerUnicode(std::string_view s);

struct EmailRule {
    bool removeGmailDots = false;      // Google: dots before @gmail.com / @googlemail.com go
    bool asciiLocalPartOnly = false;   // Mailchimp: international characters only after the @
};

// Trimmed, lower-cased; one '@' with a non-empty local part (at most 64 bytes) and a domain
// with a dot inside, no spaces or control characters, at most 254 bytes.
std::optional<std::string> normalizeEmail(std::string_view raw, const EmailRule& rule = {});

// The form suppression lists match on: normalised, and for gmail.com / googlemail.com the
// mailbox itself (dots and "+tag" removed, googlemail.com -> gmail.com), since those all
// reach one person. Empty when it equals normalizeEmail(raw).
std::string gmailMailbox(std::string_view normalizedEmail);

enum class NameRule {
    Trimmed,          // plain destinations: trimmed, inner runs of spaces collapsed
    LowerCollapsed,   // Google: trimmed, lower-cased, inner runs of spaces collapsed
    LowerLettersOnly, // Meta: lower-cased, no punctuation and no spaces, accents kept
};
std::optional<std::string> normalizeName(std::string_view raw, NameRule rule);

// ISO 3166-1 alpha-2 code, upper case, from a code ("de", "UK" -> "GB"), an alpha-3 code
// ("DEU") or an English country name ("Germany"); std::nullopt when none of these.
std::optional<std::string> normalizeCountry(std::string_view raw);

enum class ZipRule {
    Trimmed,       // Google, Klaviyo, Mailchimp, LinkedIn: as written, trimmed; US: 5 or 5-4 digits
    MetaCompact,   // Meta: lower case, no spaces or dashes; US: the first 5 digits
};
// `country`: the row's ISO code when known ("" otherwise).
std::optional<std::string> normalizeZip(std::string_view raw, ZipRule rule, std::string_view country);

// How strictly a phone number is checked (`--phone-check length|valid`, docs/destinations.md):
// Length: libphonenumber calls its length possible for the country (IsPossibleNumberWithReason:
// IS_POSSIBLE, not only locally); the default. Valid: also IsValidNumber, i.e. inside a number
// range the metadata knows as assigned; Debian 12's metadata (8.12.57, 2022) rejects ranges
// opened since, and every number takes the full parser (slower).
enum class PhoneCheck { Length, Valid };
std::string_view phoneCheckName(PhoneCheck check); // "length" / "valid"
std::optional<PhoneCheck> parsePhoneCheck(std::string_view name);

// Phone numbers in E.164 ("+4930123456") with libphonenumber. A number without a country
// code takes `region` (ISO alpha-2; the row's country, else the export's default region).
// Kept when it passes `check` (above). One object per thread is cheap (libphonenumber's
// tables are shared).
class PhoneNormalizer {
public:
    PhoneNormalizer();
    ~PhoneNormalizer();
    PhoneNormalizer(const PhoneNormalizer&) = delete;
    PhoneNormalizer& operator=(const PhoneNormalizer&) = delete;

    std::optional<std::string> e164(std::string_view raw, std::string_view region,
                                    PhoneCheck check = PhoneCheck::Length) const;
    // The same through libphonenumber's full parser only (the reference the fast path is tested against).
    std::optional<std::string> e164Reference(std::string_view raw, std::string_view region,
                                             PhoneCheck check = PhoneCheck::Length) const;
    // Whether `region` is a region libphonenumber knows ("DE", "US").
    static bool knownRegion(std::string_view region);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace seg
