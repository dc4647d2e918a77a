#pragma once
// The segment graph as written in a .segment.json file (spec sections 1 and 4), parsed into
// plain structs. This is the document model: no schema knowledge, no evaluation. Binding the
// graph against loaded data (columns, types) happens in bind/.
#include "data/dataset_spec.h"
#include "graph/export_settings.h"
#include "util/json.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace seg {

enum class NodeType { Condition, Expression, And, Or, Except, Not, Behavior, Derive, Top, Split, Priority, Segment };

enum class CompareOp {
    Eq, Ne, Lt, Le, Gt, Ge, Between, In, NotIn, IsNull, NotNull,
    Contains, StartsWith, EndsWith, IsTrue, IsFalse, WithinLastDays, BeforeDaysAgo
};

enum class Aggregate { Count, Sum, Min, Max, Avg };

std::string_view nodeTypeName(NodeType t);
std::optional<NodeType> parseNodeType(std::string_view s);
std::string_view compareOpName(CompareOp op);
std::optional<CompareOp> parseCompareOp(std::string_view s);
std::string_view aggregateName(Aggregate a);
std::optional<Aggregate> parseAggregate(std::string_view s);

// op + operands, as in a condition node, a behavior comparison or a `where` entry.
// Operand values are kept as JSON until binding converts them to the column's type.
struct Comparison {
    CompareOp op = CompareOp::Eq;
    Json value;               // eq ne lt le gt ge contains starts_with ends_with
    Json min, max;            // between
    std::vector<Json> values; // in, not_in
    int64_t days = 0;         // within_last_days, before_days_ago
    bool ignoreCase = false;
};

struct FieldCondition {
    std::string field;
    Comparison cmp;
};

// The event selection shared by behavior and derive-from-events nodes.
struct EventAggregate {
    std::optional<std::string> event;        // absent: every event type
    std::optional<int64_t> withinLastDays;
    std::vector<FieldCondition> where;
    Aggregate aggregate = Aggregate::Count;
    std::string field;                       // for sum/min/max/avg
};

struct SplitPart {
    std::string name;
    double percent = 0;
};

struct Node {
    std::string id;
    NodeType type = NodeType::Condition;
    std::string label;
    std::vector<std::string> inputs; // "node" or "node:port", in file order

    FieldCondition condition;        // condition
    std::string expr;                // expression; derive from customer columns
    EventAggregate events;           // behavior; derive from events
    Comparison compare;              // behavior: comparison of the aggregate
    bool fromEvents = false;         // derive: "from": "events"
    std::string name;                // derive: new column name; segment: display name

    std::string field;               // top
    std::optional<double> percent;   // top
    std::optional<int64_t> count;    // top
    bool ascending = false;          // top: "order": "asc"

    std::string seed;                // split
    std::vector<SplitPart> parts;    // split

    std::string description;         // segment
    std::optional<int64_t> expectedMin, expectedMax; // segment
    std::vector<std::string> exportColumns;          // segment (empty: key column only)
    bool exportSpreadsheetSafe = false;              // segment: "export": {"spreadsheet_safe": true}

    Json source; // the node's JSON object as read or last written (for saving and cache keys)
    // Loading reported problems in this node's own fields: its fields are not bound against the
    // data, so one mistake (an unknown op) is not reported a second time as a type error.
    bool incomplete = false;

    std::string displayName() const { return !label.empty() ? label : !name.empty() ? name : id; }
};

struct Graph {
    int formatVersion = 1;
    std::string name;
    std::optional<int32_t> asOf;     // days since epoch; absent: today (UTC) at run time
    DatasetSpec customers;
    std::optional<DatasetSpec> events;
    std::vector<Node> nodes;
    GraphExportSettings exportSettings; // top-level "export": destination, column mapping, suppression lists
    Json ui = Json::object();        // editor-only, kept verbatim
    std::filesystem::path baseDir;   // directory of the graph file: dataset paths are relative to it

    const Node* find(std::string_view id) const;
    Node* find(std::string_view id);
    std::filesystem::path resolve(const std::string& datasetPath) const;
};

// A problem found while loading, validating or running, with the place it refers to.
struct Diagnostic {
    std::string nodeId;   // empty when not about one node
    std::string location; // "file.segment.json:12:5", "customers.csv:7", or empty
    std::string message;
    std::string toString() const; // "node 'c1': unknown column 'spend'" / "file:12:5: ..."
};

// Splits an input reference "node:port" into its node id and port ("" when none).
std::pair<std::string, std::string> splitInputRef(std::string_view ref);

} // namespace seg
