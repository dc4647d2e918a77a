#pragma once
// A light pass over the raw text of a JSON document that nlohmann::json does not give us:
// where each value sits (line and column for messages), duplicate object keys (nlohmann keeps
// the last one silently), nesting depth (deep documents would overflow the stack when copied or
// written), and numbers too large for a double (nlohmann reports those without a position).
// Internal to the graph stage.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace seg {

struct TextPosition {
    int line = 1;   // 1-based
    int column = 1; // 1-based, counted in Unicode code points
};

struct JsonTextIndex {
    // JSON pointer ("/nodes/3/op") -> byte offset of the member's key, or of the value for array
    // elements and the root. Only filled in for well-formed parts of the text.
    std::unordered_map<std::string, size_t> offsets;

    struct DuplicateKey {
        std::string pointer; // of the repeated member
        std::string key;
        size_t offset;       // of the second occurrence
        size_t firstOffset;
    };
    std::vector<DuplicateKey> duplicateKeys;

    std::optional<size_t> tooDeepAt;        // first container opened beyond the depth limit
    std::optional<size_t> numberOverflowAt; // first number literal that does not fit a double
    std::string overflowingNumber;

    std::vector<size_t> lineStarts{0};
    bool startsWithBom = false;

    TextPosition positionOf(size_t offset, std::string_view text) const;
    std::optional<size_t> offsetOf(const std::string& pointer) const;
};

JsonTextIndex indexJsonText(std::string_view text, int maxDepth);

// Appends one reference token to a JSON pointer ("~" and "/" escaped as RFC 6901 says).
std::string jsonPointerChild(const std::string& pointer, std::string_view key);
std::string jsonPointerChild(const std::string& pointer, size_t index);

} // namespace seg
