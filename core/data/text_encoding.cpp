#include "data/text_encoding.h"

#include <cstdint>
#include <cstring>

#include <iconv.h>

namespace seg {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        if (c != b[i])
            return false;
    }
    return true;
}

// Unicode code points of Windows-1252 bytes 0x80..0x9F.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

void appendCodePoint(char32_t cp, std::string& out)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

} // namespace

std::optional<TextEncoding> parseEncodingName(std::string_view name)
{
    for (std::string_view n : {"utf-8", "utf8"})
        if (equalsIgnoreCase(name, n))
            return TextEncoding::Utf8;
    for (std::string_view n : {"latin-1", "latin1", "iso-8859-1", "iso8859-1"})
        if (equalsIgnoreCase(name, n))
            return TextEncoding::Latin1;
    for (std::string_view n : {"windows-1252", "cp1252"})
        if (equalsIgnoreCase(name, n))
            return TextEncoding::Windows1252;
    return std::nullopt;
}

bool iconvKnows(const std::string& name)
{
    if (name.empty())
        return false;
    const iconv_t cd = iconv_open("UTF-8", name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return false;
    iconv_close(cd);
    return true;
}

ByteOrderMark detectByteOrderMark(std::string_view d)
{
    if (d.size() >= 3 && d.compare(0, 3, "\xEF\xBB\xBF") == 0)
        return {"utf-8", 3};
    if (d.size() >= 2 && d.compare(0, 2, "\xFF\xFE") == 0)
        return {"utf-16le", 2};
    if (d.size() >= 2 && d.compare(0, 2, "\xFE\xFF") == 0)
        return {"utf-16be", 2};
    return {};
}

std::string_view encodingName(TextEncoding e)
{
    switch (e) {
    case TextEncoding::Utf8: return "utf-8";
    case TextEncoding::Latin1: return "latin-1";
    case TextEncoding::Windows1252: return "windows-1252";
    }
    return "utf-8";
}

bool isAscii(std::string_view text)
{
    const char* p = text.data();
    size_t n = text.size();
    uint64_t acc = 0;
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        acc |= w;
        p += 8;
        n -= 8;
    }
    while (n > 0) {
        acc |= static_cast<unsigned char>(*p++);
        --n;
    }
    return (acc & 0x8080808080808080ULL) == 0;
}

size_t findInvalidUtf8(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) { // mostly ASCII: skip eight bytes at a time
            uint64_t w;
            std::memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        char32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i; // continuation byte without a lead, 0xC0/0xC1 (overlong) or 0xF5..0xFF
        }
        if (i + len > n)
            return i;
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

void appendAsUtf8(std::string_view text, TextEncoding from, std::string& out)
{
    for (const char ch : text) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80)
            out.push_back(ch);
        else if (from == TextEncoding::Windows1252 && b < 0xA0)
            appendCodePoint(kCp1252High[b - 0x80], out);
        else
            appendCodePoint(b, out);
    }
}

} // namespace seg
