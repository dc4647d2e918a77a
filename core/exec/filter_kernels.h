#pragma once
// Column scans that turn a bound predicate into bitset words. Each call fills whole words
// [firstWord, lastWord) of the output, so workers can fill disjoint word ranges of one set.
#include "bind/predicate.h"
#include "data/bitset.h"
#include "data/column.h"

#include <cstdint>
#include <vector>

namespace seg {

// Per-dictionary-entry result of a string predicate: strings are compared once per distinct
// value, and the scan then only looks up codes.
// With `parallel`, a large dictionary (a unique column such as e-mail) is matched by all
// workers of the current task arena.
std::vector<uint8_t> stringMatchTable(const Column& column, const BoundPredicate& p, bool parallel = false);

// Fills out[firstWord, lastWord) with "row matches p" (NULL rows never match except is_null).
// `table` is stringMatchTable() for string columns, ignored otherwise.
// `narrowCopy`: scan the column's narrow copy, building it on first use. Worth it for imported
// columns, which keep the copy for every later run; a derive node's column lives for one run, and
// building its copy costs more than the one wide scan it would save.
void filterWords(const Column& column, const BoundPredicate& p, const std::vector<uint8_t>& table,
                 size_t firstWord, size_t lastWord, uint64_t* out, bool narrowCopy = true);

// The same predicate for one row: the per-customer path. Uses the same match* definitions.
bool matchesRow(const Column& column, const BoundPredicate& p, size_t row);

} // namespace seg

namespace seg {

// A predicate on one column, ready to test single rows (events, per-customer evaluation):
// string columns go through the per-dictionary table, everything else through matchesRow.
class RowMatcher {
public:
    RowMatcher(const Column& column, const BoundPredicate& p)
        : column_(&column), p_(&p), table_(stringMatchTable(column, p)) {}
    bool operator()(size_t row) const
    {
        if (column_->type() == DataType::String && p_->form == BoundPredicate::Form::String)
            return !column_->isNull(row) && table_[static_cast<size_t>(column_->codes()[row])] != 0;
        return matchesRow(*column_, *p_, row);
    }

private:
    const Column* column_;
    const BoundPredicate* p_;
    std::vector<uint8_t> table_;
};

} // namespace seg
