#include "document/document.h"

#include "document/commands/add_nodes_command.h"
#include "document/commands/change_node_command.h"
#include "document/commands/change_settings_command.h"
#include "document/commands/connect_command.h"
#include "document/commands/move_nodes_command.h"
#include "document/commands/remove_nodes_command.h"
#include "document/node_catalog.h"
#include "expr/expr.h"
#include "graph/graph_io.h"
#include "util/error.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace seg::ui {

namespace {

std::string toStd(const QString& s) { return s.toStdString(); }
QString toQ(const std::string& s) { return QString::fromStdString(s); }

} // namespace

Document::Document(QObject* parent) : QObject(parent)
{
    graph_.customers.path = "";
    connect(&undoStack_, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

const Node* Document::node(const QString& id) const { return graph_.find(toStd(id)); }

QStringList Document::nodeIds() const
{
    QStringList ids;
    for (const Node& n : graph_.nodes)
        ids << toQ(n.id);
    return ids;
}

int Document::indexOf(const QString& id) const
{
    const std::string key = toStd(id);
    for (size_t i = 0; i < graph_.nodes.size(); ++i)
        if (graph_.nodes[i].id == key)
            return static_cast<int>(i);
    return -1;
}

void Document::replaceGraph(Graph graph, const QString& path)
{
    graph_ = std::move(graph);
    undoStack_.clear();
    undoStack_.setClean();
    const bool pathChanged = path != filePath_;
    filePath_ = path;
    Q_EMIT reset();
    Q_EMIT contentChanged();
    Q_EMIT modifiedChanged(false);
    if (pathChanged)
        Q_EMIT filePathChanged(filePath_);
}

void Document::clear() { replaceGraph(Graph{}, QString()); }

bool Document::load(const QString& path, QStringList* errors, QStringList* warnings)
{
    GraphLoadResult result = loadGraphFile(fs::path(toStd(path)));
    QStringList messages;
    for (const Diagnostic& d : result.diagnostics)
        messages << toQ(d.toString());
    if (!result.graph) {
        if (errors)
            *errors = messages.isEmpty() ? QStringList{tr("%1: cannot be opened").arg(path)} : messages;
        return false;
    }
    if (warnings)
        *warnings = messages;
    replaceGraph(std::move(*result.graph), QFileInfo(path).absoluteFilePath());
    return true;
}

bool Document::save(const QString& path, QString* error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const fs::path newDir = fs::path(toStd(QFileInfo(absolute).absolutePath()));
    Graph copy = graph_;
    copy.customers.path = datasetPathForGraphDir(copy.customers.path, graph_.baseDir, newDir);
    if (copy.events)
        copy.events->path = datasetPathForGraphDir(copy.events->path, graph_.baseDir, newDir);
    copy.baseDir = newDir;
    try {
        saveGraphFile(copy, fs::path(toStd(absolute)));
    } catch (const std::exception& e) {
        if (error)
            *error = toQ(e.what());
        return false;
    }
    graph_ = std::move(copy);
    undoStack_.setClean();
    if (absolute != filePath_) {
        filePath_ = absolute;
        Q_EMIT filePathChanged(filePath_);
    }
    return true;
}

void Document::restoreRecovered(Graph graph, const QString& path)
{
    graph.baseDir = path.isEmpty() ? fs::path() : fs::path(toStd(QFileInfo(path).absolutePath()));
    replaceGraph(std::move(graph), path);
    undoStack_.resetClean(); // no state of the history matches the file on disk (emits modifiedChanged)
}

bool Document::loadText(const std::string& text, const fs::path& baseDir, const QString& path, QStringList* errors,
                        QStringList* warnings)
{
    GraphLoadResult result = parseGraph(text, toStd(QFileInfo(path).fileName()) + " (graph)", baseDir);
    QStringList messages;
    for (const Diagnostic& d : result.diagnostics)
        messages << toQ(d.toString());
    if (!result.graph) {
        if (errors)
            *errors = messages.isEmpty() ? QStringList{tr("%1: cannot be opened").arg(path)} : messages;
        return false;
    }
    if (warnings)
        *warnings = messages;
    replaceGraph(std::move(*result.graph), QFileInfo(path).absoluteFilePath());
    return true;
}

std::string Document::graphText() const { return graphToJson(graph_).dump(2) + "\n"; }

void Document::markSaved(const QString& path)
{
    undoStack_.setClean();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (absolute != filePath_) {
        filePath_ = absolute;
        Q_EMIT filePathChanged(filePath_);
    }
}

QString Document::datasetPath(const std::string& pathInGraph) const
{
    if (pathInGraph.empty())
        return {};
    return toQ(graph_.resolve(pathInGraph).string());
}

// ---- edits ----

QString Document::uniqueId(NodeType type) const
{
    static const std::map<NodeType, std::string> prefixes = {
        {NodeType::Condition, "c"}, {NodeType::Expression, "x"}, {NodeType::And, "a"},
        {NodeType::Or, "o"}, {NodeType::Except, "e"}, {NodeType::Not, "n"},
        {NodeType::Behavior, "b"}, {NodeType::Derive, "d"}, {NodeType::Top, "t"},
        {NodeType::Split, "sp"}, {NodeType::Priority, "p"}, {NodeType::Segment, "s"}};
    const std::string prefix = prefixes.at(type);
    for (int i = 1;; ++i) {
        const std::string id = prefix + std::to_string(i);
        if (!graph_.find(id))
            return toQ(id);
    }
}

QString Document::addNode(NodeType type, QPointF position)
{
    const QString id = uniqueId(type);
    Node n = defaultNode(type, toStd(id));
    if (type == NodeType::Derive) { // column names must be unique too
        for (int i = 2; std::any_of(graph_.nodes.begin(), graph_.nodes.end(),
                                    [&](const Node& o) { return o.type == NodeType::Derive && o.name == n.name; });
             ++i)
            n.name = toStd(id) + "_value" + std::to_string(i);
    }
    undoStack_.push(new AddNodesCommand(this, {{std::move(n), position, -1}},
                                        tr("Add %1").arg(nodeTitle(type))));
    return id;
}

void Document::addNodes(std::vector<PlacedNode> nodes, const QString& text)
{
    if (!nodes.empty())
        undoStack_.push(new AddNodesCommand(this, std::move(nodes), text));
}

void Document::removeNodes(const QStringList& ids)
{
    QStringList existing;
    for (const QString& id : ids)
        if (node(id))
            existing << id;
    if (!existing.isEmpty())
        undoStack_.push(new RemoveNodesCommand(this, existing));
}

void Document::changeNode(const Node& newDefinition, const QString& text)
{
    const Node* old = node(toQ(newDefinition.id));
    if (!old || nodeToJson(*old) == nodeToJson(newDefinition))
        return; // nothing changed: no empty undo step
    undoStack_.push(new ChangeNodeCommand(this, *old, newDefinition,
                                          text.isEmpty() ? tr("Edit %1").arg(toQ(newDefinition.id)) : text));
}

bool Document::connectNodes(const QString& fromRef, const QString& toId, QString* error)
{
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const auto [fromIdStd, port] = splitInputRef(toStd(fromRef));
    const QString fromId = toQ(fromIdStd);
    const Node* from = node(fromId);
    const Node* to = node(toId);
    if (!from || !to)
        return fail(tr("Unknown node."));
    const auto refs = outputRefs(*from);
    if (std::find(refs.begin(), refs.end(), toStd(fromRef)) == refs.end())
        return fail(from->type == NodeType::Derive
                        ? tr("'%1' makes a column, not a set: use its column name in a condition instead.").arg(fromId)
                        : tr("'%1' has no output '%2'.").arg(fromId, fromRef));
    const int max = maxInputs(to->type);
    if (max == 0)
        return fail(tr("'%1' (%2) takes no inputs.").arg(toId, nodeTitle(to->type)));
    if (std::find(to->inputs.begin(), to->inputs.end(), toStd(fromRef)) != to->inputs.end())
        return fail(tr("'%1' is already connected to '%2'.").arg(fromRef, toId));
    if (fromId == toId || wouldCreateCycle(fromId, toId))
        return fail(tr("Connecting '%1' to '%2' would make a cycle: '%2' already feeds '%1'.").arg(fromId, toId));
    Node changed = *to;
    if (max == 1)
        changed.inputs = {toStd(fromRef)}; // a single input is replaced, as users expect of a one-input port
    else if (max > 0 && static_cast<int>(changed.inputs.size()) >= max)
        return fail(tr("'%1' (%2) takes at most %3 inputs; disconnect one first.").arg(toId, nodeTitle(to->type)).arg(max));
    else
        changed.inputs.push_back(toStd(fromRef));
    undoStack_.push(new ConnectCommand(this, *to, changed, tr("Connect %1 to %2").arg(fromRef, toId)));
    return true;
}

void Document::disconnectNodes(const QString& fromRef, const QString& toId)
{
    const Node* to = node(toId);
    if (!to)
        return;
    Node changed = *to;
    auto it = std::find(changed.inputs.begin(), changed.inputs.end(), toStd(fromRef));
    if (it == changed.inputs.end())
        return;
    changed.inputs.erase(it);
    undoStack_.push(new ConnectCommand(this, *to, changed, tr("Disconnect %1 from %2").arg(fromRef, toId)));
}

void Document::moveNodes(const std::map<QString, QPointF>& positions)
{
    std::map<QString, std::pair<QPointF, QPointF>> moves;
    for (const auto& [id, pos] : positions)
        if (node(id) && nodePosition(id) != pos)
            moves[id] = {nodePosition(id), pos};
    if (!moves.empty())
        undoStack_.push(new MoveNodesCommand(this, std::move(moves)));
}

void Document::changeSettings(const GraphSettings& settings, const QString& text)
{
    const GraphSettings old = GraphSettings::of(graph_);
    if (old == settings)
        return;
    undoStack_.push(new ChangeSettingsCommand(this, old, settings, text));
}

// ---- dependencies ----

std::vector<std::string> Document::dependenciesOf(const Node& n) const
{
    std::vector<std::string> deps;
    for (const std::string& in : n.inputs)
        deps.push_back(splitInputRef(in).first);
    std::vector<std::string> columns;
    if (n.type == NodeType::Condition)
        columns.push_back(n.condition.field);
    if (n.type == NodeType::Top)
        columns.push_back(n.field);
    if (n.type == NodeType::Expression || (n.type == NodeType::Derive && !n.fromEvents)) {
        const ExprParseInfo info = parseExpressionColumns(n.expr);
        columns.insert(columns.end(), info.columns.begin(), info.columns.end());
    }
    for (const Node& other : graph_.nodes)
        if (other.type == NodeType::Derive && &other != &n
            && std::find(columns.begin(), columns.end(), other.name) != columns.end())
            deps.push_back(other.id);
    return deps;
}

bool Document::wouldCreateCycle(const QString& fromId, const QString& toId) const
{
    // Does `from` (transitively) depend on `to`? Then to -> ... -> from -> to is a cycle.
    const std::string target = toStd(toId);
    std::vector<std::string> stack{toStd(fromId)};
    std::set<std::string> seen;
    while (!stack.empty()) {
        const std::string id = stack.back();
        stack.pop_back();
        if (id == target)
            return true;
        if (!seen.insert(id).second)
            continue;
        if (const Node* n = graph_.find(id))
            for (std::string& dep : dependenciesOf(*n))
                stack.push_back(std::move(dep));
    }
    return false;
}

// ---- positions ----

QPointF Document::nodePosition(const QString& id) const
{
    const auto positions = graph_.ui.find("positions");
    if (positions == graph_.ui.end() || !positions->is_object())
        return {};
    const auto p = positions->find(toStd(id));
    if (p == positions->end() || !p->is_array() || p->size() != 2 || !(*p)[0].is_number() || !(*p)[1].is_number())
        return {};
    return {(*p)[0].get<double>(), (*p)[1].get<double>()};
}

// ---- primitive changes ----

void Document::applyInsert(const PlacedNode& placed)
{
    const int index = placed.index < 0 || placed.index > static_cast<int>(graph_.nodes.size())
                          ? static_cast<int>(graph_.nodes.size())
                          : placed.index;
    graph_.nodes.insert(graph_.nodes.begin() + index, placed.node);
    if (!graph_.ui.is_object())
        graph_.ui = Json::object();
    graph_.ui["positions"][placed.node.id] = Json::array({placed.position.x(), placed.position.y()});
    Q_EMIT nodeAdded(toQ(placed.node.id));
    Q_EMIT contentChanged();
}

PlacedNode Document::applyRemove(const QString& id)
{
    const int index = indexOf(id);
    if (index < 0)
        throw Error("internal: removing unknown node " + toStd(id));
    PlacedNode placed{graph_.nodes[static_cast<size_t>(index)], nodePosition(id), index};
    graph_.nodes.erase(graph_.nodes.begin() + index);
    if (graph_.ui.contains("positions") && graph_.ui["positions"].is_object())
        graph_.ui["positions"].erase(toStd(id));
    Q_EMIT nodeRemoved(id);
    Q_EMIT contentChanged();
    return placed;
}

void Document::applyReplace(const Node& n)
{
    Node* target = graph_.find(n.id);
    if (!target)
        throw Error("internal: replacing unknown node " + n.id);
    *target = n;
    target->source = nodeToJson(n);
    target->incomplete = false;
    Q_EMIT nodeChanged(toQ(n.id));
    Q_EMIT contentChanged();
}

void Document::applyMove(const QString& id, QPointF position)
{
    graph_.ui["positions"][toStd(id)] = Json::array({position.x(), position.y()});
    Q_EMIT nodeMoved(id, position);
}

void Document::applySettings(const GraphSettings& settings)
{
    settings.applyTo(graph_);
    Q_EMIT settingsChanged();
    Q_EMIT contentChanged();
}

} // namespace seg::ui
