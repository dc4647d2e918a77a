#include "exec/executor.h"

#include "exec/node_task.h"
#include "exec/result_cache.h"
#include "util/error.h"

#include <atomic>

#include <tbb/blocked_range.h>
#include <tbb/global_control.h>
#include <tbb/info.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>
#include <tbb/task_group.h>

#include <chrono>
#include <exception>
#include <memory>
#include <set>

namespace seg {

namespace {

using Clock = std::chrono::steady_clock;

class Executor {
public:
    Executor(const BoundGraph& g, const Plan& plan, const RunOptions& options)
        : g_(g), plan_(plan), options_(options), ctx_(g, *g.data)
    {
        ctx_.cancel = options.cancel;
        ctx_.parallel = plan.strategy != Strategy::Sequential;
        for (const auto& pn : plan.nodes)
            order_.push_back(g.indexOf(pn.id));
        runs_.resize(g.nodes.size());
        // Each node is a unit of its own, except scan groups: the group's first node runs the
        // whole group and the others are not run on their own (they have no inputs, so running
        // them at the first one's turn keeps every dependency order).
        units_.resize(g.nodes.size());
        for (int i : order_)
            units_[static_cast<size_t>(i)] = {i};
        for (const ScanGroup& sg : plan.scanGroups) {
            std::vector<int> members;
            for (const auto& id : sg.nodes)
                members.push_back(g.indexOf(id));
            for (int m : members)
                units_[static_cast<size_t>(m)].clear();
            units_[static_cast<size_t>(members.front())] = members;
        }
        ctx_.cache = options.cache;
        ctx_.dataKey = reinterpret_cast<uintptr_t>(g.data) * 31 + g.data->version;
        if (options.cache)
            keys_ = computeCacheKeys(g, ctx_.dataKey);
    }

    RunResult run()
    {
        start_ = Clock::now();
        if (plan_.strategy == Strategy::Sequential) {
            for (int i : order_)
                runUnit(i, false);
        } else {
            // TBB caps workers at the core count by default; a run asked for more threads (to
            // measure scaling, or on a machine whose cores are hidden by a quota) gets them.
            tbb::global_control allow(tbb::global_control::max_allowed_parallelism,
                                      static_cast<size_t>(std::max(plan_.threads, tbb::info::default_concurrency())));
            tbb::task_arena arena(plan_.threads);
            arena.execute([&] {
                if (plan_.strategy == Strategy::Parallel)
                    for (int i : order_)
                        runUnit(i, true);
                else
                    runHybrid();
            });
        }
        return collect();
    }

private:
    double sinceStart() const { return std::chrono::duration<double, std::milli>(Clock::now() - start_).count(); }

    int workerId() const
    {
        const int slot = tbb::this_task_arena::current_thread_index();
        return slot == tbb::task_arena::not_initialized ? 1 : slot + 1;
    }

    void runHybrid()
    {
        std::vector<std::atomic<int>> waiting(g_.nodes.size());
        std::vector<std::vector<int>> users(g_.nodes.size());
        std::vector<char> inPlan(g_.nodes.size(), 0);
        for (int i : order_)
            inPlan[static_cast<size_t>(i)] = 1;
        for (int i : order_) {
            waiting[static_cast<size_t>(i)] = static_cast<int>(g_.nodes[static_cast<size_t>(i)].deps.size());
            for (int d : g_.nodes[static_cast<size_t>(i)].deps)
                users[static_cast<size_t>(d)].push_back(i);
        }
        tbb::task_group group;
        std::function<void(int)> launch = [&](int i) {
            group.run([&, i] {
                runUnit(i, true);
                for (int m : units_[static_cast<size_t>(i)])
                    for (int u : users[static_cast<size_t>(m)])
                        if (inPlan[static_cast<size_t>(u)] && --waiting[static_cast<size_t>(u)] == 0)
                            launch(u);
            });
        };
        // Collect the roots before launching any: once tasks run, counters of other nodes reach
        // zero too, and those nodes are launched by the task that finished their last input.
        std::vector<int> roots;
        for (int i : order_)
            if (waiting[static_cast<size_t>(i)] == 0 && !units_[static_cast<size_t>(i)].empty())
                roots.push_back(i);
        for (int i : roots)
            launch(i);
        group.wait();
    }

