#pragma once
// The dictionary of a string column: every distinct string's bytes back to back in ONE arena,
// with size() + 1 offsets (entry i is bytes[offsets[i], offsets[i + 1])).
// A vector of std::string cost one heap block per distinct value (10M e-mails: 10M blocks,
// ~40 bytes each beyond the text) and a pointer chase per entry when a condition tests the
// whole dictionary; here a scan over the entries reads two streams front to back.
// Offsets are 64-bit, so one column's distinct text has no 4 GiB limit.
// Entries are read as std::string_view, valid while the dictionary is not appended to.
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
    using Offset = uint64_t;

    StringDict() = default;
    // Copies the strings in order (tests, derived columns built from std::string pieces).
    explicit StringDict(const std::vector<std::string>& strings);

    size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
    bool empty() const { return offsets_.size() <= 1; }
    std::string_view operator[](size_t i) const
    {
        return {bytes_.data() + offsets_[i], static_cast<size_t>(offsets_[i + 1] - offsets_[i])};
    }

    // Appends one entry (no de-duplication: that is the column's build-time index).
    void push_back(std::string_view s)
    {
        if (offsets_.empty()) [[unlikely]]
            offsets_.push_back(0);
        bytes_.insert(bytes_.end(), s.data(), s.data() + s.size());
        offsets_.push_back(bytes_.size());
    }
    // Room for `entries` more entries holding `bytes` more bytes in all.
    void reserve(size_t entries, size_t bytes = 0);
    // Gives back the slack growing left, when it is worth copying the arena (finish()).
    void shrinkToFit();
    void clear();

    // The arena and the offsets (size() + 1 of them, also when empty), for kernels that
    // test every entry.
    const char* bytes() const { return bytes_.data(); }
    const Offset* offsets() const { return offsets_.empty() ? &kNoOffsets : offsets_.data(); }
    size_t byteSize() const { return bytes_.size(); }
    // Entries and bytes the dictionary holds without growing.
    size_t entryCapacity() const { return offsets_.capacity() > 0 ? offsets_.capacity() - 1 : 0; }
    size_t byteCapacity() const { return bytes_.capacity(); }
    // Heap bytes held (capacity, as the memory report counts the other vectors).
    size_t memoryBytes() const { return bytes_.capacity() + offsets_.capacity() * sizeof(Offset); }

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
    // No entries is also `offsets_` empty (a new or moved-from dictionary allocates nothing).
    static constexpr Offset kNoOffsets = 0;
    std::vector<char> bytes_;
    std::vector<Offset> offsets_; // size() + 1 entries, offsets_[0] == 0; or none
};

} // namespace seg
