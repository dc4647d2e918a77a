#include "destinations/duplicates.h"

#include <algorithm>

namespace seg::dest {

const Morsel& Deduplicator::filter(const Morsel& in, Morsel& scratch, DestinationExportSummary& summary)
{
    const size_t rows = in.rowEnds.size();
    actions_.assign(rows, 0); // 0: write; 1: leave out; bit k+1 (k >= 1): empty uniqueBy[k]'s cell
    bool changed = false;
    constexpr size_t kAhead = 8;
    for (size_t i = 0; i < rows; ++i) {
        if (i + kAhead < rows)
            for (size_t k = 0; k < seen_.size(); ++k)
                seen_[k].prefetch(in.dedup[i + kAhead].keys[k]);
        const RowDedup& d = in.dedup[i];
        auto present = [&](size_t k) { return d.cellEnd[k] > d.cellBegin[k]; };
        uint32_t action = 0;
        if (uniqueBy_.empty()) {
            if (!seen_[0].insert(d.keys[0]))
                action = 1;
        } else {
            if (present(0) && seen_[0].contains(d.keys[0]))
                action = 1;
            for (size_t k = 1; k < uniqueBy_.size() && action != 1; ++k)
                if (present(k) && seen_[k].contains(d.keys[k]))
                    action = d.matchableWithout[k] ? action | (1u << (k + 1)) : 1;
            if (action != 1)
                for (size_t k = 0; k < uniqueBy_.size(); ++k)
                    if (present(k) && !(action >> (k + 1) & 1))
                        seen_[k].insert(d.keys[k]);
        }
        if (action == 1) {
            ++summary.duplicates;
            if (summary.duplicateRows.size() < kFirstRows)
                summary.duplicateRows.push_back(uint64_t{d.customerRow} + 1);
        }
        for (size_t k = 1; k < uniqueBy_.size(); ++k)
            if (action >> (k + 1) & 1) {
                IdentifierCount& c = summary.identifiers[static_cast<size_t>(uniqueBy_[k])];
                ++c.duplicate;
                if (c.duplicateRows.size() < kFirstRows)
                    c.duplicateRows.push_back(uint64_t{d.customerRow} + 1);
            }
        actions_[i] = action;
        changed = changed || action != 0;
    }
    if (!changed)
        return in;
    scratch.bytes.clear();
    scratch.rowEnds.clear();
    for (size_t i = 0; i < rows; ++i) {
        if (actions_[i] == 1)
            continue;
        const std::string_view bytes(in.bytes);
        size_t at = i == 0 ? 0 : in.rowEnds[i - 1];
        // Emptied cells, in the order they stand in the row.
        std::vector<std::pair<uint32_t, uint32_t>> cut;
        for (size_t k = 1; k < uniqueBy_.size(); ++k)
            if (actions_[i] >> (k + 1) & 1)
                cut.emplace_back(in.dedup[i].cellBegin[k], in.dedup[i].cellEnd[k]);
        std::sort(cut.begin(), cut.end());
        for (const auto& [begin, end] : cut) {
            scratch.bytes.append(bytes.substr(at, begin - at));
            at = end;
        }
        scratch.bytes.append(bytes.substr(at, in.rowEnds[i] - at));
        scratch.rowEnds.push_back(static_cast<uint32_t>(scratch.bytes.size()));
    }
    return scratch;
}

} // namespace seg::dest
