#pragma once
// A small command-line parser for segstudio-cli: positionals plus `--flag value`,
// `--flag=value` and `--switch`. Every mistake throws UsageError, which main() turns into
// exit code 2 with the usage line of the command, so commands never validate argv by hand.
#include "data/csv_reader.h"
#include "data/types.h"
#include "plan/strategy.h"

#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace seg::cli {

class UsageError : public std::runtime_error {
public:
    UsageError(std::string command, const std::string& message)
        : std::runtime_error(message), command_(std::move(command)) {}
    const std::string& command() const { return command_; } // empty: no command chosen yet
private:
    std::string command_;
};

struct FlagSpec {
    std::string_view name; // with the leading dashes: "--threads"
    bool takesValue = true;
    bool repeatable = false; // may be given several times; values() returns each
};

class ParsedArgs {
public:
    ParsedArgs(std::string command, const std::vector<std::string>& args, std::initializer_list<FlagSpec> flags,
               size_t minPositionals, size_t maxPositionals);

    const std::string& command() const { return command_; }
    const std::vector<std::string>& positionals() const { return positionals_; }
    bool has(std::string_view flag) const { return values_.find(flag) != values_.end(); }
    std::optional<std::string> value(std::string_view flag) const;
    std::string required(std::string_view flag) const;
    // Every value of a repeatable flag, in command-line order.
    std::vector<std::string> values(std::string_view flag) const;

    // Typed flag values; each throws UsageError naming the flag and the bad text.
    std::optional<uint64_t> count(std::string_view flag, uint64_t min, uint64_t max) const;
    std::optional<int32_t> date(std::string_view flag) const;      // YYYY-MM-DD -> days
    std::optional<Strategy> strategy(std::string_view flag) const;
    std::optional<char> delimiter(std::string_view flag) const;    // one character, "\t" or "tab"
    // A byte count: digits with an optional K, M or G (powers of 1024), e.g. "64M".
    std::optional<uint64_t> bytes(std::string_view flag) const;
    // The import limits from --max-field-bytes, --max-record-bytes and --max-input-bytes
    // (each defaults to CsvLimits'); the command must list SEG_CLI_LIMIT_FLAGS among its flags.
    CsvLimits limits() const;

    [[noreturn]] void fail(const std::string& message) const { throw UsageError(command_, message); }

private:
    std::string command_;
    std::vector<std::string> positionals_;
    std::map<std::string, std::string, std::less<>> values_; // switches hold ""
    std::map<std::string, std::vector<std::string>, std::less<>> repeated_;
};

// The flags ParsedArgs::limits() reads.
#define SEG_CLI_LIMIT_FLAGS {"--max-field-bytes"}, {"--max-record-bytes"}, {"--max-input-bytes"}

// Strict whole-number parse (digits only, no sign, no spaces) within [min, max].
std::optional<uint64_t> parseCount(std::string_view text, uint64_t min, uint64_t max);

} // namespace seg::cli
