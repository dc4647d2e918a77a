#pragma once
// The live form of a `top` node: every candidate (input member with a non-NULL field) in an
// order-statistic tree ordered exactly as the batch cut orders them (value descending, or
// ascending with "order":"asc"; ties by key, exec/top_task.cpp's keyLess). Members are the
// first k = topCount(n) entries. A change near the cut moves other customers across it;
// update() returns every customer whose membership changed, so they get their triggers.
#include "data/column.h"
#include "data/value.h"
#include "graph/graph.h"

#include <ext/pb_ds/assoc_container.hpp>
#include <ext/pb_ds/tree_policy.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace seg {

struct LiveCheckpointAccess; // core/checkpoint/live_state_codec.cpp

class LiveTop {
    // The live state is saved and restored as a whole (core/checkpoint).
    friend struct LiveCheckpointAccess;

public:
    // A candidate in the tree: its value's 8 bytes (int64, or a double's bits) and its row;
    // string values live in strings_ (by row), so an entry stays 16 bytes.
    struct Entry {
        uint64_t raw = 0;
        uint32_t row = 0;
    };
    struct Before {
        DataType type = DataType::Int;
        bool ascending = false;
        const Column* const* key = nullptr; // the owner's key column pointer (it may move)
        const std::vector<std::string>* strings = nullptr;
        bool operator()(const Entry& a, const Entry& b) const;
    };

    // A cut decided outside this tree (several workers, stream --partition): the last member
    // of the top-N over every worker's candidates, as its value and key text; or everyone /
    // nobody. With it, settle() counts a candidate as a member when it is not after `last`.
    struct GlobalCut {
        enum Kind { Everyone, Nobody, UpTo } kind = UpTo;
        uint64_t raw = 0;       // the value as the tree keeps it (int64, a double's bits)
        std::string text;       // string fields: the value
        std::string key;        // the key's text
    };

    // `key` points at the key column pointer, which may be changed to a longer column.
    LiveTop(const Node& node, DataType fieldType, const Column* const* key, size_t customers);
    // One more customer (created by a profile update), not a candidate yet.
    void addCustomer();

    // Sets customer `row`'s candidate value (null: not a candidate). Call for every changed
    // customer, then settle().
    void set(uint32_t row, const Value& value);
    // Recomputes the cut. Customers whose membership changed (the changed ones and those the
    // cut moved over) are appended to `changed` (each once); member() gives the new state.
    void settle(std::vector<uint32_t>& changed);
    bool member(uint32_t row) const { return member_[row] != 0; }
    size_t candidates() const { return tree_.size(); }
    size_t cut() const { return k_; }

    // Sets (or clears: the local cut again) the global cut; the next settle() applies it.
    void setGlobalCut(std::optional<GlobalCut> cut) { global_ = std::move(cut); }
    bool hasGlobalCut() const { return global_.has_value(); }
    // The candidate at `rank` in the cut's order (rank < candidates()), as a cut would name it.
    GlobalCut entryAt(size_t rank) const;
    // True when a comes before b in the cut's order (value, then key).
    bool before(const GlobalCut& a, const GlobalCut& b) const;
    const Node& node() const { return node_; }

private:
    using Tree = __gnu_pbds::tree<Entry, __gnu_pbds::null_type, Before, __gnu_pbds::rb_tree_tag,
                                  __gnu_pbds::tree_order_statistics_node_update>;
    Entry entryOf(uint32_t row) const { return Entry{raw_[row], row}; }
    // Candidates not after the global cut (a binary search over ranks).
    size_t globalCount() const;

    const Node& node_;
    DataType type_;
    std::vector<uint64_t> raw_;       // per customer: its value while it is a candidate
    std::vector<std::string> strings_; // per customer (string fields): its value while a candidate
    Tree tree_;
    std::vector<uint8_t> inTree_;
    std::vector<uint8_t> member_;
    std::vector<uint32_t> touched_; // customers set() since the last settle()
    size_t modifications_ = 0;
    size_t k_ = 0;
    std::optional<GlobalCut> global_;
};

} // namespace seg
