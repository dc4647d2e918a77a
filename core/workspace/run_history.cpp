// Recording runs into a workspace and reading the history back.
#include "workspace/run_history.h"

#include "graph/graph_io.h"
#include "workspace/file_hash.h"
#include "workspace/member_set.h"
#include "workspace/workspace_internal.h"

#include "util/error.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace seg {

namespace fs = std::filesystem;

namespace {

Json fileFingerprint(const ImportRecord& r)
{
    return Json{{"import", r.id}, {"rows", r.rows}, {"file_size", r.fileSize}, {"file_hash", r.fileHash}, {"path", r.path}};
}

std::vector<std::string> stringsOf(const std::string& text)
{
    std::vector<std::string> out;
    const Json j = Json::parse(text, nullptr, false);
    if (j.is_array())
        for (const Json& x : j)
            if (x.is_string())
                out.push_back(x.get<std::string>());
    return out;
}

// node id -> its JSON text, from a stored graph.
std::map<std::string, std::string> nodesOf(ws::Db& db, const std::string& hash)
{
    std::map<std::string, std::string> out;
    ws::Stmt s(db, "SELECT json FROM graphs WHERE hash = ?");
    s.bind(1, hash);
    if (!s.step())
        return out;
    const Json g = Json::parse(s.text(0), nullptr, false);
    if (g.is_object() && g.contains("nodes") && g["nodes"].is_array())
        for (const Json& n : g["nodes"])
            if (n.is_object() && n.contains("id") && n["id"].is_string())
                out[n["id"].get<std::string>()] = n.dump();
    return out;
}

} // namespace

const RunRecord::Segment* RunRecord::segment(std::string_view segmentId) const
{
    for (const Segment& s : segments)
        if (s.id == segmentId)
            return &s;
    return nullptr;
}

std::vector<std::string> sizeAlerts(size_t size, const std::vector<size_t>& recentSizes, const Json& settings)
{
    const size_t window = static_cast<size_t>(std::max<int64_t>(1, settings.value("alert_window", int64_t{5})));
    const double threshold = settings.value("alert_change_percent", 20.0);
    std::vector<size_t> recent(recentSizes.begin(), recentSizes.begin() + static_cast<std::ptrdiff_t>(
                                                                              std::min(window, recentSizes.size())));
    if (recent.empty())
        return {};
    std::sort(recent.begin(), recent.end());
    const size_t k = recent.size();
    // The median; of an even count, the mean of the middle two (rounded down).
    const double median = k % 2 ? static_cast<double>(recent[k / 2])
                                : std::floor((static_cast<double>(recent[k / 2 - 1]) + static_cast<double>(recent[k / 2])) / 2);
    const std::string runs = k == 1 ? "the last run" : "the last " + std::to_string(k) + " runs";
    if (median == 0)
        return size == 0 ? std::vector<std::string>{}
                         : std::vector<std::string>{"size " + std::to_string(size) + " against 0 in " + runs};
    const double change = 100.0 * (static_cast<double>(size) - median) / median;
    if (std::fabs(change) <= threshold)
        return {};
    char text[160];
    std::snprintf(text, sizeof text, "size %zu moved %+.1f %% against the median %.0f of %s", size, change, median,
                  runs.c_str());
    return {text};
}

std::map<std::string, std::vector<size_t>> recentSegmentSizes(const fs::path& file, size_t limit)
{
    std::map<std::string, std::vector<size_t>> out;
    ws::Db db = ws::openChecked(file, false);
    ws::Stmt s(db, "SELECT rs.segment_id, rs.size FROM run_segments rs JOIN "
                   "(SELECT id FROM runs ORDER BY id DESC LIMIT ?) r ON r.id = rs.run_id ORDER BY rs.run_id DESC");
    s.bind(1, static_cast<int64_t>(limit));
    while (s.step())
        out[s.text(0)].push_back(static_cast<size_t>(s.integer(1)));
    return out;
}

void addSizeAlerts(const fs::path& file, RunResult& result)
{
    const Json settings = workspaceSettings(file);
    const size_t window = static_cast<size_t>(std::max<int64_t>(1, settings.value("alert_window", int64_t{5})));
    const auto recent = recentSegmentSizes(file, window);
    for (SegmentRun& s : result.segments) {
        const NodeRun* node = result.node(s.id);
        if (!node || node->status != NodeStatus::Ok)
            continue; // "not computed" says enough
        const auto it = recent.find(s.id);
        if (it == recent.end())
            continue;
        for (std::string& alert : sizeAlerts(s.size, it->second, settings))
            s.warnings.push_back(std::move(alert));
    }
}

