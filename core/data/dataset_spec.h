#pragma once
// How to read one dataset (section 1 of the spec: datasets.customers / datasets.events).
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace seg {

enum class DuplicateKeyPolicy { KeepLast, KeepFirst, Error };

struct DatasetSpec {
    std::string path;                 // as written in the graph file (relative to it)
    std::optional<std::string> key;   // customer id column; absent: 1-based row number "_row"
    std::string time;                 // events only: date/timestamp column
    std::string type;                 // events only: event-name column
    std::optional<char> delimiter;    // absent: detected
    std::string encoding = "utf-8";
    std::vector<std::string> nullValues{"", "NULL", "null", "NA", "N/A"};
    // Type overrides in file order: column -> "int", "string", "date:%d-%m-%Y", ...
    std::vector<std::pair<std::string, std::string>> columnTypes;
    DuplicateKeyPolicy onDuplicateKey = DuplicateKeyPolicy::KeepLast;

    bool operator==(const DatasetSpec&) const = default;
};

} // namespace seg
