#include "live/live_top.h"

#include "exec/node_task.h"

#include <algorithm>

namespace seg {

bool LiveTop::Before::operator()(const Entry& a, const Entry& b) const
{
    switch (type) {
    case DataType::Double:
        if (a.d != b.d)
            return ascending ? a.d < b.d : b.d < a.d;
        break;
    case DataType::String:
        if (a.s != b.s)
            return ascending ? a.s < b.s : b.s < a.s;
        break;
    default:
        if (a.i != b.i)
            return ascending ? a.i < b.i : b.i < a.i;
        break;
    }
    if (a.row == b.row)
        return false;
    return keyLess(*key, a.row, b.row);
}

LiveTop::LiveTop(const Node& node, DataType fieldType, const Column& key, size_t customers)
    : node_(node), type_(fieldType), tree_(Before{fieldType, node.ascending, &key}), entries_(customers),
      inTree_(customers, 0), member_(customers, 0)
{
}

void LiveTop::set(uint32_t row, const Value& value)
{
    if (inTree_[row] && !value.null) {
        const Entry& e = entries_[row];
        const bool same = type_ == DataType::Double ? e.d == value.d
            : type_ == DataType::String             ? e.s == value.s
                                                    : e.i == value.i;
        if (same)
            return; // same place in the order: nothing moves
    } else if (!inTree_[row] && value.null) {
        return;
    }
    if (inTree_[row]) {
        tree_.erase(entries_[row]);
        ++modifications_;
    }
    inTree_[row] = !value.null;
    if (!value.null) {
        Entry& e = entries_[row];
        e.row = row;
        e.i = value.i;
        e.d = value.d;
        e.s = value.s;
        tree_.insert(e);
        ++modifications_;
    } else {
        entries_[row].s.clear();
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
        assign(row, inTree_[row] && tree_.order_of_key(entries_[row]) < k_);
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
