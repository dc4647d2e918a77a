#pragma once
// Removing duplicate rows of a destination export (Preset::uniqueBy, dropIdenticalRows;
// docs/destinations.md "Duplicates"). The rows' keys are hashed in parallel with the rows
// (destination_rows.cpp); this is the sequential half, in customer key order. Internal to
// the destinations.
#include "destinations/destination_rows.h"

#include <algorithm>
#include <vector>

namespace seg::dest {

// A set of 128-bit keys (open addressing, linear probing): the rows' XXH3-128 hashes. Two
// different values share a hash with a probability of about n^2 / 2^129 (1e-27 for a million
// rows), far below any other cause of a lost row, and 16 bytes a key keep a 1M-row set small.
class HashSet128 {
public:
    // Room for `n` keys without growing (growing re-inserts everything: costly at 1M rows).
    void reserve(size_t n)
    {
        size_t slots = 1024;
        while (slots < 2 * n + 2)
            slots *= 2;
        if (slots > slots_.size()) {
            std::vector<Hash128> old = std::move(slots_);
            slots_.assign(slots, Hash128{});
            size_ = 0;
            for (const Hash128& k : old)
                if (!(k == Hash128{}))
                    insert(k);
        }
    }
    // Starts loading the slot of `key` into the cache (the rows' keys are known ahead).
    void prefetch(const Hash128& key) const
    {
        if (!slots_.empty())
            __builtin_prefetch(&slots_[static_cast<size_t>(key.lo) & (slots_.size() - 1)]);
    }
    // False when `key` was there already.
    bool insert(Hash128 key)
    {
        if (key == Hash128{})
            key.hi = 1; // {0, 0} marks an empty slot
        if ((size_ + 1) * 2 > slots_.size())
            grow();
        size_t i = static_cast<size_t>(key.lo) & (slots_.size() - 1);
        for (;; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i] == key)
                return false;
            if (slots_[i] == Hash128{}) {
                slots_[i] = key;
                ++size_;
                return true;
            }
        }
    }
    bool contains(Hash128 key) const
    {
        if (key == Hash128{})
            key.hi = 1;
        if (slots_.empty())
            return false;
        for (size_t i = static_cast<size_t>(key.lo) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
            if (slots_[i] == key)
                return true;
            if (slots_[i] == Hash128{})
                return false;
        }
    }

private:
    void grow() { reserve(slots_.size() / 2 + 1); } // twice the slots
    std::vector<Hash128> slots_;
    size_t size_ = 0;
};

// The sequential half of removing duplicates (Preset::uniqueBy, dropIdenticalRows): rows come
// in key order and the first row with a value keeps it. A repeated uniqueBy[0] value (or a
// repeated row) leaves the row out; a repeated later uniqueBy value empties its cell, and the
// row goes when nothing else is left to match on.
class Deduplicator {
public:
    Deduplicator(const DestinationRows& rows, size_t members)
        : uniqueBy_(rows.uniqueBy()), seen_(std::max<size_t>(1, uniqueBy_.size()))
    {
        for (HashSet128& set : seen_)
            set.reserve(members);
    }

    // `in` itself when it holds no duplicate, else `scratch` without them. Counts into `summary`.
    const Morsel& filter(const Morsel& in, Morsel& scratch, DestinationExportSummary& summary);

private:
    std::vector<Identifier> uniqueBy_;
    std::vector<HashSet128> seen_;
    std::vector<uint32_t> actions_;
};

} // namespace seg::dest
