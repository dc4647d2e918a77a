#include "canvas/node_scene.h"

#include "canvas/connection_item.h"
#include "canvas/graph_dependencies.h"
#include "canvas/node_style.h"
#include "document/document.h"
#include "document/selection.h"
#include "session/preview_runner.h"

#include <QClipboard>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSimpleTextItem>
#include <QGuiApplication>
#include <QPainter>
#include <QTimer>

#include <cmath>

namespace seg::ui {

namespace {
constexpr double kGridStep = 10; // dropped nodes snap to it so rows line up without effort
constexpr int kRefusalMs = 4000;

QString toQ(const std::string& s) { return QString::fromStdString(s); }
QString nodeIdOf(const QString& ref) { return ref.section(':', 0, 0); }
QPointF snapped(QPointF p)
{
    return {std::round(p.x() / kGridStep) * kGridStep, std::round(p.y() / kGridStep) * kGridStep};
}
} // namespace

NodeScene::NodeScene(Document* document, Selection* selection, PreviewRunner* runner, QObject* parent)
    : QGraphicsScene(parent), document_(document), selection_(selection), runner_(runner)
{
    setItemIndexMethod(QGraphicsScene::NoIndex); // items move often; graphs are small
    setSceneRect(-20000, -20000, 40000, 40000);   // room to pan around the graph in every direction
    connect(document_, &Document::nodeAdded, this, [this](const QString& id) {
        addItemFor(id);
        syncConnections();
    });
    connect(document_, &Document::nodeRemoved, this, [this](const QString& id) {
        removeItemFor(id);
        syncConnections();
    });
    connect(document_, &Document::nodeChanged, this, [this](const QString& id) {
        refreshItem(id);
        syncConnections();
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
    refusalLabel_ = nullptr;
    running_.clear();
    for (const Node& n : document_->graph().nodes)
        addItemFor(toQ(n.id));
    syncingSelection_ = false;
    syncConnections();
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
        } else if (!r.runError.isEmpty()) {
            state.status = S::Failed;
            state.message = r.runError;
        } else if (!r.graphErrors.isEmpty()) {
            state.message = r.graphErrors.join(QStringLiteral("; "));
        }
    }
    if (running_.contains(id))
        state.status = S::Running;
    else if (runner_ && runner_->isStale(id))
        state.status = S::Stale;
    item->setLiveState(state);
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

// ---- gestures ----

bool NodeScene::connectPorts(const QString& fromRef, const QString& toId, QPointF feedbackAt)
{
    QString error;
    if (document_->connectNodes(fromRef, toId, &error))
        return true;
    showRefusal(error, feedbackAt);
    Q_EMIT message(error);
    return false;
}

void NodeScene::showRefusal(const QString& text, QPointF at)
{
    delete refusalLabel_;
    auto* box = new QGraphicsRectItem;
    auto* label = new QGraphicsSimpleTextItem(text, box);
    label->setBrush(Qt::white);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setPos(8, 5);
    box->setRect(label->boundingRect().adjusted(0, 0, 16, 10));
    box->setBrush(canvas_colors::kFailed);
    box->setPen(Qt::NoPen);
    box->setPos(at + QPointF(14, 14));
    box->setZValue(100);
    box->setToolTip(text);
    addItem(box);
    refusalLabel_ = box;
    QTimer::singleShot(kRefusalMs, this, [this, box] {
        if (refusalLabel_ == box) {
            delete refusalLabel_;
            refusalLabel_ = nullptr;
        }
    });
}

void NodeScene::deleteSelection()
{
    const QStringList nodes = selectedNodeIds();
    QList<QPair<QString, QString>> edges;
    for (QGraphicsItem* item : selectedItems())
        if (auto* c = qgraphicsitem_cast<ConnectionItem*>(item);
            c && c->kind() == ConnectionItem::Kind::Input && !nodes.contains(c->toId())
            && !nodes.contains(nodeIdOf(c->fromRef())))
            edges.append({c->fromRef(), c->toId()});
    if (nodes.isEmpty() && edges.isEmpty())
        return;
    const bool macro = edges.size() + (nodes.isEmpty() ? 0 : 1) > 1;
    if (macro)
        document_->undoStack()->beginMacro(tr("Delete selection"));
    for (const auto& [from, to] : edges)
        document_->disconnectNodes(from, to);
    if (!nodes.isEmpty())
        document_->removeNodes(nodes);
    if (macro)
        document_->undoStack()->endMacro();
}

QString NodeScene::copySelection()
{
    const QStringList ids = selectedNodeIds();
    if (ids.isEmpty())
        return {};
    const QString text = document_->copyNodes(ids);
    QGuiApplication::clipboard()->setText(text);
    pasteCount_ = 0;
    lastPasteText_ = text;
    Q_EMIT message(tr("Copied %n node(s).", nullptr, static_cast<int>(ids.size())));
    return text;
}

void NodeScene::cutSelection()
{
    if (copySelection().isEmpty())
        return;
    document_->removeNodes(selectedNodeIds());
}

QStringList NodeScene::paste(const QString& text, QPointF offset)
{
    QString error;
    const QStringList ids = document_->pasteNodes(text, offset, &error);
    if (ids.isEmpty()) {
        Q_EMIT message(error);
        return {};
    }
    selectNodes(ids);
    return ids;
}

void NodeScene::pasteFromClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    // Each paste of the same nodes lands a step further, so copies never hide each other.
    pasteCount_ = text == lastPasteText_ ? pasteCount_ + 1 : 1;
    lastPasteText_ = text;
    paste(text, QPointF(30, 30) * pasteCount_);
}

NodeItem* NodeScene::nodeAt(QPointF scenePos) const
{
    for (QGraphicsItem* item : items(scenePos))
        if (auto* node = qgraphicsitem_cast<NodeItem*>(item))
            return node;
    return nullptr;
}

void NodeScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        for (NodeItem* item : std::as_const(items_)) {
            const QString ref = item->outputRefAt(event->scenePos());
            if (ref.isEmpty())
                continue;
            dragConnection_ = new ConnectionItem(ref, {}, ConnectionItem::Kind::Preview);
            dragConnection_->setZValue(5);
            dragConnection_->setEnds(item->outputAnchor(ref), event->scenePos());
            addItem(dragConnection_);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
}

void NodeScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (!dragConnection_) {
        QGraphicsScene::mouseMoveEvent(event);
        return;
    }
    dragConnection_->setEnds(dragConnection_->fromPoint(), event->scenePos());
    NodeItem* target = nodeAt(event->scenePos());
    if (target && target->id() == nodeIdOf(dragConnection_->fromRef()))
        target = nullptr;
    if (target != dragTarget_) {
        if (dragTarget_)
            dragTarget_->setDropHighlight(false);
        dragTarget_ = target;
        if (dragTarget_)
            dragTarget_->setDropHighlight(true);
    }
    event->accept();
}

void NodeScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (!dragConnection_) {
        QGraphicsScene::mouseReleaseEvent(event);
        if (event->button() == Qt::LeftButton)
            commitMoves();
        return;
    }
    const QString fromRef = dragConnection_->fromRef();
    delete dragConnection_;
    dragConnection_ = nullptr;
    if (dragTarget_)
        dragTarget_->setDropHighlight(false);
    dragTarget_ = nullptr;
    if (NodeItem* target = nodeAt(event->scenePos()))
        connectPorts(fromRef, target->id(), event->scenePos());
    event->accept();
}

void NodeScene::commitMoves()
{
    // The items moved freely while dragging; the document learns the final positions in one
    // undo step (snapped to the grid).
    std::map<QString, QPointF> moved;
    for (NodeItem* item : std::as_const(items_))
        if (item->pos() != document_->nodePosition(item->id()))
            moved[item->id()] = snapped(item->pos());
    if (moved.empty())
        return;
    document_->moveNodes(moved);
    for (const auto& [id, pos] : moved)
        if (NodeItem* item = items_.value(id))
            item->setPos(pos);
}

void NodeScene::drawBackground(QPainter* painter, const QRectF& rect)
{
    painter->fillRect(rect, canvas_colors::kBackground);
    constexpr double step = 20;
    if (rect.width() / step > 400)
        return; // zoomed far out: a grid would only be noise
    painter->setPen(QPen(canvas_colors::kGrid, 0));
    const double left = std::floor(rect.left() / step) * step;
    const double top = std::floor(rect.top() / step) * step;
    QVector<QLineF> lines;
    for (double x = left; x < rect.right(); x += step)
        lines.append(QLineF(x, rect.top(), x, rect.bottom()));
    for (double y = top; y < rect.bottom(); y += step)
        lines.append(QLineF(rect.left(), y, rect.right(), y));
    painter->drawLines(lines);
}

} // namespace seg::ui
