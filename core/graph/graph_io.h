#pragma once
// Reading and writing .segment.json files (spec section 1) with structural checks:
// JSON syntax (with line and column), format/version, required fields, unknown node types,
// unknown fields, duplicate ids, field value shapes. Checks that need the data's schema
// (unknown columns, type mismatches) and graph-wide ones (missing inputs, cycles) are in bind/.
#include "graph/graph.h"

#include <filesystem>
#include <string_view>
#include <vector>

namespace seg {

struct GraphLoadResult {
    std::optional<Graph> graph;          // absent only when the file cannot be used at all
    std::vector<Diagnostic> diagnostics; // every problem found, not just the first
    bool ok() const { return graph && diagnostics.empty(); }
};

constexpr int kGraphFormatVersion = 1;

// `sourceName` is used in messages ("campaign.segment.json:3:7: ...").
GraphLoadResult parseGraph(std::string_view jsonText, const std::string& sourceName,
                           const std::filesystem::path& baseDir);
GraphLoadResult loadGraphFile(const std::filesystem::path& path);

// Serialises the graph back to the spec format (nodes from their fields, ui kept verbatim).
Json graphToJson(const Graph& graph);
Json nodeToJson(const Node& node);
// Parses one node object (used by the editor for paste); errors go to `diagnostics`.
std::optional<Node> parseNode(const Json& object, std::vector<Diagnostic>& diagnostics);
// Writes atomically (temporary file + rename) so a failed save never destroys the old file.
void saveGraphFile(const Graph& graph, const std::filesystem::path& path);

// How a dataset path is written in a graph file kept in `graphDir` (README: paths are relative
// to the graph file): relative whenever the two share a folder below the root,
// "../data/customers.csv" included; absolute when they share none (/srv/x.csv for a project in
// /home/ann, another drive). `path` may itself be relative to `oldBase`.
std::string datasetPathForGraphDir(const std::string& path, const std::filesystem::path& oldBase,
                                   const std::filesystem::path& graphDir);

// Graph-wide checks that need no data: inputs naming unknown nodes, unknown ports (split part
// names, priority inputs), a multi-output node used without a port, a derive node (a column)
// used as a set, two derive nodes making the same column, and cycles over input edges
// ("node 'a1': cycle a1 -> o2 -> a1"). The implicit edges from fields that use a derived column
// need the expressions parsed, so cycles through them are left to the planner.
std::vector<Diagnostic> checkReferences(const Graph& graph);

} // namespace seg
