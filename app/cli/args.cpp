#include "args.h"

#include <cctype>
#include <charconv>

namespace seg::cli {

ParsedArgs::ParsedArgs(std::string command, const std::vector<std::string>& args,
                       std::initializer_list<FlagSpec> flags, size_t minPositionals, size_t maxPositionals)
    : command_(std::move(command))
{
    auto findSpec = [&](std::string_view name) -> const FlagSpec* {
        for (const auto& f : flags)
            if (f.name == name)
                return &f;
        return nullptr;
    };
    bool onlyPositionals = false;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (onlyPositionals || arg.size() < 2 || arg[0] != '-') {
            positionals_.push_back(arg);
            continue;
        }
        if (arg == "--") {
            onlyPositionals = true;
            continue;
        }
        std::string name = arg;
        std::optional<std::string> inlineValue;
        if (const size_t eq = arg.find('='); eq != std::string::npos && arg.starts_with("--")) {
            name = arg.substr(0, eq);
            inlineValue = arg.substr(eq + 1);
        }
        const FlagSpec* spec = findSpec(name);
        if (!spec)
            fail("unknown option '" + name + "'");
        if (values_.count(name))
            fail("option '" + name + "' given more than once");
        if (!spec->takesValue) {
            if (inlineValue)
                fail("option '" + name + "' takes no value");
            values_[name] = "";
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size())
                fail("option '" + name + "' needs a value");
            inlineValue = args[++i];
        }
        values_[name] = *inlineValue;
        if (spec->repeatable)
            repeated_[name].push_back(*inlineValue);
    }
    if (positionals_.size() < minPositionals)
        fail(minPositionals == 1 ? "missing argument" : "missing arguments");
    if (positionals_.size() > maxPositionals)
        fail("unexpected argument '" + positionals_[maxPositionals] + "'");
}

std::optional<std::string> ParsedArgs::value(std::string_view flag) const
{
    const auto it = values_.find(flag);
    if (it == values_.end())
        return std::nullopt;
    return it->second;
}

std::string ParsedArgs::required(std::string_view flag) const
{
    auto v = value(flag);
    if (!v)
        fail("missing required option '" + std::string(flag) + "'");
    return *v;
}

std::optional<uint64_t> parseCount(std::string_view text, uint64_t min, uint64_t max)
{
    uint64_t v = 0;
    if (text.empty() || text.front() < '0' || text.front() > '9')
        return std::nullopt;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || v < min || v > max)
        return std::nullopt;
    return v;
}

std::optional<uint64_t> ParsedArgs::count(std::string_view flag, uint64_t min, uint64_t max) const
{
    const auto text = value(flag);
    if (!text)
        return std::nullopt;
    if (auto v = parseCount(*text, min, max))
        return v;
    fail("option '" + std::string(flag) + "' expects a whole number from " + std::to_string(min) + " to " +
         std::to_string(max) + ", got '" + *text + "'");
}

std::optional<int32_t> ParsedArgs::date(std::string_view flag) const
{
    const auto text = value(flag);
    if (!text)
        return std::nullopt;
    if (auto days = parseIsoDate(*text))
        return days;
    fail("option '" + std::string(flag) + "' expects a date YYYY-MM-DD, got '" + *text + "'");
}

std::optional<Strategy> ParsedArgs::strategy(std::string_view flag) const
{
    const auto text = value(flag);
    if (!text)
        return std::nullopt;
    if (auto s = parseStrategy(*text))
        return s;
    fail("option '" + std::string(flag) + "' expects sequential, parallel, hybrid or auto, got '" + *text + "'");
}

std::optional<char> ParsedArgs::delimiter(std::string_view flag) const
{
    const auto text = value(flag);
    if (!text)
        return std::nullopt;
    if (*text == "\\t" || *text == "tab" || *text == "\t")
        return '\t';
    const unsigned char c = text->size() == 1 ? static_cast<unsigned char>((*text)[0]) : 0;
    const bool usable = c > ' ' && c < 0x7f && c != '"' && !std::isalnum(c);
    if (!usable)
        fail("option '" + std::string(flag) + "' expects one punctuation character or 'tab', got '" + *text + "'");
    return static_cast<char>(c);
}

std::optional<uint64_t> ParsedArgs::bytes(std::string_view flag) const
{
    const auto text = value(flag);
    if (!text)
        return std::nullopt;
    std::string_view digits = *text;
    uint64_t unit = 1;
    if (!digits.empty()) {
        switch (digits.back()) {
        case 'k': case 'K': unit = uint64_t{1} << 10; break;
        case 'm': case 'M': unit = uint64_t{1} << 20; break;
        case 'g': case 'G': unit = uint64_t{1} << 30; break;
        default: break;
        }
        if (unit != 1)
            digits.remove_suffix(1);
    }
    const auto v = parseCount(digits, 1, UINT64_MAX / unit);
    if (!v)
        fail("option '" + std::string(flag) + "' expects a size in bytes (a whole number, optionally with K, M or G), got '"
             + *text + "'");
    return *v * unit;
}

CsvLimits ParsedArgs::limits() const
{
    CsvLimits limits;
    limits.maxFieldBytes = bytes("--max-field-bytes").value_or(limits.maxFieldBytes);
    limits.maxRecordBytes = bytes("--max-record-bytes").value_or(limits.maxRecordBytes);
    limits.maxInputBytes = bytes("--max-input-bytes").value_or(limits.maxInputBytes);
    return limits;
}

} // namespace seg::cli

namespace seg::cli {

std::vector<std::string> ParsedArgs::values(std::string_view flag) const
{
    const auto it = repeated_.find(flag);
    return it == repeated_.end() ? std::vector<std::string>{} : it->second;
}

} // namespace seg::cli
