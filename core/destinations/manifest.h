#pragma once
// The JSON manifest beside each destination export file (issue 17): where the file came from
// (graph, segment definition, as-of date, run time), what shaped it (preset, suppression lists
// with their counts) and the file's own SHA-256, so any uploaded list can be traced back.
#include "destinations/destination_export.h"
#include "graph/graph_hash.h"
#include "util/json.h"

namespace seg {

struct ManifestFile {
    std::string name;   // "vip.csv" / "vip-part2.csv"
    size_t part = 1;    // 1-based
    size_t parts = 1;
    uint64_t rows = 0;
    uint64_t bytes = 0;
    std::string sha256; // of the file's bytes
};

Json destinationManifest(const ManifestSource& source, const Preset& preset, const DestinationExportSummary& summary,
                         const ManifestFile& file, const std::map<Identifier, std::string>& columns);

// SHA-256 of the segment node and every node upstream of it (their JSON as saved, in id
// order): a change to any rule that decides the members changes it, layout changes do not.
struct Graph;
std::string segmentDefinitionHash(const Graph& graph, const std::string& segmentId);
// The current time as "YYYY-MM-DDTHH:MM:SSZ".
std::string utcNow();

} // namespace seg
