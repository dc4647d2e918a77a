#include "plan/planner.h"

#include "bind/bound_graph.h"
#include "plan/cost_model.h"
#include "util/error.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <thread>

namespace seg {

const PlanNode* Plan::find(std::string_view id) const
{
    for (const auto& n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

int resolveThreads(int threads)
{
    if (threads > 0)
        return threads;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

namespace {

std::string ms(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f ms", v);
    return buf;
}

// Longest cost path through the needed nodes; marks it on the plan.
void markCriticalPath(Plan& plan, const std::map<std::string, size_t, std::less<>>& pos)
{
    std::vector<double> finish(plan.nodes.size(), 0);
    std::vector<int> prev(plan.nodes.size(), -1);
    for (size_t i = 0; i < plan.nodes.size(); ++i) {
        double start = 0;
        for (const auto& d : plan.nodes[i].deps) {
            const size_t j = pos.at(d);
            if (finish[j] > start) {
                start = finish[j];
                prev[i] = static_cast<int>(j);
            }
        }
        finish[i] = start + plan.nodes[i].cost;
    }
    if (plan.nodes.empty())
        return;
    int at = static_cast<int>(std::max_element(finish.begin(), finish.end()) - finish.begin());
    for (; at >= 0; at = prev[static_cast<size_t>(at)]) { // from the end back: reversed below
        plan.nodes[static_cast<size_t>(at)].onCriticalPath = true;
        plan.criticalPath.push_back(plan.nodes[static_cast<size_t>(at)].id);
    }
    std::reverse(plan.criticalPath.begin(), plan.criticalPath.end());
}

} // namespace

namespace {

// Conditions that need nothing but a customer column, grouped by that column (ScanGroup).
std::vector<ScanGroup> scanGroupsOf(const BoundGraph& g, const Plan& plan)
{
    std::vector<ScanGroup> groups;
    std::map<int, size_t> bySlot;
    for (const PlanNode& pn : plan.nodes) {
        const BoundNode& bn = g.nodes[static_cast<size_t>(g.indexOf(pn.id))];
        const int slot = bn.field.slot;
        if (bn.node->type != NodeType::Condition || !bn.deps.empty() || !bn.runtimeError.empty() || slot < 0
            || slot >= g.customerColumns)
            continue;
        auto [it, added] = bySlot.emplace(slot, groups.size());
        if (added)
            groups.push_back(ScanGroup{g.data->customers.table.columns[static_cast<size_t>(slot)].name(), {}});
        groups[it->second].nodes.push_back(pn.id);
    }
    std::erase_if(groups, [](const ScanGroup& sg) { return sg.nodes.size() < 2; });
    return groups;
}

} // namespace

Plan buildPlan(const BoundGraph& g, Strategy strategy, int threads, bool allNodes)
{
    const CostModel model;
    Plan plan;
    plan.requested = strategy;
    plan.threads = resolveThreads(threads);
    plan.rows = g.data->customers.rows();
    plan.events = g.data->events ? g.data->events->rows() : 0;
    plan.partitions = std::max<size_t>(1, (plan.rows + kPartitionRows - 1) / kPartitionRows);

    std::map<std::string, size_t, std::less<>> pos;
    for (int idx : g.neededNodes(allNodes)) {
        const BoundNode& bn = g.nodes[static_cast<size_t>(idx)];
        PlanNode pn;
        pn.id = bn.node->id;
        pn.type = bn.node->type;
        pn.label = bn.node->displayName();
        for (int d : bn.deps)
            pn.deps.push_back(g.nodes[static_cast<size_t>(d)].node->id);
        for (int d : bn.implicitDeps)
            pn.implicitDeps.push_back(g.nodes[static_cast<size_t>(d)].node->id);
        std::sort(pn.implicitDeps.begin(), pn.implicitDeps.end());
        pn.implicitDeps.erase(std::unique(pn.implicitDeps.begin(), pn.implicitDeps.end()), pn.implicitDeps.end());
        for (const auto& d : pn.deps)
            pn.level = std::max(pn.level, plan.nodes[pos.at(d)].level + 1);
        pn.cost = estimateNodeCostMs(g, idx, model);
        pn.partitioned = nodeIsPartitioned(bn) && plan.partitions > 1;
        pn.barrier = nodeIsBarrier(bn);
        pos[pn.id] = plan.nodes.size();
        plan.nodes.push_back(std::move(pn));
    }
    markCriticalPath(plan, pos);
    plan.scanGroups = scanGroupsOf(g, plan);

    // Strategy estimates: sequential runs everything on one worker; parallel splits each
    // partitioned node over the workers; hybrid also overlaps independent nodes, bounded by
    // the critical path.
    const double t = plan.threads;
    double sequential = 0, parallel = 0, parallelCritical = 0;
    for (const auto& n : plan.nodes) {
        sequential += n.cost;
        const double split = n.partitioned ? n.cost / std::min<double>(t, static_cast<double>(plan.partitions))
                                               + model.msParallelForOverhead
                                           : n.cost;
        parallel += split;
    }
    parallel += model.msWorkerStartup;
    {
        std::vector<double> finish(plan.nodes.size(), 0);
        for (size_t i = 0; i < plan.nodes.size(); ++i) {
            double start = 0;
            for (const auto& d : plan.nodes[i].deps)
                start = std::max(start, finish[pos.at(d)]);
            const auto& n = plan.nodes[i];
            finish[i] = start + (n.partitioned ? n.cost / t : n.cost);
            parallelCritical = std::max(parallelCritical, finish[i]);
        }
    }
    const double hybrid = std::max(sequential / t, parallelCritical)
        + model.msTaskOverhead * static_cast<double>(plan.nodes.size()) / t + model.msWorkerStartup;

    if (strategy == Strategy::Auto) {
        if (plan.threads == 1) {
            plan.strategy = Strategy::Sequential;
            plan.reason = "auto chose sequential: only 1 thread is available";
        } else {
            plan.strategy = Strategy::Sequential;
            double best = sequential;
            if (parallel < best * 0.9) {
                plan.strategy = Strategy::Parallel;
                best = parallel;
            }
            if (hybrid < best * 0.9) {
                plan.strategy = Strategy::Hybrid;
                best = hybrid;
            }
            plan.reason = "auto chose " + std::string(strategyName(plan.strategy)) + ": estimated sequential "
                + ms(sequential) + ", parallel " + ms(parallel) + ", hybrid " + ms(hybrid) + " on "
                + std::to_string(plan.threads) + " threads over " + std::to_string(plan.rows) + " customers"
                + (plan.events ? " and " + std::to_string(plan.events) + " events" : "")
                + (plan.strategy == Strategy::Sequential ? " (too little work to gain from more workers)" : "");
        }
    } else {
        plan.strategy = strategy;
        plan.reason = "requested " + std::string(strategyName(strategy));
    }
    if (plan.strategy == Strategy::Sequential)
        plan.threads = 1;
    plan.estimatedMs = plan.strategy == Strategy::Sequential ? sequential
        : plan.strategy == Strategy::Parallel                ? parallel
                                                             : hybrid;

    // Stages: what runs together. Sequential and parallel take one node at a time; hybrid runs
    // each dependency level's nodes at once (the executor starts a node as soon as its inputs
    // are done, so levels are the least overlap it achieves).
    if (plan.strategy == Strategy::Hybrid) {
        int maxLevel = -1;
        for (const auto& n : plan.nodes)
            maxLevel = std::max(maxLevel, n.level);
        plan.stages.resize(static_cast<size_t>(maxLevel + 1));
        for (const auto& n : plan.nodes)
            plan.stages[static_cast<size_t>(n.level)].nodes.push_back(n.id);
    } else {
        for (const auto& n : plan.nodes)
            plan.stages.push_back(PlanStage{{n.id}});
    }
    return plan;
}

Plan planGraph(const Graph& graph, const Dataset& data, Strategy strategy, int threads)
{
    const int32_t asOf = graph.asOf.value_or(0);
    BoundGraph g = bindGraph(graph, data, asOf);
    if (!g.diagnostics.empty()) {
        std::string text = "the graph has " + std::to_string(g.diagnostics.size()) + " problem(s):";
        for (const auto& d : g.diagnostics)
            text += "\n  " + d.toString();
        throw Error(text);
    }
    return buildPlan(g, strategy, threads);
}

} // namespace seg
