#include "data/types.h"
#include "data/value.h"

#include <array>
#include <bit>
#include <cstring>
#include <charconv>
#include <cfloat>
#include <cmath>
#include <cstdio>

namespace seg {

std::string_view typeName(DataType t)
{
    switch (t) {
    case DataType::Int: return "int";
    case DataType::Double: return "double";
    case DataType::Bool: return "bool";
    case DataType::Date: return "date";
    case DataType::Timestamp: return "timestamp";
    case DataType::String: return "string";
    }
    return "?";
}

std::optional<DataType> parseTypeName(std::string_view name)
{
    static constexpr std::array<DataType, 6> all{DataType::Int, DataType::Double, DataType::Bool,
                                                 DataType::Date, DataType::Timestamp, DataType::String};
    for (DataType t : all)
        if (typeName(t) == name)
            return t;
    return std::nullopt;
}

namespace {

constexpr int32_t civilDays(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

} // namespace

int32_t daysFromCivil(int y, unsigned m, unsigned d)
{
    return civilDays(y, m, d);
}

void civilFromDays(int32_t z, int& year, unsigned& month, unsigned& day)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = y + (month <= 2);
}

bool isValidCivil(int y, unsigned m, unsigned d)
{
    if (m < 1 || m > 12 || d < 1)
        return false;
    static constexpr unsigned len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d <= len[m - 1])
        return true; // no leap-year arithmetic for all but February 29
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && d == 29 && leap;
}

namespace {

// Reads exactly `width` digits (or 1..width when `flexible`) at pos.
bool readDigits(std::string_view s, size_t& pos, int width, bool flexible, int& out)
{
    int value = 0, count = 0;
    while (pos < s.size() && count < width && s[pos] >= '0' && s[pos] <= '9') {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++count;
    }
    if (count == 0 || (!flexible && count != width))
        return false;
    out = value;
    return true;
}

bool expect(std::string_view s, size_t& pos, char c)
{
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

bool parseDatePart(std::string_view s, size_t& pos, int32_t& days)
{
    int y, m, d;
    if (!readDigits(s, pos, 4, false, y) || !expect(s, pos, '-') || !readDigits(s, pos, 2, false, m)
        || !expect(s, pos, '-') || !readDigits(s, pos, 2, false, d))
        return false;
    if (!isValidCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)))
        return false;
    days = daysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
    return true;
}

} // namespace

namespace {

// Years whose first day (and leap flag) a table holds: the dates of real files. Others take
// the general formula; both give the same days (test_parse_fast).
constexpr int kTableFirstYear = 1900;
constexpr int kTableYears = 256;

struct CivilTables {
    int32_t yearStart[kTableYears];        // days since 1970 of January 1st
    uint8_t leap[kTableYears];
    int16_t monthStart[2][13];             // day of the year before the month's first day
    uint8_t monthLength[2][13];
};

constexpr CivilTables makeCivilTables()
{
    CivilTables t{};
    for (int i = 0; i < kTableYears; ++i) {
        const int y = kTableFirstYear + i;
        t.yearStart[i] = civilDays(y, 1, 1);
        t.leap[i] = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }
    constexpr uint8_t len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int l = 0; l < 2; ++l) {
        int16_t day = 0;
        for (int m = 1; m <= 12; ++m) {
            t.monthStart[l][m] = day;
            t.monthLength[l][m] = static_cast<uint8_t>(len[m - 1] + (l == 1 && m == 2));
            day = static_cast<int16_t>(day + t.monthLength[l][m]);
        }
    }
    return t;
}

constexpr CivilTables kCivil = makeCivilTables();

uint64_t load8(const char* p)
{
    uint64_t v;
    std::memcpy(&v, p, 8);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    return v;
}

constexpr uint64_t kHighs = 0x8080808080808080ULL;
constexpr uint64_t bytesOf(unsigned char c) { return 0x0101010101010101ULL * c; }

// Bytes of `w` (little-endian order) selected by `mask` that are not ASCII digits: nonzero
// when any is. No carry crosses a byte: each byte is made >= 0x80 before subtracting and
// <= 0x7F before adding.
uint64_t nonDigits(uint64_t w, uint64_t mask)
{
    const uint64_t belowZero = ~((w | kHighs) - bytesOf('0')); // high bit: byte < '0'
    const uint64_t aboveNine = (w & ~kHighs) + bytesOf(0x80 - ('9' + 1)); // high bit: (byte & 0x7F) > '9'
    return (belowZero | aboveNine | w) & kHighs & mask;
}

// Byte i of `w` as a digit value (valid only for digit bytes).
inline unsigned digitAt(uint64_t w, int i)
{
    return static_cast<unsigned>(w >> (8 * i)) & 0x0F;
}

