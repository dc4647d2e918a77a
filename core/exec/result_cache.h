#pragma once
// Results of earlier runs, keyed by what determines them: the node's definition (without its
// label), the keys of its inputs, as_of and the data version. After one edit only the edited
// node and what depends on it get new keys, so only they are computed again.
#include "exec/node_task.h"

#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

namespace seg {

// Split parts already hashed for some customers: the part index per row, and which rows are
// known. A split's part depends only on (key, seed, percents), not on its input set, so after
// an edit upstream a re-run hashes only the rows it has not seen before.
struct SplitMemo {
    std::vector<Bitset> parts; // per part: the known rows that fall into it
    Bitset known;
};

class ResultCache {
public:
    std::optional<NodeOutput> find(const std::string& key) const;
    void store(const std::string& key, const NodeOutput& output);
    // Drops every entry whose key is not in `keep` (the keys of the last run), so the cache
    // holds at most one graph's worth of results.
    void retainOnly(const std::set<std::string>& keep);
    void clear();
    size_t size() const;

    // Hands the memo for `key` to one split task (a new empty one for `rows` customers and
    // `parts` parts if there is none, or if another run holds it); the task gives it back.
    std::shared_ptr<SplitMemo> takeSplitMemo(const std::string& key, size_t rows, size_t parts);
    void returnSplitMemo(const std::string& key, std::shared_ptr<SplitMemo> memo);

private:
    mutable std::mutex mutex_;
    std::unordered_map<std::string, NodeOutput> entries_;
    std::unordered_map<std::string, std::shared_ptr<SplitMemo>> splitMemos_;
};

// Cache keys for every node of the bound graph (empty string for nodes that cannot be keyed).
std::vector<std::string> computeCacheKeys(const BoundGraph& g, uint64_t dataVersion);

} // namespace seg
