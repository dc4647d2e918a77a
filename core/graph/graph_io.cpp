// Loading and saving whole .segment.json files (spec section 1).
#include "graph/graph_io.h"

#include "data/types.h"
#include "export/atomic_text_file.h"
#include "graph/export_settings_reader.h"
#include "graph/graph_internal.h"
#include "graph/graph_migration.h"
#include "util/error.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <unordered_map>

namespace seg {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kFormat = "segment-studio/graph";
constexpr uintmax_t kMaxGraphFileBytes = 64u << 20;

// nlohmann's text is "[json.exception.parse_error.101] parse error at line 2, column 11: syntax
// error while parsing value - invalid literal; last read: ...": keep only what went wrong, since
// the location is ours.
std::string syntaxMessage(std::string what)
{
    if (const size_t bracket = what.find("] "); bracket != std::string::npos)
        what.erase(0, bracket + 2);
    if (what.rfind("parse error", 0) == 0)
        if (const size_t colon = what.find(": "); colon != std::string::npos)
            what.erase(0, colon + 2);
    if (what.rfind("syntax error while parsing ", 0) == 0)
        if (const size_t dash = what.find(" - "); dash != std::string::npos)
            what.erase(0, dash + 3);
    return "syntax error: " + printable(what, 200);
}

// The id of the node a JSON pointer points into ("/nodes/3/op"), for duplicate-key messages.
std::string nodeIdAt(const Json& root, const std::string& pointer)
{
    if (pointer.rfind("/nodes/", 0) != 0)
        return {};
    const size_t end = pointer.find('/', 7);
    const auto index = parseInt64(std::string_view(pointer).substr(7, end == std::string::npos ? end : end - 7));
    const auto nodes = root.find("nodes");
    if (!index || nodes == root.end() || !nodes->is_array() || *index < 0
        || static_cast<size_t>(*index) >= nodes->size())
        return {};
    const Json& node = (*nodes)[static_cast<size_t>(*index)];
    const auto id = node.is_object() ? node.find("id") : node.end();
    return id != node.end() && id->is_string() ? id->get<std::string>() : std::string();
}

// Diagnostics in file order, whichever check found them first; those without a line come first.
void sortByPosition(std::vector<Diagnostic>& diagnostics, const std::string& sourceName)
{
    auto key = [&](const Diagnostic& d) -> std::pair<int64_t, int64_t> {
        if (d.location.size() <= sourceName.size() + 1)
            return {0, 0};
        const std::string_view rest = std::string_view(d.location).substr(sourceName.size() + 1);
        const size_t colon = rest.find(':');
        if (colon == std::string_view::npos)
            return {0, 0};
        return {parseInt64(rest.substr(0, colon)).value_or(0), parseInt64(rest.substr(colon + 1)).value_or(0)};
    };
    std::stable_sort(diagnostics.begin(), diagnostics.end(),
                     [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
}

void readNodes(const FieldReader& top, Graph& graph)
{
    const Json* nodes = top.find("nodes");
    if (!nodes)
        return; // a new, empty graph
    if (!nodes->is_array()) {
        top.wrongType("nodes", "a list of node objects");
        return;
    }
    Reporter& reporter = top.reporter();
    std::unordered_map<std::string, size_t> firstIndexOfId;
    for (size_t i = 0; i < nodes->size(); ++i) {
        const std::string subject = "nodes[" + std::to_string(i) + "]";
        const std::string pointer = jsonPointerChild("/nodes", i);
        const Json& object = (*nodes)[i];
        auto node = parseNodeObject(object, pointer, subject, reporter);
        // Ids are compared as written, so a node whose type is wrong still counts as a user of its id.
        const auto id = object.is_object() ? object.find("id") : object.end();
        if (id != object.end() && id->is_string() && !id->get_ref<const std::string&>().empty()) {
            const std::string& text = id->get_ref<const std::string&>();
            const auto [it, inserted] = firstIndexOfId.emplace(text, i);
            if (!inserted) {
                const std::string first = "/nodes/" + std::to_string(it->second);
                std::string message = "duplicate id, first used by nodes[" + std::to_string(it->second) + "]";
                if (const auto pos = reporter.positionOf(first))
                    message += " at line " + std::to_string(pos->line);
                // An id that is itself invalid was reported already; name the node by position then.
                const bool printableId = std::none_of(text.begin(), text.end(), [](char c) {
                    return c == ':' || static_cast<unsigned char>(c) < 0x20;
                });
                reporter.report(printableId ? text : std::string(), jsonPointerChild(pointer, "id"),
                                printableId ? message : subject + ": " + message);
            }
        }
        if (!node)
            continue;
        // Kept even when it has problems, so an editor can show the file for fixing.
        graph.nodes.push_back(std::move(*node));
    }
}

void readDatasets(const FieldReader& top, Graph& graph)
{
    const Json* datasets = top.find("datasets");
    if (!datasets) {
        top.missing("datasets", "at least {\"customers\": {\"path\": \"customers.csv\", \"key\": \"customer_id\"}}");
        return;
    }
    if (!datasets->is_object()) {
        top.wrongType("datasets", "an object {\"customers\": {...}, \"events\": {...}}");
        return;
    }
    FieldReader d(*datasets, "/datasets", "datasets.", "", top.reporter());
    d.rejectUnknown({"customers", "events"}, "'datasets'");
    if (const Json* customers = d.find("customers"))
        parseDataset(*customers, d.pointer("customers"), false, top.reporter(), graph.customers);
    else
        d.missing("customers", "the customer table: {\"path\": \"customers.csv\", \"key\": \"customer_id\"}");
    if (const Json* events = d.find("events")) {
        graph.events.emplace();
        parseDataset(*events, d.pointer("events"), true, top.reporter(), *graph.events);
    }
}

} // namespace

std::span<const GraphMigration> graphMigrations()
{
    // Add {N, upgradeFromN} here when format_version N + 1 is introduced.
    static const std::vector<GraphMigration> steps;
    return steps;
}

std::string migrateGraphDocument(Json& document, int fromVersion, int toVersion, std::span<const GraphMigration> table)
{
    for (int version = fromVersion; version < toVersion; ++version) {
        const GraphMigration* step = nullptr;
        for (const GraphMigration& candidate : table)
            if (candidate.fromVersion == version)
                step = &candidate;
        if (!step)
            return "no migration from format_version " + std::to_string(version) + " to "
                + std::to_string(version + 1);
        step->upgrade(document);
        document["format_version"] = version + 1;
    }
    return {};
}

GraphLoadResult parseGraph(std::string_view jsonText, const std::string& sourceName, const fs::path& baseDir)
{
    GraphLoadResult result;
    auto& diagnostics = result.diagnostics;
    const JsonTextIndex index = indexJsonText(jsonText, kMaxJsonDepth);
    auto locationOf = [&](size_t offset) {
        const TextPosition pos = index.positionOf(offset, jsonText);
        return sourceName + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column);
    };
    if (index.tooDeepAt) {
        diagnostics.push_back({"", locationOf(*index.tooDeepAt),
                               "lists and objects are nested more than " + std::to_string(kMaxJsonDepth)
                                   + " levels deep; a graph file never needs that"});
        return result;
    }
    Json root;
    try {
        root = Json::parse(jsonText.begin(), jsonText.end());
    } catch (const Json::parse_error& e) {
        diagnostics.push_back({"", locationOf(e.byte > 0 ? e.byte - 1 : 0), syntaxMessage(e.what())});
        return result;
    } catch (const Json::exception& e) {
        if (index.numberOverflowAt)
            diagnostics.push_back({"", locationOf(*index.numberOverflowAt),
                                   "number " + printable(index.overflowingNumber, 40) + " is too large"});
        else
            diagnostics.push_back({"", sourceName, printable(e.what(), 200)});
        return result;
    }

    Reporter rawReporter(diagnostics, sourceName, &index, jsonText);
    if (!root.is_object()) {
        rawReporter.report("", "", "the file must hold a JSON object {\"format\": \"segment-studio/graph\", ...}, got "
                                       + describeJson(root));
        return result;
    }
    const FieldReader rawTop(root, "", "", "", rawReporter);
    const auto format = rawTop.text("format", Need::Required, "expected \"segment-studio/graph\"");
    if (!format)
        return result;
    if (*format != kFormat) {
        rawTop.error("format", "'format' is \"" + printable(*format) + "\", expected \"segment-studio/graph\" "
                               "(this is not a Segment Studio graph)");
        return result;
    }
    const Json* versionValue = rawTop.find("format_version");
    if (!versionValue) {
        rawTop.missing("format_version", "an integer; this program writes " + std::to_string(kGraphFormatVersion));
        return result;
    }
    if (!versionValue->is_number_integer()) {
        rawTop.wrongType("format_version", "an integer (this program writes " + std::to_string(kGraphFormatVersion) + ")");
        return result;
    }
    // Unsigned JSON integers can exceed int64; anything above the current version is "newer".
    const bool newer = versionValue->is_number_unsigned()
        ? versionValue->get<uint64_t>() > static_cast<uint64_t>(kGraphFormatVersion)
        : versionValue->get<int64_t>() > kGraphFormatVersion;
    if (newer) {
        rawTop.error("format_version", "written by a newer Segment Studio (format_version " + versionValue->dump()
                                           + "); this program reads up to " + std::to_string(kGraphFormatVersion));
        return result;
    }
    const int64_t version = versionValue->get<int64_t>();
    if (version < 1) {
        rawTop.error("format_version", "'format_version' " + std::to_string(version)
                                           + " is not a valid version (versions start at 1)");
        return result;
    }
    const bool migrated = version < kGraphFormatVersion;
    if (migrated) {
        const std::string problem =
            migrateGraphDocument(root, static_cast<int>(version), kGraphFormatVersion, graphMigrations());
        if (!problem.empty()) {
            rawTop.error("format_version", problem);
            return result;
        }
    }

    for (const auto& duplicate : index.duplicateKeys) {
        const TextPosition first = index.positionOf(duplicate.firstOffset, jsonText);
        diagnostics.push_back({nodeIdAt(root, duplicate.pointer), locationOf(duplicate.offset),
                               "duplicate key '" + printable(duplicate.key) + "' (also at line "
                                   + std::to_string(first.line) + ", column " + std::to_string(first.column)
                                   + "); only the last one would be used"});
    }

    // After a migration the text positions no longer match the document: name the file only.
    Reporter reporter(diagnostics, sourceName, migrated ? nullptr : &index, jsonText);
    const FieldReader top(root, "", "", "", reporter);
    top.rejectUnknown({"format", "format_version", "name", "as_of", "datasets", "nodes", "export", "ui"}, "a graph file");

    Graph graph;
    graph.formatVersion = kGraphFormatVersion;
    graph.baseDir = baseDir;
    if (const auto name = top.text("name", Need::Optional))
        graph.name = *name;
    if (const auto asOf = top.text("as_of", Need::Optional)) {
        if (const auto day = parseIsoDate(*asOf))
            graph.asOf = *day;
        else
            top.wrongType("as_of", "an ISO date \"YYYY-MM-DD\"");
    }
    readDatasets(top, graph);
    readNodes(top, graph);
    readExportSettings(top, graph.exportSettings);
    if (const Json* ui = top.find("ui")) {
        if (ui->is_object())
            graph.ui = *ui;
        else
            top.wrongType("ui", "an object");
    }
    if (!migrated)
        sortByPosition(diagnostics, sourceName);
    result.graph = std::move(graph);
    return result;
}

GraphLoadResult loadGraphFile(const fs::path& path)
{
    const std::string name = path.string();
    auto fail = [&](std::string message) {
        GraphLoadResult result;
        result.diagnostics.push_back({"", name, std::move(message)});
        return result;
    };
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        return fail("cannot read the graph: the file does not exist");
    if (fs::is_directory(status))
        return fail("cannot read the graph: it is a directory, not a file");
    const uintmax_t size = fs::file_size(path, ec);
    if (!ec && size > kMaxGraphFileBytes)
        return fail("cannot read the graph: the file is " + std::to_string(size)
                    + " bytes, more than a graph file can be (64 MiB)");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail(std::string("cannot read the graph: ") + std::strerror(errno));
    std::string text;
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad())
        return fail(std::string("cannot read the graph: ") + std::strerror(errno));
    fs::path absolute = fs::absolute(path, ec);
    const fs::path baseDir = ec ? path.parent_path() : absolute.parent_path();
    return parseGraph(text, name, baseDir);
}

