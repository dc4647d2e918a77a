#pragma once
// The checks every explanation must pass against a batch run of the same graph: the final
// verdict is the segment's membership, every node's verdict is that node's membership, every
// value it shows is the one in the data (customer table or the run's derived columns), and the
// first excluding node is really out (by its own rule, for nodes that test the customer).
#include "exec/run_result.h"
#include "explain/explain.h"

#include <map>
#include <string>

namespace seg::explain_test {

inline std::string cell(const Column& c, size_t row) { return c.isNull(row) ? "NULL" : c.textAt(row); }

// The column a reading names: a customer column or a derived one of the run.
inline const Column* columnNamed(const Dataset& data, const RunResult& batch, const std::string& name)
{
    for (const Column& c : data.customers.table.columns)
        if (c.name() == name)
            return &c;
    auto it = batch.derived.find(name);
    return it == batch.derived.end() ? nullptr : it->second.get();
}

// "" when the explanation agrees with the batch run; else the first disagreement.
inline std::string checkSegment(const SegmentExplanation& e, const Graph& g, const Dataset& data, const RunResult& batch,
                                size_t row,
                                std::map<std::string, int>* coverage = nullptr)
{
    const std::string who = "customer " + data.customers.key().textAt(row) + ", segment " + e.id + ": ";
    const Bitset* members = batch.members(e.id);
    if (!members)
        return who + "no batch set";
    if (e.member != members->test(row))
        return who + "explanation says " + (e.member ? "member" : "not a member") + ", the run says otherwise";
    if (e.path.empty() || e.path.back().node != e.id)
        return who + "the path does not end at the segment";
    if (e.member != (e.firstExcluding < 0))
        return who + "a member has an excluding node, or a non-member none";
    for (const ExplainStep& s : e.path) {
        const std::string at = who + "node " + s.node + ": ";
        if (coverage)
            ++(*coverage)[std::string(nodeTypeName(s.type)) + (s.producesSet ? (s.member ? " in" : " out") : "")];
        if (!s.error.empty())
            return at + "error " + s.error;
        if (s.producesSet) {
            const Bitset* set = batch.members(s.port.empty() ? s.node : s.node + ":" + s.port);
            bool batchMember = false;
            if (set) {
                batchMember = set->test(row);
            } else { // a multi-port node the customer is in no port of: in none of its sets
                for (const auto& [ref, bits] : batch.sets)
                    if (ref.rfind(s.node + ":", 0) == 0 && bits->test(row))
                        batchMember = true;
            }
            if (batchMember != s.member)
                return at + "verdict " + (s.member ? "in" : "out") + " differs from the run";
        } else {
            const Column* c = columnNamed(data, batch, g.find(s.node)->name);
            if (!c || cell(*c, row) != s.value)
                return at + "derived value " + s.value + " differs from the run's column";
        }
        for (const ExplainReading& r : s.read) {
            const Column* c = columnNamed(data, batch, r.name);
            if (!c)
                return at + "reads an unknown column " + r.name;
            if (cell(*c, row) != r.value)
                return at + "shows " + r.name + " = " + r.value + ", the data holds " + cell(*c, row);
        }
        if (s.events) {
            const EventTable& ev = *data.events;
            if (s.events->total != ev.offsets[row + 1] - ev.offsets[row])
                return at + "event total differs";
            for (const ExplainEvent& x : s.events->listed) {
                if (x.row < ev.offsets[row] || x.row >= ev.offsets[row + 1])
                    return at + "lists another customer's event";
                if (x.time != cell(ev.table.columns[static_cast<size_t>(ev.timeColumn)], x.row))
                    return at + "shows an event time that is not the data's";
                for (const ExplainReading& w : x.where)
                    for (const Column& c : ev.table.columns)
                        if (c.name() == w.name && cell(c, x.row) != w.value)
                            return at + "shows event " + w.name + " = " + w.value + ", the data holds " + cell(c, x.row);
            }
            if (s.events->aggregate == "count" && s.events->value != std::to_string(s.events->matched))
                return at + "count " + s.events->value + " is not the number of matched events";
        }
        if (s.excludes) {
            if (s.member && s.port.empty())
                return at + "the excluding node holds the customer";
            const bool testsCustomer = s.type == NodeType::Condition || s.type == NodeType::Expression ||
                s.type == NodeType::Behavior || s.type == NodeType::Top;
            if (testsCustomer && s.ownTest)
                return at + "excluding node's own rule holds";
            if (s.reason.empty())
                return at + "excluding node without a reason";
        }
    }
    return {};
}

} // namespace seg::explain_test
