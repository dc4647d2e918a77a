// run: evaluate every segment of a graph, print their sizes, and optionally write the JSON run
// report and one CSV per segment.
#include "args.h"
#include "commands.h"
#include "destination_export.h"
#include "project.h"
#include "run_timings.h"

#include "diagnose/diagnosis.h"
#include "exec/runner.h"
#include "export/atomic_text_file.h"
#include "export/csv_export.h"
#include "export/export_set.h"
#include "export/segment_exports.h"
#include "sql/sql_engine.h"
#include "util/error.h"
#include "workspace/run_history.h"

#include <tbb/global_control.h>
#include <tbb/parallel_for.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <set>

namespace seg::cli {

namespace {

// Display width of UTF-8 text: one column per code point (good enough for names in a table).
size_t displayWidth(std::string_view text)
{
    size_t width = 0;
    for (const unsigned char c : text)
        width += (c & 0xC0) != 0x80;
    return width;
}

std::string padRight(std::string text, size_t width)
{
    const size_t w = displayWidth(text);
    if (w < width)
        text.append(width - w, ' ');
    return text;
}

std::string padLeft(const std::string& text, size_t width)
{
    return text.size() < width ? std::string(width - text.size(), ' ') + text : text;
}

std::string formatShare(size_t size, size_t universe)
{
    char buffer[32];
    const double percent = universe == 0 ? 0.0 : 100.0 * static_cast<double>(size) / static_cast<double>(universe);
    std::snprintf(buffer, sizeof buffer, "%.1f%%", percent);
    return buffer;
}

std::string formatMs(double ms)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, ms < 10 ? "%.2f ms" : "%.0f ms", ms);
    return buffer;
}

void printSegmentTable(const RunResult& result)
{
    size_t nameWidth = displayWidth("Segment");
    size_t sizeWidth = 4;
    for (const auto& s : result.segments) {
        nameWidth = std::max(nameWidth, displayWidth(s.name));
        sizeWidth = std::max(sizeWidth, std::to_string(s.size).size());
    }
    std::cout << padRight("Segment", nameWidth) << "  " << padLeft("Size", sizeWidth) << "   Share  Warnings\n";
    for (const auto& s : result.segments) {
        std::string warnings;
        for (const auto& w : s.warnings)
            warnings += (warnings.empty() ? "" : "; ") + w;
        const NodeRun* node = result.node(s.id);
        if (node && node->status != NodeStatus::Ok)
            warnings = std::string(nodeStatusName(node->status)) + (warnings.empty() ? "" : "; " + warnings);
        std::cout << padRight(s.name, nameWidth) << "  " << padLeft(std::to_string(s.size), sizeWidth) << "  "
                  << padLeft(formatShare(s.size, result.rows), 6) << (warnings.empty() ? "" : "  " + warnings) << "\n";
    }
}

void printSummary(const RunResult& result, double importMs)
{
    std::cout << "\n"
              << result.segments.size() << (result.segments.size() == 1 ? " segment" : " segments") << " over "
              << result.rows << " customers";
    if (result.events > 0)
        std::cout << " and " << result.events << " events";
    std::cout << ", as of " << formatDate(result.asOf) << "\n"
              << "Total " << formatMs(result.totalMs) << " (strategy " << strategyName(result.strategy) << ", "
              << result.threads << (result.threads == 1 ? " thread" : " threads") << "; import "
              << formatMs(importMs) << ")\n";
    if (!result.strategyReason.empty())
        std::cout << "Strategy: " << result.strategyReason << "\n";
}

// Failed and skipped nodes go to stderr so scripts see them even with --quiet.
void printNodeFailures(const RunResult& result)
{
    for (const auto& node : result.nodes) {
        if (node.status == NodeStatus::Failed)
            std::cerr << "error: node '" << node.id << "' failed: " << node.error << "\n";
        else if (node.status == NodeStatus::Skipped)
            std::cerr << "note: node '" << node.id << "' skipped: " << node.error << "\n";
    }
}

// Why each empty segment is empty, checked on the data (stderr, so --quiet keeps it): the
// segment's own finding, then the findings of the node upstream where the emptiness starts.
void printEmptySegmentHints(const Graph& graph, const Dataset& data, const RunResult& result)
{
    bool anyEmpty = false;
    for (const SegmentRun& s : result.segments)
        anyEmpty |= s.size == 0;
    if (!anyEmpty)
        return;
    const std::vector<Diagnosis> diagnoses = diagnoseEmptyNodes(graph, data, result);
    std::set<std::string> printedRoots;
    for (const SegmentRun& s : result.segments) {
        const NodeRun* node = result.node(s.id);
        if (s.size != 0 || !node || node->status != NodeStatus::Ok)
            continue;
        std::set<std::string> roots;
        for (const Diagnosis& d : diagnoses)
            if (d.nodeId == s.id) {
                std::cerr << "hint: segment '" << s.name << "' is empty: " << d.toString() << "\n";
                if (d.kind == DiagnosisKind::EmptyInput && !d.rootNode.empty())
                    roots.insert(d.rootNode);
            }
        for (const std::string& root : roots) {
            if (!printedRoots.insert(root).second)
                continue;
            bool explained = false;
            for (const Diagnosis& d : diagnoses)
                if (d.nodeId == root) {
                    std::cerr << "hint:   node '" << root << "': " << d.toString() << "\n";
                    explained = true;
                }
            if (!explained) // e.g. a formula: no single value to blame, but the chain ends here
                std::cerr << "hint:   node '" << root << "' matches no customer\n";
        }
    }
}