Json graphToJson(const Graph& graph)
{
    Json j = Json::object();
    j["format"] = kFormat;
    j["format_version"] = kGraphFormatVersion;
    if (!graph.name.empty())
        j["name"] = graph.name;
    if (graph.asOf)
        j["as_of"] = formatDate(*graph.asOf);
    Json datasets = Json::object();
    datasets["customers"] = datasetToJson(graph.customers, false);
    if (graph.events)
        datasets["events"] = datasetToJson(*graph.events, true);
    j["datasets"] = std::move(datasets);
    Json nodes = Json::array();
    for (const Node& node : graph.nodes)
        nodes.push_back(nodeToJson(node));
    j["nodes"] = std::move(nodes);
    if (!graph.exportSettings.empty())
        j["export"] = exportSettingsToJson(graph.exportSettings);
    if (graph.ui.is_object() && !graph.ui.empty())
        j["ui"] = graph.ui;
    return j;
}

void saveGraphFile(const Graph& graph, const fs::path& path)
{
    const std::string name = path.string();
    std::string text;
    try {
        text = graphToJson(graph).dump(2) + "\n";
    } catch (const Json::exception& e) { // e.g. a name that is not valid UTF-8
        throw Error(name + ": cannot save: " + printable(e.what(), 200));
    }
    std::error_code ec;
    fs::path target = path;
    if (fs::is_symlink(path, ec)) { // replace the file the link points to, not the link
        const fs::path resolved = fs::weakly_canonical(path, ec);
        if (!ec)
            target = resolved;
    }
    if (fs::is_directory(target, ec))
        throw Error(name + ": cannot save: it is a directory");

    // AtomicTextFile (issue 16): temporary file in the same folder under an flock, fsync,
    // rename, fsync of the folder; leftovers of a killed save are removed by the next write
    // there; the old file's permissions are kept. Its messages end with the OS reason.
    const std::string prefix = "cannot write '" + target.string() + "': ";
    const auto reason = [&prefix](const Error& e) {
        std::string message = e.what();
        if (message.starts_with(prefix))
            message.erase(0, prefix.size());
        return message;
    };
    std::unique_ptr<AtomicTextFile> out;
    try {
        out = std::make_unique<AtomicTextFile>(target);
    } catch (const Error& e) {
        const fs::path directory = target.parent_path().empty() ? fs::path(".") : target.parent_path();
        throw Error(name + ": cannot save: cannot create a file in " + directory.string() + ": " + reason(e));
    }
    try {
        out->append(text);
        out->commit();
    } catch (const Error& e) {
        throw Error(name + ": cannot save: " + reason(e));
    }
}

} // namespace seg
