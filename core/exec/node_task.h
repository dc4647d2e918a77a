#pragma once
// The batch form of each node type. A task is prepared once, then runs over word ranges of the
// customer bitsets (several workers at once when partitioned()), then finishes on one worker.
#include "bind/bound_graph.h"
#include "expr/expr.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace seg {

class ResultCache;

struct NodeOutput {
    std::vector<std::shared_ptr<const Bitset>> sets; // one per port (one when no ports); empty for derive
    std::shared_ptr<const Column> column;            // derive
    size_t size() const;                             // members over all ports
    // size(), counted once when the node is computed: a cached result is reused without
    // counting its sets again (a popcount over every set made a cached re-run slow).
    std::optional<size_t> counted = std::nullopt;
};

struct ExecContext {
    const BoundGraph& graph;
    const Dataset& data;
    size_t rows = 0;
    size_t words = 0;
    std::vector<const Column*> slots;  // customer columns, then derived columns as they are made
    std::vector<NodeOutput> outputs;   // per node index
    std::shared_ptr<const Bitset> universe;
    const std::atomic<bool>* cancel = nullptr;
    bool parallel = false; // the strategy lets a node's preparation use the arena's workers too
    ResultCache* cache = nullptr; // the run's result cache, if any (split keeps its hashes there)
    uint64_t dataKey = 0;         // identifies the data set and its version in cache keys
    // Work several tasks of this run share, made by the first task that asks (under the
    // mutex): the behavior nodes' common pass over the events (exec/event_tasks.cpp).
    std::mutex sharedMutex;
    bool behaviorGroupDecided = false;
    std::shared_ptr<void> behaviorGroup;

    ExecContext(const BoundGraph& g, const Dataset& d);
    EvalContext evalContext() const { return EvalContext{slots, graph.asOf}; }
    const Bitset& input(const InputRef& ref) const;
    const Column& column(const FieldRef& f) const { return *slots[static_cast<size_t>(f.slot)]; }
    // The expression a derived slot is computed from, or null (a customer column, or a derive
    // from events).
    const CompiledExpr* derivedExpr(int slot) const;
    void checkCancel() const;
    // Makes a finished node's output visible to its dependents (derived columns into slots).
    void publish(int node, NodeOutput out);
};

class NodeTask {
public:
    NodeTask(ExecContext& ctx, int index) : ctx_(ctx), index_(index), bound_(ctx.graph.nodes[static_cast<size_t>(index)]) {}
    virtual ~NodeTask() = default;

    // Whether runWords may be called concurrently on disjoint word ranges.
    virtual bool partitioned() const { return true; }
    virtual void prepare() {}
    virtual void runWords(size_t firstWord, size_t lastWord) = 0;
    virtual NodeOutput finish() = 0;
    // The sets runWords fills completely over its range (known after prepare()). The executor
    // counts their members range by range, on the worker that just wrote the words and while
    // they are in cache, instead of one pass over every set after finish(). Empty when the
    // members are known only at finish (top) or the node makes no set.
    virtual std::vector<const Bitset*> setsFilledByRange() const { return {}; }

    static std::unique_ptr<NodeTask> create(ExecContext& ctx, int index);

protected:
    // The node's optional single input, or null when it works on U.
    const Bitset* optionalInput() const { return bound_.inputs.empty() ? nullptr : &ctx_.input(bound_.inputs[0]); }
    // The sets behind a task's output pointers (for setsFilledByRange).
    static std::vector<const Bitset*> setsOf(const std::vector<std::shared_ptr<Bitset>>& outs)
    {
        std::vector<const Bitset*> sets;
        for (const auto& s : outs)
            sets.push_back(s.get());
        return sets;
    }
    // out[w] &= input[w] over the range, for nodes with an optional input.
    static void intersect(Bitset& out, const Bitset* in, size_t fw, size_t lw)
    {
        if (!in)
            return;
        for (size_t w = fw; w < lw; ++w)
            out.words()[w] &= in->words()[w];
    }

    ExecContext& ctx_;
    int index_;
    const BoundNode& bound_;
};

std::unique_ptr<NodeTask> makeSetTask(ExecContext& ctx, int index);   // condition expression and or except not segment priority
std::unique_ptr<NodeTask> makeEventTask(ExecContext& ctx, int index); // behavior, derive from events
std::unique_ptr<NodeTask> makeWholeTask(ExecContext& ctx, int index); // top, split, derive from expression
std::unique_ptr<NodeTask> makeTopTask(ExecContext& ctx, int index);   // top (top_task.cpp)
std::unique_ptr<NodeTask> makeExpressionTask(ExecContext& ctx, int index); // expression (expression_task.cpp)
std::unique_ptr<NodeTask> makeSplitTask(ExecContext& ctx, int index); // split (split_task.cpp)

// top's definition, shared with the live evaluator (core/live) so both cut the same way
// (top_task.cpp): k of n candidates, and the key order that breaks ties between equal values.
size_t topCount(size_t n, const Node& node);
bool keyLess(const Column& key, uint32_t a, uint32_t b);

} // namespace seg
