#include "destinations/manifest.h"

#include "util/sha256.h"
#include "graph/graph.h"
#include "graph/graph_io.h"

#include <chrono>
#include <ctime>
#include <set>

namespace seg {

Json destinationManifest(const ManifestSource& source, const Preset& preset, const DestinationExportSummary& summary,
                         const ManifestFile& file, const std::map<Identifier, std::string>& columns)
{
    Json j = Json::object();
    j["format"] = "segstudio-export-manifest";
    j["format_version"] = 1;
    j["file"] = file.name;
    j["file_sha256"] = file.sha256;
    j["file_bytes"] = file.bytes;
    j["rows"] = file.rows;
    j["part"] = file.part;
    j["parts"] = file.parts;
    j["graph"] = {{"name", source.graphName}, {"sha256", source.graphHash}};
    j["segment"] = {{"id", source.segmentId}, {"name", source.segmentName}, {"definition_sha256", source.definitionHash}};
    j["as_of"] = source.asOf;
    j["run_time"] = source.runTime;
    j["preset"] = preset.name;
    Json mapping = Json::object();
    for (const auto& [id, column] : columns)
        mapping[std::string(identifierName(id))] = column;
    j["columns"] = std::move(mapping);
    Json hashed = Json::array();
    for (const PresetColumn& c : preset.columns)
        if (c.hashed && columns.count(c.identifier))
            hashed.push_back(c.header);
    j["hashed_columns"] = std::move(hashed);
    j["members"] = summary.members;
    j["rows_total"] = summary.written;
    Json lists = Json::array();
    for (const auto& [name, count] : summary.suppressedByList)
        lists.push_back({{"name", name}, {"removed", count}});
    j["suppression_lists"] = std::move(lists);
    j["suppressed"] = summary.suppressed;
    j["left_out_no_identifier"] = summary.noIdentifier;
    Json invalid = Json::object();
    for (const Identifier id : kAllIdentifiers)
        if (const uint64_t n = summary.identifiers[static_cast<size_t>(id)].invalid)
            invalid[std::string(identifierName(id))] = n;
    j["invalid_values_left_out"] = std::move(invalid);
    j["duplicates_left_out"] = summary.duplicates;
    Json emptied = Json::object();
    for (const Identifier id : kAllIdentifiers)
        if (const uint64_t n = summary.identifiers[static_cast<size_t>(id)].duplicate)
            emptied[std::string(identifierName(id))] = n;
    j["duplicate_values_left_empty"] = std::move(emptied);
    j["warnings"] = summary.warnings;
    return j;
}

std::string segmentDefinitionHash(const Graph& graph, const std::string& segmentId)
{
    std::set<std::string> seen;
    std::vector<std::string> stack = {segmentId};
    // Derived columns are used by name, not through inputs: every derive node counts.
    for (const Node& node : graph.nodes)
        if (node.type == NodeType::Derive)
            stack.push_back(node.id);
    while (!stack.empty()) {
        const std::string id = stack.back();
        stack.pop_back();
        if (!seen.insert(id).second)
            continue;
        if (const Node* node = graph.find(id))
            for (const std::string& input : node->inputs)
                stack.push_back(splitInputRef(input).first);
    }
    std::string text;
    for (const std::string& id : seen) // std::set: id order
        if (const Node* node = graph.find(id))
            text += node->source.dump() + "\n";
    return sha256Hex(text);
}

std::string utcNow()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

} // namespace seg
