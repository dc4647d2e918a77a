#pragma once
// Compact per-customer storage of the live state: a node's membership (one bit per customer,
// or one byte where the node has ports: split parts, priority outputs) and a derived column's
// values (8 bytes plus a validity bit, strings apart). Full Values per customer cost 56 bytes.
#include "data/value.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace seg {

// One bit per customer that can grow by one (a created customer) without copying the rest.
class GrowBits {
public:
    void resize(size_t n)
    {
        size_ = n;
        words_.assign((n + 63) / 64, 0);
    }
    void grow()
    {
        ++size_;
        if (words_.size() * 64 < size_)
            words_.push_back(0);
    }
    size_t size() const { return size_; }
    bool test(size_t i) const { return (words_[i >> 6] >> (i & 63)) & 1u; }
    void assign(size_t i, bool v)
    {
        const uint64_t bit = uint64_t{1} << (i & 63);
        words_[i >> 6] = v ? words_[i >> 6] | bit : words_[i >> 6] & ~bit;
    }
    size_t bytes() const { return words_.capacity() * 8; }

private:
    std::vector<uint64_t> words_;
    size_t size_ = 0;
};

class MemberStore {
public:
    void init(size_t customers, bool ports)
    {
        ports_ = ports;
        if (ports)
            bytes_.assign(customers, 0);
        else
            bits_.resize(customers);
    }
    bool empty() const { return ports_ ? bytes_.empty() : bits_.size() == 0; }
    // One more customer, out.
    void grow()
    {
        if (ports_)
            bytes_.push_back(0);
        else
            bits_.grow();
    }
    // 0: out; 1: in (p + 1: in port p)
    uint8_t get(size_t row) const { return ports_ ? bytes_[row] : static_cast<uint8_t>(bits_.test(row)); }
    void set(size_t row, uint8_t v)
    {
        if (ports_)
            bytes_[row] = v;
        else
            bits_.assign(row, v != 0);
    }
    size_t bytes() const { return ports_ ? bytes_.capacity() : bits_.bytes(); }

private:
    bool ports_ = false;
    GrowBits bits_;
    std::vector<uint8_t> bytes_;
};

class DerivedStore {
public:
    void init(size_t customers, DataType type)
    {
        type_ = type;
        valid_.resize(customers);
        if (type == DataType::String)
            strings_.assign(customers, {});
        else
            raw_.assign(customers, 0);
    }
    // One more customer, NULL.
    void grow()
    {
        valid_.grow();
        if (type_ == DataType::String)
            strings_.emplace_back();
        else
            raw_.push_back(0);
    }
    Value get(size_t row) const
    {
        Value v = Value::nullOf(type_);
        if (!valid_.test(row))
            return v;
        v.null = false;
        if (type_ == DataType::String)
            v.s = strings_[row];
        else if (type_ == DataType::Double)
            std::memcpy(&v.d, &raw_[row], sizeof(double));
        else
            v.i = static_cast<int64_t>(raw_[row]);
        return v;
    }
    void set(size_t row, const Value& v)
    {
        valid_.assign(row, !v.null);
        if (type_ == DataType::String)
            strings_[row] = v.null ? std::string() : v.s;
        else if (type_ == DataType::Double)
            std::memcpy(&raw_[row], &v.d, sizeof(double));
        else
            raw_[row] = static_cast<uint64_t>(v.i);
    }
    size_t bytes() const
    {
        size_t b = raw_.capacity() * 8 + valid_.bytes();
        for (const auto& s : strings_)
            b += sizeof(std::string) + (s.capacity() > 15 ? s.capacity() : 0);
        return b;
    }

private:
    DataType type_ = DataType::Int;
    GrowBits valid_;
    std::vector<uint64_t> raw_;
    std::vector<std::string> strings_;
};

} // namespace seg
