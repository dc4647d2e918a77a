// JSON values of messages as column values, and their text in dead letters.
#include "live/message_json.h"

#include "util/md5.h"

namespace seg::live_detail {

namespace dom = simdjson::dom;

std::string describe(const dom::element& v)
{
    switch (v.type()) {
    case dom::element_type::STRING: {
        const std::string_view s = v.get_string().value_unsafe();
        return "the string \"" + std::string(s.substr(0, 40)) + (s.size() > 40 ? "..." : "") + "\"";
    }
    case dom::element_type::BOOL: return v.get_bool().value_unsafe() ? "true" : "false";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE: return "the number " + simdjson::minify(v);
    case dom::element_type::OBJECT: return "an object";
    case dom::element_type::ARRAY: return "an array";
    case dom::element_type::NULL_VALUE: return "null";
    }
    return "a value";
}

std::string digest(std::string_view text)
{
    static const char* hex = "0123456789abcdef";
    const auto d = md5(text);
    std::string out;
    for (size_t i = 0; i < 8; ++i) {
        out.push_back(hex[d[i] >> 4]);
        out.push_back(hex[d[i] & 15]);
    }
    return out;
}

// A JSON value as a value of a column's type, into `out` (its string storage is reused).
// False with `reason` ("expected an integer, got ...") when it does not fit.
bool toValue(const dom::element& v, DataType type, Value& out, std::string& reason)
{
    out.type = type;
    out.null = false;
    const dom::element_type t = v.type();
    if (t == dom::element_type::NULL_VALUE) {
        out.null = true;
        return true;
    }
    switch (type) {
    case DataType::Int:
        if (t == dom::element_type::INT64) {
            out.i = v.get_int64().value_unsafe();
            return true;
        }
        if (t == dom::element_type::STRING)
            if (auto i = parseInt64(v.get_string().value_unsafe())) {
                out.i = *i;
                return true;
            }
        reason = "expected an integer, got " + describe(v);
        return false;
    case DataType::Double:
        if (t == dom::element_type::INT64 || t == dom::element_type::UINT64 || t == dom::element_type::DOUBLE) {
            out.d = v.get_double().value_unsafe();
            return true;
        }
        reason = "expected a number, got " + describe(v);
        return false;
    case DataType::Bool:
        if (t == dom::element_type::BOOL) {
            out.i = v.get_bool().value_unsafe();
            return true;
        }
        reason = "expected true or false, got " + describe(v);
        return false;
    case DataType::Date:
        if (t == dom::element_type::STRING)
            if (auto d = parseIsoDate(v.get_string().value_unsafe())) {
                out.i = *d;
                return true;
            }
        reason = "expected a date \"YYYY-MM-DD\", got " + describe(v);
        return false;
    case DataType::Timestamp:
        if (t == dom::element_type::STRING) {
            const std::string_view s = v.get_string().value_unsafe();
            if (auto ts = parseIsoTimestamp(s)) {
                out.i = *ts;
                return true;
            }
            if (auto d = parseIsoDate(s)) {
                out.i = int64_t{*d} * kMicrosPerDay;
                return true;
            }
        }
        reason = "expected a timestamp \"YYYY-MM-DD HH:MM:SS\", got " + describe(v);
        return false;
    case DataType::String:
        if (t == dom::element_type::STRING) {
            out.s.assign(v.get_string().value_unsafe());
            return true;
        }
        if (t == dom::element_type::INT64 || t == dom::element_type::UINT64) {
            out.s = simdjson::minify(v);
            return true;
        }
        reason = "expected a string, got " + describe(v);
        return false;
    }
    return false;
}

} // namespace seg::live_detail
