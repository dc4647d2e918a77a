#pragma once
// Reading fields of one JSON object with the checks every part of a graph file needs (required,
// JSON type, range) and diagnostics that name the node, the field and the file position.
// Internal to the graph stage.
#include "graph/graph.h"
#include "graph/json_text_index.h"

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

// Turns JSON pointers into "file:line:col" and collects the diagnostics.
class Reporter {
public:
    // `index`/`text` may be null/empty (a node pasted in the editor has no file).
    Reporter(std::vector<Diagnostic>& out, std::string sourceName, const JsonTextIndex* index, std::string_view text)
        : m_out(out), m_sourceName(std::move(sourceName)), m_index(index), m_text(text)
    {
    }

    void report(const std::string& nodeId, const std::string& pointer, std::string message);
    std::string locate(const std::string& pointer) const;
    std::optional<TextPosition> positionOf(const std::string& pointer) const;
    size_t count() const { return m_out.size(); }

private:
    std::vector<Diagnostic>& m_out;
    std::string m_sourceName;
    const JsonTextIndex* m_index;
    std::string_view m_text;
};

enum class Need { Optional, Required };

class FieldReader {
public:
    // `label` prefixes field names in messages ("where[1]." gives 'where[1].op');
    // `subject` prefixes messages that cannot name a node ("nodes[3]: ").
    FieldReader(const Json& object, std::string pointer, std::string label, std::string nodeId, Reporter& reporter,
                std::string subject = {});

    const Json* find(std::string_view key) const;
    bool has(std::string_view key) const { return find(key) != nullptr; }
    std::string name(std::string_view key) const { return m_label + std::string(key); }
    std::string pointer(std::string_view key) const { return jsonPointerChild(m_pointer, key); }
    const std::string& pointer() const { return m_pointer; }
    const std::string& label() const { return m_label; }
    const std::string& nodeId() const { return m_nodeId; }
    Reporter& reporter() const { return m_reporter; }
    const std::string& subject() const { return m_subject; }

    void error(std::string_view key, std::string message) const;   // at the field
    void errorHere(std::string message) const;                      // at the object itself
    void missing(std::string_view key, std::string_view hint) const;
    // The field's value, or null after reporting it missing when it is required.
    const Json* present(std::string_view key, Need need, std::string_view hint) const;
    void wrongType(std::string_view key, std::string_view expected) const;

    // Each returns nullopt after reporting when the field is present but wrong, or required and
    // missing; nullopt without a report when it is optional and absent.
    std::optional<std::string> text(std::string_view key, Need need, std::string_view hint = {}) const;
    std::optional<std::string> nonEmptyText(std::string_view key, Need need, std::string_view hint = {}) const;
    std::optional<int64_t> integer(std::string_view key, Need need, int64_t min, int64_t max,
                                   std::string_view hint = {}) const;
    std::optional<double> number(std::string_view key, Need need, std::string_view hint = {}) const;
    std::optional<bool> boolean(std::string_view key) const;
    // A list of strings; `nonEmptyItems` refuses "" entries.
    std::optional<std::vector<std::string>> textList(std::string_view key, Need need, bool nonEmptyItems,
                                                     std::string_view hint = {}) const;

    // Reports every key that is not in `allowed`, with a "did you mean" or the list of fields.
    void rejectUnknown(std::initializer_list<std::string_view> allowed, std::string_view whatTakes) const;
    void rejectUnknown(const std::vector<std::string_view>& allowed, std::string_view whatTakes) const;

private:
    const Json& m_object;
    std::string m_pointer;
    std::string m_label;
    std::string m_nodeId;
    Reporter& m_reporter;
    std::string m_subject;
};

// A JSON value as the user would recognise it in a message: 5, "abc", null, a list, an object.
std::string describeJson(const Json& value);
// A user string made safe and short for a message (control bytes escaped, long text cut).
std::string printable(std::string_view text, size_t maxBytes = 80);
// The closest candidate within a small edit distance, for "did you mean ...?".
std::optional<std::string_view> closestName(std::string_view word, const std::vector<std::string_view>& candidates);
std::string joinNames(const std::vector<std::string_view>& names, std::string_view separator = ", ");

} // namespace seg
