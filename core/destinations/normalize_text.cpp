// E-mail, name, zip and country normalisation (normalize.h). Phones: normalize_phone.cpp.
#include "destinations/normalize.h"

#include <unicode/uloc.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <map>
#include <vector>

namespace seg {

namespace {

bool isAsciiSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string asciiLower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// Runs of white space inside become one space (the value is trimmed already).
std::string collapseSpaces(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (const char c : s) {
        if (isAsciiSpace(static_cast<unsigned char>(c))) {
            space = true;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

std::string_view trimSpaces(std::string_view s)
{
    for (;;) {
        if (!s.empty() && isAsciiSpace(static_cast<unsigned char>(s.front())))
            s.remove_prefix(1);
        else if (s.starts_with("\xC2\xA0"))
            s.remove_prefix(2);
        else if (!s.empty() && isAsciiSpace(static_cast<unsigned char>(s.back())))
            s.remove_suffix(1);
        else if (s.ends_with("\xC2\xA0"))
            s.remove_suffix(2);
        else
            return s;
    }
}

std::optional<std::string> lowerUnicode(std::string_view s)
{
    if (isAscii(s))
        return asciiLower(s);
    UErrorCode status = U_ZERO_ERROR;
    int32_t units = 0;
    u_strFromUTF8(nullptr, 0, &units, s.data(), static_cast<int32_t>(s.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return std::nullopt;
    std::vector<UChar> utf16(static_cast<size_t>(units) + 1);
    status = U_ZERO_ERROR;
    u_strFromUTF8(utf16.data(), units + 1, nullptr, s.data(), static_cast<int32_t>(s.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    // Lower-casing can change the length (e.g. "İ" becomes two code units): size it first.
    std::vector<UChar> lower(static_cast<size_t>(units) * 2 + 4);
    status = U_ZERO_ERROR;
    int32_t lowerUnits = u_strToLower(lower.data(), static_cast<int32_t>(lower.size()), utf16.data(), units, "", &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        lower.resize(static_cast<size_t>(lowerUnits) + 1);
        status = U_ZERO_ERROR;
        lowerUnits = u_strToLower(lower.data(), static_cast<int32_t>(lower.size()), utf16.data(), units, "", &status);
    }
    if (U_FAILURE(status))
        return std::nullopt;
    std::string out(static_cast<size_t>(lowerUnits) * 3 + 1, '\0');
    int32_t bytes = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &bytes, lower.data(), lowerUnits, &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.resize(static_cast<size_t>(bytes));
    return out;
}

std::optional<std::string> normalizeEmail(std::string_view raw, const EmailRule& rule)
{
    const std::string_view trimmed = trimSpaces(raw);
    if (trimmed.size() > 254)
        return std::nullopt;
    std::optional<std::string> lower = lowerUnicode(trimmed);
    if (!lower)
        return std::nullopt;
    std::string& email = *lower;
    const size_t at = email.find('@');
    if (at == std::string::npos || at == 0 || at > 64 || email.find('@', at + 1) != std::string::npos)
        return std::nullopt;
    for (const char c : email)
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F || c == ',' || c == ';' || c == '<' || c == '>')
            return std::nullopt;
    const std::string_view domain = std::string_view(email).substr(at + 1);
    const size_t dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0 || domain.back() == '.' || domain.find("..") != std::string_view::npos)
        return std::nullopt;
    if (rule.asciiLocalPartOnly && !isAscii(std::string_view(email).substr(0, at)))
        return std::nullopt;
    if (rule.removeGmailDots && (domain == "gmail.com" || domain == "googlemail.com")) {
        std::string local = email.substr(0, at);
        std::erase(local, '.');
        if (local.empty())
            return std::nullopt;
        email = local + email.substr(at);
    }
    return email;
}

std::string gmailMailbox(std::string_view email)
{
    const size_t at = email.find('@');
    if (at == std::string_view::npos)
        return {};
    const std::string_view domain = email.substr(at + 1);
    if (domain != "gmail.com" && domain != "googlemail.com")
        return {};
    std::string local(email.substr(0, at));
    if (const size_t plus = local.find('+'); plus != std::string::npos)
        local.resize(plus);
    std::erase(local, '.');
    std::string mailbox = local + "@gmail.com";
    return mailbox == email ? std::string() : mailbox;
}

std::optional<std::string> normalizeName(std::string_view raw, NameRule rule)
{
    const std::string_view trimmed = trimSpaces(raw);
    if (rule == NameRule::Trimmed)
        return collapseSpaces(trimmed);
    std::optional<std::string> lower = lowerUnicode(trimmed);
    if (!lower)
        return std::nullopt;
    if (rule == NameRule::LowerCollapsed)
        return collapseSpaces(*lower);
    // Meta: letters only. ASCII that is not a letter goes (spaces, punctuation, digits);
    // everything beyond ASCII is kept ("special characters in UTF-8 format").
    std::string out;
    for (const char c : *lower) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= 'a' && c <= 'z'))
            out += c;
    }
    if (out.empty())
        return std::nullopt;
    return out;
}

namespace {

// alpha-2, alpha-3 and English names (lower case) -> alpha-2, from ICU's locale data.
const std::map<std::string, std::string, std::less<>>& countryIndex()
{
    static const auto index = [] {
        std::map<std::string, std::string, std::less<>> map;
        for (const char* const* code = uloc_getISOCountries(); *code; ++code) {
            const std::string alpha2 = *code;
            const std::string locale = "und_" + alpha2;
            map[asciiLower(alpha2)] = alpha2;
            if (const char* alpha3 = uloc_getISO3Country(locale.c_str()); alpha3 && *alpha3)
                map[asciiLower(alpha3)] = alpha2;
            UChar name[128];
            UErrorCode status = U_ZERO_ERROR;
            const int32_t length = uloc_getDisplayCountry(locale.c_str(), "en", name, 128, &status);
            if (U_SUCCESS(status) && length > 0 && length < 128) {
                char utf8[512];
                int32_t bytes = 0;
                u_strToUTF8(utf8, sizeof utf8, &bytes, name, length, &status);
                if (U_SUCCESS(status))
                    if (auto lower = lowerUnicode(std::string_view(utf8, static_cast<size_t>(bytes))))
                        map.emplace(*lower, alpha2);
            }
        }
        // Common spellings that are not ISO: the United Kingdom's "UK", and short names.
        map["uk"] = "GB";
        map["usa"] = "US";
        map["united states of america"] = "US";
        map["great britain"] = "GB";
        return map;
    }();
    return index;
}

} // namespace

std::optional<std::string> normalizeCountry(std::string_view raw)
{
    const std::optional<std::string> lower = lowerUnicode(trimSpaces(raw));
    if (!lower)
        return std::nullopt;
    const auto& index = countryIndex();
    const auto it = index.find(collapseSpaces(*lower));
    if (it == index.end())
        return std::nullopt;
    return it->second;
}

std::optional<std::string> normalizeZip(std::string_view raw, ZipRule rule, std::string_view country)
{
    const std::string_view trimmed = trimSpaces(raw);
    if (country == "US") {
        // US: 5 digits, or ZIP+4 (Google keeps the extension, Meta the first 5 digits only).
        std::string digits;
        for (const char c : trimmed)
            if (c >= '0' && c <= '9')
                digits += c;
            else if (c != '-' && c != ' ')
                return std::nullopt;
        if (digits.size() != 5 && digits.size() != 9)
            return std::nullopt;
        if (rule == ZipRule::MetaCompact || digits.size() == 5)
            return digits.substr(0, 5);
        return digits.substr(0, 5) + "-" + digits.substr(5);
    }
    if (trimmed.size() > 16)
        return std::nullopt;
    if (rule == ZipRule::Trimmed)
        return collapseSpaces(trimmed);
    std::optional<std::string> lower = lowerUnicode(trimmed);
    if (!lower)
        return std::nullopt;
    std::erase_if(*lower, [](char c) { return c == ' ' || c == '-'; });
    if (lower->empty())
        return std::nullopt;
    return lower;
}

} // namespace seg
