#pragma once
// The run history of a workspace: every run's per-segment sizes, warnings and member sets, its
// per-node times, the graph it ran (by hash) and the data's fingerprint; the size alerts that
// compare a run with the recent ones; and who entered and left a segment between two runs.
#include "exec/run_result.h"
#include "graph/graph.h"
#include "graph/graph_hash.h"
#include "workspace/workspace.h"

#include <optional>
#include <string>
#include <vector>

namespace seg {

struct RunRecord {
    struct Segment {
        std::string id, name;
        size_t size = 0;
        std::vector<std::string> warnings;
    };
    struct Node {
        std::string id, type, status;
        std::optional<size_t> size;
        double ms = 0;
        std::string error;
    };
    int64_t id = 0;
    std::string at, source, graphHash;
    std::optional<int64_t> customersImport, eventsImport;
    std::string asOf, strategy;
    int threads = 1;
    double totalMs = 0;
    size_t rows = 0, events = 0;
    Json fingerprint;
    std::vector<Segment> segments;
    std::vector<Node> nodes;
    // What changed in the graph since the run before (node ids), empty for the first run.
    std::vector<std::string> nodesAdded, nodesRemoved, nodesChanged;
    const Segment* segment(std::string_view segmentId) const;
};


// Size alerts of one segment against its recent sizes (newest first; the settings'
// alert_window of them are used): "size N moved +X % against the median M of the last K runs",
// when |N - M| / M exceeds alert_change_percent (or M is 0 and N is not). None without history.
std::vector<std::string> sizeAlerts(size_t size, const std::vector<size_t>& recentSizes, const Json& settings);

// The recent sizes of every segment (newest first, at most `limit` runs), from the history.
std::map<std::string, std::vector<size_t>> recentSegmentSizes(const std::filesystem::path& file, size_t limit);

// Adds the move alerts to `result`'s segment warnings (so the CLI and the report show them),
// then records the run (one transaction). Returns the new run's id.
int64_t recordRun(const WorkspaceInfo& info, const Graph& graph, RunResult& result, const std::string& source);
// The same without alerts or recording: what recordRun adds to the warnings.
void addSizeAlerts(const std::filesystem::path& file, RunResult& result);

// Runs, oldest first; with `segment`, only the runs that have it (and only it in `segments`).
std::vector<RunRecord> runHistory(const std::filesystem::path& file, const std::optional<std::string>& segment = {});
Json runHistoryToJson(const std::vector<RunRecord>& runs);

// Who entered and left `segment` between two recorded runs. Members are matched by the
// customer key's text, so runs on different imports compare (a reload in between).
struct MemberDiff {
    CustomerTable fromKeys, toKeys; // the key column of each run's import (as column 0)
    Bitset entered;                 // rows of toKeys
    Bitset left;                    // rows of fromKeys
    size_t fromSize = 0, toSize = 0;
};
// Throws seg::Error naming the run or segment when one is unknown or has no member set.
MemberDiff diffRuns(const WorkspaceInfo& info, int64_t fromRun, int64_t toRun, const std::string& segment);
// Between a recorded run and members computed now on the workspace's current data (`now`: a
// set over the current customers), e.g. "who is new since the last send" before recording.
MemberDiff diffRunToNow(const WorkspaceInfo& info, int64_t fromRun, const std::string& segment, const Bitset& now);

} // namespace seg
