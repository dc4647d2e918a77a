#pragma once
// Binary encoding of the live state (core/checkpoint): a growing byte buffer to write into,
// a bounds-checked reader over bytes read back, and the checksum that guards both the
// snapshot and each log record. Values are stored in the machine's byte order (the file
// header records it, and a file of the other order is refused), so vectors go as one copy.
#include "util/error.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace seg {

// A fast 64-bit checksum (four interleaved multiply-rotate lanes, xxHash64's constants):
// finds torn writes and flipped bits; not a cryptographic hash.
uint64_t checksum64(const void* data, size_t size);

class ByteWriter {
public:
    template <class T>
    void put(const T& v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes(&v, sizeof v);
    }
    void bytes(const void* p, size_t n)
    {
        if (n)
            buffer_.append(static_cast<const char*>(p), n);
    }
    void text(std::string_view s)
    {
        put<uint64_t>(s.size());
        bytes(s.data(), s.size());
    }
    template <class T>
    void vec(const std::vector<T>& v)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        put<uint64_t>(v.size());
        bytes(v.data(), v.size() * sizeof(T));
    }
    void texts(const std::vector<std::string>& v)
    {
        put<uint64_t>(v.size());
        for (const auto& s : v)
            text(s);
    }
    std::string& buffer() { return buffer_; }
    size_t size() const { return buffer_.size(); }

private:
    std::string buffer_;
};

// Reads what a ByteWriter wrote. Every read is checked against the end; running past it, or
// a count larger than what is left, throws seg::Error "<what>: ..." (`what` names the file).
class ByteReader {
public:
    ByteReader(const char* data, size_t size, std::string what) : p_(data), end_(data + size), what_(std::move(what)) {}

    template <class T>
    T get()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        T v;
        std::memcpy(&v, take(sizeof v), sizeof v);
        return v;
    }
    const char* take(size_t n)
    {
        if (static_cast<size_t>(end_ - p_) < n)
            fail("ends in the middle of its data (truncated or damaged)");
        const char* at = p_;
        p_ += n;
        return at;
    }
    std::string text() { return std::string(textView()); }
    std::string_view textView()
    {
        const auto n = count(1);
        return {take(n), n};
    }
    template <class T>
    std::vector<T> vec()
    {
        const auto n = count(sizeof(T));
        std::vector<T> v(n);
        if (n)
            std::memcpy(v.data(), take(n * sizeof(T)), n * sizeof(T));
        return v;
    }
    std::vector<std::string> texts()
    {
        const auto n = count(8);
        std::vector<std::string> v;
        v.reserve(n);
        for (size_t i = 0; i < n; ++i)
            v.push_back(text());
        return v;
    }
    // A count of items of at least `itemBytes` bytes each, checked against what is left.
    size_t count(size_t itemBytes)
    {
        const auto n = get<uint64_t>();
        if (itemBytes && n > static_cast<uint64_t>(end_ - p_) / itemBytes)
            fail("holds a count (" + std::to_string(n) + ") larger than its data (truncated or damaged)");
        return static_cast<size_t>(n);
    }
    size_t remaining() const { return static_cast<size_t>(end_ - p_); }
    const std::string& what() const { return what_; }
    [[noreturn]] void fail(const std::string& why) const { throw Error(what_ + " " + why); }

private:
    const char* p_;
    const char* end_;
    std::string what_;
};

} // namespace seg
