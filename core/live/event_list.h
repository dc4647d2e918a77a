#pragma once
// A customer's stored events in one heap block: a header (size, capacity) and then one record
// per event, `stride` bytes each: its time, day, node mask, which kept values are NULL, and
// the kept column values (8 bytes each: an int64, or a double's bits). A customer without
// stored events costs the 8 bytes of a null pointer; a std::vector of records cost 24, and
// the two vectors before (events, kept values) 48.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

namespace seg {

struct StoredEventHead {
    int64_t time = 0;   // the time column's stored value (days or microseconds)
    uint64_t mask = 0;  // bit j: passes event node j's clock-independent tests
    int32_t day = 0;
    uint32_t nulls = 0; // bit k: kept value k is NULL
};
static_assert(sizeof(StoredEventHead) == 24);

class EventList {
public:
    // Bytes per record with `kept` kept values (at most 32).
    static constexpr size_t strideFor(size_t kept) { return sizeof(StoredEventHead) + kept * 8; }

    EventList() = default;
    EventList(const EventList&) = delete;
    EventList& operator=(const EventList&) = delete;
    EventList(EventList&& o) noexcept : block_(std::exchange(o.block_, nullptr)) {}
    EventList& operator=(EventList&& o) noexcept
    {
        std::swap(block_, o.block_);
        return *this;
    }
    ~EventList() { std::free(block_); }

    size_t size() const { return block_ ? header()->size : 0; }
    size_t capacity() const { return block_ ? header()->capacity : 0; }
    const StoredEventHead& head(size_t e, size_t stride) const
    {
        return *reinterpret_cast<const StoredEventHead*>(record(e, stride));
    }
    uint64_t keptRaw(size_t e, size_t k, size_t stride) const
    {
        uint64_t v;
        std::memcpy(&v, record(e, stride) + sizeof(StoredEventHead) + k * 8, 8);
        return v;
    }
    void push(const StoredEventHead& head, const uint64_t* kept, size_t keptCount, size_t stride)
    {
        const size_t n = size();
        if (n == capacity())
            reserve(n == 0 ? 1 : n * 2, stride);
        char* r = record(n, stride);
        std::memcpy(r, &head, sizeof head);
        if (keptCount)
            std::memcpy(r + sizeof head, kept, keptCount * 8);
        header()->size = static_cast<uint32_t>(n + 1);
    }
    // Record `from` copied over record `to` (compaction).
    void move(size_t from, size_t to, size_t stride) { std::memcpy(record(to, stride), record(from, stride), stride); }
    // Keeps the first n records; none: the block is freed.
    void truncate(size_t n)
    {
        if (!block_)
            return;
        if (n == 0) {
            std::free(block_);
            block_ = nullptr;
            return;
        }
        header()->size = static_cast<uint32_t>(n);
    }
    // Heap bytes (malloc adds a word of its own per block).
    size_t bytes(size_t stride) const { return block_ ? sizeof(Header) + capacity() * stride + 8 : 0; }

private:
    struct Header {
        uint32_t size = 0;
        uint32_t capacity = 0;
    };
    Header* header() const { return reinterpret_cast<Header*>(block_); }
    char* record(size_t e, size_t stride) const { return block_ + sizeof(Header) + e * stride; }
    void reserve(size_t capacity, size_t stride)
    {
        const size_t n = size();
        char* grown = static_cast<char*>(std::realloc(block_, sizeof(Header) + capacity * stride));
        if (!grown)
            throw std::bad_alloc();
        block_ = grown;
        header()->size = static_cast<uint32_t>(n);
        header()->capacity = static_cast<uint32_t>(capacity);
    }
    char* block_ = nullptr;
};

} // namespace seg
