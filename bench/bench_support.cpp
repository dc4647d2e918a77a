#include "bench_support.h"

#include <algorithm>
#include <cstdio>
#include <fstream>

namespace seg::bench {

std::vector<double> timeRuns(int runs, const std::function<void()>& f, bool warmUp)
{
    if (warmUp)
        f();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        times.push_back(msSince(t0));
    }
    return times;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

size_t residentBytes()
{
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stoull(line.substr(6)) * 1024;
    return 0;
}

double Results::duckdbMs(const std::string& what, int threads) const
{
    for (const Row& r : rows_)
        if (r.engine == "duckdb" && r.what == what && r.threads == threads)
            return r.medianMs();
    return 0;
}

std::string Results::table() const
{
    std::string out;
    char line[512];
    std::snprintf(line, sizeof line, "%-40s %-15s %-10s %7s %11s %9s  %-12s %s\n", "what", "engine", "strategy",
                  "threads", "median ms", "vs DuckDB", "target", "verdict");
    out += line;
    out += std::string(120, '-') + "\n";
    for (const Row& r : rows_) {
        const double duck = duckdbMs(r.what, r.threads);
        char ratio[32] = "";
        if (duck > 0 && r.engine != "duckdb" && r.medianMs() > 0)
            std::snprintf(ratio, sizeof ratio, "%.1fx", duck / r.medianMs());
        std::snprintf(line, sizeof line, "%-40s %-15s %-10s %7d %11.1f %9s  %-12s %s%s%s\n", r.what.c_str(),
                      r.engine.c_str(), r.strategy.c_str(), r.threads, r.medianMs(), ratio, r.target.c_str(),
                      r.verdict.c_str(), r.note.empty() ? "" : "  ", r.note.c_str());
        out += line;
    }
    return out;
}

Json Results::toJson() const
{
    Json rows = Json::array();
    for (const Row& r : rows_) {
        Json j{{"what", r.what},         {"engine", r.engine},   {"strategy", r.strategy},
               {"threads", r.threads},   {"median_ms", r.medianMs()}, {"times_ms", r.timesMs}};
        const double duck = duckdbMs(r.what, r.threads);
        if (duck > 0 && r.engine != "duckdb" && r.medianMs() > 0)
            j["speedup_vs_duckdb"] = duck / r.medianMs();
        if (!r.target.empty())
            j["target"] = r.target;
        if (!r.verdict.empty())
            j["verdict"] = r.verdict;
        if (!r.note.empty())
            j["note"] = r.note;
        rows.push_back(std::move(j));
    }
    return rows;
}

} // namespace seg::bench
