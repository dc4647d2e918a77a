// seglivebench: the live path's throughput, latency and state memory (issue 13). Generates
// (or reuses) a data set, imports it as the state at start, then replays NDJSON events through
// the whole path: parse, validate, de-duplicate, update the customer, emit the triggers.
//
// Usage: seglivebench [--customers N] [--import-events N] [--stream-events N] [--seed S]
//                     [--data DIR] [--batch N] [--pause-before-stream 1]
// --batch N hands the messages to LiveIntake::processLines N at a time (parsing on all cores,
// applying in order); latencies are then per batch.
// Prints one line per figure; exit code 1 when the graph does not have 20 segments of which
// at least 10 depend on events.
#include "bench_support.h"
#include "bind/bound_graph.h"
#include "data/dataset.h"
#include "generate/generator.h"
#include "generate/standard_graph.h"
#include "graph/graph_io.h"
#include "live/live_engine.h"
#include "live/message_intake.h"

#include <algorithm>
#include <csignal>
#include <unistd.h>
#include <ctime>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace seg;

namespace {

struct Options {
    size_t customers = 1'000'000;
    size_t importEvents = 3'000'000;
    size_t streamEvents = 5'000'000;
    uint64_t seed = 42;
    size_t batch = 0; // 0: processLine per message (per-message latency); else processLines batches
    bool pause = false; // stop (SIGSTOP) before the stream, so a profiler can attach to it alone
    fs::path data = "build-bench/livedata";
};

// xorshift: the stream's own deterministic randomness.
struct Rng {
    uint64_t s;
    uint64_t next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    size_t below(size_t n) { return static_cast<size_t>(next() % n); }
};

// Segments whose membership depends on events (through any path of inputs and derived columns).
int eventSegments(const BoundGraph& g)
{
    std::vector<int> usesEvents(g.nodes.size(), 0);
    for (int n : g.topoOrder) {
        const BoundNode& b = g.nodes[static_cast<size_t>(n)];
        usesEvents[static_cast<size_t>(n)] = b.usesEvents;
        for (int d : b.deps)
            usesEvents[static_cast<size_t>(n)] |= usesEvents[static_cast<size_t>(d)];
    }
    int count = 0;
    for (size_t n = 0; n < g.nodes.size(); ++n)
        count += g.nodes[n].node->type == NodeType::Segment && usesEvents[n];
    return count;
}

double seconds(std::chrono::steady_clock::duration d) { return std::chrono::duration<double>(d).count(); }

// CPU time of this thread: on a shared machine the wall clock also counts the time the
// scheduler gave to other processes (4 ms ticks show up as 4 ms "messages").
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--customers") o.customers = std::stoull(value);
        else if (flag == "--import-events") o.importEvents = std::stoull(value);
        else if (flag == "--stream-events") o.streamEvents = std::stoull(value);
        else if (flag == "--seed") o.seed = std::stoull(value);
        else if (flag == "--batch") o.batch = std::stoull(value);
        else if (flag == "--data") o.data = value;
        else if (flag == "--pause-before-stream") o.pause = value == "1";
        else {
            std::cerr << "unknown option " << flag << "\n";
            return 2;
        }
    }
    const fs::path dir = o.data / ("c" + std::to_string(o.customers) + "-e" + std::to_string(o.importEvents));
    if (!fs::exists(dir / "customers.csv")) {
        std::cerr << "generating " << dir << "\n";
        GenerateOptions g;
        g.customers = o.customers;
        g.events = o.importEvents;
        g.seed = o.seed;
        g.outDir = dir;
        generateDataset(g);
    }
    StandardGraphOptions sgo;
    const StandardGraph standard = standardGraph(sgo);
    // The standard graph has 5 of its 20 segments on events; the issue asks for 10. Five
    // customer-only segments also require one of the behaviors (an `and` in front of them).
    Json doc = standard.graph;
    const char* customerOnly[] = {"s03", "s04", "s08", "s09", "s13"};
    const char* behaviors[] = {"b01", "b02", "b03", "b04", "b05"};
    for (int i = 0; i < 5; ++i)
        for (auto& node : doc["nodes"])
            if (node["id"] == customerOnly[i]) {
                const std::string gate = std::string("live_") + customerOnly[i];
                doc["nodes"].push_back(Json{{"id", gate}, {"type", "and"}, {"inputs", Json::array({node["input"], behaviors[i]})}});
                node["input"] = gate;
                break;
            }
    GraphLoadResult loaded = parseGraph(doc.dump(), "standard.segment.json", dir);
    if (!loaded.ok()) {
        std::cerr << loaded.diagnostics.front().toString() << "\n";
        return 1;
    }
    const Graph& graph = *loaded.graph;

    const auto t0 = std::chrono::steady_clock::now();
    const size_t rss0 = bench::residentBytes();
    const Dataset data = loadDataset(graph.customers, graph.resolve(graph.customers.path), graph.events,
                                     graph.resolve(graph.events->path));
    const auto t1 = std::chrono::steady_clock::now();
    const size_t rss1 = bench::residentBytes();
    LiveEngine engine(graph, data, *graph.asOf);
    engine.start();
    const auto t2 = std::chrono::steady_clock::now();
    const size_t rss2 = bench::residentBytes();
    const int segments = static_cast<int>(standard.segments.size());
    const int withEvents = eventSegments(engine.bound());
    std::printf("graph: %d segments, %d depend on events; %zu customers, %zu imported events (%zu kept)\n", segments,
                withEvents, engine.customers(), data.events->rows(), engine.storedEvents());
    std::printf("import %.2f s, live start (every customer evaluated once) %.2f s\n", seconds(t1 - t0),
                seconds(t2 - t1));

    // The stream: events of random customers in the last 400 days, types as generated.
    const char* types[] = {"view", "view", "view", "view", "view", "cart", "cart", "email_open", "email_open", "purchase"};
    const char* categories[] = {"apparel", "beauty", "electronics", "home", "sports"};
    Rng rng{o.seed * 2654435761u + 1};
    std::vector<std::string> lines;
    lines.reserve(o.streamEvents + o.streamEvents / 10);
    const Column& key = data.customers.key();
    for (size_t i = 0; i < o.streamEvents; ++i) {
        const size_t row = rng.below(engine.customers());
        const int32_t day = *graph.asOf - static_cast<int32_t>(rng.below(400));
        const int64_t micros = int64_t{day} * kMicrosPerDay + static_cast<int64_t>(rng.below(86'400)) * kMicrosPerSecond;
        const char* type = types[rng.below(10)];
        std::string line = "{\"event_id\":\"s" + std::to_string(i) + "\",\"customer_id\":" + key.textAt(row) +
            ",\"ts\":\"" + formatTimestamp(micros) + "\",\"event_type\":\"" + type + "\"";
        if (std::string(type) == "purchase") {
            const int cents = 500 + static_cast<int>(rng.below(30000));
            line += ",\"amount\":" + std::to_string(cents / 100) + "." + std::to_string(cents % 100 / 10) +
                std::to_string(cents % 10) + ",\"product_category\":\"" + categories[rng.below(5)] + "\"";
        } else {
            line += ",\"amount\":null,\"product_category\":null";
        }
        line += "}";
        lines.push_back(std::move(line));
        if (rng.below(20) == 0) // 5 % sent twice
            lines.push_back(lines.back());
    }

    LiveIntake intake(engine, LiveIntakeOptions{});
    std::vector<LiveChange> changes;
    std::vector<DeadLetter> dead;
    std::vector<uint32_t> latencyNs((lines.size() + std::max<size_t>(1, o.batch) - 1) / std::max<size_t>(1, o.batch));
    std::string out;
    size_t triggerBytes = 0;
    if (o.pause) {
        std::fprintf(stderr, "paused before the stream: kill -CONT %d\n", static_cast<int>(getpid()));
        raise(SIGSTOP);
    }
    const auto s0 = std::chrono::steady_clock::now();
    const double cpu0 = threadCpuSeconds();
    const size_t step = std::max<size_t>(1, o.batch);
    std::vector<std::string_view> views;
    for (size_t i = 0; i < lines.size(); i += step) {
        const auto m0 = std::chrono::steady_clock::now();
        if (o.batch == 0) {
            intake.processLine(lines[i], i + 1, changes, dead);
        } else {
            views.clear();
            for (size_t k = i; k < std::min(lines.size(), i + step); ++k)
                views.emplace_back(lines[k]);
            intake.processLines(views, i + 1, changes, dead);
        }
        for (const auto& c : changes) {
            out += changeToJson(c).dump();
            out += '\n';
        }
        changes.clear();
        if (out.size() > (1u << 20)) {
            triggerBytes += out.size();
            out.clear();
        }
        latencyNs[i / step] = static_cast<uint32_t>(
            std::min<int64_t>(UINT32_MAX, std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - m0).count()));
    }
    const double streamSeconds = seconds(std::chrono::steady_clock::now() - s0);
    const double streamCpu = threadCpuSeconds() - cpu0;
    triggerBytes += out.size();
    uint64_t slowNs = 0, slowCount = 0;
    for (uint32_t ns : latencyNs)
        if (ns > 100'000) {
            slowNs += ns;
            ++slowCount;
        }
    std::sort(latencyNs.begin(), latencyNs.end());
    const LiveCounters& c = intake.counters();
    std::printf("stream: %zu messages (%llu events, %llu duplicates, %llu dead) in %.2f s: %.0f messages/s\n",
                lines.size(), static_cast<unsigned long long>(c.events), static_cast<unsigned long long>(c.duplicates),
                static_cast<unsigned long long>(c.deadLettered), streamSeconds,
                static_cast<double>(lines.size()) / streamSeconds);
    if (o.batch > 0) {
        // The pipeline's stages in CPU seconds: on a quiet 2-core machine the stream runs at
        // the pace of its slowest serial stage (apply, or admit), or of all stages' work shared
        // by two cores, whichever is slower.
        const auto st = intake.stageSeconds();
        const double perCore = std::max({st.apply, st.admit, (st.parse + st.admit + st.apply) / 2});
        std::printf("pipeline CPU: parse %.2f s, admit (lateness, dedup) %.2f s, apply %.2f s: on 2 quiet cores "
                    "%.0f messages/s (%.0f events/s)\n",
                    st.parse, st.admit, st.apply, static_cast<double>(lines.size()) / perCore,
                    static_cast<double>(c.events + c.duplicates) / perCore);
    }
    if (o.batch == 0)
        std::printf("stream on one thread: %.2f s of CPU time: %.0f messages per CPU second\n", streamCpu,
                    static_cast<double>(lines.size()) / streamCpu);
    std::fputs(o.batch == 0 ? "latency per message:" : "latency per batch:", stdout);
    std::printf(" p50 %.2f us, p99 %.2f us, max %.2f us\n",
                latencyNs[latencyNs.size() / 2] / 1000.0, latencyNs[latencyNs.size() * 99 / 100] / 1000.0,
                latencyNs.back() / 1000.0);
    std::printf("messages over 100 us: %llu, %.2f s in all\n", static_cast<unsigned long long>(slowCount),
                static_cast<double>(slowNs) / 1e9);
    std::printf("changes: %llu (%zu bytes of triggers)\n", static_cast<unsigned long long>(c.changes), triggerBytes);
    const size_t state = engine.stateBytes();
    std::printf("live state: %.1f bytes/customer (%zu stored events); process RSS: import %.0f MB, start +%.0f MB, "
                "now %.0f MB\n",
                static_cast<double>(state) / static_cast<double>(engine.customers()), engine.storedEvents(),
                static_cast<double>(rss1 - rss0) / 1e6, static_cast<double>(rss2 - rss1) / 1e6,
                static_cast<double>(bench::residentBytes()) / 1e6);
    return segments == 20 && withEvents >= 10 ? 0 : 1;
}
