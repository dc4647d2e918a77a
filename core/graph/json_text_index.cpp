#include "graph/json_text_index.h"

#include "util/json.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <unordered_set>

namespace seg {

std::string jsonPointerChild(const std::string& pointer, std::string_view key)
{
    std::string out = pointer;
    out += '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string jsonPointerChild(const std::string& pointer, size_t index)
{
    return pointer + "/" + std::to_string(index);
}

TextPosition JsonTextIndex::positionOf(size_t offset, std::string_view text) const
{
    offset = std::min(offset, text.size());
    const auto next = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
    const size_t lineIndex = static_cast<size_t>(next - lineStarts.begin()) - 1;
    const size_t start = lineStarts[lineIndex];
    int column = 1;
    for (size_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) // skip UTF-8 continuation bytes
            ++column;
    if (lineIndex == 0 && startsWithBom && offset >= 3)
        --column; // the byte order mark is not something the user sees
    return {static_cast<int>(lineIndex) + 1, column};
}

std::optional<size_t> JsonTextIndex::offsetOf(const std::string& pointer) const
{
    const auto it = offsets.find(pointer);
    if (it == offsets.end())
        return std::nullopt;
    return it->second;
}

namespace {

struct Frame {
    bool isArray = false;
    std::string pointer;
    size_t index = 0;           // arrays: index of the element being read
    bool expectingKey = true;   // objects: the next string is a key
    std::string currentKey;     // objects: pointer of the member whose value comes next
    std::unordered_map<std::string, size_t> keys; // objects: key -> offset, for duplicates
};

std::string decodeKey(std::string_view raw)
{
    if (raw.find('\\') == std::string_view::npos)
        return std::string(raw);
    try {
        return Json::parse("\"" + std::string(raw) + "\"").get<std::string>();
    } catch (const Json::exception&) {
        return std::string(raw); // the real parse reports the broken escape
    }
}

bool isDelimiter(char c)
{
    return c == ',' || c == ']' || c == '}' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r'
        || c == '[' || c == '{' || c == '"';
}

} // namespace

JsonTextIndex indexJsonText(std::string_view text, int maxDepth)
{
    JsonTextIndex index;
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            index.lineStarts.push_back(i + 1);

    size_t pos = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        index.startsWithBom = true;
        pos = 3;
    }

    std::vector<Frame> stack;
    bool rootSeen = false;

    // Where a value starting at `offset` lives; records array elements and the root.
    auto valuePointer = [&](size_t offset) -> std::string {
        if (stack.empty()) {
            if (!rootSeen) {
                index.offsets.emplace("", offset);
                rootSeen = true;
            }
            return "";
        }
        Frame& top = stack.back();
        if (top.isArray) {
            std::string p = jsonPointerChild(top.pointer, top.index);
            index.offsets.emplace(p, offset);
            return p;
        }
        return top.currentKey;
    };

    while (pos < text.size()) {
        const char c = text[pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':') {
            ++pos;
            continue;
        }
        if (c == '"') {
            const size_t start = pos++;
            while (pos < text.size() && text[pos] != '"')
                pos += text[pos] == '\\' ? 2 : 1;
            const std::string_view raw = text.substr(start + 1, std::min(pos, text.size()) - start - 1);
            ++pos;
            if (!stack.empty() && !stack.back().isArray && stack.back().expectingKey) {
                Frame& top = stack.back();
                std::string key = decodeKey(raw);
                top.currentKey = jsonPointerChild(top.pointer, key);
                top.expectingKey = false;
                const auto [it, inserted] = top.keys.emplace(key, start);
                if (inserted)
                    index.offsets.emplace(top.currentKey, start);
                else
                    index.duplicateKeys.push_back({top.currentKey, std::move(key), start, it->second});
            } else {
                valuePointer(start);
            }
            continue;
        }
        if (c == ',') {
            if (!stack.empty()) {
                if (stack.back().isArray)
                    ++stack.back().index;
                else
                    stack.back().expectingKey = true;
            }
            ++pos;
            continue;
        }
        if (c == '{' || c == '[') {
            if (static_cast<int>(stack.size()) >= maxDepth) {
                index.tooDeepAt = pos;
                return index;
            }
            Frame frame;
            frame.isArray = c == '[';
            frame.pointer = valuePointer(pos);
            stack.push_back(std::move(frame));
            ++pos;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!stack.empty())
                stack.pop_back();
            ++pos;
            continue;
        }
        // A number or a literal (true, false, null) or garbage the real parser will report.
        const size_t start = pos;
        valuePointer(start);
        while (pos < text.size() && !isDelimiter(text[pos]))
            ++pos;
        const std::string token(text.substr(start, pos - start));
        if (!index.numberOverflowAt && !token.empty() && (token[0] == '-' || (token[0] >= '0' && token[0] <= '9'))) {
            errno = 0;
            const double value = std::strtod(token.c_str(), nullptr);
            if (std::isinf(value)) {
                index.numberOverflowAt = start;
                index.overflowingNumber = token;
            }
        }
    }
    return index;
}

} // namespace seg
