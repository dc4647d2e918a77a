#include "data/types.h"
#include "data/value.h"

#include <array>
#include <charconv>
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

int32_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
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

std::optional<int32_t> parseIsoDate(std::string_view s)
{
    // Exactly YYYY-MM-DD: ten bytes, so the digits are read at fixed places (date columns are
    // parsed for every row while importing).
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return std::nullopt;
    unsigned digit[10];
    for (const size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        digit[i] = static_cast<unsigned>(static_cast<unsigned char>(s[i])) - '0';
        if (digit[i] > 9)
            return std::nullopt;
    }
    const int y = static_cast<int>(digit[0] * 1000 + digit[1] * 100 + digit[2] * 10 + digit[3]);
    const unsigned m = digit[5] * 10 + digit[6];
    const unsigned d = digit[8] * 10 + digit[9];
    if (!isValidCivil(y, m, d))
        return std::nullopt;
    return daysFromCivil(y, m, d);
}

std::optional<int64_t> parseIsoTimestamp(std::string_view s)
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

std::optional<double> parseDouble(std::string_view s)
{
    if (!s.empty() && s.front() == '+')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    double v;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || !std::isfinite(v))
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
