#include "exec/runner.h"

#include "bind/bound_graph.h"
#include "exec/executor.h"
#include "util/error.h"

#include <chrono>

namespace seg {

std::string_view nodeStatusName(NodeStatus s)
{
    switch (s) {
    case NodeStatus::Ok: return "ok";
    case NodeStatus::Failed: return "failed";
    case NodeStatus::Skipped: return "skipped";
    case NodeStatus::Cancelled: return "cancelled";
    }
    return "?";
}

bool RunResult::partialFailure() const
{
    for (const auto& n : nodes)
        if (n.status == NodeStatus::Failed || n.status == NodeStatus::Skipped)
            return true;
    return false;
}

const Bitset* RunResult::members(std::string_view ref) const
{
    auto it = sets.find(ref);
    return it == sets.end() ? nullptr : it->second.get();
}

const NodeRun* RunResult::node(std::string_view id) const
{
    for (const auto& n : nodes)
        if (n.id == id)
            return &n;
    return nullptr;
}

int32_t todayUtc()
{
    const auto now = std::chrono::system_clock::now();
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
    return dayOfTimestamp(micros);
}

std::vector<Diagnostic> validateGraph(const Graph& graph, const Dataset& data)
{
    return bindGraph(graph, data, graph.asOf.value_or(todayUtc())).diagnostics;
}

std::string describeProblems(const std::vector<Diagnostic>& diagnostics)
{
    std::string text = "the graph has " + std::to_string(diagnostics.size())
        + (diagnostics.size() == 1 ? " problem:" : " problems:");
    for (const auto& d : diagnostics)
        text += "\n  " + d.toString();
    return text;
}

std::vector<std::string> segmentWarnings(const Node& node, size_t size)
{
    std::vector<std::string> w;
    if (size == 0)
        w.push_back("segment is empty");
    if (node.expectedMin && static_cast<int64_t>(size) < *node.expectedMin)
        w.push_back("size " + std::to_string(size) + " is below the expected minimum "
                    + std::to_string(*node.expectedMin));
    if (node.expectedMax && static_cast<int64_t>(size) > *node.expectedMax)
        w.push_back("size " + std::to_string(size) + " is above the expected maximum "
                    + std::to_string(*node.expectedMax));
    return w;
}

RunResult runGraph(const Graph& graph, const Dataset& data, const RunOptions& options)
{
    const int32_t asOf = options.asOf ? *options.asOf : graph.asOf ? *graph.asOf : todayUtc();
    const BoundGraph bound = bindGraph(graph, data, asOf);
    if (!bound.diagnostics.empty())
        throw Error(describeProblems(bound.diagnostics));
    const Plan plan = buildPlan(bound, options.strategy, options.threads, options.allNodes);
    RunResult result = executePlan(bound, plan, options);
    for (const Node& node : graph.nodes) {
        if (node.type != NodeType::Segment)
            continue;
        const NodeRun* run = result.node(node.id);
        if (!run)
            continue;
        SegmentRun s{node.id, node.name, run->size.value_or(0), {}};
        if (run->status == NodeStatus::Ok)
            s.warnings = segmentWarnings(node, s.size);
        else
            s.warnings.push_back("not computed: " + run->error);
        result.segments.push_back(std::move(s));
    }
    return result;
}

Json runReportToJson(const RunResult& r, const Dataset& data)
{
    Json j;
    j["rows"] = r.rows;
    j["events"] = r.events;
    j["strategy"] = std::string(strategyName(r.strategy));
    j["strategy_reason"] = r.strategyReason;
    j["threads"] = r.threads;
    j["as_of"] = formatDate(r.asOf);
    j["total_ms"] = r.totalMs;
    j["partial_failure"] = r.partialFailure();
    j["cancelled"] = r.cancelled;
    Json segments = Json::array();
    for (const auto& s : r.segments)
        segments.push_back({{"id", s.id}, {"name", s.name}, {"size", s.size}, {"warnings", s.warnings}});
    j["segments"] = segments;
    Json nodes = Json::array();
    for (const auto& n : r.nodes) {
        Json o;
        o["id"] = n.id;
        o["type"] = std::string(nodeTypeName(n.type));
        o["status"] = std::string(nodeStatusName(n.status));
        if (n.size)
            o["size"] = *n.size;
        o["start_ms"] = n.startMs;
        o["end_ms"] = n.endMs;
        o["worker"] = n.worker;
        o["cached"] = n.cached;
        o["error"] = n.error.empty() ? Json(nullptr) : Json(n.error);
        nodes.push_back(std::move(o));
    }
    j["nodes"] = nodes;
    Json import;
    import["customers"] = {{"rows", data.customersReport.rows},
                           {"rejected", data.customersReport.rejected},
                           {"duplicate_keys", data.customersReport.duplicateKeys}};
    if (data.eventsReport)
        import["events"] = {{"rows", data.eventsReport->rows},
                            {"rejected", data.eventsReport->rejected},
                            {"unknown_keys", data.eventsReport->unknownKeys}};
    j["import"] = import;
    return j;
}

} // namespace seg
