#pragma once
// Pieces shared by the graph stage's source files; not part of the public API.
#include "graph/field_reader.h"
#include "graph/graph.h"

#include <cstdint>
#include <optional>
#include <string>

namespace seg {

// Bounds `days` and `within_last_days` so as_of - days cannot overflow a date (about 2700 years).
constexpr int64_t kMaxDays = 1'000'000;
// Deeper documents are refused before parsing: copying or writing them would recurse that deep.
constexpr int kMaxJsonDepth = 100;

// `subject` names the node in messages while it has no usable id ("nodes[3]").
std::optional<Node> parseNodeObject(const Json& object, const std::string& pointer, const std::string& subject,
                                    Reporter& reporter);

// op and its operands from `r` (a condition or behavior node, or a `where` entry); false when it
// reported a problem.
bool parseComparison(const FieldReader& r, Comparison& cmp);
// event, within_last_days, where, aggregate and field of a behavior or derive-from-events node.
void parseEventSelection(const FieldReader& r, EventAggregate& ev);

// Reads datasets.customers or datasets.events into `spec`; returns false when it reported problems.
bool parseDataset(const Json& object, const std::string& pointer, bool isEvents, Reporter& reporter, DatasetSpec& spec);
Json datasetToJson(const DatasetSpec& spec, bool isEvents);

// "did you mean" or the list of valid names, for an unknown enum word such as an op or a type.
std::string unknownNameMessage(std::string_view what, std::string_view given,
                               const std::vector<std::string_view>& valid);

// An integral double is written without ".0" (so "percent": 10 stays 10 after a save).
Json numberToJson(double value);

} // namespace seg
