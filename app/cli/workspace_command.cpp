// workspace: make a .segstudio workspace from a graph and its data, reload its data from the
// original files, show what it holds, change its settings.
#include "args.h"
#include "commands.h"
#include "project.h"

#include "export/atomic_text_file.h"
#include "graph/graph_io.h"
#include "util/error.h"
#include "workspace/run_history.h"
#include "workspace/workspace.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

namespace seg::cli {

namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error("cannot read " + file.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void printDrift(const std::vector<std::string>& drift)
{
    for (const std::string& d : drift)
        std::cerr << "warning: data drift: " << d << "\n";
}

std::string resolved(const Graph& graph, const std::string& path) { return graph.resolve(path).string(); }

int saveCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("workspace", args, {{"--out"}, {"--force", false}, {"--quiet", false}, SEG_CLI_LIMIT_FLAGS},
                            2, 2);
    const fs::path graphFile = parsed.positionals()[1];
    const fs::path out = parsed.required("--out");
    if (looksLikeWorkspace(graphFile))
        parsed.fail("'" + graphFile.string() + "' is already a workspace (use 'workspace reload' to re-import its data)");
    if (fs::exists(out) && !parsed.has("--force"))
        throw Error(out.string() + " exists; pass --force to replace it (its history is not kept), or use "
                    "'workspace reload' to re-import the data of a workspace");
    std::optional<Graph> graph = loadGraphOrReport(graphFile.string());
    if (!graph)
        return kExitInvalidInput;
    const Dataset data = loadGraphData(*graph, parsed.limits());
    if (graph->events && !data.events)
        throw Error(data.eventsError + " (no workspace written)");
    WorkspaceSave save;
    save.graphText = readText(graphFile);
    save.baseDir = graph->baseDir.empty() ? fs::current_path() : fs::absolute(graph->baseDir);
    save.data = &data;
    save.customersPath = resolved(*graph, graph->customers.path);
    if (graph->events && data.events)
        save.eventsPath = resolved(*graph, graph->events->path);
    saveWorkspace(out, save);
    if (!parsed.has("--quiet"))
        std::cout << "Saved " << out.string() << ": the graph, " << data.customers.rows() << " customers"
                  << (data.events ? " and " + std::to_string(data.events->rows()) + " events" : std::string()) << " ("
                  << fs::file_size(out) << " bytes)\n";
    return kExitOk;
}

int reloadCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("workspace", args, {{"--quiet", false}, SEG_CLI_LIMIT_FLAGS}, 2, 2);
    const std::string file = parsed.positionals()[1];
    if (!looksLikeWorkspace(file))
        throw Error(file + " is not a workspace");
    std::optional<Graph> graph = loadGraphOrReport(file);
    if (!graph)
        return kExitInvalidInput;
    const WorkspaceInfo info = *openedWorkspace();
    // Import from the original files, as a plain graph would.
    std::optional<fs::path> eventsPath;
    if (graph->events)
        eventsPath = graph->resolve(graph->events->path);
    const Dataset data = loadDataset(graph->customers, graph->resolve(graph->customers.path), graph->events, eventsPath,
                                     {}, nullptr, parsed.limits());
    if (graph->events && !data.events)
        throw Error(data.eventsError + " (the workspace keeps its data)");
    WorkspaceSave save;
    save.graphText = info.graphText;
    save.baseDir = info.baseDir;
    save.data = &data;
    save.customersPath = graph->resolve(graph->customers.path).string();
    if (eventsPath)
        save.eventsPath = eventsPath->string();
    save.keepHistoryFrom = fs::path(file);
    const WorkspaceSaveResult result = saveWorkspace(file, save);
    printDrift(result.drift);
    if (!parsed.has("--quiet"))
        std::cout << "Reloaded " << file << ": " << data.customers.rows() << " customers"
                  << (data.events ? " and " + std::to_string(data.events->rows()) + " events" : std::string())
                  << " (import " << result.customersImport << ")\n";
    return kExitOk;
}

Json importJson(const ImportRecord& r)
{
    return Json{{"import", r.id}, {"at", r.at}, {"path", r.path}, {"file_size", r.fileSize}, {"file_hash", r.fileHash},
                {"rows", r.rows}, {"rejected", r.report.rejected}, {"duplicate_keys", r.report.duplicateKeys},
                {"drift", r.drift}};
}

int infoCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("workspace", args, {{"--json", false}}, 2, 2);
    const std::string file = parsed.positionals()[1];
    const WorkspaceInfo info = openWorkspace(file);
    const size_t runs = runHistory(file).size();
    Json j{{"file", file}, {"schema_version", info.schemaVersion}, {"base_dir", info.baseDir.string()},
           {"customers", importJson(info.customers)}, {"runs", runs}, {"settings", workspaceSettings(file)}};
    if (info.events)
        j["events"] = importJson(*info.events);
    if (parsed.has("--json")) {
        std::cout << j.dump(2) << "\n";
        return kExitOk;
    }
    std::cout << file << ": workspace schema version " << info.schemaVersion << ", " << runs
              << (runs == 1 ? " run" : " runs") << " recorded\n"
              << "  data folder: " << info.baseDir.string() << "\n";
    for (const ImportRecord* r : {&info.customers, info.events ? &*info.events : nullptr}) {
        if (!r)
            continue;
        std::cout << "  " << r->dataset << ": " << r->rows << " rows from " << r->path << " (import " << r->id << ", "
                  << r->at << " UTC, " << r->fileSize << " bytes, hash " << r->fileHash << ")\n";
        for (const std::string& d : r->drift)
            std::cout << "    drift: " << d << "\n";
    }
    std::cout << "  settings: " << workspaceSettings(file).dump() << "\n";
    return kExitOk;
}

int setCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("workspace", args, {}, 4, 4);
    const std::string& file = parsed.positionals()[1];
    const std::string& key = parsed.positionals()[2];
    const Json defaults = defaultWorkspaceSettings();
    if (!defaults.contains(key)) {
        std::string known;
        for (const auto& [name, value] : defaults.items())
            known += (known.empty() ? "" : ", ") + name;
        parsed.fail("unknown setting '" + key + "' (settings: " + known + ")");
    }
    Json value = Json::parse(parsed.positionals()[3], nullptr, false);
    if (value.is_discarded())
        parsed.fail("setting '" + key + "' takes a " + std::string(defaults[key].type_name()) + ", got '" +
                    parsed.positionals()[3] + "'");
    openWorkspace(file); // refuses what cannot be written before anything is
    setWorkspaceSetting(file, key, value);
    return kExitOk;
}

// `workspace graph W --out G`: the stored graph as a file (for version control);
// `workspace graph W --from G`: a new graph for the workspace, keeping its data and history.
int graphCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("workspace", args, {{"--out"}, {"--from"}, {"--quiet", false}}, 2, 2);
    const std::string file = parsed.positionals()[1];
    if (parsed.has("--out") == parsed.has("--from"))
        parsed.fail("give either '--out FILE' (write the workspace's graph) or '--from FILE' (replace it)");
    const WorkspaceInfo info = openWorkspace(file);
    if (const auto out = parsed.value("--out")) {
        if (out->empty())
            parsed.fail("option '--out' needs a non-empty path");
        // Dataset paths stay as written: relative to the folder the workspace was made from.
        if (fs::absolute(fs::path(*out)).parent_path().lexically_normal() != info.baseDir.lexically_normal())
            std::cerr << "note: dataset paths in the graph are relative to " << info.baseDir.string() << "\n";
        AtomicTextFile text(*out);
        text.append(info.graphText);
        text.commit();
        if (!parsed.has("--quiet"))
            std::cout << "Wrote the graph of " << file << " to " << *out << "\n";
        return kExitOk;
    }
    const fs::path from = *parsed.value("--from");
    std::optional<Graph> oldGraph = loadGraphOrReport(file);
    std::optional<Graph> graph = loadGraphOrReport(from.string());
    if (!graph || !oldGraph)
        return kExitInvalidInput;
    WorkspaceSave save;
    save.graphText = readText(from);
    save.baseDir = graph->baseDir.empty() ? fs::current_path() : fs::absolute(graph->baseDir);
    save.newImport = false;
    save.keepHistoryFrom = fs::path(file);
    saveWorkspace(file, save);
    const bool sameData = graph->customers == oldGraph->customers && graph->events == oldGraph->events &&
        graph->resolve(graph->customers.path) == oldGraph->resolve(oldGraph->customers.path);
    if (!sameData)
        std::cerr << "warning: the new graph reads other data files or options; the workspace keeps the data it "
                     "has until 'segstudio-cli workspace reload " << file << "'\n";
    if (!parsed.has("--quiet"))
        std::cout << "Replaced the graph of " << file << " with " << from.string() << " (data and history kept)\n";
    return kExitOk;
}

} // namespace

int workspaceCommand(const std::vector<std::string>& args)
{
    const std::string action = args.empty() ? "" : args.front();
    if (action == "save")
        return saveCommand(args);
    if (action == "reload")
        return reloadCommand(args);
    if (action == "info")
        return infoCommand(args);
    if (action == "set")
        return setCommand(args);
    if (action == "graph")
        return graphCommand(args);
    throw UsageError("workspace", action.empty() ? "missing action (save, reload, info, set or graph)"
                                                 : "unknown action '" + action + "' (save, reload, info, set or graph)");
}

} // namespace seg::cli
