#include "canvas/node_scene.h"

#include "canvas/auto_layout.h"
#include "canvas/connection_item.h"
#include "canvas/graph_dependencies.h"
#include "canvas/node_style.h"
#include "document/document.h"
#include "document/rule_text.h"
#include "document/selection.h"
#include "session/diagnosis_text.h"
#include "session/preview_runner.h"


namespace seg::ui {

namespace {
QString toQ(const std::string& s) { return QString::fromStdString(s); }
QString nodeIdOf(const QString& ref) { return ref.section(':', 0, 0); }
} // namespace

NodeScene::NodeScene(Document* document, Selection* selection, PreviewRunner* runner, QObject* parent)
    : QGraphicsScene(parent), document_(document), selection_(selection), runner_(runner)
{
    setItemIndexMethod(QGraphicsScene::NoIndex); // items move often; graphs are small
    setSceneRect(-20000, -20000, 40000, 40000);   // room to pan around the graph in every direction
    connect(document_, &Document::nodeAdded, this, [this](const QString& id) {
        addItemFor(id);
        syncConnections();
        refreshRuleTexts();
    });
    connect(document_, &Document::nodeRemoved, this, [this](const QString& id) {
        removeItemFor(id);
        syncConnections();
        refreshRuleTexts();
    });
    connect(document_, &Document::nodeChanged, this, [this](const QString& id) {
        refreshItem(id);
        syncConnections();
        refreshRuleTexts(); // a new label renames the node in the rules of the nodes it feeds
    });
    connect(document_, &Document::nodeMoved, this, [this](const QString& id, QPointF position) {
        if (NodeItem* item = items_.value(id); item && item->pos() != position)
            item->setPos(position);
    });
    connect(document_, &Document::reset, this, &NodeScene::rebuild);
    connect(this, &QGraphicsScene::selectionChanged, this, &NodeScene::onSceneSelectionChanged);
    if (selection_)
        connect(selection_, &Selection::changed, this, &NodeScene::onSelectionChanged);
    if (runner_) {
        connect(runner_, &PreviewRunner::runStarted, this, [this] {
            running_.clear();
            for (const QString& id : items_.keys())
                if (runner_->isStale(id))
                    running_.insert(id);
            refreshStatuses();
        });
        connect(runner_, &PreviewRunner::nodeFinished, this, [this](const QString& id) {
            running_.remove(id);
            if (NodeItem* item = items_.value(id))
                refreshStatus(item);
        });
        connect(runner_, &PreviewRunner::runFinished, this,
                [this](std::shared_ptr<const PreviewResult> result) {
                    lastResult_ = std::move(result);
                    running_.clear();
                    refreshStatuses();
                });
        connect(runner_, &PreviewRunner::staleChanged, this, &NodeScene::refreshStatuses);
        lastResult_ = runner_->lastResult();
    }
    rebuild();
}

NodeScene::~NodeScene()
{
    // QGraphicsScene's destructor removes the items and would report selection changes to a
    // half-destroyed NodeScene.
    syncingSelection_ = true;
    disconnect(this, &QGraphicsScene::selectionChanged, this, nullptr);
    items_.clear();
    connections_.clear();
}

// ---- mirroring the document ----

void NodeScene::rebuild()
{
    syncingSelection_ = true;
    clear();
    items_.clear();
    connections_.clear();
    dragConnection_ = nullptr;
    dragTarget_ = nullptr;
    running_.clear();
    // Nodes the file gives no position are laid out as part of opening it: not an edit, so
    // no undo step and the document stays unmodified (saving keeps the positions).
    for (const auto& [id, position] : layoutForUnplacedNodes(document_->graph()))
        document_->applyMove(id, position);
    for (const Node& n : document_->graph().nodes)
        addItemFor(toQ(n.id));
    syncingSelection_ = false;
    syncConnections();
    refreshRuleTexts();
    refreshStatuses();
    onSelectionChanged();
}

void NodeScene::addItemFor(const QString& id)
{
    const Node* n = document_->node(id);
    if (!n || items_.contains(id))
        return;
    auto* item = new NodeItem(*n);
    item->setPos(document_->nodePosition(id));
    items_.insert(id, item);
    addItem(item);
    refreshStatus(item);
}

void NodeScene::removeItemFor(const QString& id)
{
    NodeItem* item = items_.take(id);
    if (!item)
        return;
    if (dragTarget_ == item)
        dragTarget_ = nullptr;
    selectionOrder_.removeAll(id);
    removeItem(item);
    delete item;
}

void NodeScene::refreshItem(const QString& id)
{
    NodeItem* item = items_.value(id);
    const Node* n = document_->node(id);
    if (item && n)
        item->setNode(*n);
}

QList<ConnectionItem*> NodeScene::connections() const
{
    QList<ConnectionItem*> result;
    for (ConnectionItem* c : connections_)
        if (c->kind() == ConnectionItem::Kind::Input)
            result << c;
    return result;
}

QList<ConnectionItem*> NodeScene::derivedEdges() const
{
    QList<ConnectionItem*> result;
    for (ConnectionItem* c : connections_)
        if (c->kind() == ConnectionItem::Kind::DerivedColumn)
            result << c;
    return result;
}

ConnectionItem* NodeScene::connection(const QString& fromRef, const QString& toId) const
{
    for (ConnectionItem* c : connections_)
        if (c->kind() == ConnectionItem::Kind::Input && c->fromRef() == fromRef && c->toId() == toId)
            return c;
    return nullptr;
}

void NodeScene::syncConnections()
{
    // The wanted edges, then keep the items that match, drop the rest, add what is missing:
    // selection of surviving connections is kept across edits.
    struct Edge {
        QString from, to;
        ConnectionItem::Kind kind;
    };
    std::vector<Edge> wanted;
    const Graph& graph = document_->graph();
    for (const Node& n : graph.nodes) {
        for (const std::string& in : n.inputs)
            if (items_.contains(toQ(splitInputRef(in).first)))
                wanted.push_back({toQ(in), toQ(n.id), ConnectionItem::Kind::Input});
        for (const std::string& source : derivedColumnSources(graph, n))
            wanted.push_back({toQ(source), toQ(n.id), ConnectionItem::Kind::DerivedColumn});
    }
    QList<ConnectionItem*> kept;
    for (ConnectionItem* c : connections_) {
        auto it = std::find_if(wanted.begin(), wanted.end(), [&](const Edge& e) {
            return e.from == c->fromRef() && e.to == c->toId() && e.kind == c->kind();
        });
        if (it == wanted.end()) {
            removeItem(c);
            delete c;
            continue;
        }
        wanted.erase(it);
        kept << c;
    }
    for (const Edge& e : wanted) {
        auto* c = new ConnectionItem(e.from, e.to, e.kind);
        addItem(c);
        kept << c;
    }
    connections_ = kept;
    for (ConnectionItem* c : connections_)
        updateConnectionEnds(c);
}

void NodeScene::updateConnectionEnds(ConnectionItem* c)
{
    NodeItem* from = items_.value(nodeIdOf(c->fromRef()));
    NodeItem* to = items_.value(c->toId());
    if (!from || !to)
        return;
    if (c->kind() == ConnectionItem::Kind::DerivedColumn) {
        c->setEnds(from->outputAnchor({}), to->mapToScene(QPointF(0, 14)));
        return;
    }
    const auto& inputs = to->node().inputs;
    const auto slot = std::find(inputs.begin(), inputs.end(), c->fromRef().toStdString()) - inputs.begin();
    c->setEnds(from->outputAnchor(c->fromRef()), to->inputAnchor(static_cast<int>(slot)));
}

void NodeScene::refreshRuleTexts()
{
    const Graph& graph = document_->graph();
    for (NodeItem* item : std::as_const(items_))
        item->setRuleText(ruleSentence(item->node(), &graph));
}

QString NodeScene::displayName(const QString& ref) const { return readableName(document_->graph(), ref.toStdString()); }

void NodeScene::nodeItemMoved(NodeItem* item)
{
    const QString id = item->id();
    for (ConnectionItem* c : connections_)
        if (c->toId() == id || nodeIdOf(c->fromRef()) == id)
            updateConnectionEnds(c);
}

// ---- live state ----

void NodeScene::refreshStatuses()
{
    for (NodeItem* item : std::as_const(items_))
        refreshStatus(item);
}

void NodeScene::setSegmentAlerts(const QHash<QString, QStringList>& alerts)
{
    segmentAlerts_ = alerts;
    refreshStatuses();
}

void NodeScene::refreshStatus(NodeItem* item)
{
    using S = NodeLiveState::Status;
    const QString id = item->id();
    const std::string key = id.toStdString();
    NodeLiveState state;
    if (lastResult_) {
        const PreviewResult& r = *lastResult_;
        if (r.run)
            state.universe = r.run->rows;
        if (auto inv = r.invalid.find(key); inv != r.invalid.end()) {
            state.status = S::Invalid;
            state.message = toQ(inv->second);
        } else if (const NodeRun* run = r.run ? r.run->node(key) : nullptr) {
            state.members = run->size;
            state.runMs = run->endMs - run->startMs;
            state.cached = run->cached;
            state.status = run->status == NodeStatus::Ok ? S::Ok
                           : run->status == NodeStatus::Failed ? S::Failed
                                                               : S::Skipped;
            state.message = toQ(run->error);
            for (const QString& ref : item->outputRefs())
                if (ref.contains(':'))
                    if (const Bitset* set = r.run->members(ref.toStdString()))
                        state.portMembers[ref.section(':', 1).toStdString()] = set->count();
            for (const SegmentRun& seg : r.run->segments)
                if (seg.id == key && !seg.warnings.empty() && state.status == S::Ok) {
                    state.status = S::Warning;
                    QStringList warnings;
                    for (const std::string& w : seg.warnings)
                        warnings << toQ(w);
                    state.message = warnings.join(QStringLiteral("; "));
                }
            // A node with 0 members (or an event column without events) says why, checked on the data.
            const auto hints = r.diagnosesOf(key);
            if (!hints.empty() && (state.status == S::Ok || state.status == S::Warning)) {
                QStringList texts;
                for (const Diagnosis& d : hints)
                    texts << DiagnosisText::describe(d);
                state.status = S::Warning;
                state.message = texts.join(QStringLiteral("; "));
            }
        } else if (!r.runError.isEmpty()) {
            state.status = S::Failed;
            state.message = r.runError;
        } else if (!r.graphErrors.isEmpty()) {
            state.message = r.graphErrors.join(QStringLiteral("; "));
        }
    }
    if (item->node().type == NodeType::Segment && lastResult_ && lastResult_->run) {
        state.alerts = segmentAlerts_.value(id);
        if (!state.alerts.isEmpty() && state.status == S::Ok) {
            state.status = S::Warning;
            state.message = state.alerts.join(QStringLiteral("; "));
        }
    }
    if (running_.contains(id))
        state.status = S::Running;
    else if (runner_ && runner_->isStale(id))
        state.status = S::Stale;
    if (live_) {
        if (auto it = live_->counts.find(key); it != live_->counts.end()) {
            state.status = S::Live;
            state.members = it->second;
            state.universe = live_->universe;
            state.message = live_->note;
            state.runMs.reset();
            state.cached = false;
            for (const QString& ref : item->outputRefs())
                if (ref.contains(':'))
                    if (auto port = live_->counts.find(ref.toStdString()); port != live_->counts.end())
                        state.portMembers[ref.section(':', 1).toStdString()] = port->second;
        }
    }
    item->setLiveState(state);
}

void NodeScene::setLiveCounts(const std::map<std::string, size_t>& counts, size_t universe, const QString& note)
{
    live_ = LiveCounts{counts, universe, note};
    refreshStatuses();
}

void NodeScene::clearLiveCounts()
{
    if (!live_)
        return;
    live_.reset();
    refreshStatuses();
}

void NodeScene::showResult(const PreviewResult& result)
{
    lastResult_ = std::make_shared<const PreviewResult>(result);
    running_.clear();
    refreshStatuses();
}

// ---- selection ----

QStringList NodeScene::selectedNodeIds() const
{
    QStringList ids;
    for (const Node& n : document_->graph().nodes) // graph order: copy and paste keep it
        if (NodeItem* item = items_.value(toQ(n.id)); item && item->isSelected())
            ids << item->id();
    return ids;
}

void NodeScene::onSceneSelectionChanged()
{
    if (syncingSelection_)
        return;
    const QStringList selected = selectedNodeIds();
    QStringList order;
    for (const QString& id : selectionOrder_)
        if (selected.contains(id))
            order << id;
    for (const QString& id : selected)
        if (!order.contains(id))
            order << id; // newly selected: last, so it becomes the current node
    selectionOrder_ = order;
    if (selection_)
        selection_->set(order);
}

void NodeScene::onSelectionChanged()
{
    if (!selection_ || syncingSelection_)
        return;
    const QStringList ids = selection_->ids();
    if (ids == selectionOrder_)
        return;
    syncingSelection_ = true;
    for (NodeItem* item : std::as_const(items_))
        item->setSelected(ids.contains(item->id()));
    selectionOrder_ = ids;
    syncingSelection_ = false;
}

void NodeScene::selectNodes(const QStringList& ids)
{
    syncingSelection_ = true;
    clearSelection();
    for (const QString& id : ids)
        if (NodeItem* item = items_.value(id))
            item->setSelected(true);
    syncingSelection_ = false;
    onSceneSelectionChanged();
}

void NodeScene::selectAllNodes() { selectNodes(items_.keys()); }

} // namespace seg::ui
