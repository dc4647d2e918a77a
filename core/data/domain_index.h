#pragma once
// The domain index of a string column of e-mail-like values (local@domain): for every row, a
// 2-byte code of its value's domain, the text after the value's last '@'.
//
// Why: an `ends_with` condition on a unique e-mail column otherwise tests every distinct
// address (10M customers: 340 MB of text, the slowest node of the standard graph) and then
// scans 4-byte codes. Addresses share few domains, and whether "local@domain" ends with s is
// decided by "@domain" alone unless s is longer than "@domain". So such a condition becomes
// one verdict per domain and a scan of 2 bytes a row (exec/domain_filter.h).
//
// Built on first use by Column::domainIndex() (chunks of entries in parallel: ~0.16 s for 10M
// addresses on 2 cores) and kept with the column like its narrow copy; absent (null) where
// it would not pay: fewer than kMinEntries distinct values (their codes fit 2 bytes in the
// narrow copy already), short values, more than kMaxDomains distinct domains, or more than
// 1/64 (+ 1) of the distinct values or of the rows without an '@'.
#include "data/bitset.h"
#include "data/string_dict.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace seg {

struct DomainIndex {
    static constexpr uint16_t kNoDomain = 0xFFFF; // the value has no '@'
    static constexpr size_t kMaxDomains = 0xFFFF; // codes 0 .. kMaxDomains - 1
    static constexpr size_t kMinEntries = size_t{1} << 16;
    static constexpr size_t kMinAverageBytes = 8;

    // Per row: the index in `domains` of its value's domain, kNoDomain for a value without
    // an '@'; NULL rows hold the code of entry 0 (their validity bit decides).
    std::vector<uint16_t> rowCodes;
    StringDict domains;           // distinct domains (without the '@'), first seen first
    size_t rowsWithoutDomain = 0; // present rows coded kNoDomain

    // From a string column's dictionary, codes and validity. Null when the index would not
    // pay (see above); minEntries is lowered by tests only.
    static std::unique_ptr<DomainIndex> build(const StringDict& dict, const int32_t* codes, const Bitset& valid,
                                              size_t rows, size_t minEntries = kMinEntries);

    size_t memoryBytes() const { return rowCodes.capacity() * sizeof(uint16_t) + domains.memoryBytes(); }

private:
    static std::unique_ptr<DomainIndex> buildIsolated(const StringDict& dict, const int32_t* codes,
                                                      const Bitset& valid, size_t rows, size_t minEntries);
};

} // namespace seg
