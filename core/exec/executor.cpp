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

#include <atomic>
#include <chrono>
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
                runNode(i, false);
        } else {
            // TBB caps workers at the core count by default; a run asked for more threads (to
            // measure scaling, or on a machine whose cores are hidden by a quota) gets them.
            tbb::global_control allow(tbb::global_control::max_allowed_parallelism,
                                      static_cast<size_t>(std::max(plan_.threads, tbb::info::default_concurrency())));
            tbb::task_arena arena(plan_.threads);
            arena.execute([&] {
                if (plan_.strategy == Strategy::Parallel)
                    for (int i : order_)
                        runNode(i, true);
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
                runNode(i, true);
                for (int u : users[static_cast<size_t>(i)])
                    if (inPlan[static_cast<size_t>(u)] && --waiting[static_cast<size_t>(u)] == 0)
                        launch(u);
            });
        };
        // Collect the roots before launching any: once tasks run, counters of other nodes reach
        // zero too, and those nodes are launched by the task that finished their last input.
        std::vector<int> roots;
        for (int i : order_)
            if (waiting[static_cast<size_t>(i)] == 0)
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

    void runNode(int i, bool dataParallel)
    {
        const BoundNode& bn = g_.nodes[static_cast<size_t>(i)];
        NodeRun run;
        run.id = bn.node->id;
        run.type = bn.node->type;
        run.worker = plan_.strategy == Strategy::Sequential ? 1 : workerId();
        run.startMs = sinceStart();
        if (!blocked(i, run)) {
            try {
                evaluate(i, dataParallel, run);
            } catch (const Cancelled&) {
                run.status = NodeStatus::Cancelled;
                run.error = "run cancelled";
            } catch (const std::exception& e) {
                run.status = NodeStatus::Failed;
                run.error = e.what();
            }
        }
        run.endMs = sinceStart();
        runs_[static_cast<size_t>(i)] = run;
        if (options_.onNodeFinished)
            options_.onNodeFinished(run);
    }

    void evaluate(int i, bool dataParallel, NodeRun& run)
    {
        const BoundNode& bn = g_.nodes[static_cast<size_t>(i)];
        if (!bn.runtimeError.empty())
            throw Error(bn.runtimeError);
        const std::string* key = keys_.empty() ? nullptr : &keys_[static_cast<size_t>(i)];
        if (key) {
            if (auto hit = options_.cache->find(*key)) {
                run.cached = true;
                finishNode(i, std::move(*hit), run);
                return;
            }
        }
        auto task = NodeTask::create(ctx_, i);
        task->prepare();
        const std::vector<const Bitset*> counted = bn.producesSet ? task->setsFilledByRange() : std::vector<const Bitset*>{};
        std::atomic<size_t> members{0};
        auto runRange = [&](size_t fw, size_t lw) {
            ctx_.checkCancel();
            task->runWords(fw, lw);
            size_t n = 0;
            for (const Bitset* set : counted)
                n += set->countWords(fw, lw);
            members.fetch_add(n, std::memory_order_relaxed);
        };
        const size_t words = ctx_.words;
        const size_t partWords = kPartitionRows / 64;
        const size_t parts = (words + partWords - 1) / partWords;
        if (!task->partitioned() || parts <= 1) {
            runRange(0, words);
        } else if (dataParallel) {
            tbb::parallel_for(tbb::blocked_range<size_t>(0, parts, 1), [&](const tbb::blocked_range<size_t>& r) {
                for (size_t p = r.begin(); p < r.end(); ++p)
                    runRange(p * partWords, std::min(words, (p + 1) * partWords));
            });
        } else {
            for (size_t p = 0; p < parts; ++p)
                runRange(p * partWords, std::min(words, (p + 1) * partWords));
        }
        NodeOutput out = task->finish();
        if (!counted.empty())
            out.counted = members.load();
        else if (bn.producesSet && !out.counted)
            out.counted = out.size();
        if (key)
            options_.cache->store(*key, out);
        finishNode(i, std::move(out), run);
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
