#include "project.h"

#include "data/run_prep.h"
#include "graph/graph_io.h"
#include "util/error.h"

#include <algorithm>
#include <iostream>
#include <thread>

namespace seg::cli {

namespace {

std::string rowsText(size_t n) { return std::to_string(n) + (n == 1 ? " row" : " rows"); }

void noteImportProblems(const ImportReport& report, const std::string& fileName, bool events)
{
    if (report.rejected > 0)
        std::cerr << "warning: " << rowsText(report.rejected) << " rejected in " << fileName << " (see describe)\n";
    if (!events && report.duplicateKeys > 0)
        std::cerr << "warning: " << report.duplicateKeys
                  << (report.duplicateKeys == 1 ? " duplicate key" : " duplicate keys") << " in " << fileName
                  << " (on_duplicate_key kept one row per key; see describe --key)\n";
    for (const std::string& note : report.notes)
        std::cerr << "note: " << fileName << ": " << note << "\n";
    if (events && report.unknownKeys > 0)
        std::cerr << "note: " << report.unknownKeys << (report.unknownKeys == 1 ? " event" : " events") << " in "
                  << fileName << " with no matching customer ignored\n";
}

// One project per process: the workspace loadGraphOrReport opened, if any.
std::optional<WorkspaceInfo>& workspaceSlot()
{
    static std::optional<WorkspaceInfo> slot;
    return slot;
}

} // namespace

const std::optional<WorkspaceInfo>& openedWorkspace()
{
    return workspaceSlot();
}

void printDiagnostics(const std::vector<Diagnostic>& diagnostics)
{
    for (const auto& d : diagnostics)
        std::cerr << "error: " << d.toString() << "\n";
}

std::optional<Graph> loadGraphOrReport(const std::string& path)
{
    workspaceSlot().reset();
    GraphLoadResult loaded;
    if (looksLikeWorkspace(path)) {
        WorkspaceInfo info = openWorkspace(path);
        if (info.migratedBackup)
            std::cerr << "note: " << path << " was upgraded to workspace schema version " << info.schemaVersion
                      << "; the old file is kept as " << info.migratedBackup->string() << "\n";
        loaded = parseGraph(info.graphText, path + " (graph)", info.baseDir);
        workspaceSlot() = std::move(info);
    } else {
        loaded = loadGraphFile(path);
    }
    if (!loaded.ok()) {
        printDiagnostics(loaded.diagnostics);
        if (loaded.diagnostics.empty()) // defensive: never fail silently
            std::cerr << "error: " << path << ": cannot be read as a segment graph\n";
        return std::nullopt;
    }
    return std::move(loaded.graph);
}

Dataset loadGraphData(const Graph& graph, const CsvLimits& limits)
{
    if (const auto& workspace = workspaceSlot()) {
        // The datasets as the workspace keeps them; what their import reported is shown again.
        Dataset data = loadWorkspaceData(*workspace);
        data.prepareTime = prepareForRunTimed(data.customers.table); // as loadDataset does (issue 18)
        noteImportProblems(data.customersReport, graph.customers.path, false);
        if (graph.events && data.eventsReport)
            noteImportProblems(*data.eventsReport, graph.events->path, true);
        return data;
    }
    std::optional<std::filesystem::path> eventsPath;
    if (graph.events)
        eventsPath = graph.resolve(graph.events->path);
    Dataset data = loadDataset(graph.customers, graph.resolve(graph.customers.path), graph.events, eventsPath, {},
                               nullptr, limits);
    noteImportProblems(data.customersReport, graph.customers.path, false);
    if (graph.events && data.eventsReport)
        noteImportProblems(*data.eventsReport, graph.events->path, true);
    return data;
}

int defaultThreads()
{
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

} // namespace seg::cli