    // Why a node cannot run: a dependency that did not finish ok, or cancellation.
    bool blocked(int i, NodeRun& run) const
    {
        for (int d : g_.nodes[static_cast<size_t>(i)].deps) {
            const NodeRun& dep = runs_[static_cast<size_t>(d)];
            if (dep.status == NodeStatus::Ok)
                continue;
            run.status = dep.status == NodeStatus::Cancelled ? NodeStatus::Cancelled : NodeStatus::Skipped;
            run.error = dep.status == NodeStatus::Cancelled ? "run cancelled"
                : dep.status == NodeStatus::Failed        ? "input '" + dep.id + "' failed"
                                                          : "input '" + dep.id + "' was skipped";
            return true;
        }
        if (options_.cancel && options_.cancel->load()) {
            run.status = NodeStatus::Cancelled;
            run.error = "run cancelled";
            return true;
        }
        return false;
    }

    // One node of a unit on its way through evaluation.
    struct Pending {
        int index = -1;
        NodeRun run;
        std::unique_ptr<NodeTask> task; // null once settled (blocked, cached or failed)
        std::vector<const Bitset*> counted;
        std::atomic<size_t> members{0};
        const std::string* key = nullptr;
    };

    // Runs node i's unit (itself, or its scan group; nothing for a scan group's later nodes).
    void runUnit(int i, bool dataParallel)
    {
        const std::vector<int>& unit = units_[static_cast<size_t>(i)];
        if (unit.empty())
            return;
        const double start = sinceStart();
        std::vector<Pending> nodes(unit.size());
        for (size_t k = 0; k < unit.size(); ++k) {
            Pending& p = nodes[k];
            p.index = unit[k];
            p.run.id = g_.nodes[static_cast<size_t>(p.index)].node->id;
            p.run.type = g_.nodes[static_cast<size_t>(p.index)].node->type;
            p.run.worker = plan_.strategy == Strategy::Sequential ? 1 : workerId();
            if (!blocked(p.index, p.run))
                guarded(p, [&] { startNode(p); });
        }
        runPartitions(nodes, dataParallel);
        for (Pending& p : nodes)
            if (p.task)
                guarded(p, [&] { finishTask(p); });
        // One pass served every node of a group: its time is shared out evenly, in order.
        const double end = sinceStart(), share = (end - start) / static_cast<double>(nodes.size());
        for (size_t k = 0; k < nodes.size(); ++k) {
            NodeRun& run = nodes[k].run;
            run.startMs = start + share * static_cast<double>(k);
            run.endMs = k + 1 == nodes.size() ? end : start + share * static_cast<double>(k + 1);
            runs_[static_cast<size_t>(nodes[k].index)] = run;
            if (options_.onNodeFinished)
                options_.onNodeFinished(run);
        }
    }

    // Calls f; a cancellation or an error settles p (the task is dropped).
    template <class F> void guarded(Pending& p, F&& f)
    {
        try {
            f();
            return;
        } catch (const Cancelled&) {
            p.run.status = NodeStatus::Cancelled;
            p.run.error = "run cancelled";
        } catch (const std::exception& e) {
            p.run.status = NodeStatus::Failed;
            p.run.error = e.what();
        }
        p.task.reset();
    }

    // A cached result settles the node; otherwise its task is prepared.
    void startNode(Pending& p)
    {
        const BoundNode& bn = g_.nodes[static_cast<size_t>(p.index)];
        if (!bn.runtimeError.empty())
            throw Error(bn.runtimeError);
        p.key = keys_.empty() ? nullptr : &keys_[static_cast<size_t>(p.index)];
        if (p.key) {
            if (auto hit = options_.cache->find(*p.key)) {
                p.run.cached = true;
                finishNode(p.index, std::move(*hit), p.run);
                return;
            }
        }
        p.task = NodeTask::create(ctx_, p.index);
        p.task->prepare();
        if (bn.producesSet)
            p.counted = p.task->setsFilledByRange();
    }

