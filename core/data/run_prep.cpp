// prepareForRun: the per-column scan helpers built after import (see run_prep.h).
#include "data/run_prep.h"

#include <tbb/parallel_for.h>

#include <chrono>
#include <ctime>
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

namespace {

double processCpuMs()
{
    timespec cpu{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) != 0)
        return 0;
    return static_cast<double>(cpu.tv_sec) * 1e3 + static_cast<double>(cpu.tv_nsec) / 1e6;
}

} // namespace

PrepareTime prepareForRunTimed(const Table& table)
{
    const auto start = std::chrono::steady_clock::now();
    const double cpuStart = processCpuMs();
    prepareForRun(table);
    PrepareTime t;
    t.cpuMs = processCpuMs() - cpuStart;
    t.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return t;
}

} // namespace seg