// YYYY-MM-DD at s (exactly ten bytes there): the days since 1970, or false.
inline bool readIsoDate10(const char* s, int32_t& days)
{
    // Two overlapping eight-byte loads cover the ten bytes without reading past them.
    const uint64_t a = load8(s);     // YYYY-MM-
    const uint64_t b = load8(s + 2); // YY-MM-DD
    if (s[4] != '-' || s[7] != '-')
        return false;
    if ((nonDigits(a, 0x00FFFF00FFFFFFFFULL) | nonDigits(b, 0xFFFF000000000000ULL)) != 0)
        return false;
    const int y = static_cast<int>(digitAt(a, 0) * 1000 + digitAt(a, 1) * 100 + digitAt(a, 2) * 10 + digitAt(a, 3));
    const unsigned m = digitAt(a, 5) * 10 + digitAt(a, 6);
    const unsigned d = digitAt(b, 6) * 10 + digitAt(b, 7);
    const unsigned row = static_cast<unsigned>(y - kTableFirstYear);
    if (row < kTableYears && m - 1 < 12) {
        const int l = kCivil.leap[row];
        if (d - 1 >= kCivil.monthLength[l][m])
            return false;
        days = kCivil.yearStart[row] + kCivil.monthStart[l][m] + static_cast<int32_t>(d) - 1;
        return true;
    }
    if (!isValidCivil(y, m, d))
        return false;
    days = daysFromCivil(y, m, d);
    return true;
}

} // namespace

std::optional<int32_t> parseIsoDate(std::string_view s)
{
    // Exactly YYYY-MM-DD: ten bytes, so the digits are read at fixed places, eight bytes at a
    // time (date columns are parsed for every row while importing).
    int32_t days;
    if (s.size() != 10 || !readIsoDate10(s.data(), days))
        return std::nullopt;
    return days;
}

bool parseIsoDateInto(std::string_view s, int32_t& days)
{
    return s.size() == 10 && readIsoDate10(s.data(), days);
}

bool parseIsoTimestampInto(std::string_view s, int64_t& micros)
{
    // The common form YYYY-MM-DD HH:MM:SS (or with T) at fixed places; every other form (and
    // anything this does not accept) goes to the general code, which decides.
    if (s.size() == 19 && (s[10] == ' ' || s[10] == 'T') && s[13] == ':' && s[16] == ':') {
        int32_t days;
        const uint64_t t = load8(s.data() + 11); // HH:MM:SS
        if (readIsoDate10(s.data(), days) && nonDigits(t, 0xFFFF00FFFF00FFFFULL) == 0) {
            const unsigned hh = digitAt(t, 0) * 10 + digitAt(t, 1);
            const unsigned mm = digitAt(t, 3) * 10 + digitAt(t, 4);
            const unsigned ss = digitAt(t, 6) * 10 + digitAt(t, 7);
            if (hh <= 23 && mm <= 59 && ss <= 60) {
                micros = days * kMicrosPerDay + ((hh * 60LL + mm) * 60 + ss) * kMicrosPerSecond;
                return true;
            }
        }
    }
    const auto general = parseIsoTimestampGeneral(s);
    micros = general.value_or(0);
    return general.has_value();
}

std::optional<int64_t> parseIsoTimestamp(std::string_view s)
{
    int64_t micros;
    if (!parseIsoTimestampInto(s, micros))
        return std::nullopt;
    return micros;
}

std::optional<int64_t> parseIsoTimestampGeneral(std::string_view s)
{
    size_t pos = 0;
    int32_t days;
    if (!parseDatePart(s, pos, days))
        return std::nullopt;
    if (pos >= s.size() || (s[pos] != ' ' && s[pos] != 'T'))
        return std::nullopt;
    ++pos;
    int hh, mm, ss = 0;
    if (!readDigits(s, pos, 2, false, hh) || !expect(s, pos, ':') || !readDigits(s, pos, 2, false, mm))
        return std::nullopt;
    int64_t micros = 0;
    if (expect(s, pos, ':')) {
        if (!readDigits(s, pos, 2, false, ss))
            return std::nullopt;
        if (expect(s, pos, '.')) {
            int digits = 0;
            int64_t frac = 0;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
                if (digits < 6) {
                    frac = frac * 10 + (s[pos] - '0');
                    ++digits;
                }
                ++pos;
            }
            if (digits == 0)
                return std::nullopt;
            while (digits++ < 6)
                frac *= 10;
            micros = frac;
        }
    }
    expect(s, pos, 'Z');
    if (pos != s.size() || hh > 23 || mm > 59 || ss > 60)
        return std::nullopt;
    return days * kMicrosPerDay + ((hh * 60LL + mm) * 60 + ss) * kMicrosPerSecond + micros;
}