    // The word ranges of every unsettled task. Partitioned tasks share one loop over the
    // partitions, each partition running every task before the next (so a scan group reads
    // its column's partition once); the others run over all words.
    void runPartitions(std::vector<Pending>& nodes, bool dataParallel)
    {
        std::vector<Pending*> split;
        auto runRange = [&](Pending& p, size_t fw, size_t lw) {
            ctx_.checkCancel();
            p.task->runWords(fw, lw);
            size_t n = 0;
            for (const Bitset* set : p.counted)
                n += set->countWords(fw, lw);
            p.members.fetch_add(n, std::memory_order_relaxed);
        };
        const size_t words = ctx_.words;
        const size_t partWords = kPartitionRows / 64;
        const size_t parts = (words + partWords - 1) / partWords;
        for (Pending& p : nodes)
            if (p.task) {
                if (p.task->partitioned() && parts > 1)
                    split.push_back(&p);
                else
                    guarded(p, [&] { runRange(p, 0, words); });
            }
        if (split.empty())
            return;
        auto runPart = [&](size_t part) {
            for (Pending* p : split)
                runRange(*p, part * partWords, std::min(words, (part + 1) * partWords));
        };
        // A failure inside the shared loop (cancellation, in practice) settles all its nodes.
        std::exception_ptr failure;
        try {
            if (dataParallel)
                tbb::parallel_for(tbb::blocked_range<size_t>(0, parts, 1), [&](const tbb::blocked_range<size_t>& r) {
                    for (size_t part = r.begin(); part < r.end(); ++part)
                        runPart(part);
                });
            else
                for (size_t part = 0; part < parts; ++part)
                    runPart(part);
        } catch (...) {
            failure = std::current_exception();
        }
        if (failure)
            for (Pending* p : split)
                guarded(*p, [&] { std::rethrow_exception(failure); });
    }

    void finishTask(Pending& p)
    {
        const BoundNode& bn = g_.nodes[static_cast<size_t>(p.index)];
        NodeOutput out = p.task->finish();
        p.task.reset();
        if (!p.counted.empty())
            out.counted = p.members.load();
        else if (bn.producesSet && !out.counted)
            out.counted = out.size();
        if (p.key)
            options_.cache->store(*p.key, out);
        finishNode(p.index, std::move(out), p.run);
    }

    void finishNode(int i, NodeOutput out, NodeRun& run)
    {
        if (g_.nodes[static_cast<size_t>(i)].producesSet)
            run.size = out.counted ? *out.counted : out.size();
        ctx_.publish(i, std::move(out));
        run.status = NodeStatus::Ok;
    }

    RunResult collect()
    {
        RunResult r;
        r.rows = ctx_.rows;
        r.events = g_.data->events ? g_.data->events->rows() : 0;
        r.strategy = plan_.strategy;
        r.strategyReason = plan_.reason;
        r.threads = plan_.threads;
        r.asOf = g_.asOf;
        r.totalMs = sinceStart();
        std::set<std::string> usedKeys;
        for (int i : order_) {
            const NodeRun& run = runs_[static_cast<size_t>(i)];
            r.nodes.push_back(run);
            r.cancelled |= run.status == NodeStatus::Cancelled;
            if (run.status != NodeStatus::Ok)
                continue;
            const BoundNode& bn = g_.nodes[static_cast<size_t>(i)];
            const NodeOutput& out = ctx_.outputs[static_cast<size_t>(i)];
            if (bn.ports.empty() && !out.sets.empty())
                r.sets[run.id] = out.sets[0];
            for (size_t p = 0; p < bn.ports.size() && p < out.sets.size(); ++p)
                r.sets[run.id + ":" + bn.ports[p]] = out.sets[p];
            if (out.column)
                r.derived[bn.node->name] = out.column;
            if (!keys_.empty())
                usedKeys.insert(keys_[static_cast<size_t>(i)]);
        }
        if (options_.cache && !r.cancelled)
            options_.cache->retainOnly(usedKeys);
        return r;
    }

    const BoundGraph& g_;
    const Plan& plan_;
    const RunOptions& options_;
    ExecContext ctx_;
    std::vector<int> order_;
    std::vector<std::vector<int>> units_; // see the constructor
    std::vector<NodeRun> runs_;
    std::vector<std::string> keys_;
    Clock::time_point start_;
};

} // namespace

RunResult executePlan(const BoundGraph& graph, const Plan& plan, const RunOptions& options)
{
    return Executor(graph, plan, options).run();
}

} // namespace seg
