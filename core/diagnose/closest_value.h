#pragma once
// "Did you mean ...?": the existing value closest to one that never occurs.
#include "data/string_dict.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace seg {

// Levenshtein distance of a and b, compared as ASCII-lower-case text; stops early and returns
// limit + 1 once the distance is sure to exceed `limit`.
size_t editDistanceIgnoringCase(std::string_view a, std::string_view b, size_t limit);

// The largest distance at which a value still counts as a likely typo of `wanted`:
// a third of its length, at least 1 ("month to month" -> 4, "CA" -> 1).
size_t typoLimit(std::string_view wanted);

// Index of the entry of `entries` closest to `wanted` among those with count > 0: equal
// ignoring case first, else the smallest edit distance within typoLimit(wanted); ties go to the
// larger count, then to the earlier entry. Entries beyond `maxEditScan` are only compared
// ignoring case (a column of 10M e-mail addresses is not edit-distance scanned).
// `counts[i]` belongs to entries[i]; nullopt when nothing is close.
std::optional<size_t> closestEntry(const StringDict& entries, const std::vector<size_t>& counts,
                                   std::string_view wanted, size_t maxEditScan = 100000);

} // namespace seg
