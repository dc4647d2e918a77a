#pragma once
// Open-addressing hash index from a key to a row number, where the keys live in the caller's
// column: a slot holds only row + 1 (0 = empty), so 10M keys cost ~64 MB instead of the
// ~600 MB of a node-based std::unordered_map. The caller hashes the probe and says whether a
// stored row holds an equal key. Sized once for a known number of rows (pass 1 counts them).
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace seg {

inline uint64_t mixHash(uint64_t x)
{
    // splitmix64 finalizer: spreads sequential ids over all slots
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

class RowIndex {
public:
    static constexpr uint32_t kNone = UINT32_MAX;

    explicit RowIndex(size_t expectedRows)
    {
        const size_t want = expectedRows + expectedRows / 2 + 16; // load factor <= 2/3
        slots_.assign(std::bit_ceil(want), 0);
        mask_ = slots_.size() - 1;
        capacity_ = expectedRows + 8;
    }

    // Row holding a key equal to the probe, or kNone. `equalsRow(row)` compares keys.
    template <class Eq> uint32_t find(uint64_t hash, Eq&& equalsRow) const
    {
        for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
            const uint32_t s = slots_[i];
            if (s == 0)
                return kNone;
            if (equalsRow(s - 1))
                return s - 1;
        }
    }

    // Stores `row` for the probe's key and returns the row it replaces (kNone when the key is
    // new). Returns false from `ok()` afterwards if more rows arrive than were announced.
    template <class Eq> uint32_t insertOrReplace(uint64_t hash, uint32_t row, Eq&& equalsRow)
    {
        for (size_t i = hash & mask_;; i = (i + 1) & mask_) {
            uint32_t& s = slots_[i];
            if (s == 0) {
                if (size_ >= capacity_) {
                    overflow_ = true; // the file changed between passes; caller reports it
                    return kNone;
                }
                s = row + 1;
                ++size_;
                return kNone;
            }
            if (equalsRow(s - 1)) {
                const uint32_t old = s - 1;
                s = row + 1;
                return old;
            }
        }
    }

    bool ok() const { return !overflow_; }
    size_t size() const { return size_; }

private:
    std::vector<uint32_t> slots_;
    size_t mask_ = 0;
    size_t size_ = 0;
    size_t capacity_ = 0;
    bool overflow_ = false;
};

} // namespace seg
