#include "exec/buffer_pool.h"

#include <algorithm>
#include <mutex>

namespace seg::buffer_pool {

namespace {

// Small buffers are cheap to allocate; a few large ones cover the derive nodes of a graph.
// The cap keeps idle memory bounded (4 buffers of 10M rows per type).
constexpr size_t kMinElements = size_t{1} << 16;
constexpr size_t kMaxPerType = 4;
constexpr size_t kMaxBytesPerType = size_t{512} << 20;

// Bitsets: a graph's worth of node outputs (about a hundred sets at 10M rows is 137 MB).
constexpr size_t kMinBitsetWords = size_t{1} << 10;
constexpr size_t kMaxBitsets = 256;
constexpr size_t kMaxBitsetBytes = size_t{256} << 20;

struct Pool {
    std::mutex mutex;
    std::vector<std::vector<int64_t>> ints;
    std::vector<std::vector<double>> doubles;
    std::vector<std::vector<uint64_t>> bitsetWords; // any sizes; taken by capacity
    size_t bitsetBytes = 0;
};

Pool& pool()
{
    static Pool* p = new Pool; // never destroyed: columns may be released during exit
    return *p;
}

template <class T> std::vector<T> take(std::vector<std::vector<T>>& free, size_t n)
{
    {
        std::lock_guard lock(pool().mutex);
        const auto it = std::find_if(free.begin(), free.end(), [&](const std::vector<T>& v) { return v.size() == n; });
        if (it != free.end()) {
            std::vector<T> v = std::move(*it);
            free.erase(it);
            return v;
        }
    }
    return std::vector<T>(n);
}

template <class T> void give(std::vector<std::vector<T>>& free, std::vector<T> v)
{
    if (v.size() < kMinElements)
        return;
    if (v.size() * sizeof(T) > kMaxBytesPerType)
        return;
    std::lock_guard lock(pool().mutex);
    size_t bytes = v.size() * sizeof(T);
    for (const auto& b : free)
        bytes += b.size() * sizeof(T);
    while (!free.empty() && (free.size() >= kMaxPerType || bytes > kMaxBytesPerType)) {
        bytes -= free.front().size() * sizeof(T); // the oldest goes
        free.erase(free.begin());
    }
    free.push_back(std::move(v));
}

} // namespace

std::vector<int64_t> takeInts(size_t n) { return take(pool().ints, n); }
std::vector<double> takeDoubles(size_t n) { return take(pool().doubles, n); }

void giveBack(std::vector<int64_t> buffer) { give(pool().ints, std::move(buffer)); }

std::shared_ptr<const Column> share(Column column)
{
    return std::shared_ptr<const Column>(new Column(std::move(column)), [](Column* c) {
        give(pool().ints, c->releaseInts());
        give(pool().doubles, c->releaseDoubles());
        delete c;
    });
}

std::shared_ptr<Bitset> takeBitset(size_t rows)
{
    const size_t words = (rows + Bitset::kWordBits - 1) / Bitset::kWordBits;
    std::vector<uint64_t> storage;
    if (words >= kMinBitsetWords) {
        Pool& p = pool();
        std::lock_guard lock(p.mutex);
        // The smallest buffer that holds the words: sizes seldom differ within one data set.
        auto best = p.bitsetWords.end();
        for (auto it = p.bitsetWords.begin(); it != p.bitsetWords.end(); ++it)
            if (it->capacity() >= words && (best == p.bitsetWords.end() || it->capacity() < best->capacity()))
                best = it;
        if (best != p.bitsetWords.end()) {
            storage = std::move(*best);
            p.bitsetWords.erase(best);
            p.bitsetBytes -= storage.capacity() * sizeof(uint64_t);
        }
    }
    auto* set = new Bitset;
    set->adoptCleared(std::move(storage), rows);
    return std::shared_ptr<Bitset>(set, [](Bitset* b) {
        std::vector<uint64_t> released = b->releaseWords();
        delete b;
        const size_t bytes = released.capacity() * sizeof(uint64_t);
        if (released.capacity() < kMinBitsetWords || bytes > kMaxBitsetBytes)
            return;
        Pool& p = pool();
        std::lock_guard lock(p.mutex);
        while (!p.bitsetWords.empty() && (p.bitsetWords.size() >= kMaxBitsets || p.bitsetBytes + bytes > kMaxBitsetBytes)) {
            p.bitsetBytes -= p.bitsetWords.front().capacity() * sizeof(uint64_t); // the oldest goes
            p.bitsetWords.erase(p.bitsetWords.begin());
        }
        p.bitsetBytes += bytes;
        p.bitsetWords.push_back(std::move(released));
    });
}

size_t heldBuffers()
{
    std::lock_guard lock(pool().mutex);
    return pool().ints.size() + pool().doubles.size();
}

size_t heldBitsets()
{
    std::lock_guard lock(pool().mutex);
    return pool().bitsetWords.size();
}

} // namespace seg::buffer_pool
