// top (a rank cut: needs its whole input, so it is a barrier), split (deterministic MD5
// buckets) and derive from an expression (a whole new column).
#include "exec/node_task.h"
#include "util/md5.h"

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

// Orders customer rows by key ascending: numeric for numeric keys, bytes for strings.
bool keyLess(const Column& key, uint32_t a, uint32_t b)
{
    switch (key.type()) {
    case DataType::String: return key.stringAt(a) < key.stringAt(b);
    case DataType::Double: return key.doubleAt(a) < key.doubleAt(b);
    case DataType::Int:
    case DataType::Timestamp: return key.intAt(a) < key.intAt(b);
    case DataType::Date: return key.dateAt(a) < key.dateAt(b);
    case DataType::Bool: return key.boolAt(a) < key.boolAt(b);
    }
    return a < b;
}

// k = ceil(n * percent / 100). A product within 1e-9 (relative) of a whole number counts as
// that number, so "33.3 % of 1000" is 333 as in decimal arithmetic, not 334.
size_t topCount(size_t n, const Node& node)
{
    if (node.count)
        return std::min(static_cast<size_t>(std::max<int64_t>(0, *node.count)), n);
    const double q = static_cast<double>(n) * *node.percent / 100.0;
    const double r = std::nearbyint(q);
    const double k = std::fabs(q - r) <= 1e-9 * std::max(1.0, q) ? r : std::ceil(q);
    return std::min(n, static_cast<size_t>(k));
}

template <class V> struct Ranked {
    V value;
    uint32_t row;
};

template <class V, class Get>
void selectTop(const Bitset& candidates, const Column& key, size_t (*count)(size_t, const Node&), const Node& node,
               Get get, Bitset& out)
{
    std::vector<Ranked<V>> items;
    items.reserve(candidates.count());
    candidates.forEach([&](size_t r) { items.push_back({get(r), static_cast<uint32_t>(r)}); });
    const size_t k = count(items.size(), node);
    const bool asc = node.ascending;
    auto before = [&](const Ranked<V>& a, const Ranked<V>& b) {
        if (a.value != b.value)
            return asc ? a.value < b.value : b.value < a.value;
        return keyLess(key, a.row, b.row);
    };
    if (k < items.size())
        std::nth_element(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(k), items.end(), before);
    for (size_t i = 0; i < k; ++i)
        out.set(items[i].row);
}

class TopTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    bool partitioned() const override { return false; }
    void runWords(size_t, size_t) override
    {
        const Column& field = ctx_.column(bound_.field);
        const Column& key = ctx_.data.customers.key();
        Bitset candidates = field.validity();
        if (const Bitset* in = optionalInput())
            candidates &= *in;
        out_ = std::make_shared<Bitset>(ctx_.rows);
        const Node& node = *bound_.node;
        switch (field.type()) {
        case DataType::Double:
            selectTop<double>(candidates, key, topCount, node, [&](size_t r) { return field.doubleAt(r); }, *out_);
            break;
        case DataType::String:
            selectTop<std::string_view>(candidates, key, topCount, node, [&](size_t r) { return field.stringAt(r); }, *out_);
            break;
        case DataType::Date:
            selectTop<int64_t>(candidates, key, topCount, node, [&](size_t r) { return int64_t{field.dateAt(r)}; }, *out_);
            break;
        case DataType::Bool:
            selectTop<int64_t>(candidates, key, topCount, node, [&](size_t r) { return int64_t{field.boolAt(r)}; }, *out_);
            break;
        default:
            selectTop<int64_t>(candidates, key, topCount, node, [&](size_t r) { return field.intAt(r); }, *out_);
            break;
        }
    }
    NodeOutput finish() override { return NodeOutput{{out_}, nullptr}; }

private:
    std::shared_ptr<Bitset> out_;
};

class SplitTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    void prepare() override
    {
        input_ = optionalInput();
        for (size_t i = 0; i < bound_.ports.size(); ++i)
            outs_.push_back(std::make_shared<Bitset>(ctx_.rows));
    }
    void runWords(size_t fw, size_t lw) override
    {
        const Column& key = ctx_.data.customers.key();
        const Bitset& members = input_ ? *input_ : *ctx_.universe;
        std::string text = bound_.node->seed + ":";
        const size_t prefix = text.size();
        members.forEachInWords(fw, lw, [&](size_t r) {
            text.resize(prefix);
            text += key.type() == DataType::String ? std::string(key.stringAt(r)) : key.textAt(r);
            // 100·u is exact in double: h·100 < 2^39 and the division is by a power of two.
            const double u100 = 100.0 * static_cast<double>(md5Prefix32(text)) / 4294967296.0;
            size_t part = 0;
            while (part + 1 < bound_.cumulative.size() && !(u100 < bound_.cumulative[part]))
                ++part;
            outs_[part]->set(r);
        });
    }
    NodeOutput finish() override
    {
        NodeOutput out;
        out.sets.assign(outs_.begin(), outs_.end());
        return out;
    }

private:
    const Bitset* input_ = nullptr;
    std::vector<std::shared_ptr<Bitset>> outs_;
};

class DeriveExpressionTask final : public NodeTask {
public:
    using NodeTask::NodeTask;
    bool partitioned() const override { return false; }
    void runWords(size_t, size_t) override
    {
        column_ = std::make_shared<const Column>(
            evalColumn(*bound_.expr, ctx_.evalContext(), ctx_.rows, bound_.node->name));
    }
    NodeOutput finish() override { return NodeOutput{{}, column_}; }

private:
    std::shared_ptr<const Column> column_;
};

} // namespace

std::unique_ptr<NodeTask> makeWholeTask(ExecContext& ctx, int index)
{
    switch (ctx.graph.nodes[static_cast<size_t>(index)].node->type) {
    case NodeType::Top: return std::make_unique<TopTask>(ctx, index);
    case NodeType::Split: return std::make_unique<SplitTask>(ctx, index);
    default: return std::make_unique<DeriveExpressionTask>(ctx, index);
    }
}

} // namespace seg
