#pragma once
// ends_with conditions on e-mail-like columns, through the column's domain index
// (data/domain_index.h): one verdict per domain, then a scan of each row's 2-byte domain code,
// instead of a test of every distinct address and a scan of 4-byte codes.
#include "bind/predicate.h"
#include "data/column.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace seg {

// For `value ends_with s` with s = p.s1 (folded when p ignores case; ASCII folding keeps
// lengths and maps nothing to '@'), and a value local "@" domain (no '@' in domain):
//   |s| <= |"@" domain|: the value ends with s exactly when "@" domain does;
//   |s| >  |"@" domain|: it depends on the local part, unless s does not end with "@" domain
//                        (then never).
// DomainVerdicts holds one verdict per domain code. Null (use the per-entry table) where the
// column has no domain index, p is not a case-(in)sensitive ends_with, or some domain's
// verdict depends on the local part.
struct DomainVerdicts {
    const DomainIndex* index = nullptr; // the column's, looked up once per condition
    std::vector<uint8_t> byCode; // 65536 entries, kNoDomain's is 0 (those rows are tested whole)
    uint16_t first = 0, last = 0; // the codes with verdict 1, when they are one run [first, last]
    bool oneRun = false;
};
std::optional<DomainVerdicts> endsWithDomainVerdicts(const Column& column, const BoundPredicate& p);

// out[firstWord, lastWord) = rows that match, as filterWords would give (NULL rows never).
void filterWordsByDomain(const Column& column, const BoundPredicate& p, const DomainVerdicts& verdicts,
                         size_t firstWord, size_t lastWord, uint64_t* out);

} // namespace seg
