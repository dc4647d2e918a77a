#include "exec/overlap.h"

#include "util/error.h"

#include <bit>
#include <tbb/parallel_for.h>

namespace seg {

std::vector<std::vector<size_t>> overlapCounts(const std::vector<const Bitset*>& sets)
{
    const size_t n = sets.size();
    std::vector<std::vector<size_t>> counts(n, std::vector<size_t>(n, 0));
    if (n == 0)
        return counts;
    const size_t words = sets[0]->wordCount();
    for (const Bitset* s : sets)
        if (s->size() != sets[0]->size())
            throw Error("overlap matrix: the member sets have different sizes");

    // One task per upper-triangle pair; each pair is one pass over two word arrays, so the
    // work is memory-bound and pairs parallelise without sharing anything.
    std::vector<std::pair<size_t, size_t>> pairs;
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i; j < n; ++j)
            pairs.emplace_back(i, j);
    auto countPair = [&](size_t p) {
        const auto [i, j] = pairs[p];
        const uint64_t* a = sets[i]->words();
        const uint64_t* b = sets[j]->words();
        size_t c = 0;
        for (size_t w = 0; w < words; ++w)
            c += static_cast<size_t>(std::popcount(a[w] & b[w]));
        counts[i][j] = c;
        counts[j][i] = c;
    };
    if (words * pairs.size() < (1u << 16)) {
        for (size_t p = 0; p < pairs.size(); ++p)
            countPair(p);
    } else {
        tbb::parallel_for(size_t{0}, pairs.size(), countPair);
    }
    return counts;
}

double jaccardIndex(size_t intersection, size_t sizeA, size_t sizeB)
{
    const size_t unionSize = sizeA + sizeB - intersection;
    return unionSize == 0 ? 0.0 : static_cast<double>(intersection) / static_cast<double>(unionSize);
}

} // namespace seg
