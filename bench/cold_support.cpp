#include "cold_support.h"

#include "export/csv_export.h"
#include "generate/generator.h"
#include "generate/standard_graph.h"
#include "graph/graph_io.h"
#include "targets.h"
#include "util/error.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;

namespace seg::bench {

namespace {

void usage()
{
    std::cerr << "segbench-cold [--customers N] [--events N] [--seed S] [--runs N] [--threads N] [--data DIR]\n"
                 "              [--results DIR] [--cli PATH] [--runner FILE.mjs] [--node PATH] [--no-duckdb]\n"
                 "              [--node-times]\n"
                 "              [--only import,first,e2e,events]\n"
                 "  defaults: 2M customers, 10M events, 5 runs, 2 threads (for both engines)\n";
}

std::string shellQuoted(const std::string& s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Splits a CSV line into fields (quote-aware; the generated files never break lines in quotes).
std::vector<std::string_view> fields(std::string_view line)
{
    std::vector<std::string_view> out;
    size_t start = 0;
    bool quoted = false;
    for (size_t i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line[i] == '"')
            quoted = !quoted;
        else if (i == line.size() || (line[i] == ',' && !quoted)) {
            out.push_back(line.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

void projectColumns(const fs::path& from, const fs::path& to, const std::vector<std::string>& names)
{
    std::ifstream in(from, std::ios::binary);
    std::ofstream out(to, std::ios::binary);
    std::string line, row;
    if (!in || !out || !std::getline(in, line))
        throw Error("bench: cannot project " + from.string() + " into " + to.string());
    const std::vector<std::string_view> header = fields(line);
    std::vector<size_t> keep;
    for (size_t i = 0; i < header.size(); ++i)
        if (std::find(names.begin(), names.end(), header[i]) != names.end())
            keep.push_back(i);
    if (keep.size() != names.size())
        throw Error("bench: " + from.string() + " lacks some of the honest graph's columns");
    do {
        const std::vector<std::string_view> f = fields(line);
        row.clear();
        for (size_t k = 0; k < keep.size(); ++k) {
            if (k)
                row += ',';
            row.append(f.at(keep[k]));
        }
        row += '\n';
        out.write(row.data(), static_cast<std::streamsize>(row.size()));
    } while (std::getline(in, line));
}

void writeGraph(const Json& graph, const fs::path& file) { std::ofstream(file) << graph.dump(2) << "\n"; }

std::string readWithoutCr(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    std::string text = s.str();
    text.erase(std::remove(text.begin(), text.end(), '\r'), text.end());
    return text;
}

double wallOf(const std::string& command)
{
    const auto t0 = std::chrono::steady_clock::now();
    if (std::system(command.c_str()) != 0)
        throw Error("bench: failed: " + command);
    return msSince(t0);
}

} // namespace

bool ColdSetup::wants(const std::string& part) const
{
    return only.empty() || std::find(only.begin(), only.end(), part) != only.end();
}

ColdSetup parseColdArgs(int argc, char** argv)
{
    ColdSetup o;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                throw Error("segbench-cold: " + a + " needs a value");
            return argv[++i];
        };
        if (a == "--customers") o.customers = std::stoull(value());
        else if (a == "--events") o.events = std::stoull(value());
        else if (a == "--seed") o.seed = std::stoull(value());
        else if (a == "--runs") o.runs = std::max(1, std::stoi(value()));
        else if (a == "--threads") o.threads = std::max(1, std::stoi(value()));
        else if (a == "--data") o.dataRoot = value();
        else if (a == "--results") o.resultsDir = value();
        else if (a == "--cli") o.cli = value();
        else if (a == "--runner") o.runner = value();
        else if (a == "--node") o.node = value();
        else if (a == "--no-duckdb") o.duckdb = false;
        else if (a == "--node-times") o.nodeTimes = true;
        else if (a == "--only") {
            std::stringstream list(value());
            for (std::string part; std::getline(list, part, ',');)
                o.only.push_back(part);
        } else if (a == "--help" || a == "-h") {
            usage();
            std::exit(0);
        } else {
            usage();
            throw Error("segbench-cold: unknown option " + a);
        }
    }
    return o;
}

ColdData ensureColdData(const ColdSetup& s)
{
    ColdData d;
    d.dir = fs::absolute(s.dataRoot / ("cold-c" + std::to_string(s.customers) + "-e" + std::to_string(s.events) + "-s"
                                       + std::to_string(s.seed)));
    d.customers = d.dir / "customers.csv";
    d.customers10 = d.dir / "customers10.csv";
    d.events = d.dir / "events.csv";
    if (!fs::exists(d.dir / ".complete")) {
        std::fprintf(stderr, "generating %zu customers, %zu events into %s\n", s.customers, s.events, d.dir.c_str());
        GenerateOptions g;
        g.customers = s.customers;
        g.events = s.events;
        g.seed = s.seed;
        g.outDir = d.dir;
        generateDataset(g);
        projectColumns(d.customers, d.customers10, honestGraphColumns());
        std::ofstream(d.dir / ".complete") << "ok\n";
    }
    StandardGraphOptions o;
    o.customersPath = "customers10.csv";
    const StandardGraph honest = honestGraph(o);
    d.honestGraph = d.dir / "honest.segment.json";
    writeGraph(honest.graph, d.honestGraph);
    StandardGraphOptions so;
    so.events = false;
    d.standardGraph = d.dir / "standard-customers.segment.json";
    writeGraph(standardGraph(so).graph, d.standardGraph);

    d.ruleLayerSql = honest.ruleLayerSql(SqlDialect::DuckDB);
    std::vector<std::string> names;
    for (const Json& n : honest.graph["nodes"])
        if (n["type"] == "segment")
            names.push_back(n["name"].get<std::string>());
    const std::vector<std::string> slugs = uniqueSlugs(names);
    for (size_t i = 0; i < honest.segments.size(); ++i)
        d.segments.push_back({honest.segments[i], slugs[i] + ".csv", honest.segmentPredicate(honest.segments[i])});
    return d;
}

Graph loadGraphChecked(const fs::path& file)
{
    GraphLoadResult loaded = loadGraphFile(file);
    if (!loaded.ok())
        throw Error("bench: " + file.string() + " does not load");
    return std::move(*loaded.graph);
}

double columnSum(const Table& t, const std::string& name)
{
    const Column* c = t.find(name);
    if (!c)
        throw Error("bench: no column " + name);
    double sum = 0;
    for (size_t r = 0; r < c->size(); ++r)
        if (!c->isNull(r))
            sum += c->numericAt(r);
    return sum;
}

Row memoryRow(const std::string& what, const Table& table)
{
    const size_t held = table.memoryBytes(), raw = rawTypedBytes(table);
    const double ratio = static_cast<double>(held) / static_cast<double>(raw);
    char note[160];
    std::snprintf(note, sizeof note, "ratio %.2f (x1000 in the ms column): %zu MiB held, %zu MiB raw", ratio,
                  held >> 20, raw >> 20);
    return Row{what + ": memory after runs / raw typed bytes", "segment-studio", "-", 0, {ratio * 1000}, "<= 1.3x",
               ratio <= 1.3 ? "met" : "missed", note};
}

Json runDuckdbCold(const ColdSetup& s, const fs::path& workDir, Json job)
{
    job["threads"] = s.threads;
    job["runs"] = s.runs;
    const fs::path jobFile = workDir / "duckdb-cold-job.json";
    std::ofstream(jobFile) << job.dump(1);
    const std::string command = shellQuoted(s.node) + " " + shellQuoted(fs::absolute(s.runner).string()) + " "
        + shellQuoted(jobFile.string()) + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        throw Error("bench: cannot start " + command);
    std::string output;
    char buffer[65536];
    for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        output.append(buffer, n);
    if (pclose(pipe) != 0)
        throw Error("bench: the DuckDB runner failed (" + command + "):\n" + output);
    return Json::parse(output);
}

void measureEndToEnd(const ColdSetup& s, const ColdData& d, Results& results)
{
    std::fprintf(stderr, "end to end: run --export against DuckDB's job\n");
    const fs::path oursDir = d.dir / "export-segstudio", duckDir = d.dir / "export-duckdb";
    fs::create_directories(duckDir);
    const std::string ours = shellQuoted(fs::absolute(s.cli).string()) + " run " + shellQuoted(d.honestGraph.string())
        + " --export " + shellQuoted(oursDir.string()) + " --threads " + std::to_string(s.threads)
        + " --quiet > /dev/null";
    Json job{{"mode", "job"}, {"csv", d.customers10.string()}, {"rule_layer", d.ruleLayerSql},
             {"threads", s.threads}, {"segments", Json::array()}};
    for (const ColdData::Segment& seg : d.segments)
        job["segments"].push_back(Json{{"file", (duckDir / seg.file).string()}, {"predicate", seg.predicate}});
    const fs::path jobFile = d.dir / "duckdb-cold-e2e.json";
    std::ofstream(jobFile) << job.dump(1);
    const std::string theirs = shellQuoted(s.node) + " " + shellQuoted(fs::absolute(s.runner).string()) + " "
        + shellQuoted(jobFile.string()) + " > /dev/null";
    std::vector<double> oursMs, theirsMs;
    for (int i = 0; i <= s.runs; ++i) { // the first round warms the page cache for both
        const double a = wallOf(ours), b = s.duckdb ? wallOf(theirs) : 0;
        if (i > 0) {
            oursMs.push_back(a);
            theirsMs.push_back(b);
        }
    }
    if (s.duckdb) {
        for (const ColdData::Segment& seg : d.segments)
            if (readWithoutCr(oursDir / seg.file) != readWithoutCr(duckDir / seg.file))
                throw Error("bench: segment " + seg.id + ": the exported keys differ from DuckDB's (" + seg.file + ")");
        std::fprintf(stderr, "  the %zu segments' key files agree with DuckDB's\n", d.segments.size());
    }
    const std::string what = "end to end: run --export, honest graph (" + std::to_string(d.segments.size()) + " files)";
    if (!s.duckdb) {
        results.add(Row{what, "segment-studio", "-", s.threads, oursMs, "", "", "process wall clock"});
        return;
    }
    Row mine{what, "segment-studio", "-", s.threads, oursMs, ">= 5x DuckDB", "", ""};
    const double ratio = median(theirsMs) / mine.medianMs();
    mine.verdict = ratio >= 5 ? "met" : "missed";
    char note[96];
    std::snprintf(note, sizeof note, "process wall clock; %.2fx faster than DuckDB", ratio);
    mine.note = note;
    results.add(std::move(mine));
    results.add(Row{what, "duckdb", "-", s.threads, theirsMs, "", "", "node + read_csv + rule layer + COPY each"});
}

std::string loadAverage()
{
    std::ifstream in("/proc/loadavg");
    std::string a, b, c;
    in >> a >> b >> c;
    return a + " " + b + " " + c;
}

std::string utcStamp(const char* format)
{
    const std::time_t now = std::time(nullptr);
    char text[64];
    std::strftime(text, sizeof text, format, std::gmtime(&now));
    return text;
}

int printAndSave(const ColdSetup& s, Results& results, Json info)
{
    info["load_average_at_end"] = loadAverage();
    const std::string table = results.table();
    std::printf("Segment Studio cold path (issue 18), %s UTC: %zu customers, %zu events, %d threads, median of %d\n"
                "load average at start %s, at end %s\n%s",
                info["date_utc"].get<std::string>().c_str(), s.customers, s.events, s.threads, s.runs,
                info["load_average_at_start"].get<std::string>().c_str(),
                info["load_average_at_end"].get<std::string>().c_str(), table.c_str());
    fs::create_directories(s.resultsDir);
    const fs::path out = s.resultsDir / ("cold-path-" + utcStamp("%Y%m%d-%H%M%S") + ".json");
    std::ofstream(out) << Json{{"info", info}, {"rows", results.toJson()}, {"table", table}}.dump(1) << "\n";
    std::printf("results: %s\n", out.c_str());
    return 0;
}

} // namespace seg::bench
