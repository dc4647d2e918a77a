#pragma once
// Internal to core/live: the simdjson types behind LiveIntake and the conversions of JSON
// values to column values (message_values.cpp), shared by the line and batch paths.
#include "data/value.h"
#include "live/message_intake.h"

#include <simdjson.h>

#include <string>
#include <string_view>

namespace seg {

struct LiveIntake::Parser {
    simdjson::dom::parser parser;
};

struct LiveIntake::Message {
    simdjson::dom::object object;
};

namespace live_detail {

// "the string \"abc\"", "the number 4", "an object": a JSON value in a dead letter's reason.
std::string describe(const simdjson::dom::element& v);
// The first 8 bytes of MD5(text) as hex (profile change causes).
std::string digest(std::string_view text);
// A JSON value as a value of a column's type, into `out` (its string storage is reused).
// False with `reason` ("expected an integer, got ...") when it does not fit.
bool toValue(const simdjson::dom::element& v, DataType type, Value& out, std::string& reason);
// The line without trailing CR, spaces and tabs.
inline std::string_view trimLine(std::string_view line)
{
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.remove_suffix(1);
    return line;
}

} // namespace live_detail
} // namespace seg