int64_t recordRun(const WorkspaceInfo& info, const Graph& graph, RunResult& result, const std::string& source)
{
    addSizeAlerts(info.file, result);
    const Json settings = workspaceSettings(info.file);
    const bool keepMembers = settings.value("keep_member_sets", true);
    Json fingerprint{{"customers", fileFingerprint(info.customers)}};
    if (info.events)
        fingerprint["events"] = fileFingerprint(*info.events);
    Json graphJson = graphToJson(graph);
    graphJson.erase("ui");
    const std::string hash = graphHash(graph);

    ws::Db db = ws::openChecked(info.file, true, 5000);
    ws::Transaction txn(db);
    // Each set whole, or as the XOR against the latest earlier run of the segment on the same
    // import when that is smaller (member_set.h).
    struct Stored {
        std::string bytes;
        std::optional<int64_t> base;
        int64_t depth = 0;
    };
    std::vector<Stored> members(result.segments.size());
    ws::Stmt previous(db, "SELECT rs.run_id, rs.members_depth FROM run_segments rs JOIN runs r ON r.id = rs.run_id "
                          "WHERE rs.segment_id = ? AND rs.members IS NOT NULL AND r.customers_import = ? "
                          "ORDER BY rs.run_id DESC LIMIT 1");
    for (size_t i = 0; keepMembers && i < result.segments.size(); ++i) {
        const Bitset* set = result.members(result.segments[i].id);
        if (!set)
            continue;
        members[i].bytes = ws::encodeMemberSet(*set);
        previous.bind(1, result.segments[i].id).bind(2, info.customers.id);
        const bool found = previous.step();
        const int64_t baseRun = found ? previous.integer(0) : 0, baseDepth = found ? previous.integer(1) : 0;
        previous.reset();
        if (!found || baseDepth >= ws::kMaxMemberChain)
            continue;
        const Bitset base = ws::storedMembers(db, baseRun, result.segments[i].id);
        if (base.size() != set->size())
            continue;
        std::string delta = ws::encodeMemberSet(ws::xorOf(*set, base));
        if (delta.size() < members[i].bytes.size())
            members[i] = {std::move(delta), baseRun, baseDepth + 1};
    }
    ws::Stmt g(db, "INSERT OR IGNORE INTO graphs(hash, json) VALUES(?, ?)");
    g.bind(1, hash).bind(2, graphJson.dump()).run();
    ws::Stmt r(db, "INSERT INTO runs(at, source, graph_hash, customers_import, events_import, as_of, strategy, threads, "
                   "total_ms, rows, events, fingerprint) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    r.bind(1, ws::utcNow()).bind(2, source).bind(3, hash).bind(4, info.customers.id);
    info.events ? r.bind(5, info.events->id) : r.bindNull(5);
    r.bind(6, formatDate(result.asOf)).bind(7, strategyName(result.strategy)).bind(8, int64_t{result.threads});
    r.bind(9, result.totalMs).bind(10, static_cast<int64_t>(result.rows)).bind(11, static_cast<int64_t>(result.events));
    r.bind(12, fingerprint.dump()).run();
    const int64_t runId = db.scalar("SELECT last_insert_rowid()").value_or(0);
    ws::Stmt seg(db, "INSERT INTO run_segments(run_id, segment_id, name, size, warnings, members, members_base, "
                     "members_depth) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < result.segments.size(); ++i) {
        const SegmentRun& s = result.segments[i];
        seg.bind(1, runId).bind(2, s.id).bind(3, s.name).bind(4, static_cast<int64_t>(s.size));
        seg.bind(5, Json(s.warnings).dump());
        if (keepMembers && result.members(s.id))
            seg.bindBlob(6, members[i].bytes.data(), members[i].bytes.size());
        else
            seg.bindNull(6); // not computed, or member sets switched off
        members[i].base ? seg.bind(7, *members[i].base) : seg.bindNull(7);
        seg.bind(8, members[i].depth);
        seg.run();
    }
    ws::Stmt n(db, "INSERT INTO run_nodes(run_id, node_id, type, status, size, ms, error) VALUES(?, ?, ?, ?, ?, ?, ?)");
    for (const NodeRun& node : result.nodes) {
        n.bind(1, runId).bind(2, node.id).bind(3, nodeTypeName(node.type)).bind(4, nodeStatusName(node.status));
        node.size ? n.bind(5, static_cast<int64_t>(*node.size)) : n.bindNull(5);
        n.bind(6, node.endMs - node.startMs).bind(7, node.error).run();
    }
    txn.commit();
    return runId;
}

std::vector<RunRecord> runHistory(const fs::path& file, const std::optional<std::string>& segment)
{
    ws::Db db = ws::openChecked(file, false);
    std::vector<RunRecord> runs;
    ws::Stmt r(db, "SELECT id, at, source, graph_hash, customers_import, events_import, as_of, strategy, threads, "
                   "total_ms, rows, events, fingerprint FROM runs ORDER BY id");
    while (r.step()) {
        RunRecord x;
        x.id = r.integer(0);
        x.at = r.text(1);
        x.source = r.text(2);
        x.graphHash = r.text(3);
        if (!r.isNull(4))
            x.customersImport = r.integer(4);
        if (!r.isNull(5))
            x.eventsImport = r.integer(5);
        x.asOf = r.text(6);
        x.strategy = r.text(7);
        x.threads = static_cast<int>(r.integer(8));
        x.totalMs = r.real(9);
        x.rows = static_cast<size_t>(r.integer(10));
        x.events = static_cast<size_t>(r.integer(11));
        x.fingerprint = Json::parse(r.text(12), nullptr, false);
        runs.push_back(std::move(x));
    }
    ws::Stmt s(db, "SELECT segment_id, name, size, warnings FROM run_segments WHERE run_id = ? ORDER BY rowid");
    ws::Stmt n(db, "SELECT node_id, type, status, size, ms, error FROM run_nodes WHERE run_id = ? ORDER BY rowid");
    std::map<std::string, std::string> previousNodes;
    for (size_t i = 0; i < runs.size(); ++i) {
        RunRecord& x = runs[i];
        s.bind(1, x.id);
        while (s.step())
            x.segments.push_back({s.text(0), s.text(1), static_cast<size_t>(s.integer(2)), stringsOf(s.text(3))});
        s.reset();
        n.bind(1, x.id);
        while (n.step())
            x.nodes.push_back({n.text(0), n.text(1), n.text(2),
                               n.isNull(3) ? std::nullopt : std::optional<size_t>(static_cast<size_t>(n.integer(3))),
                               n.real(4), n.text(5)});
        n.reset();
        std::map<std::string, std::string> nodes = nodesOf(db, x.graphHash);
        if (i > 0 && x.graphHash != runs[i - 1].graphHash) {
            for (const auto& [id, json] : nodes) {
                const auto it = previousNodes.find(id);
                if (it == previousNodes.end())
                    x.nodesAdded.push_back(id);
                else if (it->second != json)
                    x.nodesChanged.push_back(id);
            }
            for (const auto& [id, json] : previousNodes)
                if (!nodes.count(id))
                    x.nodesRemoved.push_back(id);
        }
        previousNodes = std::move(nodes);
    }
    if (segment) {
        std::vector<RunRecord> kept;
        for (RunRecord& x : runs) {
            const RunRecord::Segment* found = x.segment(*segment);
            if (!found)
                continue;
            const RunRecord::Segment only = *found;
            x.segments = {only};
            kept.push_back(std::move(x));
        }
        runs = std::move(kept);
    }
    return runs;
}

Json runHistoryToJson(const std::vector<RunRecord>& runs)
{
    Json out = Json::array();
    for (const RunRecord& x : runs) {
        Json segments = Json::array();
        for (const auto& s : x.segments)
            segments.push_back({{"id", s.id}, {"name", s.name}, {"size", s.size}, {"warnings", s.warnings}});
        Json nodes = Json::array();
        for (const auto& n : x.nodes)
            nodes.push_back({{"id", n.id}, {"type", n.type}, {"status", n.status},
                             {"size", n.size ? Json(*n.size) : Json(nullptr)}, {"ms", n.ms},
                             {"error", n.error.empty() ? Json(nullptr) : Json(n.error)}});
        out.push_back({{"run", x.id}, {"at", x.at}, {"source", x.source}, {"graph_hash", x.graphHash},
                       {"graph_changes", {{"added", x.nodesAdded}, {"removed", x.nodesRemoved}, {"changed", x.nodesChanged}}},
                       {"as_of", x.asOf}, {"strategy", x.strategy}, {"threads", x.threads}, {"total_ms", x.totalMs},
                       {"rows", x.rows}, {"events", x.events}, {"data", x.fingerprint}, {"segments", std::move(segments)},
                       {"nodes", std::move(nodes)}});
    }
    return out;
}

} // namespace seg
