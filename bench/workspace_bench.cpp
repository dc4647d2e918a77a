// segworkspacebench: saving and reopening a workspace (.segstudio) of generated customers
// (issue 15: 10M customers with 26 columns back in under 2 s; the file not much larger than
// the raw typed data). Prints the figures and writes them as JSON to --results.
//
//   segworkspacebench [--customers N] [--runs N] [--threads N] [--data DIR] [--results DIR]
//
// The data set (customers only) is generated once under --data and reused. Reopening is timed
// with the file in the page cache (a second open of the day, as the editor and the CLI see it);
// the first reopen is checked value for value against the CSV import before any timing.
#include "bench_support.h"
#include "targets.h"

#include "generate/generator.h"
#include "graph/graph_io.h"
#include "workspace/workspace.h"

#include <chrono>
#include <sys/resource.h>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace seg;
using namespace seg::bench;
namespace fs = std::filesystem;

namespace {

struct Options {
    size_t customers = 10'000'000;
    int runs = 3;
    int threads = 0;
    fs::path dataRoot = "build-bench/benchdata";
    fs::path results = "bench/results";
};

Options parse(int argc, char** argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw std::runtime_error("missing value for " + a);
            return argv[++i];
        };
        if (a == "--customers") o.customers = std::stoull(value());
        else if (a == "--runs") o.runs = std::stoi(value());
        else if (a == "--threads") o.threads = std::stoi(value());
        else if (a == "--data") o.dataRoot = value();
        else if (a == "--results") o.results = value();
        else throw std::runtime_error("unknown option " + a + " (see the comment at the top of bench/workspace_bench.cpp)");
    }
    return o;
}

// CPU time of this process so far (user + system), in ms: on a shared machine the wall time
// of a run depends on the other processes, this does not.
double cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// Typed arrays equal, byte for byte (the workspace must give back exactly what was imported).
bool sameColumn(const Column& a, const Column& b)
{
    return a.name() == b.name() && a.type() == b.type() && a.size() == b.size() && a.validity() == b.validity() &&
        a.ints() == b.ints() && a.bools() == b.bools() && a.codes() == b.codes() && a.dict() == b.dict() &&
        a.doubles().size() == b.doubles().size() &&
        std::memcmp(a.doubles().data(), b.doubles().data(), a.doubles().size() * sizeof(double)) == 0;
}

std::string slurp(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

int main(int argc, char** argv)
{
    try {
        const Options o = parse(argc, argv);
        const fs::path dir = o.dataRoot / ("c" + std::to_string(o.customers) + "-e0-s1");
        if (!fs::exists(dir / ".complete")) {
            std::fprintf(stderr, "generating %zu customers into %s\n", o.customers, dir.c_str());
            GenerateOptions g;
            g.customers = o.customers;
            g.events = 0;
            g.outDir = dir;
            generateDataset(g);
            std::ofstream(dir / ".complete") << "ok\n";
        }
        const fs::path graphFile = dir / "demo.segment.json";
        GraphLoadResult loaded = loadGraphFile(graphFile);
        if (!loaded.ok())
            throw std::runtime_error("the generated graph does not load");
        const Graph& graph = *loaded.graph;

        auto t0 = std::chrono::steady_clock::now();
        const Dataset data = loadDataset(graph.customers, graph.resolve(graph.customers.path), std::nullopt, std::nullopt);
        const double importMs = msSince(t0);

        const fs::path file = o.dataRoot / ("workspace-c" + std::to_string(o.customers) + ".segstudio");
        WorkspaceSave save;
        save.graphText = slurp(graphFile);
        save.baseDir = dir;
        save.data = &data;
        save.customersPath = graph.resolve(graph.customers.path).string();
        t0 = std::chrono::steady_clock::now();
        saveWorkspace(file, save);
        const double saveMs = msSince(t0);
        const size_t fileBytes = fs::file_size(file);

        const WorkspaceInfo info = openWorkspace(file);
        {
            const Dataset back = loadWorkspaceData(info, o.threads);
            bool same = back.customers.table.columns.size() == data.customers.table.columns.size();
            for (size_t c = 0; same && c < data.customers.table.columns.size(); ++c)
                same = sameColumn(data.customers.table.columns[c], back.customers.table.columns[c]);
            if (!same)
                throw std::runtime_error("the reopened data differs from the import");
        }
        const double cpuBefore = cpuMs();
        const std::vector<double> reopen = timeRuns(o.runs, [&] {
            const WorkspaceInfo again = openWorkspace(file);
            const Dataset back = loadWorkspaceData(again, o.threads);
            if (back.customers.rows() != data.customers.rows())
                throw std::runtime_error("reopen lost rows");
        }, false);
        const double reopenCpuMs = (cpuMs() - cpuBefore) / o.runs;

        const size_t raw = rawTypedBytes(data.customers.table);
        const size_t held = data.customers.table.memoryBytes();
        const double reopenMs = median(reopen);
        std::printf("workspace of %zu customers x %zu columns (threads %d = %s)\n", data.customers.rows(),
                    data.customers.table.columns.size(), o.threads, o.threads ? "given" : "all cores");
        std::printf("  CSV import          %9.0f ms (%zu MiB CSV)\n", importMs, static_cast<size_t>(fs::file_size(graph.resolve(graph.customers.path)) >> 20));
        std::printf("  save workspace      %9.0f ms\n", saveMs);
        std::printf("  reopen (median %d)   %9.0f ms   target < 2000 ms: %s (CPU %.0f ms a reopen)\n", o.runs, reopenMs,
                    reopenMs < 2000 ? "met" : "missed", reopenCpuMs);
        std::printf("  file                %9zu MiB = %.2f x raw typed data (%zu MiB), %.2f x memory held (%zu MiB)\n",
                    fileBytes >> 20, static_cast<double>(fileBytes) / static_cast<double>(raw), raw >> 20,
                    static_cast<double>(fileBytes) / static_cast<double>(held), held >> 20);

        Json j{{"customers", data.customers.rows()}, {"columns", data.customers.table.columns.size()},
               {"threads", o.threads}, {"import_ms", importMs}, {"save_ms", saveMs}, {"reopen_ms", reopen},
               {"reopen_median_ms", reopenMs}, {"reopen_cpu_ms", reopenCpuMs}, {"file_bytes", fileBytes}, {"raw_typed_bytes", raw},
               {"memory_bytes", held}};
        fs::create_directories(o.results);
        const fs::path out = o.results / ("workspace-c" + std::to_string(o.customers) + ".json");
        std::ofstream(out) << j.dump(2) << "\n";
        std::printf("  results: %s\n", out.c_str());
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "segworkspacebench: %s\n", e.what());
        return 1;
    }
}
