#pragma once
// A comparison bound to one column type, with its literals converted and its date windows
// resolved against as_of. This header is the single definition of what each operator means:
// the batch kernels (exec/filter_kernels) and the per-customer evaluator both call the
// match* functions below, so the two paths cannot drift apart.
#include "data/types.h"
#include "data/value.h"
#include "graph/graph.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

struct BoundPredicate {
    // How the operator was normalised. Numeric, date, timestamp and bool comparisons become
    // ranges over the stored value, so eq/lt/between/within_last_days all share one kernel.
    enum class Form {
        IsNull,      // value is NULL
        NotNull,     // value is present
        Never,       // no present value can match (e.g. an int column "eq 2.5")
        IntRange,    // ilo <= v <= ihi   (Int, Date days, Timestamp micros, Bool 0/1)
        IntOutside,  // v < ilo || v > ihi (ne)
        IntSet,      // v in iset (sorted); negate for not_in
        DoubleRange, // lo (<= or <) v (<= or <) hi
        DoubleOutside,
        DoubleSet,   // v in dset (sorted); negate for not_in
        String,      // matchString() per dictionary entry
    };

    Form form = Form::Never;
    CompareOp op = CompareOp::Eq;  // the operator as written (for String form and printing)
    DataType type = DataType::Int; // the column's type
    int64_t ilo = 0, ihi = 0;
    double dlo = 0, dhi = 0;
    bool loInclusive = true, hiInclusive = true;
    bool negate = false;
    std::vector<int64_t> iset;
    std::vector<double> dset;
    std::vector<std::string> sset; // sorted (case-folded when ignoreCase)
    std::string s1, s2;            // string operand(s) (case-folded when ignoreCase)
    bool ignoreCase = false;
};

// Binds `cmp` to a column of type `type`. Returns an error message (without node id) when the
// operator does not fit the type or a literal has the wrong form.
std::optional<std::string> bindPredicate(const Comparison& cmp, DataType type, int32_t asOfDay, BoundPredicate& out);

std::string asciiLower(std::string_view s);

// ---- the meaning of each form, for one present (non-NULL) value ----

inline bool matchInt(const BoundPredicate& p, int64_t v)
{
    switch (p.form) {
    case BoundPredicate::Form::IntRange: return v >= p.ilo && v <= p.ihi;
    case BoundPredicate::Form::IntOutside: return v < p.ilo || v > p.ihi;
    case BoundPredicate::Form::IntSet: return std::binary_search(p.iset.begin(), p.iset.end(), v) != p.negate;
    case BoundPredicate::Form::NotNull: return true;
    default: return false;
    }
}

inline bool inDoubleRange(const BoundPredicate& p, double v)
{
    const bool aboveLo = p.loInclusive ? v >= p.dlo : v > p.dlo;
    const bool belowHi = p.hiInclusive ? v <= p.dhi : v < p.dhi;
    return aboveLo && belowHi;
}

inline bool matchDouble(const BoundPredicate& p, double v)
{
    switch (p.form) {
    case BoundPredicate::Form::DoubleRange: return inDoubleRange(p, v);
    case BoundPredicate::Form::DoubleOutside: return !inDoubleRange(p, v);
    case BoundPredicate::Form::DoubleSet: return std::binary_search(p.dset.begin(), p.dset.end(), v) != p.negate;
    case BoundPredicate::Form::NotNull: return true;
    default: return false;
    }
}

bool matchString(const BoundPredicate& p, std::string_view v);

// One typed value (per-customer path: live state, profile updates, derived values): the same
// rules as matchesRow() (exec/filter_kernels.h) for a column row holding that value.
bool matchesValue(const BoundPredicate& p, const Value& v);

// A present value of a column as the predicate sees it (per-customer path).
inline bool predicateIsNullTest(const BoundPredicate& p) { return p.form == BoundPredicate::Form::IsNull; }

} // namespace seg