// Atomically (issue 16 finding 6): a full disk or a kill leaves the previous report whole.
void writeReport(const RunResult& result, const Dataset& data, const std::filesystem::path& file)
{
    const std::string text = runReportToJson(result, data).dump(2) + "\n";
    try {
        AtomicTextFile out(file);
        out.append(text);
        out.commit();
    } catch (const Error& e) {
        // AtomicTextFile says "cannot write '<file>': <OS reason>": keep the reason.
        std::string reason = e.what();
        if (const size_t at = reason.find("': "); at != std::string::npos)
            reason.erase(0, at + 3);
        throw Error("cannot write the run report to " + file.string() + ": " + reason);
    }
}

} // namespace

// One CSV per segment named after its slug; segments whose node did not finish are skipped.
// The folder's files are replaced as a set (ExportSet): never a mix of two runs.
size_t exportSegments(const Graph& graph, const Dataset& data, const RunResult& result,
                      const std::filesystem::path& dir, const ExportOptions& base)
{
    ExportSet set(dir);
    // The files are written concurrently (issue 18): each one's fsync overlaps the others'
    // formatting, and a file's own rows are formatted in parallel morsels too (TBB nests).
    // Paths are taken first: ExportSet::pathFor is not thread-safe.
    struct Job {
        const Bitset* members;
        std::filesystem::path file;
        ExportOptions options;
    };
    std::vector<Job> jobs;
    for (const SegmentExport& e : segmentExports(result)) {
        if (!e.members) {
            std::cerr << "note: segment '" << e.segment->id << "' was not computed; no export written\n";
            continue;
        }
        ExportOptions options = base;
        options.deferredSync = &set.deferredSync(); // one fsync pass and one folder fsync for the set
        if (const Node* node = graph.find(e.segment->id)) {
            options.columns = node->exportColumns;
            options.spreadsheetSafe = options.spreadsheetSafe || node->exportSpreadsheetSafe;
        }
        jobs.push_back(Job{e.members, set.pathFor(e.slug + ".csv"), std::move(options)});
    }
    tbb::parallel_for(size_t{0}, jobs.size(), [&](size_t j) {
        exportMembersCsv(data.customers, result.derived, *jobs[j].members, jobs[j].file, jobs[j].options);
    });
    const size_t written = jobs.size();
    set.commit();
    if (!set.replacedAsSet())
        std::cerr << "note: " << dir.string()
                  << " holds folders or links, or cannot be swapped: its files were replaced one by one\n";
    return written;
}

int runCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("run", args,
                            {{"--strategy"}, {"--threads"}, {"--as-of"}, {"--report"}, {"--export"},
                             {"--quiet", false}, {"--engine"}, {"--spreadsheet-safe", false}, {"--bom", false},
                             {"--fail-on-warning", false}, {"--no-history", false}, {"--workspace"},
                             {"--timings", false},
                             SEG_CLI_LIMIT_FLAGS, SEG_CLI_DESTINATION_FLAGS},
                            0, 1);
    // `run W.segstudio` and `run --workspace W.segstudio` are the same.
    const auto workspaceFlag = parsed.value("--workspace");
    if (parsed.positionals().empty() == !workspaceFlag)
        parsed.fail(workspaceFlag ? "give the workspace either as the argument or with '--workspace', not both"
                                  : "missing argument (a graph or a workspace)");
    if (workspaceFlag && !looksLikeWorkspace(*workspaceFlag))
        throw Error(*workspaceFlag + " is not a workspace (.segstudio); run a graph without '--workspace'");
    const std::string projectPath = workspaceFlag ? *workspaceFlag : parsed.positionals()[0];
    RunOptions options;
    options.strategy = parsed.strategy("--strategy").value_or(Strategy::Auto);
    options.threads = static_cast<int>(parsed.count("--threads", 1, 1024).value_or(defaultThreads()));
    // Given, --threads caps the whole job (import, run, export), not only the run's arena
    // (issue 18: the cold-path benchmark gives both engines the same threads).
    std::optional<tbb::global_control> threadCap;
    if (parsed.has("--threads"))
        threadCap.emplace(tbb::global_control::max_allowed_parallelism, static_cast<size_t>(options.threads));
    options.asOf = parsed.date("--as-of");
    const auto reportPath = parsed.value("--report");
    const auto exportDir = parsed.value("--export");
    if ((reportPath && reportPath->empty()) || (exportDir && exportDir->empty()))
        parsed.fail("options '--report' and '--export' need a non-empty path");
    const bool quiet = parsed.has("--quiet");
    ExportOptions exportOptions;
    exportOptions.spreadsheetSafe = parsed.has("--spreadsheet-safe");
    exportOptions.bom = parsed.has("--bom");
    if ((exportOptions.spreadsheetSafe || exportOptions.bom) && !exportDir)
        parsed.fail("options '--spreadsheet-safe' and '--bom' apply to '--export'");

    RunTimings& timings = RunTimings::process();
    if (parsed.has("--timings"))
        timings.enable();
    timings.mark("arguments");

    std::optional<Graph> graph = loadGraphOrReport(projectPath);
    if (!graph)
        return kExitInvalidInput;
    const std::optional<DestinationRequest> destination = destinationRequest(parsed, *graph, exportDir.has_value());
    timings.mark("load graph");
    const auto importStart = std::chrono::steady_clock::now();
    Dataset data;
    RunResult result;
    if (const auto engineUrl = parsed.value("--engine")) {
        // Remote: the engine's tables are the data; only keys and exported columns come back.
        if (parsed.has("--strategy") || parsed.has("--threads"))
            parsed.fail("options '--strategy' and '--threads' do not apply to '--engine' runs");
        SqlEngine engine(*engineUrl);
        RemoteRun remote = engine.run(*graph, options);
        data = std::move(remote.data);
        result = std::move(remote.result);
    } else {
        data = loadGraphData(*graph, parsed.limits());
        timings.markSplit("import", "prepare", data.prepareTime.ms, data.prepareTime.cpuMs);
        // Throws seg::Error listing every validation problem: an invalid graph is never run.
        result = runGraph(*graph, data, options);
    }
    timings.mark(parsed.has("--engine") ? "remote run" : "run");
    const double importMs = parsed.has("--engine") ? 0.0
        : std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - importStart).count()
            - result.totalMs;
    // A workspace keeps the run (its size alerts join the segments' warnings first).
    std::vector<std::string> drift;
    std::optional<int64_t> recordedRun;
    if (const auto& workspace = openedWorkspace(); workspace && !parsed.has("--engine")) {
        for (const ImportRecord* r : {&workspace->customers, workspace->events ? &*workspace->events : nullptr})
            if (r)
                for (const std::string& d : r->drift)
                    drift.push_back(r->dataset + ": " + d);
        const bool record = !parsed.has("--no-history") && workspaceSettings(workspace->file).value("record_runs", true);
        if (record)
            recordedRun = recordRun(*workspace, *graph, result, "cli");
        else
            addSizeAlerts(workspace->file, result);
    } else if (parsed.has("--no-history")) {
        parsed.fail("option '--no-history' applies to a workspace (.segstudio)");
    }
    if (!quiet) {
        printSegmentTable(result);
        printSummary(result, importMs);
    }
    printNodeFailures(result);
    if (!parsed.has("--engine"))
        printEmptySegmentHints(*graph, data, result);
    for (const std::string& d : drift)
        std::cerr << "warning: data drift since the previous import: " << d << "\n";
    if (recordedRun && !quiet)
        std::cout << "Recorded as run " << *recordedRun << " in " << openedWorkspace()->file.string() << "\n";
    timings.mark("print");
    if (reportPath) {
        writeReport(result, data, *reportPath);
        if (!quiet)
            std::cout << "Report: " << *reportPath << "\n";
        timings.mark("report");
    }
    if (exportDir) {
        const size_t written = destination
            ? exportSegmentsForDestination(*graph, data, result, *exportDir, *destination, quiet)
            : exportSegments(*graph, data, result, *exportDir, exportOptions);
        if (!quiet)
            std::cout << "Exported " << written << (written == 1 ? " segment" : " segments") << " to "
                      << *exportDir << "\n";
        timings.mark("export");
    }
    if (result.partialFailure())
        return kExitNodesFailed;
    if (parsed.has("--fail-on-warning")) {
        size_t warnings = drift.size();
        for (const SegmentRun& s : result.segments)
            warnings += s.warnings.size();
        if (warnings > 0) {
            std::cerr << "warning: " << warnings << (warnings == 1 ? " warning" : " warnings")
                      << " (segment alerts or data drift); exit code " << kExitWarnings << " (--fail-on-warning)\n";
            return kExitWarnings;
        }
    }
    return kExitOk;
}

} // namespace seg::cli
