#pragma once
// Compact per-customer storage of the live state: the nodes' membership (a bit per node and
// customer, or a byte where the node has ports: split parts, priority outputs) and a derived column's
// values (8 bytes plus a validity bit, strings apart). Full Values per customer cost 56 bytes.
#include "data/value.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

namespace seg {

struct LiveCheckpointAccess; // core/checkpoint/live_state_codec.cpp

// One bit per customer that can grow by one (a created customer) without copying the rest.
class GrowBits {
    friend struct LiveCheckpointAccess; // saved and restored by core/checkpoint

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

// The membership of every set node, customer by customer: one customer's bits (nodes without
// ports) share its words, and its port bytes (split parts, priority outputs) its bytes, so an
// event touches a cache line or two for all the nodes it re-evaluates, not one per node.
class MemberTable {
    friend struct LiveCheckpointAccess; // saved and restored by core/checkpoint

public:
    // Columns are added before allocate(); each node index gets a bit or a byte column.
    void addNode(size_t node, bool ports)
    {
        if (slot_.size() <= node)
            slot_.resize(node + 1, -1), port_.resize(node + 1, 0);
        port_[node] = ports;
        slot_[node] = ports ? static_cast<int32_t>(byteColumns_++) : static_cast<int32_t>(bitColumns_++);
    }
    void allocate(size_t customers)
    {
        wordsPerRow_ = (bitColumns_ + 63) / 64;
        words_.assign(customers * wordsPerRow_, 0);
        bytes_.assign(customers * byteColumns_, 0);
    }
    void grow()
    {
        words_.resize(words_.size() + wordsPerRow_, 0);
        bytes_.resize(bytes_.size() + byteColumns_, 0);
    }
    bool has(size_t node) const { return node < slot_.size() && slot_[node] >= 0; }
    // 0: out; 1: in (p + 1: in port p)
    uint8_t get(size_t node, size_t row) const
    {
        const auto slot = static_cast<size_t>(slot_[node]);
        if (port_[node])
            return bytes_[row * byteColumns_ + slot];
        return static_cast<uint8_t>((words_[row * wordsPerRow_ + slot / 64] >> (slot % 64)) & 1u);
    }
    void set(size_t node, size_t row, uint8_t v)
    {
        const auto slot = static_cast<size_t>(slot_[node]);
        if (port_[node]) {
            bytes_[row * byteColumns_ + slot] = v;
            return;
        }
        uint64_t& w = words_[row * wordsPerRow_ + slot / 64];
        const uint64_t bit = uint64_t{1} << (slot % 64);
        w = v ? w | bit : w & ~bit;
    }
    size_t bytes() const { return words_.capacity() * 8 + bytes_.capacity(); }

    // One node's view, as the per-node stores were used.
    struct Column {
        MemberTable* table;
        size_t node;
        uint8_t get(size_t row) const { return table->get(node, row); }
        void set(size_t row, uint8_t v) const { table->set(node, row, v); }
        bool empty() const { return !table->has(node); }
    };
    struct ConstColumn {
        const MemberTable* table;
        size_t node;
        uint8_t get(size_t row) const { return table->get(node, row); }
        bool empty() const { return !table->has(node); }
    };
    Column operator[](size_t node) { return {this, node}; }
    ConstColumn operator[](size_t node) const { return {this, node}; }

private:
    std::vector<int32_t> slot_; // per node index: its bit or byte column, -1 none
    std::vector<uint8_t> port_;
    size_t bitColumns_ = 0, byteColumns_ = 0, wordsPerRow_ = 0;
    std::vector<uint64_t> words_;
    std::vector<uint8_t> bytes_;
};

class DerivedStore {
    friend struct LiveCheckpointAccess; // saved and restored by core/checkpoint

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
