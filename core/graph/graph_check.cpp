// Graph-wide checks over input references that need no data (see checkReferences in graph_io.h).
#include "graph/field_reader.h"
#include "graph/graph_io.h"

#include <algorithm>
#include <unordered_map>

namespace seg {

namespace {

std::vector<std::string_view> portsOf(const Node& node)
{
    std::vector<std::string_view> ports;
    if (node.type == NodeType::Split)
        for (const SplitPart& part : node.parts)
            ports.push_back(part.name);
    else if (node.type == NodeType::Priority)
        for (const std::string& input : node.inputs)
            ports.push_back(input);
    return ports;
}

bool hasPorts(const Node& node) { return node.type == NodeType::Split || node.type == NodeType::Priority; }

std::string portList(const Node& node)
{
    std::string out;
    for (std::string_view port : portsOf(node)) {
        if (!out.empty())
            out += ", ";
        out += "'" + node.id + ":" + printable(port) + "'";
    }
    return out;
}

// Problems of one input reference of `user`; returns the index of the node it names, or -1.
long checkInput(const Graph& graph, const std::unordered_map<std::string_view, size_t>& indexOfId,
                const std::vector<std::string_view>& allIds, const Node& user, const std::string& ref,
                std::vector<Diagnostic>& out)
{
    const auto [targetId, port] = splitInputRef(ref);
    const auto it = indexOfId.find(targetId);
    const std::string quoted = "input '" + printable(ref) + "'";
    if (it == indexOfId.end()) {
        std::string message = quoted + " names no node";
        if (const auto guess = closestName(targetId, allIds))
            message += " (did you mean '" + std::string(*guess) + "'?)";
        out.push_back({user.id, "", message});
        return -1;
    }
    const Node& target = graph.nodes[it->second];
    if (target.type == NodeType::Derive) {
        out.push_back({user.id, "",
                       quoted + " is a derive node, which makes the column '" + printable(target.name)
                           + "', not a set of customers (use it as a field instead)"});
    } else if (!port.empty()) {
        if (!hasPorts(target)) {
            out.push_back({user.id, "",
                           quoted + ": node '" + target.id + "' has a single output; write '" + target.id
                               + "' without a port"});
        } else {
            const auto ports = portsOf(target);
            if (std::find(ports.begin(), ports.end(), port) == ports.end())
                out.push_back({user.id, "",
                               quoted + ": " + std::string(nodeTypeName(target.type)) + " '" + target.id
                                   + "' has no output '" + printable(port) + "' (its outputs are " + portList(target)
                                   + ")"});
        }
    } else if (hasPorts(target)) {
        out.push_back({user.id, "",
                       quoted + " needs a port: " + std::string(nodeTypeName(target.type)) + " '" + target.id
                           + "' has the outputs " + portList(target)});
    }
    return static_cast<long>(it->second);
}

// Depth-first search over input edges without recursion (graphs may be long chains);
// each edge back into the current path closes one cycle.
void findCycles(const Graph& graph, const std::vector<std::vector<size_t>>& edges, std::vector<Diagnostic>& out)
{
    enum class Mark : unsigned char { New, OnPath, Done };
    std::vector<Mark> mark(graph.nodes.size(), Mark::New);
    std::vector<size_t> path;
    struct Frame {
        size_t node;
        size_t nextEdge;
    };
    std::vector<Frame> stack;
    for (size_t start = 0; start < graph.nodes.size(); ++start) {
        if (mark[start] != Mark::New)
            continue;
        stack.push_back({start, 0});
        mark[start] = Mark::OnPath;
        path.push_back(start);
        while (!stack.empty()) {
            Frame& frame = stack.back();
            if (frame.nextEdge == edges[frame.node].size()) {
                mark[frame.node] = Mark::Done;
                path.pop_back();
                stack.pop_back();
                continue;
            }
            const size_t next = edges[frame.node][frame.nextEdge++];
            if (mark[next] == Mark::New) {
                mark[next] = Mark::OnPath;
                path.push_back(next);
                stack.push_back({next, 0});
            } else if (mark[next] == Mark::OnPath) {
                const auto from = std::find(path.begin(), path.end(), next);
                std::string cycle;
                for (auto p = from; p != path.end(); ++p)
                    cycle += graph.nodes[*p].id + " -> ";
                cycle += graph.nodes[next].id;
                out.push_back({graph.nodes[next].id, "", "cycle " + cycle});
            }
        }
    }
}

} // namespace

std::vector<Diagnostic> checkReferences(const Graph& graph)
{
    std::vector<Diagnostic> out;
    std::unordered_map<std::string_view, size_t> indexOfId;
    std::vector<std::string_view> allIds;
    for (size_t i = 0; i < graph.nodes.size(); ++i)
        if (indexOfId.emplace(graph.nodes[i].id, i).second)
            allIds.push_back(graph.nodes[i].id);

    std::vector<std::vector<size_t>> edges(graph.nodes.size());
    std::unordered_map<std::string_view, const Node*> deriveOfColumn;
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const Node& node = graph.nodes[i];
        for (const std::string& ref : node.inputs)
            if (const long target = checkInput(graph, indexOfId, allIds, node, ref, out); target >= 0)
                edges[i].push_back(static_cast<size_t>(target));
        if (node.type == NodeType::Derive && !node.name.empty()) {
            const auto [it, inserted] = deriveOfColumn.emplace(node.name, &node);
            if (!inserted)
                out.push_back({node.id, "",
                               "derive name '" + printable(node.name) + "' is already made by node '" + it->second->id
                                   + "'"});
        }
    }
    findCycles(graph, edges, out);
    return out;
}

} // namespace seg
