// File names for exported segments. The name is user text ("../../etc/passwd", emoji, "CON"),
// so the slug keeps only [a-z0-9-]: no path separators, dots or device names can get through.
#include "export/csv_export.h"

#include <array>
#include <set>
#include <string>

namespace seg {

namespace {

// ASCII folding of U+00C0..U+00FF (UTF-8 "\xC3\x80".."\xC3\xBF"); "" marks × and ÷ (separators).
constexpr std::array<std::string_view, 64> kLatin1Fold{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // C0-CF
    "d", "n", "o", "o", "o", "o", "o", "",   "o", "u", "u", "u", "u", "y", "th", "ss", // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // E0-EF
    "d", "n", "o", "o", "o", "o", "o", "",   "o", "u", "u", "u", "u", "y", "th", "y",  // F0-FF
};

bool isWindowsDeviceName(std::string_view s)
{
    if (s == "con" || s == "prn" || s == "aux" || s == "nul")
        return true;
    return s.size() == 4 && (s.starts_with("com") || s.starts_with("lpt")) && s[3] >= '1' && s[3] <= '9';
}

void trimDashes(std::string& s)
{
    while (!s.empty() && s.back() == '-')
        s.pop_back();
    size_t first = 0;
    while (first < s.size() && s[first] == '-')
        ++first;
    s.erase(0, first);
}

// Cuts to at most `limit` characters without leaving a dash at the end.
std::string truncated(std::string s, size_t limit)
{
    if (s.size() > limit)
        s.resize(limit);
    trimDashes(s);
    return s;
}

} // namespace

std::string segmentFileSlug(std::string_view name)
{
    std::string slug;
    slug.reserve(name.size());
    bool pendingDash = false;
    auto emit = [&](std::string_view piece) {
        if (pendingDash && !slug.empty())
            slug += '-';
        pendingDash = false;
        slug += piece;
    };
    for (size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            emit(std::string_view(&name[i], 1));
        } else if (c >= 'A' && c <= 'Z') {
            const char lower = static_cast<char>(c - 'A' + 'a');
            emit(std::string_view(&lower, 1));
        } else if (c == 0xC3 && i + 1 < name.size() && (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80) {
            const std::string_view folded = kLatin1Fold[static_cast<unsigned char>(name[i + 1]) - 0x80];
            ++i;
            if (folded.empty())
                pendingDash = true;
            else
                emit(folded);
        } else {
            pendingDash = true; // punctuation, spaces, other UTF-8 bytes: one separator per run
        }
    }
    slug = truncated(std::move(slug), kMaxSlugLength);
    if (slug.empty())
        return "segment";
    if (isWindowsDeviceName(slug))
        slug += "-segment";
    return slug;
}

std::vector<std::string> uniqueSlugs(const std::vector<std::string>& names)
{
    std::vector<std::string> slugs;
    slugs.reserve(names.size());
    for (const std::string& name : names)
        slugs.push_back(segmentFileSlug(name));

    // First pass: a slug belongs to the first name producing it, so a name that yields "x-2"
    // by itself keeps it even when it comes after two names yielding "x".
    std::set<std::string, std::less<>> used;
    std::vector<bool> duplicate(slugs.size(), false);
    for (size_t i = 0; i < slugs.size(); ++i)
        duplicate[i] = !used.insert(slugs[i]).second;

    for (size_t i = 0; i < slugs.size(); ++i) {
        if (!duplicate[i])
            continue;
        for (size_t n = 2;; ++n) {
            std::string suffix = "-"; // not "-" + to_string(n): GCC 12 -O3 warns falsely (-Wrestrict)
            suffix += std::to_string(n);
            std::string candidate = truncated(slugs[i], kMaxSlugLength - suffix.size()) + suffix;
            if (used.insert(candidate).second) {
                slugs[i] = std::move(candidate);
                break;
            }
        }
    }
    return slugs;
}

} // namespace seg
