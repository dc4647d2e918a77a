#include "graph/field_reader.h"

#include <algorithm>
#include <cstdio>

namespace seg {

void Reporter::report(const std::string& nodeId, const std::string& pointer, std::string message)
{
    m_out.push_back(Diagnostic{nodeId, locate(pointer), std::move(message)});
}

std::optional<TextPosition> Reporter::positionOf(const std::string& pointer) const
{
    if (!m_index)
        return std::nullopt;
    // A missing member has no position: fall back to the closest enclosing value.
    std::string p = pointer;
    for (;;) {
        if (const auto offset = m_index->offsetOf(p))
            return m_index->positionOf(*offset, m_text);
        if (p.empty())
            return std::nullopt;
        p.erase(p.rfind('/'));
    }
}

std::string Reporter::locate(const std::string& pointer) const
{
    if (const auto pos = positionOf(pointer))
        return m_sourceName + ":" + std::to_string(pos->line) + ":" + std::to_string(pos->column);
    return m_sourceName;
}

FieldReader::FieldReader(const Json& object, std::string pointer, std::string label, std::string nodeId,
                         Reporter& reporter, std::string subject)
    : m_object(object), m_pointer(std::move(pointer)), m_label(std::move(label)), m_nodeId(std::move(nodeId)),
      m_reporter(reporter), m_subject(std::move(subject))
{
}

const Json* FieldReader::find(std::string_view key) const
{
    if (!m_object.is_object())
        return nullptr;
    const auto it = m_object.find(std::string(key));
    return it == m_object.end() ? nullptr : &*it;
}

void FieldReader::error(std::string_view key, std::string message) const
{
    m_reporter.report(m_nodeId, pointer(key), m_subject + std::move(message));
}

void FieldReader::errorHere(std::string message) const
{
    m_reporter.report(m_nodeId, m_pointer, m_subject + std::move(message));
}

void FieldReader::missing(std::string_view key, std::string_view hint) const
{
    std::string message = "missing '" + name(key) + "'";
    if (!hint.empty())
        message += " (" + std::string(hint) + ")";
    errorHere(std::move(message));
}

void FieldReader::wrongType(std::string_view key, std::string_view expected) const
{
    const Json* value = find(key);
    error(key, "'" + name(key) + "' must be " + std::string(expected) + ", got "
                   + (value ? describeJson(*value) : std::string("nothing")));
}

const Json* FieldReader::present(std::string_view key, Need need, std::string_view hint) const
{
    const Json* value = find(key);
    if (!value && need == Need::Required)
        missing(key, hint);
    return value;
}

std::optional<std::string> FieldReader::text(std::string_view key, Need need, std::string_view hint) const
{
    const Json* value = present(key, need, hint);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        wrongType(key, "a string");
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<std::string> FieldReader::nonEmptyText(std::string_view key, Need need, std::string_view hint) const
{
    const Json* value = present(key, need, hint);
    if (!value)
        return std::nullopt;
    if (!value->is_string() || value->get_ref<const std::string&>().empty()) {
        wrongType(key, "a non-empty string");
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::optional<int64_t> FieldReader::integer(std::string_view key, Need need, int64_t min, int64_t max,
                                            std::string_view hint) const
{
    const Json* value = present(key, need, hint);
    if (!value)
        return std::nullopt;
    std::optional<int64_t> result;
    if (value->is_number_unsigned()) {
        const uint64_t u = value->get<uint64_t>();
        if (u <= static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
            result = static_cast<int64_t>(u);
    } else if (value->is_number_integer()) {
        result = value->get<int64_t>();
    }
    if (!result || *result < min || *result > max) {
        std::string expected;
        if (max == std::numeric_limits<int64_t>::max())
            expected = min == 0 ? "a non-negative integer" : "an integer >= " + std::to_string(min);
        else
            expected = "an integer from " + std::to_string(min) + " to " + std::to_string(max);
        wrongType(key, expected);
        return std::nullopt;
    }
    return result;
}

std::optional<double> FieldReader::number(std::string_view key, Need need, std::string_view hint) const
{
    const Json* value = present(key, need, hint);
    if (!value)
        return std::nullopt;
    if (!value->is_number()) {
        wrongType(key, "a number");
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<bool> FieldReader::boolean(std::string_view key) const
{
    const Json* value = find(key);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean()) {
        wrongType(key, "true or false");
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<std::vector<std::string>> FieldReader::textList(std::string_view key, Need need, bool nonEmptyItems,
                                                              std::string_view hint) const
{
    const Json* value = present(key, need, hint);
    if (!value)
        return std::nullopt;
    if (!value->is_array()) {
        wrongType(key, "a list of strings");
        return std::nullopt;
    }
    std::vector<std::string> items;
    bool ok = true;
    for (size_t i = 0; i < value->size(); ++i) {
        const Json& item = (*value)[i];
        if (!item.is_string() || (nonEmptyItems && item.get_ref<const std::string&>().empty())) {
            m_reporter.report(m_nodeId, jsonPointerChild(pointer(key), i),
                              m_subject + "'" + name(key) + "[" + std::to_string(i) + "]' must be a "
                                  + (nonEmptyItems ? "non-empty " : "") + "string, got " + describeJson(item));
            ok = false;
            continue;
        }
        items.push_back(item.get<std::string>());
    }
    if (!ok)
        return std::nullopt;
    return items;
}

void FieldReader::rejectUnknown(std::initializer_list<std::string_view> allowed, std::string_view whatTakes) const
{
    rejectUnknown(std::vector<std::string_view>(allowed), whatTakes);
}

void FieldReader::rejectUnknown(const std::vector<std::string_view>& allowed, std::string_view whatTakes) const
{
    if (!m_object.is_object())
        return;
    for (const auto& [key, value] : m_object.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) != allowed.end())
            continue;
        std::string message = "unknown field '" + printable(m_label + key) + "'";
        if (const auto guess = closestName(key, allowed))
            message += " (did you mean '" + m_label + std::string(*guess) + "'?)";
        else
            message += " (" + std::string(whatTakes) + " takes " + joinNames(allowed) + ")";
        error(key, std::move(message));
    }
}

std::string describeJson(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::string: return "\"" + printable(value.get_ref<const std::string&>(), 40) + "\"";
    case Json::value_t::array: return value.empty() ? "an empty list" : "a list";
    case Json::value_t::object: return value.empty() ? "an empty object" : "an object";
    case Json::value_t::boolean: return value.get<bool>() ? "true" : "false";
    default: return value.dump(); // numbers (no discarded or binary values come from parsing)
    }
}

namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is not valid.
size_t utf8SequenceLength(std::string_view s, size_t i)
{
    const auto b = static_cast<unsigned char>(s[i]);
    size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size())
        return 0;
    for (size_t k = 1; k < len; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
            return 0;
    return len;
}

} // namespace

std::string printable(std::string_view text, size_t maxBytes)
{
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        if (out.size() >= maxBytes) {
            out += "...";
            break;
        }
        const auto b = static_cast<unsigned char>(text[i]);
        char buf[8];
        if (b == '\n') {
            out += "\\n";
        } else if (b == '\t') {
            out += "\\t";
        } else if (b < 0x20 || b == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\u%04x", b);
            out += buf;
        } else if (const size_t len = utf8SequenceLength(text, i); len > 0) {
            out.append(text.substr(i, len));
            i += len;
            continue;
        } else {
            std::snprintf(buf, sizeof buf, "\\x%02x", b);
            out += buf;
        }
        ++i;
    }
    return out;
}

std::optional<std::string_view> closestName(std::string_view word, const std::vector<std::string_view>& candidates)
{
    if (word.size() > 64)
        return std::nullopt;
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    std::optional<std::string_view> best;
    size_t bestDistance = 3; // more than two edits is a different word, not a typo
    std::vector<size_t> row;
    for (std::string_view candidate : candidates) {
        // Levenshtein distance, case-insensitive, one row at a time.
        row.resize(candidate.size() + 1);
        for (size_t j = 0; j <= candidate.size(); ++j)
            row[j] = j;
        for (size_t i = 1; i <= word.size(); ++i) {
            size_t diagonal = row[0];
            row[0] = i;
            for (size_t j = 1; j <= candidate.size(); ++j) {
                const size_t above = row[j];
                const size_t cost = lower(word[i - 1]) == lower(candidate[j - 1]) ? 0 : 1;
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + cost});
                diagonal = above;
            }
        }
        const size_t distance = row[candidate.size()];
        if (distance < bestDistance && distance < std::max(word.size(), candidate.size())) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

std::string joinNames(const std::vector<std::string_view>& names, std::string_view separator)
{
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i)
            out += separator;
        out += names[i];
    }
    return out;
}

} // namespace seg
