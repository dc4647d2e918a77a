// segbench-cold: the cold-path benchmark of issue 18 (bench/cold-path.sh runs it), ratios
// measured in one run on the same machine and threads:
//  1. customers import (10-column CSV) against DuckDB's read_csv into a table, with a value
//     check (row count, NULL count per column, column sums) against DuckDB's table;
//  2. the first run after an import against the warm runs of the same process, for the
//     honest graph and the standard graph (customers only);
//  3. end to end, `segstudio-cli run GRAPH --export DIR` against DuckDB's whole job
//     (read_csv, the rule layer, a COPY of each segment's keys), process wall clock for both;
//  4. the 10M-event import against DuckDB's read_csv.
// The data is generated once under --data and reused (the import helper times with it too).
#include "bench_support.h"
#include "cold_support.h"

#include "data/dataset.h"
#include "data/importer.h"
#include "data/run_prep.h"
#include "exec/runner.h"
#include "generate/standard_graph.h"
#include "util/error.h"

#include <tbb/global_control.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>

namespace fs = std::filesystem;
using namespace seg;
using namespace seg::bench;

namespace {

RunResult runOnce(const Graph& graph, const Dataset& data, int threads)
{
    RunOptions options;
    options.strategy = Strategy::Parallel;
    options.threads = threads;
    RunResult r = runGraph(graph, data, options);
    if (r.partialFailure())
        throw Error("bench: " + graph.name + " did not finish every node");
    return r;
}

// Row count, NULLs per column and sums, as DuckDB reports them for its own table.
void checkValues(const Table& t, const Json& duck, const std::vector<std::string>& sums)
{
    std::string diff;
    if (duck["rows"].get<size_t>() != t.rows)
        diff += "\n  rows: ours " + std::to_string(t.rows) + ", duckdb " + duck["rows"].dump();
    for (const Column& c : t.columns)
        if (duck["nulls"].value(c.name(), size_t{0}) != c.nullCount())
            diff += "\n  NULLs in " + c.name() + ": ours " + std::to_string(c.nullCount()) + ", duckdb "
                + duck["nulls"].value(c.name(), Json()).dump();
    for (const std::string& name : sums) {
        const double ours = columnSum(t, name), theirs = duck["sums"][name].get<double>();
        if (std::fabs(ours - theirs) > 1e-9 * std::max(1.0, std::fabs(theirs)))
            diff += "\n  sum(" + name + "): ours " + std::to_string(ours) + ", duckdb " + std::to_string(theirs);
    }
    if (!diff.empty())
        throw Error("bench: the imports disagree with DuckDB:" + diff);
    std::fprintf(stderr, "  values agree with DuckDB: %zu rows, NULL counts of %zu columns, %zu sums\n", t.rows,
                 t.columns.size(), sums.size());
}

void addPair(Results& results, const std::string& what, const std::vector<double>& ours,
             const std::vector<double>& theirs, const std::string& target, double minRatio, const std::string& note)
{
    Row mine{what, "segment-studio", "-", 2, ours, target, "", note};
    const double ratio = median(theirs) / median(ours);
    mine.verdict = ratio >= minRatio ? "met" : "missed";
    char text[64];
    std::snprintf(text, sizeof text, "%.2fx faster than DuckDB", ratio);
    mine.note = mine.note.empty() ? text : mine.note + "; " + text;
    results.add(std::move(mine));
    results.add(Row{what, "duckdb", "-", 2, theirs, "", "", ""});
}

void printSlowestNodes(const char* what, const RunResult& r)
{
    std::vector<const NodeRun*> nodes;
    for (const NodeRun& n : r.nodes)
        nodes.push_back(&n);
    std::sort(nodes.begin(), nodes.end(),
              [](const NodeRun* a, const NodeRun* b) { return a->endMs - a->startMs > b->endMs - b->startMs; });
    std::fprintf(stderr, "  %s, %.1f ms; slowest nodes:", what, r.totalMs);
    for (size_t i = 0; i < nodes.size() && i < 12; ++i)
        std::fprintf(stderr, " %s %.1f;", nodes[i]->id.c_str(), nodes[i]->endMs - nodes[i]->startMs);
    std::fprintf(stderr, "\n");
}

const char* duckType(DataType t)
{
    switch (t) {
    case DataType::Int: return "BIGINT";
    case DataType::Double: return "DOUBLE";
    case DataType::Bool: return "BOOLEAN";
    case DataType::Date: return "DATE";
    case DataType::Timestamp: return "TIMESTAMP";
    case DataType::String: return "VARCHAR";
    }
    return "VARCHAR";
}

// First run after a fresh import against the warm runs after it; then the warm run against
// DuckDB's one-query twin of the graph on the same file (sizes checked first).
void firstVersusWarm(const ColdSetup& s, const fs::path& graphFile, const std::string& sql, const std::string& what,
                     Results& results)
{
    const Graph graph = loadGraphChecked(graphFile);
    std::vector<double> firsts, warms, imports, preps;
    std::map<std::string, long long> sizes;
    Json columns = Json::object();
    for (int i = 0; i < s.runs; ++i) {
        // loadDataset's steps, timed apart: the import, then the preparation for runs.
        ImportOptions io;
        io.spec = graph.customers;
        Dataset data;
        const auto t0 = std::chrono::steady_clock::now();
        data.customers = importCustomers(graph.resolve(graph.customers.path), io, data.customersReport);
        imports.push_back(msSince(t0));
        if (s.nodeTimes && i == 0) { // each helper alone, one thread, on a copy of the import
            Dataset probe;
            probe.customers = importCustomers(graph.resolve(graph.customers.path), io, probe.customersReport);
            for (const Column& c : probe.customers.table.columns) {
                const auto a = std::chrono::steady_clock::now();
                c.narrowCopy();
                const double narrow = msSince(a);
                const auto b = std::chrono::steady_clock::now();
                c.dayCopy();
                c.domainIndex();
                std::fprintf(stderr, "    prepare %-18s narrow copy %6.1f ms, day copy + domain index %6.1f ms\n",
                             c.name().c_str(), narrow, msSince(b));
            }
        }
        const auto tp = std::chrono::steady_clock::now();
        prepareForRun(data.customers.table);
        preps.push_back(msSince(tp));
        const auto t1 = std::chrono::steady_clock::now();
        const RunResult first = runOnce(graph, data, s.threads);
        firsts.push_back(msSince(t1));
        if (s.nodeTimes && i == 0) {
            printSlowestNodes("first run", first);
            printSlowestNodes("warm run", runOnce(graph, data, s.threads));
        }
        std::vector<double> w = timeRuns(3, [&] { runOnce(graph, data, s.threads); }, false);
        warms.push_back(median(w));
        if (i == 0) {
            for (const SegmentRun& seg : first.segments)
                sizes[seg.id] = static_cast<long long>(seg.size);
            for (const Column& c : data.customers.table.columns)
                columns[c.name()] = duckType(c.type());
            results.add(memoryRow(what, data.customers.table));
            if (s.nodeTimes)
                for (const Column& c : data.customers.table.columns)
                    std::fprintf(stderr, "    %-18s %s held %6.1f MiB\n", c.name().c_str(),
                                 std::string(typeName(c.type())).c_str(), static_cast<double>(c.memoryBytes()) / (1 << 20));
        }
    }
    const double ratio = median(firsts) / median(warms);
    char note[160];
    std::snprintf(note, sizeof note, "first / warm = %.2f; import %.0f ms, then prepareForRun %.0f ms", ratio,
                  median(imports), median(preps));
    results.add(Row{what + ": first run after import", "segment-studio", "parallel", s.threads, firsts, "<= 1.5x warm",
                    ratio <= 1.5 ? "met" : "missed", note});
    results.add(Row{what + ": prepareForRun", "segment-studio", "tbb", s.threads, preps, "", "", "part of loadDataset"});
    Row warm{what + ": warm run", "segment-studio", "parallel", s.threads, warms, "", "", ""};
    std::fprintf(stderr, "  %s: first %.1f ms, warm %.1f ms\n", what.c_str(), median(firsts), median(warms));
    if (!s.duckdb) {
        results.add(std::move(warm));
        return;
    }
    const Json duck = runDuckdbCold(s, graphFile.parent_path(),
                                    Json{{"mode", "query"}, {"csv", graph.resolve(graph.customers.path).string()},
                                         {"columns", columns}, {"sql", sql}});
    for (const auto& [id, n] : sizes)
        if (duck["sizes"].value(id, -1LL) != n)
            throw Error("bench: " + what + ": DuckDB gives segment " + id + " " + duck["sizes"].value(id, Json()).dump()
                        + " members, Segment Studio " + std::to_string(n));
    std::fprintf(stderr, "  %s: DuckDB gives the same %zu segment sizes\n", what.c_str(), sizes.size());
    const std::vector<double> theirs = duck["times_ms"].get<std::vector<double>>();
    char text[64];
    std::snprintf(text, sizeof text, "%.1fx faster than DuckDB's query", median(theirs) / warm.medianMs());
    warm.note = text;
    results.add(std::move(warm));
    results.add(Row{what + ": warm run", "duckdb", "sql", s.threads, theirs, "", "", "the graph's one-query twin"});
}

int run(const ColdSetup& s)
{
    tbb::global_control threads(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(s.threads));
    const ColdData d = ensureColdData(s);
    Results results;
    Json info{{"load_average_at_start", loadAverage()}, {"date_utc", utcStamp("%Y-%m-%d %H:%M")},
              {"customers", s.customers}, {"events", s.events}, {"threads", s.threads}, {"runs", s.runs}};

    if (s.wants("import")) {
        std::fprintf(stderr, "customers import: %s\n", d.customers10.c_str());
        ImportOptions io;
        io.spec.path = d.customers10.string();
        io.spec.key = "customer_id";
        // Each run's table is kept until all are timed: freeing the previous one inside the
        // timing would charge our import for it (DuckDB drops its table outside the timing).
        std::vector<CustomerTable> tables;
        const std::vector<double> ours = timeRuns(s.runs, [&] {
            ImportReport report;
            tables.push_back(importCustomers(d.customers10, io, report));
        });
        const CustomerTable& table = tables.back();
        std::vector<double> theirs;
        if (s.duckdb) {
            const Json duck = runDuckdbCold(s, d.dir, Json{{"mode", "import"}, {"csv", fs::absolute(d.customers10)},
                                                           {"sums", kCheckedSums}});
            checkValues(table.table, duck, kCheckedSums);
            theirs = duck["times_ms"].get<std::vector<double>>();
        }
        const std::string what = "customers import " + std::to_string(fs::file_size(d.customers10) >> 20) + " MiB, "
            + std::to_string(table.table.columns.size()) + " columns";
        if (s.duckdb)
            addPair(results, what, ours, theirs, ">= 3x DuckDB", 3, "values checked");
        else
            results.add(Row{what, "segment-studio", "-", s.threads, ours, "", "", ""});
    }
    if (s.wants("first")) {
        std::fprintf(stderr, "first run after import against warm runs\n");
        StandardGraphOptions so;
        so.events = false;
        firstVersusWarm(s, d.honestGraph, honestGraph(so).sql(SqlDialect::DuckDB), "honest graph", results);
        firstVersusWarm(s, d.standardGraph, standardGraph(so).sql(SqlDialect::DuckDB),
                        "standard graph (customers, top, split)", results);
    }
    if (s.wants("e2e"))
        measureEndToEnd(s, d, results);
    if (s.wants("events") && s.events > 0) {
        std::fprintf(stderr, "events import: %s\n", d.events.c_str());
        ImportOptions ci;
        ci.spec.path = d.customers10.string();
        ci.spec.key = "customer_id";
        ImportReport cr;
        const CustomerTable customers = importCustomers(d.customers10, ci, cr);
        ImportOptions eo;
        eo.spec.path = d.events.string();
        eo.spec.key = "customer_id";
        eo.spec.time = "ts";
        eo.spec.type = "event_type";
        std::vector<EventTable> kept; // freed after the timing, as above
        const std::vector<double> ours = timeRuns(s.runs, [&] {
            ImportReport report;
            kept.push_back(importEvents(d.events, eo, customers, report));
        });
        kept.clear();
        if (s.duckdb) {
            const Json duck = runDuckdbCold(s, d.dir, Json{{"mode", "import"}, {"csv", fs::absolute(d.events)},
                                                           {"sums", Json::array({"amount"})}});
            addPair(results, "events import " + std::to_string(s.events / 1'000'000) + "M rows", ours,
                    duck["times_ms"].get<std::vector<double>>(), ">= 2x DuckDB", 2, "");
        } else {
            results.add(Row{"events import", "segment-studio", "-", s.threads, ours, "", "", ""});
        }
    }
    return printAndSave(s, results, info);
}

} // namespace

int main(int argc, char** argv)
{
    try {
        return run(parseColdArgs(argc, argv));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
}
