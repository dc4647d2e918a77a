#pragma once
// `run --timings` (issue 18): the wall time of each phase of the process, printed to stderr
// when the process is about to return from main(), so analysts (and the cold-path work) see
// where a run's time goes: start-up before main(), graph load, import, prepare (the scan
// copies built after the import), run, report, export, and exit (freeing the data, up to the
// return from main(); what the kernel does after that is not measurable from inside). Each
// phase also shows the CPU time the process spent in it (all threads), which says how well it
// used the threads and is less disturbed by other load on the machine than wall time.
#include <chrono>
#include <string>
#include <string_view>
#include <vector>

namespace seg::cli {

class RunTimings {
public:
    using Clock = std::chrono::steady_clock;

    // The process-wide timeline (one command per process).
    static RunTimings& process();

    void enable();
    bool enabled() const { return enabled_; }
    // Ends the phase that started at the previous mark (or at main()) now, under `name`.
    void mark(std::string_view name);
    // Splits the phase now ending: a part of it measured inside (wall and CPU ms) is reported
    // as `partName`, the rest as `name`. Used where one call does two things (import, prepare).
    void markSplit(std::string_view name, std::string_view partName, double partMs, double partCpuMs);
    // "timings: start-up 1.2 ms (1.2 ms CPU), load graph 0.4 ms (0.4 ms CPU), ..., exit 3.1 ms
    // (3.0 ms CPU), total 412 ms (690 ms CPU)" (the exit phase ends now); empty when not enabled.
    std::string finish();

    // Where main() began; set by main() before it dispatches.
    void startMain();

private:
    struct Phase {
        std::string name;
        double ms;
        double cpuMs;
    };
    static double processCpuMs();
    bool enabled_ = false;
    Clock::time_point mainStart_ = Clock::now();
    Clock::time_point last_ = mainStart_;
    double startupMs_ = 0; // CPU time of the process before main() (single-threaded then)
    double lastCpuMs_ = 0;
    std::vector<Phase> phases_;
};

} // namespace seg::cli
