#include "exec/overlap.h"

#include "util/error.h"

#include <bit>
#include <tbb/blocked_range.h>
#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>

#include <algorithm>

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

    // Blocks of words, all pairs per block: each block of every set is read from memory once
    // and then from cache by its n-1 partners (pair by pair over whole sets would stream
    // every set n times). Workers take blocks and keep their own triangle of counts.
    constexpr size_t kBlockWords = 512; // 4 KiB per set: 20 sets stay in L1/L2
    const size_t blocks = (words + kBlockWords - 1) / kBlockWords;
    auto countBlocks = [&](size_t firstBlock, size_t lastBlock, std::vector<size_t>& tri) {
        for (size_t blk = firstBlock; blk < lastBlock; ++blk) {
            const size_t w0 = blk * kBlockWords, w1 = std::min(words, w0 + kBlockWords);
            size_t t = 0;
            for (size_t i = 0; i < n; ++i) {
                const uint64_t* a = sets[i]->words();
                for (size_t j = i; j < n; ++j, ++t) {
                    const uint64_t* b = sets[j]->words();
                    tri[t] += popcountAndWords(a + w0, b + w0, w1 - w0);
                }
            }
        }
    };
    const size_t pairs = n * (n + 1) / 2;
    std::vector<size_t> tri(pairs, 0);
    if (words * pairs < (1u << 16) || blocks < 2) {
        countBlocks(0, blocks, tri);
    } else {
        tbb::enumerable_thread_specific<std::vector<size_t>> local([&] { return std::vector<size_t>(pairs, 0); });
        tbb::parallel_for(tbb::blocked_range<size_t>(0, blocks), [&](const tbb::blocked_range<size_t>& r) {
            countBlocks(r.begin(), r.end(), local.local());
        });
        for (const std::vector<size_t>& part : local)
            for (size_t t = 0; t < pairs; ++t)
                tri[t] += part[t];
    }
    size_t t = 0;
    for (size_t i = 0; i < n; ++i)
        for (size_t j = i; j < n; ++j, ++t)
            counts[i][j] = counts[j][i] = tri[t];
    return counts;
}

double jaccardIndex(size_t intersection, size_t sizeA, size_t sizeB)
{
    const size_t unionSize = sizeA + sizeB - intersection;
    return unionSize == 0 ? 0.0 : static_cast<double>(intersection) / static_cast<double>(unionSize);
}

} // namespace seg
