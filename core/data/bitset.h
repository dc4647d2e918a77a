#pragma once
// Dense bitset over customer row numbers: the representation of every segment set.
// Dense words beat compressed formats (Roaring) for the densities segments have, and
// word-aligned partitions let several workers fill one set without locks.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace seg {

// Set bits in words[0, n), and in (a[i] & b[i]) for i < n. Out of line so that they can use
// the CPU's popcnt instruction where it has one (chosen at load time): without it every
// std::popcount is a call into libgcc.
size_t popcountWords(const uint64_t* words, size_t n);
size_t popcountAndWords(const uint64_t* a, const uint64_t* b, size_t n);

class Bitset {
public:
    static constexpr size_t kWordBits = 64;

    Bitset() = default;
    explicit Bitset(size_t size, bool value = false) { resize(size, value); }

    void resize(size_t size, bool value = false)
    {
        size_ = size;
        words_.assign((size + kWordBits - 1) / kWordBits, value ? ~uint64_t{0} : 0);
        clearTail();
    }

    size_t size() const { return size_; }
    // Moves the words out, leaving an empty set: exec/buffer_pool hands them to a later set.
    std::vector<uint64_t> releaseWords()
    {
        size_ = 0;
        return std::move(words_);
    }
    // An all-clear set of `size` bits in `words` (reused storage: no allocation when its
    // capacity suffices, so no fresh pages to fault in).
    void adoptCleared(std::vector<uint64_t> words, size_t size)
    {
        words_ = std::move(words);
        resize(size);
    }
    void reserve(size_t n) { words_.reserve((n + kWordBits - 1) / kWordBits); }
    void pushBack(bool v)
    {
        if (size_ % kWordBits == 0)
            words_.push_back(0);
        if (v)
            words_.back() |= uint64_t{1} << (size_ % kWordBits);
        ++size_;
    }
    // Appends all bits of `other` (word at a time: merging import chunks).
    void append(const Bitset& other)
    {
        const size_t shift = size_ % kWordBits;
        if (shift == 0) {
            words_.insert(words_.end(), other.words_.begin(), other.words_.end());
        } else {
            for (const uint64_t w : other.words_) {
                words_.back() |= w << shift;
                words_.push_back(w >> (kWordBits - shift));
            }
        }
        size_ += other.size_;
        words_.resize((size_ + kWordBits - 1) / kWordBits);
        clearTail();
    }
    size_t wordCount() const { return words_.size(); }
    uint64_t* words() { return words_.data(); }
    const uint64_t* words() const { return words_.data(); }

    bool test(size_t i) const { return (words_[i / kWordBits] >> (i % kWordBits)) & 1u; }
    void set(size_t i) { words_[i / kWordBits] |= uint64_t{1} << (i % kWordBits); }
    void reset(size_t i) { words_[i / kWordBits] &= ~(uint64_t{1} << (i % kWordBits)); }
    void assign(size_t i, bool v) { v ? set(i) : reset(i); }

    size_t count() const { return countWords(0, words_.size()); }
    size_t countWords(size_t firstWord, size_t lastWord) const
    {
        return lastWord > firstWord ? popcountWords(words_.data() + firstWord, lastWord - firstWord) : 0;
    }

    Bitset& operator&=(const Bitset& o)
    {
        for (size_t w = 0; w < words_.size(); ++w)
            words_[w] &= o.words_[w];
        return *this;
    }
    Bitset& operator|=(const Bitset& o)
    {
        for (size_t w = 0; w < words_.size(); ++w)
            words_[w] |= o.words_[w];
        return *this;
    }
    Bitset& andNot(const Bitset& o)
    {
        for (size_t w = 0; w < words_.size(); ++w)
            words_[w] &= ~o.words_[w];
        return *this;
    }
    void flip()
    {
        for (auto& w : words_)
            w = ~w;
        clearTail();
    }

    // Calls f(row) for every set bit in ascending order.
    template <class F> void forEach(F&& f) const { forEachInWords(0, words_.size(), f); }
    template <class F> void forEachInWords(size_t firstWord, size_t lastWord, F&& f) const
    {
        for (size_t w = firstWord; w < lastWord; ++w) {
            uint64_t bits = words_[w];
            while (bits) {
                f(w * kWordBits + static_cast<size_t>(std::countr_zero(bits)));
                bits &= bits - 1;
            }
        }
    }

    std::vector<uint32_t> toRows() const
    {
        std::vector<uint32_t> rows;
        rows.reserve(count());
        forEach([&](size_t r) { rows.push_back(static_cast<uint32_t>(r)); });
        return rows;
    }

    bool operator==(const Bitset& o) const = default;

    // Bits past size() are always zero so that count() and comparisons stay exact.
    void clearTail()
    {
        if (size_ % kWordBits != 0 && !words_.empty())
            words_.back() &= (uint64_t{1} << (size_ % kWordBits)) - 1;
    }

private:
    size_t size_ = 0;
    std::vector<uint64_t> words_;
};

} // namespace seg
