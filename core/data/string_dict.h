#pragma once
// The dictionary of a string column: every distinct string's bytes back to back in ONE arena,
// with size() + 1 offsets (entry i is bytes[offsets[i], offsets[i + 1])).
// A vector of std::string cost one heap block per distinct value (10M e-mails: 10M blocks,
// ~40 bytes each beyond the text) and a pointer chase per entry when a condition tests the
// whole dictionary; here a scan over the entries reads two streams front to back.
// Offsets are 32-bit while the arena holds at most 4 GiB - 1 bytes (issue 18: a column of 2M
// unique e-mails held 15 MiB of 8-byte offsets for 61 MiB of text) and switch to 64-bit, all
// of them at once, when an entry would end beyond that, so one column's distinct text still
// has no 4 GiB limit. Kernels that walk the offsets take either width (visitOffsets).
// Entries are read as std::string_view, valid while the dictionary is not appended to.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace seg {

class StringDict {
public:
    using NarrowOffset = uint32_t;
    using WideOffset = uint64_t;
    // The largest arena size narrow offsets hold.
    static constexpr uint64_t kNarrowLimit = UINT32_MAX;

    StringDict() = default;
    // Copies the strings in order (tests, derived columns built from std::string pieces).
    explicit StringDict(const std::vector<std::string>& strings);

    size_t size() const
    {
        const size_t n = wide_ ? wideOffsets_.size() : narrowOffsets_.size();
        return n > 0 ? n - 1 : 0;
    }
    bool empty() const { return size() == 0; }
    std::string_view operator[](size_t i) const
    {
        if (wide_) [[unlikely]]
            return {bytes_.data() + wideOffsets_[i], static_cast<size_t>(wideOffsets_[i + 1] - wideOffsets_[i])};
        return {bytes_.data() + narrowOffsets_[i], static_cast<size_t>(narrowOffsets_[i + 1] - narrowOffsets_[i])};
    }

    // Appends one entry (no de-duplication: that is the column's build-time index).
    void push_back(std::string_view s)
    {
        if (narrowOffsets_.empty() && wideOffsets_.empty()) [[unlikely]]
            startOffsets();
        bytes_.insert(bytes_.end(), s.data(), s.data() + s.size());
        if (wide_ || bytes_.size() > narrowLimit_) [[unlikely]]
            pushWide(bytes_.size());
        else
            narrowOffsets_.push_back(static_cast<NarrowOffset>(bytes_.size()));
    }
    // Room for `entries` more entries holding `bytes` more bytes in all.
    void reserve(size_t entries, size_t bytes = 0);
    // Gives back the slack growing left, when it is worth copying the arena (finish()).
    void shrinkToFit();
    void clear();

    // The arena and the offsets (size() + 1 of them, also when empty), for kernels that
    // test every entry: f(const NarrowOffset*) or f(const WideOffset*), whichever is held.
    const char* bytes() const { return bytes_.data(); }
    template <class F> decltype(auto) visitOffsets(F&& f) const
    {
        if (wide_ && !wideOffsets_.empty())
            return f(static_cast<const WideOffset*>(wideOffsets_.data()));
        return f(narrowOffsets_.empty() ? &kNoOffsets : static_cast<const NarrowOffset*>(narrowOffsets_.data()));
    }
    // Offset i (0 .. size()), whatever the width (cold code, tests).
    uint64_t offset(size_t i) const
    {
        if (wide_ && !wideOffsets_.empty())
            return wideOffsets_[i];
        return narrowOffsets_.empty() ? 0 : narrowOffsets_[i];
    }
    // Whether the offsets are 64-bit (the arena outgrew narrow offsets).
    bool wideOffsets() const { return wide_; }
    size_t byteSize() const { return bytes_.size(); }
    // Entries and bytes the dictionary holds without growing.
    size_t entryCapacity() const
    {
        const size_t c = wide_ ? wideOffsets_.capacity() : narrowOffsets_.capacity();
        return c > 0 ? c - 1 : 0;
    }
    size_t byteCapacity() const { return bytes_.capacity(); }
    // Heap bytes held (capacity, as the memory report counts the other vectors).
    size_t memoryBytes() const
    {
        return bytes_.capacity() + narrowOffsets_.capacity() * sizeof(NarrowOffset)
            + wideOffsets_.capacity() * sizeof(WideOffset);
    }
    // Tests only: narrow offsets up to `limit` arena bytes instead of kNarrowLimit, so that
    // the switch to wide offsets is tested without a 4 GiB arena. Before the first entry.
    void setNarrowLimitForTesting(uint64_t limit) { narrowLimit_ = std::min<uint64_t>(limit, kNarrowLimit); }

    // Random access over the entries, yielding std::string_view (by value).
    class const_iterator {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using iterator_concept = std::random_access_iterator_tag;
        using value_type = std::string_view;
        using difference_type = std::ptrdiff_t;
        using reference = std::string_view;
        using pointer = void;

        const_iterator() = default;
        const_iterator(const StringDict* d, size_t i) : d_(d), i_(i) {}
        std::string_view operator*() const { return (*d_)[i_]; }
        std::string_view operator[](difference_type k) const { return (*d_)[i_ + static_cast<size_t>(k)]; }
        const_iterator& operator++() { ++i_; return *this; }
        const_iterator operator++(int) { auto t = *this; ++i_; return t; }
        const_iterator& operator--() { --i_; return *this; }
        const_iterator operator--(int) { auto t = *this; --i_; return t; }
        const_iterator& operator+=(difference_type k) { i_ += static_cast<size_t>(k); return *this; }
        const_iterator& operator-=(difference_type k) { i_ -= static_cast<size_t>(k); return *this; }
        friend const_iterator operator+(const_iterator a, difference_type k) { return a += k; }
        friend const_iterator operator+(difference_type k, const_iterator a) { return a += k; }
        friend const_iterator operator-(const_iterator a, difference_type k) { return a -= k; }
        friend difference_type operator-(const_iterator a, const_iterator b)
        {
            return static_cast<difference_type>(a.i_) - static_cast<difference_type>(b.i_);
        }
        friend bool operator==(const_iterator a, const_iterator b) { return a.i_ == b.i_; }
        friend auto operator<=>(const_iterator a, const_iterator b) { return a.i_ <=> b.i_; }

    private:
        const StringDict* d_ = nullptr;
        size_t i_ = 0;
    };
    using iterator = const_iterator;
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

    // Copies out the entries (tests and cold code that want owning strings).
    std::vector<std::string> toStrings() const;

    friend bool operator==(const StringDict& a, const StringDict& b);
    friend bool operator==(const StringDict& a, const std::vector<std::string>& b);

private:
    void startOffsets();         // the first offset (0) of a new or cleared dictionary
    void pushWide(uint64_t end); // switches to wide offsets on first use

    // No entries is also no offsets (a new or moved-from dictionary allocates nothing).
    static constexpr NarrowOffset kNoOffsets = 0;
    std::vector<char> bytes_;
    // size() + 1 offsets, the first 0 (or none): narrowOffsets_ while !wide_, else wideOffsets_.
    std::vector<NarrowOffset> narrowOffsets_;
    std::vector<WideOffset> wideOffsets_;
    bool wide_ = false;
    uint64_t narrowLimit_ = kNarrowLimit;
};

} // namespace seg
