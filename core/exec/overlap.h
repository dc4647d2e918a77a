#pragma once
// Pairwise overlaps of member sets: the segment overlap matrix of the preview (counts and
// Jaccard index) and of the benchmark's 20 x 20 target.
#include "data/bitset.h"

#include <cstddef>
#include <vector>

namespace seg {

// counts[i][j] = |sets[i] ∩ sets[j]| (the diagonal holds each set's size). All sets must have
// the same size. The pairs are computed in parallel (TBB) when there are enough words.
std::vector<std::vector<size_t>> overlapCounts(const std::vector<const Bitset*>& sets);

// |A ∩ B| / |A ∪ B| from the counts; 0 when both sets are empty (decision: two empty
// segments do not overlap, docs/segment-graph.md section 6).
double jaccardIndex(size_t intersection, size_t sizeA, size_t sizeB);

} // namespace seg
