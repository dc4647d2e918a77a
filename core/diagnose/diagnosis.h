#pragma once
// Why a node of a finished run has no members, found by looking at the data (never guessed):
// a value that never occurs (with the closest existing value), a comparison outside the data's
// range, a time window with no events because as-of lies after the last event, an event type
// that never occurs, an empty input. Each finding is structured (kind, node, column, value,
// suggestion, counts, fix) so the editor can word it in the UI language; toString() is the
// English form the CLI prints.
//
// Usage: for (const Diagnosis& d : diagnoseEmptyNodes(graph, data, run)) std::cerr << d.toString();
#include "data/dataset.h"
#include "exec/run_result.h"
#include "graph/graph.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace seg {

enum class DiagnosisKind {
    ValueNotFound,      // no row has `column` = `value` (eq / in); suggestion: the closest value
    ValueOutOfRange,    // `condition` lies outside the data's range low..high
    TextNoMatch,        // no value contains / starts with / ends with `value`
    NoEmptyValues,      // is_null, but `column` has no NULL
    AllEmpty,           // every value of `column` is NULL
    WindowAfterData,    // the window ends... as-of is `asOf`, the data's last day `dataDay`
    WindowBeforeData,   // as-of `asOf` lies before the data's first day `dataDay`
    WindowEmpty,        // no event of the selection falls in the window low..high
    EventTypeNotFound,  // no event has type `value`; suggestion: the closest type
    NoEvents,           // the events dataset has no rows
    EmptyInput,         // input inputs[0] has no members (rootNode: where the emptiness starts)
    NoCommonMembers,    // the inputs (or the input and the node's rule) share no customer
    AllExcluded,        // except: every member of inputs[0] is also in inputs[1]
    EveryoneInInput,    // not: inputs[0] holds every customer
    EventsEndBeforeAsOf // graph-wide: the events end (`dataDay`) long before as-of (`asOf`)
};

enum class FixKind {
    None,
    ReplaceValue,     // in the node's comparison (or where[whereIndex]): `value` -> `suggestion`
    ReplaceEventType, // the node's event type `value` -> `suggestion`
    SetIgnoreCase,    // turn on ignore_case in the node's comparison (or where[whereIndex])
    SetAsOf           // the graph's as-of -> `fixDay`
};

struct Diagnosis {
    DiagnosisKind kind = DiagnosisKind::ValueNotFound;
    std::string nodeId;          // empty: about the whole graph
    std::string column;          // the column tested (customer, derived or event column)
    bool onEvents = false;       // the column (or the rows counted) are events, not customers
    std::string eventType;       // behavior / derive: the selected event type ("": any type)
    CompareOp op = CompareOp::Eq;
    std::string value;           // the value as written (text)
    std::string condition;       // the test in neutral notation: "tenure > 100", "5 <= x <= 9"
    std::string suggestion;      // the closest existing value ("" when none)
    size_t suggestionCount = 0;  // rows holding the suggestion (or matching with ignore case)
    std::string low, high;       // the data's range (text), where it explains the finding
    std::vector<std::string> inputs;  // input references the finding is about
    std::vector<size_t> inputSizes;   // their member counts
    std::string rootNode;        // EmptyInput: the first node upstream that explains the emptiness
    size_t ruleMatches = 0;      // NoCommonMembers with one input: customers the rule alone matches
    int32_t asOf = 0;            // window kinds: the as-of day used
    int32_t dataDay = 0;         // window kinds: the data's last (or first) day
    int whereIndex = -1;         // the `where` entry the finding is about (-1: the node's own test)
    FixKind fix = FixKind::None;
    int32_t fixDay = 0;          // SetAsOf: the new as-of day

    // English, e.g. "no customer has Contract = 'month to month' (did you mean
    // 'Month-to-month', 3,875?)"; the fix's question is part of it.
    std::string toString() const;
    // English label of the fix for a button: "Use 'Month-to-month'", "Set as-of to 2011-12-09".
    std::string fixLabel() const;
};

// Every node of `run` that finished with 0 members (and every derive-from-events node whose
// window holds no event), explained. `graph` and `data` must be those the run used. Nodes are
// visited in the run's order, so an EmptyInput names the root cause found upstream.
std::vector<Diagnosis> diagnoseEmptyNodes(const Graph& graph, const Dataset& data, const RunResult& run);

// Graph-wide: the events end more than `maxGapDays` days before as-of (a project whose data is
// older than its reference date: every "last N days" window is empty). nullopt otherwise or
// without events.
std::optional<Diagnosis> checkEventsEnd(const Dataset& data, int32_t asOf, int32_t maxGapDays = 30);
// The same from the events' last day, for callers that keep it per dataset (one scan of the
// events' time column per loaded dataset instead of one per preview run).
std::optional<int32_t> lastEventDay(const Dataset& data);
std::optional<Diagnosis> checkEventsEnd(std::optional<int32_t> lastDay, const std::string& timeColumn, int32_t asOf,
                                        int32_t maxGapDays = 30);

// "15 years", "3 months", "12 days": the distance between two days in words (English).
std::string describeDayGap(int32_t days);
// The gap's amount and unit (0 days, 1 months, 2 years), for translated messages.
struct DayGap {
    int amount = 0;
    enum Unit { Days, Months, Years } unit = Days;
};
DayGap dayGap(int32_t days);

// Applies a node fix (ReplaceValue, ReplaceEventType, SetIgnoreCase) to `node`; false when the
// diagnosis has no node fix or the node no longer holds the value it is about.
bool applyNodeFix(Node& node, const Diagnosis& d);
// Applies any fix to the graph (SetAsOf included); false when nothing was changed.
bool applyFix(Graph& graph, const Diagnosis& d);

} // namespace seg
