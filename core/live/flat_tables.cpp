#include "live/flat_tables.h"

#include "data/row_index.h" // mixHash: the same splitmix64 finaliser as the import's key index

#include <cstring>

namespace seg {

uint64_t EventIdSet::hashOf(std::string_view id)
{
    // FNV-1a over the bytes, then mixed; 0 is reserved for empty slots.
    uint64_t h = 1469598103934665603ULL;
    for (const unsigned char c : id) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    h = mixHash(h);
    return h == 0 ? 1 : h;
}

void EventIdSet::place(const Slot& s)
{
    const size_t mask = slots_.size() - 1;
    size_t i = static_cast<size_t>(s.hash) & mask;
    while (slots_[i].hash != 0)
        i = (i + 1) & mask;
    slots_[i] = s;
}

void EventIdSet::grow()
{
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot& s : old)
        if (s.hash != 0)
            place(s);
}

bool EventIdSet::insert(std::string_view id, int32_t day)
{
    if ((size_ + 1) * 2 > slots_.size())
        grow();
    const uint64_t h = hashOf(id);
    const size_t mask = slots_.size() - 1;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
        Slot& s = slots_[i];
        if (s.hash == 0) {
            s.hash = h;
            s.offset = arena_.size();
            s.length = static_cast<uint32_t>(id.size());
            s.day = day;
            arena_.append(id);
            ++size_;
            return true;
        }
        if (s.hash == h && s.length == id.size() && std::memcmp(arena_.data() + s.offset, id.data(), id.size()) == 0)
            return false;
    }
}

void EventIdSet::eraseBefore(int32_t day)
{
    std::vector<Slot> old = std::move(slots_);
    std::string oldArena = std::move(arena_);
    slots_.assign(old.empty() ? 0 : old.size(), Slot{});
    arena_.clear();
    size_ = 0;
    for (const Slot& s : old)
        if (s.hash != 0 && s.day >= day) {
            Slot moved = s;
            moved.offset = arena_.size();
            arena_.append(oldArena, s.offset, s.length);
            place(moved);
            ++size_;
        }
}

size_t IntKeyIndex::slotOf(int64_t key) const
{
    return static_cast<size_t>(mixHash(static_cast<uint64_t>(key))) & (slots_.size() - 1);
}

void IntKeyIndex::reserve(size_t n)
{
    size_t size = 16;
    while (size < n * 2)
        size *= 2;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    size_ = 0;
    for (const Slot& s : old)
        if (s.used)
            insert(s.key, s.row);
}

void IntKeyIndex::insert(int64_t key, uint32_t row)
{
    if ((size_ + 1) * 2 > slots_.size())
        reserve(size_ + 1 > slots_.size() ? size_ + 1 : slots_.size());
    const size_t mask = slots_.size() - 1;
    for (size_t i = slotOf(key);; i = (i + 1) & mask) {
        Slot& s = slots_[i];
        if (!s.used) {
            s = Slot{key, row, 1};
            ++size_;
            return;
        }
        if (s.key == key) { // keys are unique after the import; keep the first row
            return;
        }
    }
}

int64_t IntKeyIndex::find(int64_t key) const
{
    if (slots_.empty())
        return -1;
    const size_t mask = slots_.size() - 1;
    for (size_t i = slotOf(key);; i = (i + 1) & mask) {
        const Slot& s = slots_[i];
        if (!s.used)
            return -1;
        if (s.key == key)
            return s.row;
    }
}

} // namespace seg
