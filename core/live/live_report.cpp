// The live state seen as a run result, for the run report and the CSV export.
#include "exec/runner.h"
#include "live/live_engine.h"

namespace seg {

namespace {

Column columnOf(const FieldRef& ref, const DerivedStore& values, size_t rows)
{
    Column c(ref.name, ref.type);
    c.reserve(rows);
    for (size_t row = 0; row < rows; ++row) {
        const Value v = values.get(row);
        if (v.null) {
            c.appendNull();
            continue;
        }
        switch (ref.type) {
        case DataType::Int:
        case DataType::Timestamp: c.appendInt(v.i); break;
        case DataType::Double: c.appendDouble(v.d); break;
        case DataType::Bool: c.appendBool(v.i != 0); break;
        case DataType::Date: c.appendDate(static_cast<int32_t>(v.i)); break;
        case DataType::String: c.appendString(v.s); break;
        }
    }
    c.finish();
    return c;
}

} // namespace

RunResult LiveEngine::snapshot(double totalMs) const
{
    RunResult r;
    r.rows = customers_;
    r.events = data_.events ? data_.events->rows() : 0;
    r.strategy = Strategy::Sequential;
    r.strategyReason = "live";
    r.threads = 1;
    r.asOf = clock_;
    r.totalMs = totalMs;
    for (int index : plan_.order) {
        const BoundNode& b = bound_.nodes[static_cast<size_t>(index)];
        NodeRun run;
        run.id = b.node->id;
        run.type = b.node->type;
        run.worker = 1;
        if (b.producesSet) {
            size_t total = 0;
            if (b.ports.empty()) {
                auto set = std::make_shared<Bitset>(members(b.node->id));
                total = set->count();
                r.sets[b.node->id] = std::move(set);
            } else {
                for (const auto& port : b.ports) {
                    const std::string ref = b.node->id + ":" + port;
                    auto set = std::make_shared<Bitset>(members(ref));
                    total += set->count();
                    r.sets[ref] = std::move(set);
                }
            }
            run.size = total;
        } else {
            const size_t slot = static_cast<size_t>(b.derivedSlot - bound_.customerColumns);
            r.derived[b.node->name] =
                std::make_shared<Column>(columnOf(bound_.derivedSlots[slot], derived_[slot], customers_));
        }
        r.nodes.push_back(std::move(run));
    }
    for (const Node& n : graph_.nodes) {
        if (n.type != NodeType::Segment)
            continue;
        SegmentRun s;
        s.id = n.id;
        s.name = n.name;
        if (const Bitset* m = r.members(n.id))
            s.size = m->count();
        s.warnings = segmentWarnings(n, s.size);
        r.segments.push_back(std::move(s));
    }
    return r;
}

} // namespace seg
