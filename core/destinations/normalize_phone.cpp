// Phone numbers to E.164 with libphonenumber (normalize.h).
//
// libphonenumber's parser costs 7-13 us a number (regular expressions), which alone would
// take a 1M-member export past its 1 s budget. Numbers already written internationally
// ("+49 30 1234567", "+1-212-555-0100") take a shortcut instead: the country code is split
// off with libphonenumber's own table of codes and the length is checked with its
// IsPossibleNumberWithReason, as the full parse would. The shortcut is taken only where it provably
// gives the full parser's answer: for countries whose national prefix cannot begin the
// remaining digits (listed below; test_destination_normalize compares both ways on random
// numbers of each), and never for a national number starting 0 or 1 (prefixes, Italian
// leading zeros). Everything else goes through the full parser.
#include "destinations/normalize.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <mutex>

namespace seg {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

// Country calling codes whose numbers take the shortcut: markets where most customer data
// lives, each checked against the full parser in the tests.
constexpr int kFastCountryCodes[] = {1,  27, 30, 31, 32, 33, 34, 36, 39, 40, 41,  43,  44,  45,  46,  47, 48,
                                     49, 61, 64, 65, 81, 82, 86, 90, 91, 351, 352, 353, 358, 420, 421, 386};

struct CodeTable {
    std::array<bool, 1000> isCode{};   // a country calling code libphonenumber knows
    std::array<char, 1000> fast{};     // 0: full parser; else the first digit of its national prefix ('-' if none)
    // Bit L: a national number of L digits is possible (IS_POSSIBLE) for the country. The
    // verdict depends only on the length (libphonenumber's TestNumberLength), so it is asked
    // once per length here instead of once per number.
    std::array<uint32_t, 1000> possibleLengths{};
};

// A number that can be dialled from abroad: "possible only locally" (a number without its
// area code, e.g. "12" in Germany) is no E.164 number.
bool possible(const PhoneNumber& number)
{
    return PhoneNumberUtil::GetInstance()->IsPossibleNumberWithReason(number) == PhoneNumberUtil::IS_POSSIBLE;
}

const CodeTable& codeTable()
{
    static const CodeTable table = [] {
        CodeTable t;
        const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
        std::string region;
        for (int cc = 1; cc < 1000; ++cc) {
            util->GetRegionCodeForCountryCode(cc, &region);
            t.isCode[static_cast<size_t>(cc)] = region != "ZZ";
        }
        for (const int cc : kFastCountryCodes) {
            util->GetRegionCodeForCountryCode(cc, &region);
            std::string prefix;
            util->GetNddPrefixForRegion(region, true, &prefix);
            t.fast[static_cast<size_t>(cc)] = prefix.empty() ? '-' : prefix[0];
            for (uint32_t length = 1; length <= 17; ++length) {
                PhoneNumber number;
                number.set_country_code(cc);
                uint64_t national = 2; // a leading 2: no national prefix, no Italian leading zero
                for (uint32_t d = 1; d < length; ++d)
                    national = national * 10 + 3;
                number.set_national_number(national);
                if (possible(number))
                    t.possibleLengths[static_cast<size_t>(cc)] |= uint32_t{1} << length;
            }
        }
        return t;
    }();
    return table;
}

} // namespace

struct PhoneNormalizer::Impl {
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const CodeTable& codes = codeTable();
};

PhoneNormalizer::PhoneNormalizer() : impl_(std::make_unique<Impl>()) {}
PhoneNormalizer::~PhoneNormalizer() = default;

bool PhoneNormalizer::knownRegion(std::string_view region)
{
    if (region.size() != 2)
        return false;
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(std::string(region)) != 0;
}

std::string_view phoneCheckName(PhoneCheck check) { return check == PhoneCheck::Valid ? "valid" : "length"; }

std::optional<PhoneCheck> parsePhoneCheck(std::string_view name)
{
    if (name == "length")
        return PhoneCheck::Length;
    if (name == "valid")
        return PhoneCheck::Valid;
    return std::nullopt;
}

std::optional<std::string> PhoneNormalizer::e164Reference(std::string_view raw, std::string_view region,
                                                          PhoneCheck check) const
{
    const std::string_view trimmed = trimSpaces(raw);
    if (trimmed.empty() || trimmed.size() > 64)
        return std::nullopt;
    const std::string regionCode = knownRegion(region) ? std::string(region) : std::string("ZZ");
    PhoneNumber number;
    if (impl_->util->Parse(std::string(trimmed), regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    if (!possible(number) || (check == PhoneCheck::Valid && !impl_->util->IsValidNumber(number)))
        return std::nullopt;
    std::string out;
    impl_->util->Format(number, PhoneNumberUtil::E164, &out);
    return out;
}

std::optional<std::string> PhoneNormalizer::e164(std::string_view raw, std::string_view region, PhoneCheck check) const
{
    const std::string_view s = trimSpaces(raw);
    // Shortcut: '+', then digits with spaces, dashes, dots or slashes between them. The
    // validity check needs the number ranges: the full parser only.
    if (check == PhoneCheck::Length && s.size() >= 8 && s.size() <= 32 && s[0] == '+') {
        char digits[16];
        size_t n = 0;
        bool plain = true;
        for (size_t i = 1; i < s.size() && plain; ++i) {
            const char c = s[i];
            if (c >= '0' && c <= '9') {
                if (n == sizeof digits)
                    plain = false;
                else
                    digits[n++] = c;
            } else if (c != ' ' && c != '-' && c != '.' && c != '/') {
                plain = false;
            }
        }
        if (plain && n >= 7 && n <= 15 && s.back() >= '0' && s.back() <= '9' && s[1] >= '1' && s[1] <= '9') {
            const CodeTable& codes = impl_->codes;
            int cc = 0;
            size_t ccLength = 0;
            for (size_t length = 1; length <= 3; ++length) {
                cc = cc * 10 + (digits[length - 1] - '0');
                if (codes.isCode[static_cast<size_t>(cc)]) {
                    ccLength = length;
                    break;
                }
            }
            const char prefix = ccLength ? codes.fast[static_cast<size_t>(cc)] : 0;
            const char first = digits[ccLength];
            if (prefix != 0 && first != '0' && first != '1' && first != prefix) {
                if (!(codes.possibleLengths[static_cast<size_t>(cc)] >> (n - ccLength) & 1))
                    return std::nullopt;
                std::string out(1, '+');
                out.append(digits, n);
                return out;
            }
        }
    }
    return e164Reference(s, region, check);
}

} // namespace seg