std::optional<int64_t> parseTimestampWithFormat(std::string_view s, std::string_view f)
{
    int y = 1970, mo = 1, d = 1, h = 0, mi = 0, sec = 0;
    size_t pos = 0;
    for (size_t i = 0; i < f.size(); ++i) {
        if (f[i] != '%' || i + 1 == f.size()) {
            if (!expect(s, pos, f[i]))
                return std::nullopt;
            continue;
        }
        const char spec = f[++i];
        bool ok = true;
        switch (spec) {
        case 'Y': ok = readDigits(s, pos, 4, false, y); break;
        case 'm': ok = readDigits(s, pos, 2, true, mo); break;
        case 'd': ok = readDigits(s, pos, 2, true, d); break;
        case 'H': ok = readDigits(s, pos, 2, true, h); break;
        case 'M': ok = readDigits(s, pos, 2, false, mi); break;
        case 'S': ok = readDigits(s, pos, 2, false, sec); break;
        case '%': ok = expect(s, pos, '%'); break;
        default: return std::nullopt;
        }
        if (!ok)
            return std::nullopt;
    }
    if (pos != s.size() || !isValidCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) || h > 23
        || mi > 59 || sec > 60)
        return std::nullopt;
    const int64_t days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    return days * kMicrosPerDay + ((h * 60LL + mi) * 60 + sec) * kMicrosPerSecond;
}

std::optional<int32_t> parseDateWithFormat(std::string_view s, std::string_view f)
{
    auto ts = parseTimestampWithFormat(s, f);
    if (!ts)
        return std::nullopt;
    return dayOfTimestamp(*ts);
}

std::string formatDate(int32_t days)
{
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
    return buf;
}

std::string formatTimestamp(int64_t micros)
{
    const int32_t day = dayOfTimestamp(micros);
    int64_t rest = micros - day * kMicrosPerDay;
    const int64_t frac = rest % kMicrosPerSecond;
    rest /= kMicrosPerSecond;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %02d:%02d:%02d", formatDate(day).c_str(), static_cast<int>(rest / 3600),
                  static_cast<int>(rest / 60 % 60), static_cast<int>(rest % 60));
    std::string out = buf;
    if (frac != 0) {
        std::snprintf(buf, sizeof buf, ".%06lld", static_cast<long long>(frac));
        out += buf;
    }
    return out;
}

std::optional<int64_t> parseInt64(std::string_view s)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    int64_t v;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size())
        return std::nullopt;
    return v;
}

namespace {

// Plain decimals ("-1024.43", "7"): at most 19 digits in all, a mantissa below 2^53 and at
// most 22 decimals. Then the mantissa and 10^decimals are exact doubles and one IEEE division
// rounds their quotient correctly, which is what std::from_chars returns for the same text
// (Clinger's fast path). False for anything else, which the library reads.
bool readPlainDecimal(std::string_view s, double& out)
{
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
    static constexpr double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                         1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    const char* p = s.data();
    const char* end = p + s.size();
    const bool negative = p != end && *p == '-';
    p += negative;
    uint64_t mantissa = 0;
    size_t digits = 0;
    const char* intStart = p;
    while (p != end && static_cast<unsigned>(*p - '0') <= 9) {
        mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
        ++p;
    }
    digits = static_cast<size_t>(p - intStart);
    size_t decimals = 0;
    if (p != end && *p == '.') {
        const char* fracStart = ++p;
        while (p != end && static_cast<unsigned>(*p - '0') <= 9) {
            mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
            ++p;
        }
        decimals = static_cast<size_t>(p - fracStart);
        if (decimals == 0)
            return false; // "1." : the library decides
    }
    if (p != end || digits == 0 || digits + decimals > 19 || decimals > 22 || mantissa > (uint64_t{1} << 53))
        return false;
    double v = static_cast<double>(mantissa);
    if (decimals > 0)
        v /= kPowers[decimals];
    out = negative ? -v : v;
    return true;
#else
    (void)s;
    (void)out;
    return false;
#endif
}

} // namespace

bool parseDoubleText(std::string_view s, double& out)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return false;
    if (readPlainDecimal(s, out))
        return true;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size() && std::isfinite(out);
}

std::optional<double> parseDouble(std::string_view s)
{
    double v;
    if (!parseDoubleText(s, v))
        return std::nullopt;
    return v;
}

std::optional<bool> parseBool(std::string_view s)
{
    auto eq = [&](std::string_view word) {
        if (s.size() != word.size())
            return false;
        for (size_t i = 0; i < s.size(); ++i)
            if ((s[i] | 0x20) != word[i])
                return false;
        return true;
    };
    if (eq("true"))
        return true;
    if (eq("false"))
        return false;
    return std::nullopt;
}

std::string formatDouble(double v)
{
    char buf[64];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
    return ec == std::errc() ? std::string(buf, p) : std::string("nan");
}

std::string valueText(const Value& v, std::string_view nullText)
{
    if (v.null)
        return std::string(nullText);
    switch (v.type) {
    case DataType::Int: return std::to_string(v.i);
    case DataType::Double: return formatDouble(v.d);
    case DataType::Bool: return v.i ? "true" : "false";
    case DataType::Date: return formatDate(static_cast<int32_t>(v.i));
    case DataType::Timestamp: return formatTimestamp(v.i);
    case DataType::String: return v.s;
    }
    return std::string(nullText);
}

} // namespace seg
