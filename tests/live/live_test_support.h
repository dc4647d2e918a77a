#pragma once
// Shared by the live tests: events of an imported table as NDJSON messages, the batch engine's
// members as the reference, and the comparison of a live engine's sets with a batch run.
#include "exec/runner.h"
#include "live/live_engine.h"
#include "live/message_intake.h"

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace seg::live_test {

// Event row `row` of the events table as a message with event_id "e<row>".
inline std::string eventLine(const EventTable& ev, size_t row)
{
    Json j = Json::object();
    j["event_id"] = "e" + std::to_string(row);
    for (const Column& c : ev.table.columns) {
        if (c.isNull(row)) {
            j[c.name()] = nullptr;
            continue;
        }
        switch (c.type()) {
        case DataType::Int: j[c.name()] = c.intAt(row); break;
        case DataType::Double: j[c.name()] = c.doubleAt(row); break;
        case DataType::Bool: j[c.name()] = c.boolAt(row); break;
        default: j[c.name()] = c.textAt(row); break;
        }
    }
    return j.dump();
}

struct Line {
    std::string text;
    size_t number = 0;
};

// Every event row not kept at import, as lines: in file (table) order, shuffled, and/or with
// about `duplicateShare` of them sent a second time at a random later place.
inline std::vector<Line> eventLines(const EventTable& ev, const std::function<bool(size_t)>& imported, bool shuffle,
                                    double duplicateShare, uint64_t seed)
{
    std::vector<Line> lines;
    for (size_t r = 0; r < ev.rows(); ++r)
        if (!imported || !imported(r))
            lines.push_back({eventLine(ev, r), 0});
    std::mt19937_64 rng(seed);
    if (shuffle)
        std::shuffle(lines.begin(), lines.end(), rng);
    if (duplicateShare > 0) {
        const size_t n = lines.size();
        for (size_t i = 0; i < n; ++i)
            if (std::uniform_real_distribution<double>(0, 1)(rng) < duplicateShare) {
                const size_t at = std::uniform_int_distribution<size_t>(i + 1, lines.size())(rng);
                lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), lines[i]);
            }
    }
    for (size_t i = 0; i < lines.size(); ++i)
        lines[i].number = i + 1;
    return lines;
}

inline RunResult batchAt(const Graph& g, const Dataset& data, int32_t asOf)
{
    RunOptions o;
    o.strategy = Strategy::Sequential;
    o.threads = 1;
    o.asOf = asOf;
    return runGraph(g, data, o);
}

// Empty when every set of the batch run has exactly the same members in the live engine.
inline std::string difference(const RunResult& batch, const LiveEngine& live)
{
    for (const auto& [ref, set] : batch.sets) {
        const Bitset got = live.members(ref);
        for (size_t r = 0; r < set->size(); ++r)
            if (got.test(r) != set->test(r))
                return "set '" + ref + "' at " + formatDate(live.clock()) + ": customer " +
                    live.data().customers.key().textAt(r) + (set->test(r) ? " missing" : " extra") + " (batch " +
                    std::to_string(set->count()) + ", live " + std::to_string(got.count()) + ")";
    }
    return {};
}

// Segment members as "segment|key" strings, for trigger checks.
inline std::set<std::string> segmentMembers(const Graph& g, const RunResult& r, const Dataset& data)
{
    std::set<std::string> out;
    for (const Node& n : g.nodes)
        if (n.type == NodeType::Segment)
            if (const Bitset* b = r.members(n.id))
                b->forEach([&](size_t row) { out.insert(n.id + "|" + data.customers.key().textAt(row)); });
    return out;
}

// The triggers a move from `before` to `after` must give: "segment|key|enter/exit", sorted.
inline std::vector<std::string> expectedTriggers(const std::set<std::string>& before, const std::set<std::string>& after)
{
    std::vector<std::string> out;
    for (const auto& m : after)
        if (!before.count(m))
            out.push_back(m + "|enter");
    for (const auto& m : before)
        if (!after.count(m))
            out.push_back(m + "|exit");
    std::sort(out.begin(), out.end());
    return out;
}

inline std::vector<std::string> triggerTexts(const std::vector<LiveChange>& changes)
{
    std::vector<std::string> out;
    for (const auto& c : changes)
        out.push_back(c.segment + "|" + c.key + (c.enter ? "|enter" : "|exit"));
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace seg::live_test
