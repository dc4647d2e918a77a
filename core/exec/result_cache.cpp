#include "exec/result_cache.h"

#include "graph/graph_io.h"

#include <cstdio>

namespace seg {

std::optional<NodeOutput> ResultCache::find(const std::string& key) const
{
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end())
        return std::nullopt;
    return it->second;
}

void ResultCache::store(const std::string& key, const NodeOutput& output)
{
    std::lock_guard lock(mutex_);
    entries_[key] = output;
}

void ResultCache::retainOnly(const std::set<std::string>& keep)
{
    std::lock_guard lock(mutex_);
    for (auto it = entries_.begin(); it != entries_.end();)
        it = keep.count(it->first) ? std::next(it) : entries_.erase(it);
}

void ResultCache::clear()
{
    std::lock_guard lock(mutex_);
    entries_.clear();
    splitMemos_.clear();
}

std::shared_ptr<SplitMemo> ResultCache::takeSplitMemo(const std::string& key, size_t rows, size_t parts)
{
    std::lock_guard lock(mutex_);
    const auto it = splitMemos_.find(key);
    if (it != splitMemos_.end()) {
        std::shared_ptr<SplitMemo> memo = std::move(it->second);
        splitMemos_.erase(it);
        if (memo->known.size() == rows && memo->parts.size() == parts)
            return memo;
    }
    auto memo = std::make_shared<SplitMemo>();
    memo->parts.assign(parts, Bitset(rows));
    memo->known = Bitset(rows);
    return memo;
}

void ResultCache::returnSplitMemo(const std::string& key, std::shared_ptr<SplitMemo> memo)
{
    std::lock_guard lock(mutex_);
    // A few splits' worth (a bitset per part each); memos of other data versions go first.
    constexpr size_t kMaxMemos = 4;
    if (splitMemos_.size() >= kMaxMemos)
        splitMemos_.clear();
    splitMemos_[key] = std::move(memo);
}

size_t ResultCache::size() const
{
    std::lock_guard lock(mutex_);
    return entries_.size();
}

namespace {

uint64_t fnv1a(std::string_view s)
{
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

std::vector<std::string> computeCacheKeys(const BoundGraph& g, uint64_t dataVersion)
{
    std::vector<std::string> keys(g.nodes.size());
    char prefix[64];
    std::snprintf(prefix, sizeof prefix, "v%llu|asof%d|", static_cast<unsigned long long>(dataVersion), g.asOf);
    for (int i : g.topoOrder) {
        const BoundNode& bn = g.nodes[static_cast<size_t>(i)];
        Json def = nodeToJson(*bn.node);
        // Presentation-only fields do not change the members.
        for (const char* field : {"label", "description", "expected"})
            def.erase(field);
        std::string key = prefix + def.dump();
        for (int d : bn.deps) {
            char buf[24];
            std::snprintf(buf, sizeof buf, "|%016llx",
                          static_cast<unsigned long long>(fnv1a(keys[static_cast<size_t>(d)])));
            key += buf;
        }
        keys[static_cast<size_t>(i)] = std::move(key);
    }
    return keys;
}

} // namespace seg
