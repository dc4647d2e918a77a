#include "live/live_top.h"

#include "exec/node_task.h"

#include <algorithm>
#include <cstring>

namespace seg {

bool LiveTop::Before::operator()(const Entry& a, const Entry& b) const
{
    switch (type) {
    case DataType::Double: {
        double x, y;
        std::memcpy(&x, &a.raw, sizeof x);
        std::memcpy(&y, &b.raw, sizeof y);
        if (x != y)
            return ascending ? x < y : y < x;
        break;
    }
    case DataType::String: {
        const std::string& x = (*strings)[a.row];
        const std::string& y = (*strings)[b.row];
        if (x != y)
            return ascending ? x < y : y < x;
        break;
    }
    default: {
        const auto x = static_cast<int64_t>(a.raw), y = static_cast<int64_t>(b.raw);
        if (x != y)
            return ascending ? x < y : y < x;
        break;
    }
    }
    if (a.row == b.row)
        return false;
    return keyLess(**key, a.row, b.row);
}

LiveTop::LiveTop(const Node& node, DataType fieldType, const Column* const* key, size_t customers)
    : node_(node), type_(fieldType), raw_(customers, 0),
      strings_(fieldType == DataType::String ? customers : 0),
      tree_(Before{fieldType, node.ascending, key, &strings_}), inTree_(customers, 0), member_(customers, 0)
{
}

void LiveTop::addCustomer()
{
    raw_.push_back(0);
    if (type_ == DataType::String)
        strings_.emplace_back();
    inTree_.push_back(0);
    member_.push_back(0);
}

void LiveTop::set(uint32_t row, const Value& value)
{
    uint64_t raw = 0;
    if (type_ == DataType::Double)
        std::memcpy(&raw, &value.d, sizeof raw);
    else
        raw = static_cast<uint64_t>(value.i);
    if (inTree_[row] && !value.null) {
        const bool same = type_ == DataType::String ? strings_[row] == value.s : raw_[row] == raw;
        if (same)
            return; // same place in the order: nothing moves
    } else if (!inTree_[row] && value.null) {
        return;
    }
    if (inTree_[row]) {
        tree_.erase(entryOf(row)); // the tree still orders it by its old value
        ++modifications_;
    }
    inTree_[row] = !value.null;
    raw_[row] = raw;
    if (type_ == DataType::String)
        strings_[row] = value.null ? std::string() : value.s;
    if (!value.null) {
        tree_.insert(entryOf(row));
        ++modifications_;
    }
    touched_.push_back(row);
}

LiveTop::GlobalCut LiveTop::entryAt(size_t rank) const
{
    const Entry e = *tree_.find_by_order(rank);
    GlobalCut c;
    c.raw = e.raw;
    if (type_ == DataType::String)
        c.text = strings_[e.row];
    c.key = (**tree_.get_cmp_fn().key).textAt(e.row);
    return c;
}

bool LiveTop::before(const GlobalCut& a, const GlobalCut& b) const
{
    switch (type_) {
    case DataType::Double: {
        double x, y;
        std::memcpy(&x, &a.raw, sizeof x);
        std::memcpy(&y, &b.raw, sizeof y);
        if (x != y)
            return node_.ascending ? x < y : y < x;
        break;
    }
    case DataType::String:
        if (a.text != b.text)
            return node_.ascending ? a.text < b.text : b.text < a.text;
        break;
    default: {
        const auto x = static_cast<int64_t>(a.raw), y = static_cast<int64_t>(b.raw);
        if (x != y)
            return node_.ascending ? x < y : y < x;
        break;
    }
    }
    // Ties by key, as keyLess orders the key column: numbers as numbers, text as text.
    const Column& key = **tree_.get_cmp_fn().key;
    switch (key.type()) {
    case DataType::String: return a.key < b.key;
    case DataType::Double: return std::stod(a.key) < std::stod(b.key);
    default: return std::stoll(a.key) < std::stoll(b.key);
    }
}

size_t LiveTop::globalCount() const
{
    if (global_->kind == GlobalCut::Everyone)
        return tree_.size();
    if (global_->kind == GlobalCut::Nobody)
        return 0;
    // The first rank whose entry is after the cut.
    size_t lo = 0, hi = tree_.size();
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (before(*global_, entryAt(mid)))
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

void LiveTop::settle(std::vector<uint32_t>& changed)
{
    const size_t oldK = k_;
    k_ = global_ ? globalCount() : topCount(tree_.size(), node_);
    auto assign = [&](uint32_t row, bool in) {
        if ((member_[row] != 0) == in)
            return;
        member_[row] = in;
        changed.push_back(row);
    };
    for (uint32_t row : touched_)
        assign(row, inTree_[row] && tree_.order_of_key(entryOf(row)) < k_);
    // Each insert or erase shifts ranks by at most one, so an untouched customer can only have
    // crossed the cut if its rank is within `modifications_` of the old or the new cut.
    const size_t lo = std::min(oldK, k_) > modifications_ ? std::min(oldK, k_) - modifications_ : 0;
    const size_t hi = std::min(tree_.size(), std::max(oldK, k_) + modifications_);
    if (lo < hi) {
        auto it = tree_.find_by_order(lo);
        for (size_t rank = lo; rank < hi && it != tree_.end(); ++rank, ++it)
            assign(it->row, rank < k_);
    }
    touched_.clear();
    modifications_ = 0;
}

} // namespace seg
