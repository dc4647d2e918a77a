// Copy and paste of nodes as JSON text: the same node objects as in a .segment.json file, so
// nodes can also be pasted from (and into) a text editor.
#include "document/document.h"

#include "graph/graph_io.h"

#include <algorithm>
#include <map>
#include <set>

namespace seg::ui {

namespace {
constexpr const char* kClipboardKey = "segstudio_nodes";
}

QString Document::copyNodes(const QStringList& ids) const
{
    Json nodes = Json::array();
    for (const QString& id : ids) {
        const Node* n = node(id);
        if (!n)
            continue;
        Json object = nodeToJson(*n);
        const QPointF p = nodePosition(id);
        Json entry = Json::object();
        entry["node"] = std::move(object);
        entry["position"] = Json::array({p.x(), p.y()});
        nodes.push_back(std::move(entry));
    }
    Json doc = Json::object();
    doc[kClipboardKey] = std::move(nodes);
    return QString::fromStdString(doc.dump(2));
}

QStringList Document::pasteNodes(const QString& text, QPointF offset, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return QStringList{};
    };
    Json doc = Json::parse(text.toStdString(), nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded())
        return fail(tr("The clipboard does not hold Segment Studio nodes (not JSON)."));
    // Accept our own clipboard format, a bare node object, or a list of node objects.
    Json entries = Json::array();
    if (doc.is_object() && doc.contains(kClipboardKey) && doc[kClipboardKey].is_array())
        entries = doc[kClipboardKey];
    else if (doc.is_object())
        entries.push_back(Json{{"node", doc}});
    else if (doc.is_array())
        for (const Json& n : doc)
            entries.push_back(Json{{"node", n}});

    std::vector<PlacedNode> placed;
    std::vector<Diagnostic> diagnostics;
    for (const Json& entry : entries) {
        if (!entry.is_object() || !entry.contains("node"))
            return fail(tr("The clipboard does not hold Segment Studio nodes."));
        // A node that parses with problems (a condition whose field is not chosen yet) pastes
        // as it was copied; only objects that are no node at all stop the paste.
        std::vector<Diagnostic> problems;
        std::optional<Node> n = parseNode(entry["node"], problems);
        if (!n) {
            diagnostics = problems.empty() ? std::vector<Diagnostic>{{"", "", "not a node"}} : problems;
            break;
        }
        QPointF pos;
        if (entry.contains("position") && entry["position"].is_array() && entry["position"].size() == 2
            && entry["position"][0].is_number() && entry["position"][1].is_number())
            pos = {entry["position"][0].get<double>(), entry["position"][1].get<double>()};
        placed.push_back({std::move(*n), pos + offset, -1});
    }
    if (!diagnostics.empty() || placed.empty())
        return fail(diagnostics.empty() ? tr("Nothing to paste.")
                                        : tr("Cannot paste: %1").arg(QString::fromStdString(diagnostics.front().toString())));

    // Fresh ids (and derive column names) that clash with nothing in the graph or the paste.
    std::map<std::string, std::string> renamed;
    std::set<std::string> taken;
    std::set<std::string> columnNames;
    for (const Node& n : graph_.nodes) {
        taken.insert(n.id);
        if (n.type == NodeType::Derive)
            columnNames.insert(n.name);
    }
    for (PlacedNode& p : placed) {
        std::string id = uniqueId(p.node.type).toStdString();
        for (int i = 1; taken.count(id); ++i) // uniqueId only knows the graph, not this paste
            id = uniqueId(p.node.type).toStdString() + "_" + std::to_string(i);
        taken.insert(id);
        renamed[p.node.id] = id;
        p.node.id = id;
        if (p.node.type == NodeType::Derive) {
            const std::string base = p.node.name;
            for (int i = 2; columnNames.count(p.node.name); ++i)
                p.node.name = base + "_" + std::to_string(i);
            columnNames.insert(p.node.name);
        }
    }
    // Inputs among the pasted nodes follow the renaming; inputs from nodes outside the paste
    // stay connected when those nodes exist here, and are dropped otherwise.
    for (PlacedNode& p : placed) {
        std::vector<std::string> inputs;
        for (const std::string& in : p.node.inputs) {
            auto [id, port] = splitInputRef(in);
            if (auto it = renamed.find(id); it != renamed.end())
                inputs.push_back(port.empty() ? it->second : it->second + ":" + port);
            else if (graph_.find(id))
                inputs.push_back(in);
        }
        p.node.inputs = std::move(inputs);
    }
    QStringList ids;
    for (const PlacedNode& p : placed)
        ids << QString::fromStdString(p.node.id);
    addNodes(std::move(placed), tr("Paste %n node(s)", nullptr, static_cast<int>(ids.size())));
    return ids;
}

} // namespace seg::ui
