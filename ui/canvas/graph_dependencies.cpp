#include "canvas/graph_dependencies.h"

#include "expr/expr.h"

#include <algorithm>

namespace seg::ui {

std::vector<std::string> derivedColumnSources(const Graph& graph, const Node& node)
{
    std::vector<std::string> columns;
    if (node.type == NodeType::Condition)
        columns.push_back(node.condition.field);
    else if (node.type == NodeType::Top)
        columns.push_back(node.field);
    else if (node.type == NodeType::Expression || (node.type == NodeType::Derive && !node.fromEvents))
        columns = parseExpressionColumns(node.expr).columns;
    std::vector<std::string> sources;
    for (const Node& other : graph.nodes)
        if (other.type == NodeType::Derive && other.id != node.id && !other.name.empty()
            && std::find(columns.begin(), columns.end(), other.name) != columns.end())
            sources.push_back(other.id);
    return sources;
}

std::vector<std::string> nodeDependencies(const Graph& graph, const Node& node)
{
    std::vector<std::string> deps;
    auto add = [&](const std::string& id) {
        if (std::find(deps.begin(), deps.end(), id) == deps.end())
            deps.push_back(id);
    };
    for (const std::string& in : node.inputs)
        add(splitInputRef(in).first);
    for (const std::string& id : derivedColumnSources(graph, node))
        add(id);
    return deps;
}

} // namespace seg::ui
