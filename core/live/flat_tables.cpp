#include "live/flat_tables.h"

#include "data/row_index.h" // mixHash: the same splitmix64 finaliser as the import's key index

#include <algorithm>
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

bool EventIdSet::insert(std::string_view id, int32_t day, int32_t forgetBefore)
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
        if (s.hash == h && s.length == id.size() && std::memcmp(arena_.data() + s.offset, id.data(), id.size()) == 0) {
            if (s.day >= forgetBefore)
                return false;
            s.day = day; // past the retention: as if forgotten, remembered anew
            return true;
        }
    }
}

void EventIdSet::rebuild(const std::function<bool(const Slot&, size_t rank)>& keep)
{
    // In arrival order (arena offsets grow with each insert and a rebuild keeps their order),
    // so that keepNewest() can tell the oldest ids.
    std::vector<Slot> live;
    live.reserve(size_);
    for (const Slot& s : slots_)
        if (s.hash != 0)
            live.push_back(s);
    std::sort(live.begin(), live.end(), [](const Slot& a, const Slot& b) { return a.offset < b.offset; });
    const std::string oldArena = std::move(arena_);
    arena_.clear();
    size_t kept = 0;
    for (size_t i = 0; i < live.size(); ++i)
        kept += keep(live[i], i);
    size_t size = 1024;
    while (size < kept * 2 + 2)
        size *= 2;
    slots_.assign(size, Slot{});
    size_ = 0;
    for (size_t i = 0; i < live.size(); ++i) {
        if (!keep(live[i], i))
            continue;
        Slot moved = live[i];
        moved.offset = arena_.size();
        arena_.append(oldArena, live[i].offset, live[i].length);
        place(moved);
        ++size_;
    }
    arena_.shrink_to_fit();
}

void EventIdSet::eraseBefore(int32_t day)
{
    rebuild([day](const Slot& s, size_t) { return s.day >= day; });
}

void EventIdSet::keepNewest(size_t count)
{
    if (size_ <= count)
        return;
    const size_t drop = size_ - count;
    rebuild([drop](const Slot&, size_t rank) { return rank >= drop; });
}

size_t IntKeyIndex::slotOf(int64_t key) const
{
    return static_cast<size_t>(mixHash(static_cast<uint64_t>(key))) & (rows_.size() - 1);
}

void IntKeyIndex::reserve(size_t n)
{
    size_t size = 16;
    while (size < n * 2)
        size *= 2;
    if (size <= rows_.size())
        return;
    std::vector<int64_t> oldKeys = std::move(keys_);
    std::vector<uint32_t> oldRows = std::move(rows_);
    keys_.assign(size, 0);
    rows_.assign(size, kEmpty);
    size_ = 0;
    for (size_t i = 0; i < oldRows.size(); ++i)
        if (oldRows[i] != kEmpty)
            insert(oldKeys[i], oldRows[i]);
}

void IntKeyIndex::insert(int64_t key, uint32_t row)
{
    if ((size_ + 1) * 2 > rows_.size())
        reserve(size_ + 1 > rows_.size() ? size_ + 1 : rows_.size());
    const size_t mask = rows_.size() - 1;
    for (size_t i = slotOf(key);; i = (i + 1) & mask) {
        if (rows_[i] == kEmpty) {
            keys_[i] = key;
            rows_[i] = row;
            ++size_;
            return;
        }
        if (keys_[i] == key) // keys are unique after the import; keep the first row
            return;
    }
}

int64_t IntKeyIndex::find(int64_t key) const
{
    if (rows_.empty())
        return -1;
    const size_t mask = rows_.size() - 1;
    for (size_t i = slotOf(key);; i = (i + 1) & mask) {
        if (rows_[i] == kEmpty)
            return -1;
        if (keys_[i] == key)
            return rows_[i];
    }
}

} // namespace seg
