#pragma once
// Column types of imported text: inference over all non-null values (spec section 2) and the
// typed parsing of one value, shared by both import passes and by type overrides.
#include "data/column.h"
#include "data/types.h"

#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

// A column's type plus, for date/timestamp overrides, a strptime-style text format.
struct TypeSpec {
    DataType type = DataType::String;
    std::string format; // empty: the ISO forms of the spec
};

// "int", "double", "bool", "date", "timestamp", "string", "date:%d-%m-%Y", "timestamp:...".
// Returns nullopt and sets `error` for unknown names, formats on other types and unknown
// % directives (only %Y %m %d %H %M %S %% exist).
std::optional<TypeSpec> parseTypeSpec(std::string_view text, std::string& error);
std::string typeSpecText(const TypeSpec& spec);

// Same result as parseInt64, but values of up to 18 digits (which cannot overflow) are read
// inline: integer columns are parsed once in each pass, so this is a hot loop.
inline std::optional<int64_t> parseIntValue(std::string_view s)
{
    size_t i = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
    const size_t digits = s.size() - i;
    if (digits == 0 || digits > 18)
        return parseInt64(s);
    int64_t v = 0;
    for (; i < s.size(); ++i) {
        const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(s[i])) - '0';
        if (d > 9)
            return parseInt64(s); // not plain digits: the library decides (and rejects)
        v = v * 10 + static_cast<int64_t>(d);
    }
    return s[0] == '-' ? -v : v;
}

// parseIntValue and parseDouble with an out-parameter (for the per-row loops of the import).
inline bool parseIntInto(std::string_view s, int64_t& out)
{
    size_t i = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
    const size_t digits = s.size() - i;
    auto library = [&] { // exactly what parseIntValue does with such text
        const auto v = parseInt64(s);
        out = v.value_or(0);
        return v.has_value();
    };
    if (digits == 0 || digits > 18)
        return library();
    int64_t v = 0;
    for (; i < s.size(); ++i) {
        const unsigned d = static_cast<unsigned>(static_cast<unsigned char>(s[i])) - '0';
        if (d > 9)
            return library();
        v = v * 10 + static_cast<int64_t>(d);
    }
    out = s[0] == '-' ? -v : v;
    return true;
}
bool parseDoubleInto(std::string_view s, double& out);

// Per-column inference state: the first of int, double, bool, date, timestamp that every added
// value parses as; string otherwise, and string when no value was added (all NULL).
class TypeInference {
public:
    void add(std::string_view value)
    {
        if (alive_ == 0)
            return; // already a string column: no more work per value
        ++values_;
        addSlow(value);
    }
    DataType result() const;
    bool undecided() const { return alive_ != 0; } // false once only "string" is left
    // The type the values so far agree on when it is the only candidate left (int counts as
    // int although double is still alive): a further value that parses as that type leaves
    // the inference as it is, so the caller may count it with countParsed() instead of add().
    // Nullopt before the first value and for any other mix of candidates.
    std::optional<DataType> settledType() const
    {
        switch (alive_) {
        case 0: return DataType::String;
        case kInt | kDouble: return DataType::Int;
        case kDouble: return DataType::Double;
        case kBool: return DataType::Bool;
        case kDate: return DataType::Date;
        case kTimestamp: return DataType::Timestamp;
        default: return std::nullopt;
        }
    }
    void countParsed() { ++values_; } // a value that parsed as settledType()
    // Combines the inference of another part of the same column (parallel scan).
    void merge(const TypeInference& other)
    {
        alive_ &= other.alive_;
        values_ += other.values_;
    }

private:
    void addSlow(std::string_view value);
    enum : unsigned { kInt = 1, kDouble = 2, kBool = 4, kDate = 8, kTimestamp = 16, kAll = 31 };
    unsigned alive_ = kAll;
    size_t values_ = 0;
};

// Date and timestamp layouts other than ISO that the import wizard and `describe` recognise
// (dd-mm-yyyy, mm/dd/yyyy, dd.mm.yyyy, yyyy/mm/dd ..., each alone or with hh:mm or hh:mm:ss).
// Recognising one never changes the import itself: it proposes a column type override such as
// "date:%d-%m-%Y" (spec section 1), which the user confirms.
struct DateLayout {
    std::string format;  // strptime-style, as in a "date:FORMAT" override
    std::string pattern; // the same for people: "dd-mm-yyyy hh:mm"
    DataType type;       // Date without a time part, Timestamp with one
};
const std::vector<DateLayout>& knownDateLayouts();

// What a column's values say about their layout.
struct DateLayoutGuess {
    // The known layouts every value parses as, in knownDateLayouts() order: none, one, or two
    // when the day/month order is ambiguous (every value has day <= 12, e.g. 03/04/2024).
    std::vector<const DateLayout*> layouts;
    bool found() const { return !layouts.empty(); }
    bool ambiguous() const { return layouts.size() > 1; }
    TypeSpec spec() const; // the first layout as an override; string when nothing was found
};

// Feed the non-null values of one column; ISO values are not a layout of their own (a column
// of ISO dates is inferred as date anyway), so a column mixing them with dd-mm-yyyy finds none.
class DateLayoutDetector {
public:
    DateLayoutDetector();
    void add(std::string_view value);
    DateLayoutGuess guess() const;

private:
    uint32_t alive_;
    size_t values_ = 0;
};

// Whether a trimmed, non-null value can be stored under `spec`.
// Overrides are lenient where no information is lost or invented: a "date" column takes a
// timestamp's UTC day, a "timestamp" column takes a date as midnight UTC, "double" takes ints.
bool valueFits(const TypeSpec& spec, std::string_view value);

// Parses and appends a trimmed, non-null value; false (and nothing appended) when it does not fit.
bool appendParsed(Column& column, const TypeSpec& spec, std::string_view value);

// "'abc' is not an int", "'5/1/24' is not a date in the format %d-%m-%Y" (long values shortened).
std::string mismatchReason(const TypeSpec& spec, std::string_view value);

// Key values as 64-bit codes for matching and duplicate detection: ints, timestamp micros,
// date days, bools 0/1 and doubles by bit pattern (with -0 folded into 0). Not for strings.
std::optional<int64_t> parseKeyCode(const TypeSpec& spec, std::string_view value);
inline int64_t keyCodeAt(const Column& column, size_t row);

inline int64_t doubleKeyCode(double d)
{
    if (d == 0.0)
        d = 0.0; // -0 and +0 are the same key
    int64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return bits;
}

inline int64_t keyCodeAt(const Column& column, size_t row)
{
    switch (column.type()) {
    case DataType::Int:
    case DataType::Timestamp: return column.intAt(row);
    case DataType::Double: return doubleKeyCode(column.doubleAt(row));
    case DataType::Bool: return column.boolAt(row) ? 1 : 0;
    case DataType::Date:
    case DataType::String: return column.codes()[row];
    }
    return 0;
}

} // namespace seg
