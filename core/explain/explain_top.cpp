// top nodes in an explanation: the customer's rank among the batch cut's candidates, in the
// order the batch and the live top use (LiveTop::Before: value, ties by key), and topCount's k.
#include "explain/explain_internal.h"

#include "exec/node_task.h"
#include "live/live_top.h"

#include <algorithm>
#include <cstring>

namespace seg {

using namespace explain_detail;

const std::vector<uint32_t>& Explainer::State::ranksOf(int index) const
{
    std::lock_guard lock(topMutex);
    auto found = topRanks.find(index);
    if (found != topRanks.end())
        return found->second;
    // The candidates of the batch cut (input members with a value), ordered as the batch and
    // the live top order them (LiveTop::Before: value, then key).
    const BoundNode& b = bound.nodes[static_cast<size_t>(index)];
    const Column& field = *slotColumn(b.field.slot);
    const Bitset* input = b.inputs.empty() ? nullptr : batch.members(b.node->inputs[0]);
    const size_t rows = data.customers.rows();
    std::vector<LiveTop::Entry> entries;
    std::vector<std::string> strings(field.type() == DataType::String ? rows : 0);
    for (size_t r = 0; r < rows; ++r) {
        if (field.isNull(r) || (input && !input->test(r)) || (!b.inputs.empty() && !input))
            continue;
        LiveTop::Entry e;
        e.row = static_cast<uint32_t>(r);
        switch (field.type()) {
        case DataType::Double: {
            const double d = field.doubleAt(r);
            std::memcpy(&e.raw, &d, sizeof d);
            break;
        }
        case DataType::String: strings[r] = std::string(field.stringAt(r)); break;
        case DataType::Date: e.raw = static_cast<uint64_t>(int64_t{field.dateAt(r)}); break;
        case DataType::Bool: e.raw = field.boolAt(r) ? 1 : 0; break;
        default: e.raw = static_cast<uint64_t>(field.intAt(r)); break;
        }
        entries.push_back(e);
    }
    const Column* key = &data.customers.key(); // Before reads the key column through a pointer to it
    std::sort(entries.begin(), entries.end(), LiveTop::Before{field.type(), b.node->ascending, &key, &strings});
    std::vector<uint32_t> ranks(rows, 0);
    for (size_t i = 0; i < entries.size(); ++i)
        ranks[entries[i].row] = static_cast<uint32_t>(i + 1);
    topCandidates[index] = entries.size();
    return topRanks.emplace(index, std::move(ranks)).first->second;
}

void Explainer::State::evaluateTop(const BoundNode& b, int index, bool input, ExplainStep& step, Walk& w) const
{
    const Column* field = slotColumn(b.field.slot);
    step.read.push_back({b.field.name, cellText(*field, w.row)});
    const std::vector<uint32_t>& ranks = ranksOf(index);
    size_t n = 0;
    {
        std::lock_guard lock(topMutex);
        n = topCandidates[index];
    }
    const size_t k = topCount(n, *b.node);
    step.candidates = n;
    step.cut = k;
    const uint32_t rank = ranks[w.row];
    if (rank > 0)
        step.rank = rank;
    // Its own test: a candidate within the cut. A customer outside the input is not ranked.
    step.ownTest = input && !field->isNull(w.row) && rank > 0 && rank <= k;
    step.member = step.ownTest;
}


} // namespace seg
