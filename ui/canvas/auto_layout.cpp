#include "canvas/auto_layout.h"

#include "canvas/graph_dependencies.h"
#include "canvas/node_item.h"
#include "document/document.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

namespace seg::ui {

namespace {
constexpr double kColumnWidth = NodeItem::kWidth + 90;
constexpr double kRowGap = 30;
} // namespace

std::map<QString, QPointF> computeAutoLayout(const Graph& graph)
{
    std::unordered_map<std::string, std::vector<std::string>> deps;
    for (const Node& n : graph.nodes) {
        auto& list = deps[n.id];
        for (const std::string& d : nodeDependencies(graph, n))
            if (graph.find(d))
                list.push_back(d);
    }
    // Level = longest dependency chain below the node. A cycle (only possible in a file
    // written by hand) is cut where it closes, so layout still terminates.
    std::unordered_map<std::string, int> level;
    std::unordered_map<std::string, bool> visiting;
    std::function<int(const std::string&)> levelOf = [&](const std::string& id) -> int {
        if (auto it = level.find(id); it != level.end())
            return it->second;
        if (visiting[id])
            return 0;
        visiting[id] = true;
        int l = 0;
        for (const std::string& d : deps[id])
            l = std::max(l, levelOf(d) + 1);
        visiting[id] = false;
        level[id] = l;
        return l;
    };
    int maxLevel = 0;
    for (const Node& n : graph.nodes)
        maxLevel = std::max(maxLevel, levelOf(n.id));

    std::vector<std::vector<const Node*>> columns(static_cast<size_t>(maxLevel) + 1);
    for (const Node& n : graph.nodes)
        columns[static_cast<size_t>(level[n.id])].push_back(&n);

    std::map<QString, QPointF> positions;
    std::unordered_map<std::string, double> centreY;
    for (size_t c = 0; c < columns.size(); ++c) {
        auto& column = columns[c];
        // Order by the mean height of the inputs already placed (barycentre); file order breaks ties.
        std::vector<std::pair<double, size_t>> keys;
        for (size_t i = 0; i < column.size(); ++i) {
            double sum = 0;
            int count = 0;
            for (const std::string& d : deps[column[i]->id])
                if (auto it = centreY.find(d); it != centreY.end())
                    sum += it->second, ++count;
            keys.push_back({count ? sum / count : 1e12 + double(i), i});
        }
        std::stable_sort(keys.begin(), keys.end());
        double y = 0;
        for (const auto& [key, i] : keys) {
            const Node* n = column[i];
            const double h = NodeItem::heightFor(*n);
            positions[QString::fromStdString(n->id)] = QPointF(double(c) * kColumnWidth, y);
            centreY[n->id] = y + h / 2;
            y += h + kRowGap;
        }
    }
    return positions;
}

namespace {
bool hasSavedPosition(const Graph& graph, const std::string& id)
{
    const auto positions = graph.ui.find("positions");
    if (positions == graph.ui.end() || !positions->is_object())
        return false;
    const auto p = positions->find(id);
    return p != positions->end() && p->is_array() && p->size() == 2 && (*p)[0].is_number() && (*p)[1].is_number();
}
} // namespace

std::map<QString, QPointF> layoutForUnplacedNodes(const Graph& graph)
{
    Graph unplaced; // the nodes without a position, laid out among themselves
    QRectF placed;
    for (const Node& n : graph.nodes) {
        if (!hasSavedPosition(graph, n.id)) {
            unplaced.nodes.push_back(n);
            continue;
        }
        const Json& p = graph.ui["positions"][n.id];
        placed |= QRectF(p[0].get<double>(), p[1].get<double>(), NodeItem::kWidth, NodeItem::heightFor(n));
    }
    if (unplaced.nodes.empty())
        return {};
    std::map<QString, QPointF> positions = computeAutoLayout(unplaced);
    if (!placed.isEmpty())
        for (auto& [id, pos] : positions)
            pos += QPointF(placed.left(), placed.bottom() + 2 * kRowGap);
    return positions;
}

void autoLayout(Document& document)
{
    document.moveNodes(computeAutoLayout(document.graph()));
}

} // namespace seg::ui
