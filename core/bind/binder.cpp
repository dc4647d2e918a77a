// Graph-level binding: ids, derived-column slots, inputs and ports, dependency edges, cycles.
// Per-node-type binding is in bind_nodes.cpp.
#include "bind/bind_nodes.h"
#include "bind/bound_graph.h"

#include <algorithm>
#include <functional>
#include <map>
#include <queue>
#include <set>

namespace seg {

int BoundGraph::indexOf(std::string_view id) const
{
    if (!idIndex.empty()) { // planning and running look nodes up by id per node: O(1), not O(n)
        const auto it = idIndex.find(id);
        return it == idIndex.end() ? -1 : it->second;
    }
    for (size_t i = 0; i < nodes.size(); ++i)
        if (nodes[i].node->id == id)
            return static_cast<int>(i);
    return -1;
}

std::vector<int> BoundGraph::neededNodes(bool allNodes) const
{
    std::vector<char> needed(nodes.size(), allNodes ? 1 : 0);
    if (!allNodes) {
        std::vector<int> stack;
        for (size_t i = 0; i < nodes.size(); ++i)
            if (nodes[i].node->type == NodeType::Segment)
                stack.push_back(static_cast<int>(i));
        while (!stack.empty()) {
            const int n = stack.back();
            stack.pop_back();
            if (needed[static_cast<size_t>(n)])
                continue;
            needed[static_cast<size_t>(n)] = 1;
            for (int d : nodes[static_cast<size_t>(n)].deps)
                stack.push_back(d);
        }
    }
    std::vector<int> out;
    for (int n : topoOrder)
        if (needed[static_cast<size_t>(n)])
            out.push_back(n);
    return out;
}

namespace {

void addDiag(BoundGraph& g, const std::string& nodeId, std::string message)
{
    g.diagnostics.push_back(Diagnostic{nodeId, {}, std::move(message)});
}

// Resolves "node" / "node:port" against the graph; reports missing nodes and bad ports.
void resolveInputs(BoundGraph& g, size_t i, const std::map<std::string, int, std::less<>>& ids)
{
    BoundNode& bn = g.nodes[i];
    const std::string& self = bn.node->id;
    for (const std::string& ref : bn.node->inputs) {
        auto [id, port] = splitInputRef(ref);
        auto it = ids.find(id);
        if (it == ids.end()) {
            addDiag(g, self, "input '" + ref + "' names no node in the graph");
            continue;
        }
        const BoundNode& src = g.nodes[static_cast<size_t>(it->second)];
        InputRef in{it->second, -1};
        if (!src.producesSet) {
            addDiag(g, self, "input '" + ref + "' is a derive node, which makes a column, not a set of customers");
            continue;
        }
        if (port.empty() && !src.ports.empty()) {
            std::string names;
            for (const auto& p : src.ports)
                names += (names.empty() ? "" : ", ") + id + ":" + p;
            addDiag(g, self, "input '" + ref + "' has several outputs; name one of " + names);
            continue;
        }
        if (!port.empty()) {
            auto pit = std::find(src.ports.begin(), src.ports.end(), port);
            if (pit == src.ports.end()) {
                addDiag(g, self, "input '" + ref + "': node '" + id + "' has no output '" + port + "'");
                continue;
            }
            in.port = static_cast<int>(pit - src.ports.begin());
        }
        bn.inputs.push_back(in);
        bn.deps.push_back(in.node);
    }
}

// Kahn's algorithm; nodes left over sit on or behind a cycle, and one cycle is reported per
// strongly connected group so the message shows the loop the user has to break.
void orderAndFindCycles(BoundGraph& g)
{
    const size_t n = g.nodes.size();
    std::vector<int> indegree(n, 0);
    std::vector<std::vector<int>> users(n);
    for (size_t i = 0; i < n; ++i) {
        auto& deps = g.nodes[i].deps;
        std::sort(deps.begin(), deps.end());
        deps.erase(std::unique(deps.begin(), deps.end()), deps.end());
        for (int d : deps) {
            users[static_cast<size_t>(d)].push_back(static_cast<int>(i));
            ++indegree[i];
        }
    }
    // Keep file order among ready nodes so plans read like the graph file: the smallest ready
    // index first, from a heap (sorting the ready list after every push was quadratic).
    std::priority_queue<int, std::vector<int>, std::greater<>> ready;
    for (size_t i = 0; i < n; ++i)
        if (indegree[i] == 0)
            ready.push(static_cast<int>(i));
    g.topoOrder.reserve(n);
    while (!ready.empty()) {
        const int v = ready.top();
        ready.pop();
        g.topoOrder.push_back(v);
        for (int u : users[static_cast<size_t>(v)])
            if (--indegree[static_cast<size_t>(u)] == 0)
                ready.push(u);
    }
    if (g.topoOrder.size() == n)
        return;
    std::vector<int> state(n, 0); // 0 unvisited, 1 on stack, 2 done
    std::vector<int> path;
    std::set<int> reported;
    std::function<void(int)> dfs = [&](int v) {
        state[static_cast<size_t>(v)] = 1;
        path.push_back(v);
        for (int d : g.nodes[static_cast<size_t>(v)].deps) {
            if (state[static_cast<size_t>(d)] == 1) {
                auto start = std::find(path.begin(), path.end(), d);
                std::vector<int> loop(start, path.end());
                if (!reported.count(*std::min_element(loop.begin(), loop.end()))) {
                    reported.insert(*std::min_element(loop.begin(), loop.end()));
                    std::string text;
                    for (int x : loop)
                        text += g.nodes[static_cast<size_t>(x)].node->id + " -> ";
                    text += g.nodes[static_cast<size_t>(d)].node->id;
                    addDiag(g, g.nodes[static_cast<size_t>(d)].node->id, "cycle: " + text);
                }
            } else if (state[static_cast<size_t>(d)] == 0) {
                dfs(d);
            }
        }
        path.pop_back();
        state[static_cast<size_t>(v)] = 2;
    };
    for (size_t i = 0; i < n; ++i)
        if (indegree[i] > 0 && state[i] == 0)
            dfs(static_cast<int>(i));
    g.topoOrder.clear();
}

} // namespace

BoundGraph bindGraph(const Graph& graph, const Dataset& data, int32_t asOfDay)
{
    BoundGraph g;
    g.graph = &graph;
    g.data = &data;
    g.asOf = asOfDay;
    g.customerColumns = static_cast<int>(data.customers.table.columns.size());
    g.nodes.resize(graph.nodes.size());

    std::map<std::string, int, std::less<>> ids;
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const Node& node = graph.nodes[i];
        g.nodes[i].node = &node;
        if (node.id.empty())
            addDiag(g, node.id, "a node has an empty id");
        else if (node.id.find(':') != std::string::npos)
            addDiag(g, node.id, "node ids may not contain ':' (it separates a node from its output port)");
        else if (!ids.emplace(node.id, static_cast<int>(i)).second)
            addDiag(g, node.id, "duplicate node id '" + node.id + "'");
    }

    NodeBinder binder(g);
    binder.bindDerivedColumns();
    for (size_t i = 0; i < g.nodes.size(); ++i)
        binder.bindNode(i);
    for (size_t i = 0; i < g.nodes.size(); ++i)
        resolveInputs(g, i, ids);
    orderAndFindCycles(g);
    g.idIndex.reserve(ids.size());
    for (const auto& [id, index] : ids)
        g.idIndex.emplace(std::string_view(g.nodes[static_cast<size_t>(index)].node->id), index);
    return g;
}

} // namespace seg
