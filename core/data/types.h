#pragma once
// Column data types of the segment graph spec (section 2) and their text forms.
// Dates are days since 1970-01-01; timestamps are microseconds since the epoch, UTC.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace seg {

enum class DataType : uint8_t { Int, Double, Bool, Date, Timestamp, String };

std::string_view typeName(DataType t);
std::optional<DataType> parseTypeName(std::string_view name);
inline bool isNumeric(DataType t) { return t == DataType::Int || t == DataType::Double; }
inline bool isTemporal(DataType t) { return t == DataType::Date || t == DataType::Timestamp; }

constexpr int64_t kMicrosPerSecond = 1'000'000;
constexpr int64_t kMicrosPerDay = 86'400LL * kMicrosPerSecond;

// Proleptic Gregorian calendar <-> day number (Howard Hinnant's algorithms).
int32_t daysFromCivil(int year, unsigned month, unsigned day);
void civilFromDays(int32_t days, int& year, unsigned& month, unsigned& day);
bool isValidCivil(int year, unsigned month, unsigned day);

// The calendar day a timestamp falls on (floor division, so pre-1970 instants work).
inline int32_t dayOfTimestamp(int64_t micros)
{
    int64_t d = micros / kMicrosPerDay;
    if (micros % kMicrosPerDay < 0)
        --d;
    return static_cast<int32_t>(d);
}

// Strict ISO forms of the spec: YYYY-MM-DD and YYYY-MM-DD[ T]HH:MM[:SS[.fff]][Z].
std::optional<int32_t> parseIsoDate(std::string_view text);
std::optional<int64_t> parseIsoTimestamp(std::string_view text);
// The same with an out-parameter, for the import's per-row loops (false: not that form). The
// common forms are read at fixed places, eight bytes at a time.
bool parseIsoDateInto(std::string_view text, int32_t& days);
bool parseIsoTimestampInto(std::string_view text, int64_t& micros);
// The field-by-field timestamp reader every form goes through that the fixed-place code does
// not take (the reference the fast path is tested against).
std::optional<int64_t> parseIsoTimestampGeneral(std::string_view text);
// strptime-style formats of a column override ("%d-%m-%Y"): %Y %m %d %H %M %S and %%.
std::optional<int64_t> parseTimestampWithFormat(std::string_view text, std::string_view format);
std::optional<int32_t> parseDateWithFormat(std::string_view text, std::string_view format);

std::string formatDate(int32_t days);
std::string formatTimestamp(int64_t micros); // "YYYY-MM-DD HH:MM:SS[.ffffff]"

// Number parsing shared by CSV inference, the expression lexer and the graph loader.
std::optional<int64_t> parseInt64(std::string_view text);
std::optional<double> parseDouble(std::string_view text);
// parseDouble with an out-parameter; plain decimals are read without the library.
bool parseDoubleText(std::string_view text, double& out);
std::optional<bool> parseBool(std::string_view text); // true/false, any case
std::string formatDouble(double v); // shortest text that reads back to the same double

} // namespace seg
