#include "exec/domain_filter.h"

#include "exec/scan_simd.h"

#include <algorithm>
#include <bit>
#include <string>

namespace seg {

std::optional<DomainVerdicts> endsWithDomainVerdicts(const Column& column, const BoundPredicate& p)
{
    if (p.form != BoundPredicate::Form::String || p.op != CompareOp::EndsWith || column.type() != DataType::String)
        return std::nullopt;
    const DomainIndex* index = column.domainIndex();
    if (!index)
        return std::nullopt;
    DomainVerdicts v;
    v.index = index;
    v.byCode.assign(size_t{1} << 16, 0);
    const std::string_view s = p.s1;
    size_t yes = 0;
    for (size_t d = 0; d < index->domains.size(); ++d) {
        std::string at = "@";
        at += index->domains[d];
        if (p.ignoreCase)
            at = asciiLower(at);
        if (s.size() > at.size()) {
            if (s.ends_with(at))
                return std::nullopt; // decided by the local part
            continue;
        }
        if (std::string_view(at).ends_with(s)) {
            v.byCode[d] = 1;
            if (yes++ == 0)
                v.first = static_cast<uint16_t>(d);
            v.last = static_cast<uint16_t>(d);
        }
    }
    v.oneRun = yes > 0 && v.last - v.first + 1u == yes;
    return v;
}

void filterWordsByDomain(const Column& column, const BoundPredicate& p, const DomainVerdicts& verdicts,
                         size_t fw, size_t lw, uint64_t* out)
{
    const DomainIndex& index = *verdicts.index;
    const uint16_t* codes = index.rowCodes.data();
    const uint64_t* valid = column.validity().words();
    const size_t rows = column.size();
    const uint8_t* byCode = verdicts.byCode.data();
    // A run of matching codes (one domain: "@example.org") is one vector range compare.
    size_t next = fw;
    if (verdicts.oneRun)
        next = simd::rangeWordsU16(codes, verdicts.first, static_cast<uint16_t>(verdicts.last - verdicts.first),
                                   false, valid, rows, fw, lw, out);
    else
        next = simd::lookupWordsU16(codes, byCode, valid, rows, fw, lw, out);
    for (size_t w = next; w < lw; ++w) {
        const size_t base = w * 64, n = std::min<size_t>(64, rows - base);
        uint64_t bits = 0;
        for (size_t j = 0; j < n; ++j)
            bits |= uint64_t(byCode[codes[base + j]]) << j;
        out[w] = bits & valid[w];
    }
    if (index.rowsWithoutDomain == 0)
        return;
    // Values without an '@' (at most 1/64 of the rows): found with one vector compare per
    // word, then tested whole.
    std::vector<uint64_t> noDomain(lw - fw);
    uint64_t* nd = noDomain.data() - fw;
    const size_t end = simd::rangeWordsU16(codes, DomainIndex::kNoDomain, 0, false, valid, rows, fw, lw, nd);
    for (size_t w = end; w < lw; ++w) {
        const size_t base = w * 64, n = std::min<size_t>(64, rows - base);
        uint64_t bits = 0;
        for (size_t j = 0; j < n; ++j)
            bits |= uint64_t(codes[base + j] == DomainIndex::kNoDomain) << j;
        nd[w] = bits & valid[w];
    }
    for (size_t w = fw; w < lw; ++w)
        for (uint64_t b = nd[w]; b; b &= b - 1) {
            const size_t r = w * 64 + static_cast<size_t>(std::countr_zero(b));
            if (matchString(p, column.stringAt(r)))
                out[w] |= uint64_t{1} << (r % 64);
        }
}

} // namespace seg
