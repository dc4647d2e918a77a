#include "data/bitset.h"

namespace seg {

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
#define SEG_POPCNT_CLONES __attribute__((target_clones("popcnt", "default")))
#else
#define SEG_POPCNT_CLONES
#endif

SEG_POPCNT_CLONES size_t popcountWords(const uint64_t* words, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; ++i)
        count += static_cast<size_t>(__builtin_popcountll(words[i]));
    return count;
}

SEG_POPCNT_CLONES size_t popcountAndWords(const uint64_t* a, const uint64_t* b, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; ++i)
        count += static_cast<size_t>(__builtin_popcountll(a[i] & b[i]));
    return count;
}

} // namespace seg
