#pragma once
// "Why is this customer (not) in this segment?": for one customer and one segment, every node
// from the data to the segment with the values it read, its rule, and its verdict, plus the
// first node that excludes the customer.
//
// The explainer holds no node semantics of its own: each verdict comes from the definitions the
// batch kernels and the live evaluator share (bind/predicate.h through matchesRow, evalRow,
// EventAggregator / AggregateFold, topCount and the live top's order, md5Prefix32 with
// splitPartStarts). What one customer cannot tell alone comes from a batch run of the same graph:
// the derived columns an expression or condition reads, and the candidates a top node ranks.
#include "data/dataset.h"
#include "exec/run_result.h"
#include "graph/graph.h"
#include "util/json.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

struct BoundGraph;

// A value a node read: a column (or the result it computed) and its value as text ("NULL").
struct ExplainReading {
    std::string name;
    std::string value;
};

// One of the customer's events as a behavior / derive-from-events node saw it.
struct ExplainEvent {
    uint64_t row = 0;      // row of the events table
    std::string time;      // the time column's text
    std::string type;      // the event-type column's text ("" without one)
    bool inWindow = false; // of the node's type and inside its time window
    bool matched = false;  // considered: type, window and every `where` hold
    std::string value;     // the aggregated field's text (sum/min/max/avg), "" for count
    std::vector<ExplainReading> where; // the values of the columns its `where` tests
};

struct ExplainEvents {
    size_t total = 0;     // all events of the customer
    size_t inWindow = 0;  // of the node's type and inside its window
    size_t matched = 0;   // considered by the aggregate
    std::string aggregate; // "count", "sum(amount)" ...
    std::string value;     // the aggregate's value ("NULL" when no considered event had a value)
    std::vector<ExplainEvent> listed; // the events in the window (the matched ones first), at most kListed
    static constexpr size_t kListed = 50;
};

struct ExplainInput {
    std::string ref;   // "node" or "node:port"
    bool member = false;
};

struct ExplainStep {
    std::string node;
    NodeType type = NodeType::Condition;
    std::string title; // the node's display name (label, name or id)
    std::string rule;  // printable form of the rule (rule_print.cpp)
    std::vector<ExplainReading> read;  // the values it read
    std::vector<ExplainInput> inputs;  // its inputs' verdicts (in input order)
    bool producesSet = true;  // false: derive (computes a column, excludes nobody)
    bool member = false;      // the verdict: the customer is in the node's output (any port)
    bool ownTest = false;     // the node's own rule holds, whatever its inputs say
    std::string port;         // split / priority: the output the customer is in ("" none)
    std::string value;        // what it computed: expression / aggregate / derived value
    std::optional<ExplainEvents> events; // behavior, derive from events
    std::optional<size_t> rank, cut, candidates; // top (rank only for candidates)
    std::optional<double> bucket;   // split: the customer's position in [0, 100)
    std::string takenBy;            // priority: the input ref that took the customer
    std::string error;              // the node could not be evaluated (failed in the run)
    bool excludes = false;          // the first node that excludes the customer
    std::string reason;             // excludes: why, in one sentence
};

struct SegmentExplanation {
    std::string id;
    std::string name;
    bool member = false;
    std::vector<ExplainStep> path; // from the data to the segment (dependency order)
    int firstExcluding = -1;       // index into path; -1 when a member
    const ExplainStep* excluding() const
    {
        return firstExcluding < 0 ? nullptr : &path[static_cast<size_t>(firstExcluding)];
    }
};

struct Explanation {
    std::string key;
    size_t row = 0;
    std::string asOf; // YYYY-MM-DD the graph was evaluated at
    std::vector<SegmentExplanation> segments;

    // Plain text: per segment a verdict line, then one line per node (indented details).
    std::string toString() const;
    // {"key", "as_of", "segments": [{"id", "name", "member", "first_excluding", "reason", "path": [...]}]}
    Json toJson() const;
};

// Printable one-line rule of a node ("total_spend > 500", "count(purchase, last 30 days) >= 2").
std::string ruleText(const Node& node);
// A comparison as text after `subject`: "spend between 10 and 20", "email is null".
std::string comparisonText(std::string_view subject, const Comparison& cmp);

class Explainer {
public:
    // `batch` is a finished run of `graph` over `data` (its as_of is the explainer's); all three
    // must outlive the explainer. Throws seg::Error when the graph does not bind.
    Explainer(const Graph& graph, const Dataset& data, const RunResult& batch);
    ~Explainer();
    Explainer(const Explainer&) = delete;
    Explainer& operator=(const Explainer&) = delete;

    // The customer row of a key as the key column writes it, or nullopt.
    std::optional<uint32_t> rowOfKey(std::string_view key) const;

    // Every segment (graph order), or only `segmentId`. Throws seg::Error when the key is not a
    // customer ("no customer with key 'X' in customers.csv") or the id is not a segment.
    Explanation explain(std::string_view key, std::optional<std::string> segmentId = std::nullopt) const;
    // One segment, or any other node that selects customers (the GUI explains the node whose
    // members it shows); the path ends at that node. Throws seg::Error for an unknown id or a
    // derive node.
    SegmentExplanation explainSegment(uint32_t row, std::string_view segmentId) const;

private:
    struct State;
    std::unique_ptr<State> s_;
};

} // namespace seg
