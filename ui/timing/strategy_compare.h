#pragma once
// "Compare strategies": the same graph on the same data run sequentially, in parallel and
// hybrid, a few times each, without the result cache (so every run does all the work), on the
// same thread count. The median of each strategy's runs is its time; member counts are kept so
// the caller can show that all three agree.
#include "data/dataset.h"
#include "graph/graph.h"
#include "plan/strategy.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace seg::ui {

struct StrategyTiming {
    Strategy strategy = Strategy::Sequential;
    std::vector<double> runsMs;       // wall time of each repetition (bind, plan, execute)
    double medianMs = 0;
    int threads = 1;                  // as the run resolved them
    std::vector<size_t> segmentSizes; // in graph order (from the first repetition)
};

struct StrategyComparison {
    std::vector<std::string> segmentIds; // graph order
    std::vector<StrategyTiming> timings; // sequential, parallel, hybrid
    // Whether every strategy found the same members (counts) for every segment.
    bool sameResults() const;
    // Sequential median / this strategy's median (1 for sequential itself).
    double speedup(size_t index) const;
};

double medianOf(std::vector<double> values);

// Runs sequential, parallel and hybrid `repetitions` times each (interleaved, so a change in
// machine load affects all three alike). `progress(done, total)` is called after each run
// from the calling thread. Throws seg::Error when the graph does not validate, seg::Cancelled
// when *cancel becomes true.
StrategyComparison compareStrategies(const Graph& graph, const Dataset& data, int threads, int repetitions,
                                     const std::function<void(int done, int total)>& progress = {},
                                     const std::atomic<bool>* cancel = nullptr);

} // namespace seg::ui
