#pragma once
// Open-addressing tables for the stream's two lookups per message, the event ids seen (dedup)
// and the customer row of an int key: one probe sequence over a flat array instead of a
// node-based std::unordered_map's bucket -> node chain (a cache miss each, and an allocation
// per id). Linear probing, load kept under 1/2.
#include <climits>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

struct LiveCheckpointAccess; // core/checkpoint/live_state_codec.cpp

class EventIdSet {
    // The live state is saved and restored as a whole (core/checkpoint).
    friend struct LiveCheckpointAccess;

public:
    // Remembers `id` with its event day; false when it was there already (with a day not
    // before `forgetBefore`: an id remembered for an older day counts as forgotten).
    bool insert(std::string_view id, int32_t day, int32_t forgetBefore = INT32_MIN);
    // Forgets the ids of days before `day` (the table and the text arena are rebuilt).
    void eraseBefore(int32_t day);
    // Forgets all but the `count` most recently inserted ids.
    void keepNewest(size_t count);
    size_t size() const { return size_; }
    size_t bytes() const { return slots_.capacity() * sizeof(Slot) + arena_.capacity(); }

private:
    struct Slot {
        uint64_t hash = 0; // 0: empty
        uint64_t offset = 0;
        uint32_t length = 0;
        int32_t day = 0;
    };
    static uint64_t hashOf(std::string_view id);
    // Keeps the slots for which keep(slot, rank in arrival order) holds; a table sized for them.
    void rebuild(const std::function<bool(const Slot&, size_t)>& keep);
    void place(const Slot& s);
    void grow();
    std::vector<Slot> slots_;
    std::string arena_; // the ids' text, back to back
    size_t size_ = 0;
};

class IntKeyIndex {
public:
    void reserve(size_t n);
    void insert(int64_t key, uint32_t row);
    // The row of `key`, or -1.
    int64_t find(int64_t key) const;
    size_t bytes() const { return keys_.capacity() * sizeof(int64_t) + rows_.capacity() * sizeof(uint32_t); }

private:
    static constexpr uint32_t kEmpty = UINT32_MAX;
    size_t slotOf(int64_t key) const;
    // Two arrays instead of one of {key, row, used} slots: 12 bytes a slot, not 16.
    std::vector<int64_t> keys_;
    std::vector<uint32_t> rows_; // kEmpty: a free slot
    size_t size_ = 0;
};

} // namespace seg
