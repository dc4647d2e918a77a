// Printable forms of a plan: text for people, JSON for tools and the GUI, DOT for Graphviz.
#include "plan/planner.h"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <unordered_map>

namespace seg {

namespace {

std::string fixed(double v, int digits = 3)
{
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", digits, v);
    return buf;
}

// DOT string literal: quotes and backslashes escaped, newlines kept as \n.
std::string dotQuote(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

} // namespace

std::string planToText(const Plan& plan)
{
    std::ostringstream os;
    os << "Strategy: " << strategyName(plan.strategy);
    if (plan.requested != plan.strategy)
        os << " (requested " << strategyName(plan.requested) << ")";
    os << ", " << plan.threads << (plan.threads == 1 ? " thread" : " threads") << "\n";
    os << "Why: " << plan.reason << "\n";
    os << "Data: " << plan.rows << " customers, " << plan.events << " events; " << plan.partitions
       << " row partition(s) of up to " << kPartitionRows << " rows\n";
    os << "Estimated time: " << fixed(plan.estimatedMs) << " ms\n";
    os << "Critical path:";
    for (size_t i = 0; i < plan.criticalPath.size(); ++i)
        os << (i ? " -> " : " ") << plan.criticalPath[i];
    os << "\n\nDependency DAG (" << plan.nodes.size() << " nodes):\n";
    for (const auto& n : plan.nodes) {
        os << "  L" << n.level << "  " << n.id << " [" << nodeTypeName(n.type) << "]";
        if (n.label != n.id)
            os << " \"" << n.label << "\"";
        if (!n.deps.empty()) {
            os << " <-";
            for (const auto& d : n.deps) {
                const bool implicit = std::find(n.implicitDeps.begin(), n.implicitDeps.end(), d) != n.implicitDeps.end();
                os << " " << d << (implicit ? "(column)" : "");
            }
        }
        os << "  ~" << fixed(n.cost) << " ms";
        if (n.partitioned)
            os << ", partitioned";
        if (n.barrier)
            os << ", barrier";
        if (n.onCriticalPath)
            os << ", critical";
        os << "\n";
    }
    os << "\nSchedule:\n";
    for (size_t s = 0; s < plan.stages.size(); ++s) {
        os << "  step " << (s + 1) << ":";
        for (const auto& id : plan.stages[s].nodes)
            os << " " << id;
        if (plan.stages[s].nodes.size() > 1)
            os << "  (together)";
        os << "\n";
    }
    if (!plan.scanGroups.empty()) {
        os << "\nScan groups (one pass over the column each):\n";
        for (const ScanGroup& sg : plan.scanGroups) {
            os << "  " << sg.column << ":";
            for (const auto& id : sg.nodes)
                os << " " << id;
            os << "\n";
        }
    }
    return os.str();
}

Json planToJson(const Plan& plan)
{
    Json j;
    j["strategy"] = std::string(strategyName(plan.strategy));
    j["requested"] = std::string(strategyName(plan.requested));
    j["reason"] = plan.reason;
    j["threads"] = plan.threads;
    j["rows"] = plan.rows;
    j["events"] = plan.events;
    j["partitions"] = plan.partitions;
    j["estimated_ms"] = plan.estimatedMs;
    j["critical_path"] = plan.criticalPath;
    Json nodes = Json::array();
    for (const auto& n : plan.nodes) {
        nodes.push_back({{"id", n.id},
                         {"type", std::string(nodeTypeName(n.type))},
                         {"label", n.label},
                         {"level", n.level},
                         {"deps", n.deps},
                         {"implicit_deps", n.implicitDeps},
                         {"cost_ms", n.cost},
                         {"partitioned", n.partitioned},
                         {"barrier", n.barrier},
                         {"critical", n.onCriticalPath}});
    }
    j["nodes"] = nodes;
    Json stages = Json::array();
    for (const auto& s : plan.stages)
        stages.push_back(s.nodes);
    j["stages"] = stages;
    Json groups = Json::array();
    for (const ScanGroup& sg : plan.scanGroups)
        groups.push_back({{"column", sg.column}, {"nodes", sg.nodes}});
    j["scan_groups"] = groups;
    return j;
}

std::string planToDot(const Plan& plan)
{
    std::ostringstream os;
    os << "digraph plan {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Sans\"];\n";
    os << "  label=" << dotQuote(std::string(strategyName(plan.strategy)) + ", " + std::to_string(plan.threads)
                                 + " threads") << ";\n";
    int maxLevel = 0;
    for (const auto& n : plan.nodes)
        maxLevel = std::max(maxLevel, n.level);
    for (int level = 0; level <= maxLevel; ++level) {
        os << "  { rank=same;";
        for (const auto& n : plan.nodes)
            if (n.level == level)
                os << " " << dotQuote(n.id) << ";";
        os << " }\n";
    }
    for (const auto& n : plan.nodes) {
        os << "  " << dotQuote(n.id) << " [label="
           << dotQuote(n.label + "\n" + std::string(nodeTypeName(n.type)) + " ~" + fixed(n.cost) + " ms");
        if (n.onCriticalPath)
            os << ", color=red, penwidth=2";
        if (n.type == NodeType::Segment)
            os << ", shape=note";
        os << "];\n";
    }
    std::unordered_map<std::string_view, const PlanNode*> byId; // Plan::find per edge was O(n)
    byId.reserve(plan.nodes.size());
    for (const auto& n : plan.nodes)
        byId.emplace(n.id, &n);
    for (const auto& n : plan.nodes)
        for (const auto& d : n.deps) {
            const bool implicit = std::find(n.implicitDeps.begin(), n.implicitDeps.end(), d) != n.implicitDeps.end();
            const auto found = byId.find(d);
            const PlanNode* from = found == byId.end() ? nullptr : found->second;
            os << "  " << dotQuote(d) << " -> " << dotQuote(n.id);
            if (implicit)
                os << " [style=dashed, label=\"column\"]";
            else if (from && from->onCriticalPath && n.onCriticalPath)
                os << " [color=red, penwidth=2]";
            os << ";\n";
        }
    os << "}\n";
    return os.str();
}

} // namespace seg
