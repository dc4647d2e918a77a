// prepareForRun: the per-column scan helpers built after import (see run_prep.h).
#include "data/run_prep.h"

#include <tbb/parallel_for.h>

#include <functional>
#include <vector>

namespace seg {

void prepareForRun(const Table& table)
{
    // One job per helper, biggest first so the two workers finish together: the domain index
    // of an e-mail column reads its whole dictionary, the rest about one scan of the column.
    std::vector<std::function<void()>> jobs;
    for (const Column& c : table.columns)
        if (c.type() == DataType::String && c.size() > 0)
            jobs.emplace_back([&c] { c.domainIndex(); });
    for (const Column& c : table.columns) {
        if (c.size() == 0 || c.type() == DataType::Bool)
            continue;
        jobs.emplace_back([&c] { c.narrowCopy(); });
        if (c.type() == DataType::Timestamp)
            jobs.emplace_back([&c] { c.dayCopy(); });
    }
    tbb::parallel_for(size_t{0}, jobs.size(), [&](size_t i) { jobs[i](); });
}

} // namespace seg
