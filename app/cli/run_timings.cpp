#include "run_timings.h"

#include <cstdio>
#include <ctime>

namespace seg::cli {

namespace {

double msBetween(RunTimings::Clock::time_point a, RunTimings::Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

std::string formatMs(double ms)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, ms < 10 ? "%.1f ms" : "%.0f ms", ms);
    return buffer;
}

std::string formatPhase(std::string_view name, double ms, double cpuMs)
{
    return std::string(name) + " " + formatMs(ms) + " (" + formatMs(cpuMs) + " CPU)";
}

} // namespace

RunTimings& RunTimings::process()
{
    static RunTimings timings;
    return timings;
}

void RunTimings::enable() { enabled_ = true; }

double RunTimings::processCpuMs()
{
    timespec cpu{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu) != 0)
        return 0;
    return static_cast<double>(cpu.tv_sec) * 1e3 + static_cast<double>(cpu.tv_nsec) / 1e6;
}

void RunTimings::startMain()
{
    mainStart_ = last_ = Clock::now();
    // Before main() the process runs one thread (the loader, static constructors), so its CPU
    // time is its wall time to within the scheduler's delays.
    startupMs_ = lastCpuMs_ = processCpuMs();
}

void RunTimings::mark(std::string_view name)
{
    const Clock::time_point now = Clock::now();
    const double cpu = processCpuMs();
    phases_.push_back({std::string(name), msBetween(last_, now), cpu - lastCpuMs_});
    last_ = now;
    lastCpuMs_ = cpu;
}

void RunTimings::markSplit(std::string_view name, std::string_view partName, double partMs, double partCpuMs)
{
    const Clock::time_point now = Clock::now();
    const double cpu = processCpuMs();
    const double all = msBetween(last_, now), allCpu = cpu - lastCpuMs_;
    phases_.push_back({std::string(name), all > partMs ? all - partMs : 0.0, allCpu > partCpuMs ? allCpu - partCpuMs : 0.0});
    phases_.push_back({std::string(partName), partMs, partCpuMs});
    last_ = now;
    lastCpuMs_ = cpu;
}

std::string RunTimings::finish()
{
    if (!enabled_)
        return {};
    mark("exit");
    std::string line = "timings: " + formatPhase("start-up", startupMs_, startupMs_);
    for (const Phase& p : phases_)
        line += ", " + formatPhase(p.name, p.ms, p.cpuMs);
    line += ", " + formatPhase("total", startupMs_ + msBetween(mainStart_, last_), lastCpuMs_) + "\n";
    return line;
}

} // namespace seg::cli
