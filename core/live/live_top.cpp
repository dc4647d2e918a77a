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

void LiveTop::settle(std::vector<uint32_t>& changed)
{
    const size_t oldK = k_;
    k_ = topCount(tree_.size(), node_);
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
