#include "data/type_inference.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace seg {

namespace {

std::optional<int32_t> parseDateValue(const TypeSpec& spec, std::string_view v)
{
    if (!spec.format.empty())
        return parseDateWithFormat(v, spec.format);
    if (auto d = parseIsoDate(v))
        return d;
    if (auto ts = parseIsoTimestamp(v))
        return dayOfTimestamp(*ts);
    return std::nullopt;
}

std::optional<int64_t> parseTimestampValue(const TypeSpec& spec, std::string_view v)
{
    if (!spec.format.empty())
        return parseTimestampWithFormat(v, spec.format);
    if (auto ts = parseIsoTimestamp(v))
        return ts;
    if (auto d = parseIsoDate(v))
        return int64_t{*d} * kMicrosPerDay;
    return std::nullopt;
}

std::string shortened(std::string_view v)
{
    constexpr size_t kMax = 40;
    if (v.size() <= kMax)
        return std::string(v);
    size_t cut = kMax - 3;
    while (cut > 0 && (static_cast<unsigned char>(v[cut]) & 0xC0) == 0x80)
        --cut; // do not split a UTF-8 sequence
    return std::string(v.substr(0, cut)) + "...";
}

} // namespace

bool parseDoubleInto(std::string_view s, double& out)
{
    return parseDoubleText(s, out);
}

std::optional<TypeSpec> parseTypeSpec(std::string_view text, std::string& error)
{
    const size_t colon = text.find(':');
    const std::string_view name = text.substr(0, colon);
    const auto type = parseTypeName(name);
    if (!type) {
        error = "unknown type '" + std::string(name)
            + "' (use int, double, bool, date, timestamp or string, or date:FORMAT / timestamp:FORMAT)";
        return std::nullopt;
    }
    TypeSpec spec{*type, {}};
    if (colon == std::string_view::npos)
        return spec;
    if (!isTemporal(*type)) {
        error = "a format is only allowed for date and timestamp, not " + std::string(name);
        return std::nullopt;
    }
    spec.format = std::string(text.substr(colon + 1));
    if (spec.format.empty()) {
        error = "empty format after '" + std::string(name) + ":'";
        return std::nullopt;
    }
    for (size_t i = 0; i < spec.format.size(); ++i) {
        if (spec.format[i] != '%')
            continue;
        const char d = i + 1 < spec.format.size() ? spec.format[i + 1] : '\0';
        if (std::strchr("YmdHMS%", d) == nullptr || d == '\0') {
            error = "unknown directive '%" + std::string(d ? 1 : 0, d) + "' in format '" + spec.format
                + "' (use %Y %m %d %H %M %S)";
            return std::nullopt;
        }
        ++i;
    }
    return spec;
}

std::string typeSpecText(const TypeSpec& spec)
{
    std::string text(typeName(spec.type));
    if (!spec.format.empty())
        text += ":" + spec.format;
    return text;
}

void TypeInference::addSlow(std::string_view v)
{
    if (alive_ & kInt) {
        if (parseIntValue(v)) {
            alive_ &= kInt | kDouble; // an integer is neither a bool nor a date
            return;
        }
        alive_ &= ~unsigned{kInt};
    }
    if ((alive_ & kDouble) && !parseDouble(v))
        alive_ &= ~unsigned{kDouble};
    if ((alive_ & kBool) && !parseBool(v))
        alive_ &= ~unsigned{kBool};
    if ((alive_ & kDate) && !parseIsoDate(v))
        alive_ &= ~unsigned{kDate};
    if ((alive_ & kTimestamp) && !parseIsoTimestamp(v))
        alive_ &= ~unsigned{kTimestamp};
}

DataType TypeInference::result() const
{
    if (values_ == 0)
        return DataType::String; // decision: an all-NULL column is a string column
    if (alive_ & kInt)
        return DataType::Int;
    if (alive_ & kDouble)
        return DataType::Double;
    if (alive_ & kBool)
        return DataType::Bool;
    if (alive_ & kDate)
        return DataType::Date;
    if (alive_ & kTimestamp)
        return DataType::Timestamp;
    return DataType::String;
}

bool valueFits(const TypeSpec& spec, std::string_view v)
{
    switch (spec.type) {
    case DataType::Int: return parseIntValue(v).has_value();
    case DataType::Double: return parseDouble(v).has_value();
    case DataType::Bool: return parseBool(v).has_value();
    case DataType::Date: return parseDateValue(spec, v).has_value();
    case DataType::Timestamp: return parseTimestampValue(spec, v).has_value();
    case DataType::String: return true;
    }
    return false;
}

