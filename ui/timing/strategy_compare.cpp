#include "timing/strategy_compare.h"

#include "exec/runner.h"
#include "util/error.h"

#include <algorithm>
#include <chrono>

namespace seg::ui {

double medianOf(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

bool StrategyComparison::sameResults() const
{
    for (const StrategyTiming& t : timings)
        if (t.segmentSizes != timings.front().segmentSizes)
            return false;
    return true;
}

double StrategyComparison::speedup(size_t index) const
{
    const double mine = timings.at(index).medianMs;
    return mine > 0 ? timings.front().medianMs / mine : 0.0;
}

StrategyComparison compareStrategies(const Graph& graph, const Dataset& data, int threads, int repetitions,
                                     const std::function<void(int, int)>& progress, const std::atomic<bool>* cancel)
{
    repetitions = std::max(repetitions, 1);
    StrategyComparison result;
    for (const Node& n : graph.nodes)
        if (n.type == NodeType::Segment)
            result.segmentIds.push_back(n.id);
    for (Strategy s : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid})
        result.timings.push_back(StrategyTiming{s, {}, 0, 1, {}});

    const int total = repetitions * static_cast<int>(result.timings.size());
    int done = 0;
    for (int rep = 0; rep < repetitions; ++rep) {
        for (StrategyTiming& timing : result.timings) {
            RunOptions options;
            options.strategy = timing.strategy;
            options.threads = threads;
            options.cancel = cancel; // no cache: each run does all the work
            const auto start = std::chrono::steady_clock::now();
            const RunResult run = runGraph(graph, data, options);
            const auto end = std::chrono::steady_clock::now();
            if (run.cancelled || (cancel && cancel->load()))
                throw Cancelled();
            timing.runsMs.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            timing.threads = run.threads;
            if (rep == 0)
                for (const std::string& id : result.segmentIds) {
                    const Bitset* members = run.members(id);
                    timing.segmentSizes.push_back(members ? members->count() : 0);
                }
            if (progress)
                progress(++done, total);
        }
    }
    for (StrategyTiming& timing : result.timings)
        timing.medianMs = medianOf(timing.runsMs);
    return result;
}

} // namespace seg::ui
