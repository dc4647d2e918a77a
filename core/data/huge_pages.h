#pragma once
// Advice for big arrays the import fills: 2 MiB pages (transparent huge pages) where the
// kernel offers them on request (/sys/kernel/mm/transparent_hugepage/enabled = madvise).
// Why (issue 18): a column dictionary's hash slots of 2M unique e-mails (32 MiB) are probed
// at random, and with 4 KiB pages nearly every probe also missed the TLB (a page walk, slow
// in a VM); and the final columns are first touched in the serial merge stage, one page
// fault per 4 KiB. Advice only: it changes no value, and nothing where THP is unavailable.
#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace seg {

// Advises the whole 2 MiB pages inside [data, data + bytes); ranges under 4 MiB are left
// alone (at most one whole page inside, and small tables stay in the cache anyway).
inline void adviseHugePages(const void* data, size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr uintptr_t kHuge = uintptr_t{2} << 20;
    if (bytes < 2 * kHuge)
        return;
    const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin)
        madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE); // failure: 4 KiB pages
#else
    (void)data;
    (void)bytes;
#endif
}

// v.reserve(n), with the new buffer advised before its pages are first written.
template <class T> void reserveAdvised(std::vector<T>& v, size_t n)
{
    if (n <= v.capacity())
        return;
    v.reserve(n);
    adviseHugePages(v.data(), v.capacity() * sizeof(T));
}

} // namespace seg