bool appendParsed(Column& column, const TypeSpec& spec, std::string_view v)
{
    switch (spec.type) {
    case DataType::Int:
        if (auto x = parseIntValue(v)) {
            column.appendInt(*x);
            return true;
        }
        return false;
    case DataType::Double:
        if (auto x = parseDouble(v)) {
            column.appendDouble(*x);
            return true;
        }
        return false;
    case DataType::Bool:
        if (auto x = parseBool(v)) {
            column.appendBool(*x);
            return true;
        }
        return false;
    case DataType::Date:
        if (auto x = parseDateValue(spec, v)) {
            column.appendDate(*x);
            return true;
        }
        return false;
    case DataType::Timestamp:
        if (auto x = parseTimestampValue(spec, v)) {
            column.appendInt(*x);
            return true;
        }
        return false;
    case DataType::String: column.appendString(v); return true;
    }
    return false;
}

std::string mismatchReason(const TypeSpec& spec, std::string_view v)
{
    std::string what;
    switch (spec.type) {
    case DataType::Int: what = "an int"; break;
    case DataType::Double: what = "a number"; break;
    case DataType::Bool: what = "a bool (true/false)"; break;
    case DataType::Date: what = spec.format.empty() ? "a date (YYYY-MM-DD)" : "a date in the format " + spec.format; break;
    case DataType::Timestamp:
        what = spec.format.empty() ? "a timestamp (YYYY-MM-DD HH:MM[:SS])" : "a timestamp in the format " + spec.format;
        break;
    case DataType::String: what = "a string"; break;
    }
    return "'" + shortened(v) + "' is not " + what;
}

std::optional<int64_t> parseKeyCode(const TypeSpec& spec, std::string_view v)
{
    switch (spec.type) {
    case DataType::Int: return parseIntValue(v);
    case DataType::Double:
        if (auto x = parseDouble(v))
            return doubleKeyCode(*x);
        return std::nullopt;
    case DataType::Bool:
        if (auto x = parseBool(v))
            return int64_t{*x};
        return std::nullopt;
    case DataType::Date:
        if (auto x = parseDateValue(spec, v))
            return int64_t{*x};
        return std::nullopt;
    case DataType::Timestamp: return parseTimestampValue(spec, v);
    case DataType::String: return std::nullopt;
    }
    return std::nullopt;
}

const std::vector<DateLayout>& knownDateLayouts()
{
    static const std::vector<DateLayout> layouts = [] {
        // Day-first before month-first: where both fit, the first is what most of the world
        // writes, but the wizard still asks (see DateLayoutGuess::ambiguous).
        const std::pair<const char*, const char*> dates[] = {
            {"%d-%m-%Y", "dd-mm-yyyy"}, {"%m-%d-%Y", "mm-dd-yyyy"}, {"%d/%m/%Y", "dd/mm/yyyy"},
            {"%m/%d/%Y", "mm/dd/yyyy"}, {"%d.%m.%Y", "dd.mm.yyyy"}, {"%Y/%m/%d", "yyyy/mm/dd"},
        };
        const std::pair<const char*, const char*> times[] = {{"", ""}, {" %H:%M", " hh:mm"}, {" %H:%M:%S", " hh:mm:ss"}};
        std::vector<DateLayout> out;
        for (const auto& [timeFormat, timePattern] : times)
            for (const auto& [dateFormat, datePattern] : dates)
                out.push_back({std::string(dateFormat) + timeFormat, std::string(datePattern) + timePattern,
                               *timeFormat ? DataType::Timestamp : DataType::Date});
        return out;
    }();
    return layouts;
}

TypeSpec DateLayoutGuess::spec() const
{
    if (layouts.empty())
        return {};
    return {layouts.front()->type, layouts.front()->format};
}

DateLayoutDetector::DateLayoutDetector() : alive_(static_cast<uint32_t>((uint64_t{1} << knownDateLayouts().size()) - 1)) {}

void DateLayoutDetector::add(std::string_view value)
{
    ++values_;
    const auto& layouts = knownDateLayouts();
    for (size_t i = 0; alive_ != 0 && i < layouts.size(); ++i)
        if ((alive_ >> i & 1u) && !parseTimestampWithFormat(value, layouts[i].format))
            alive_ &= ~(uint32_t{1} << i);
}

DateLayoutGuess DateLayoutDetector::guess() const
{
    DateLayoutGuess guess;
    if (values_ == 0)
        return guess;
    const auto& layouts = knownDateLayouts();
    for (size_t i = 0; i < layouts.size(); ++i)
        if (alive_ >> i & 1u)
            guess.layouts.push_back(&layouts[i]);
    return guess;
}

} // namespace seg
