// The canvas's right-click menus (node, wire, empty canvas), the menu of node types offered
// when a wire is released over empty canvas, and the node actions they trigger. Every action
// is one document edit, hence one undo step.
#include "canvas/auto_layout.h"
#include "canvas/connection_item.h"
#include "canvas/node_scene.h"
#include "canvas/node_style.h"
#include "canvas/node_view.h"
#include "document/document.h"
#include "document/node_catalog.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>

namespace seg::ui {

namespace {
// What a wire from an output most often feeds, first.
const NodeType kWireTargets[] = {NodeType::Segment, NodeType::And,       NodeType::Or,        NodeType::Except,
                                 NodeType::Not,     NodeType::Condition, NodeType::Behavior,  NodeType::Top,
                                 NodeType::Split,   NodeType::Priority,  NodeType::Expression};
// menu->addAction(icon, text, context, functor) without the overloads Qt 6.4 deprecates.
template <typename F>
QAction* addItem(QMenu* menu, const QIcon& icon, const QString& text, const QObject* context, F&& action)
{
    QAction* item = menu->addAction(icon, text);
    QObject::connect(item, &QAction::triggered, context, std::forward<F>(action));
    return item;
}
} // namespace

void NodeView::popup(QMenu* menu, QPoint viewportPos)
{
    if (activeMenu_)
        activeMenu_->close();
    activeMenu_ = menu;
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(viewport()->mapToGlobal(viewportPos));
}

void NodeView::contextMenuEvent(QContextMenuEvent* event)
{
    popup(createContextMenu(mapToScene(event->pos())), event->pos());
    event->accept();
}

QMenu* NodeView::createContextMenu(QPointF scenePos)
{
    if (NodeItem* node = scene_->wireTargetAt(scenePos)) {
        if (!node->isSelected()) // acting on a node not in the selection: it becomes the selection
            scene_->selectNodes({node->id()});
        return createNodeMenu(node->id());
    }
    auto* menu = new QMenu(this);
    for (QGraphicsItem* item : scene_->items(scenePos))
        if (auto* wire = qgraphicsitem_cast<ConnectionItem*>(item); wire && wire->kind() == ConnectionItem::Kind::Input) {
            const QString from = wire->fromRef(), to = wire->toId();
            addItem(menu, QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete Connection"), this,
                            [this, from, to] { scene_->document()->disconnectNodes(from, to); });
            return menu;
        }
    QMenu* add = menu->addMenu(tr("Add Node Here"));
    for (const NodeKind& kind : nodeKinds())
        addItem(add, nodeIcon(kind.type), nodeTitle(kind.type), this,
                       [this, type = kind.type, scenePos] { addNodeAt(type, scenePos); })
            ->setStatusTip(nodeDescription(kind.type));
    QAction* paste = addItem(menu, QIcon::fromTheme(QStringLiteral("edit-paste")), tr("Paste"), scene_,
                             [this] { scene_->pasteFromClipboard(); });
    paste->setEnabled(QGuiApplication::clipboard()->text().contains(QStringLiteral("segstudio_nodes")));
    menu->addSeparator();
    addItem(menu, QIcon(), tr("Auto-layout"), this, [this] {
        seg::ui::autoLayout(*scene_->document());
        fitToContents();
    });
    addItem(menu, QIcon(), tr("Fit to View"), this, [this] { fitToContents(); });
    return menu;
}

QMenu* NodeView::createNodeMenu(const QString& id)
{
    const Node* node = scene_->document()->node(id);
    auto* menu = new QMenu(this);
    if (!node)
        return menu;
    const QStringList selected = scene_->selectedNodeIds();
    const QStringList targets = selected.contains(id) ? selected : QStringList{id};
    addItem(menu, QIcon(), tr("Rename…"), this, [this, id] { renameNode(id); });
    addItem(menu, QIcon::fromTheme(QStringLiteral("edit-copy")),
                    tr("Duplicate %n node(s)", nullptr, static_cast<int>(targets.size())), this,
                    [this, targets] { duplicateNodes(targets); });
    addItem(menu, QIcon::fromTheme(QStringLiteral("edit-delete")),
                    tr("Delete %n node(s)", nullptr, static_cast<int>(targets.size())), this,
                    [this, targets] { scene_->document()->removeNodes(targets); });
    QAction* disconnect = addItem(menu, QIcon(), tr("Disconnect Inputs"), this, [this, id] { disconnectInputs(id); });
    disconnect->setEnabled(!node->inputs.empty());
    menu->addSeparator();
    QAction* members = addItem(menu, QIcon(), tr("Show Members"), this, [this, id] { Q_EMIT showMembersRequested(id); });
    members->setEnabled(node->type != NodeType::Derive);
    QAction* exportAction = addItem(menu, QIcon::fromTheme(QStringLiteral("document-export")), tr("Export…"), this,
                                            [this, id] { Q_EMIT exportRequested(id); });
    exportAction->setEnabled(node->type == NodeType::Segment);
    if (node->type != NodeType::Segment)
        exportAction->setStatusTip(tr("Only segments are exported: connect this node to a segment first."));
    return menu;
}

QMenu* NodeView::createWireMenu(const QString& fromRef, QPointF scenePos)
{
    auto* menu = new QMenu(this);
    menu->addSection(tr("Add and connect to “%1”").arg(scene_->displayName(fromRef)));
    for (NodeType type : kWireTargets)
        addItem(menu, nodeIcon(type), nodeTitle(type), this,
                        [this, type, fromRef, scenePos] { addConnectedNode(type, fromRef, scenePos); })
            ->setStatusTip(nodeDescription(type));
    return menu;
}

QString NodeView::addConnectedNode(NodeType type, const QString& fromRef, QPointF scenePos)
{
    Document* document = scene_->document();
    const double height = NodeItem::heightFor(defaultNode(type, "new"));
    // The new card's input port where the wire was released, moved to free space if needed.
    const QRectF wanted(scenePos - QPointF(0, height / 2), QSizeF(NodeItem::kWidth, height));
    document->undoStack()->beginMacro(tr("Add %1 connected to %2").arg(nodeTitle(type), fromRef));
    const QString id = document->addNode(type, scene_->freeTopLeft(wanted));
    QString error;
    const bool connected = document->connectNodes(fromRef, id, &error);
    document->undoStack()->endMacro();
    if (!connected) {
        showMessage(tr("Cannot connect “%1” to the new node: %2").arg(scene_->displayName(fromRef), error), scenePos);
        Q_EMIT scene_->message(error);
    }
    scene_->selectNodes({id});
    setFocus();
    return id;
}

void NodeView::renameNode(const QString& id)
{
    const Node* node = scene_->document()->node(id);
    if (!node)
        return;
    // Not modal-blocking (open, not exec): the canvas stays live and tests can answer it.
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Rename Node"));
    dialog->setLabelText(tr("Label shown on the card of “%1” (empty: none):").arg(id));
    dialog->setTextValue(QString::fromStdString(node->label));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString& text) {
        const Node* current = scene_->document()->node(id);
        if (!current)
            return;
        Node renamed = *current;
        renamed.label = text.trimmed().toStdString();
        scene_->document()->changeNode(renamed, tr("Rename %1").arg(id));
    });
    dialog->open();
}

QString NodeView::duplicateNodes(const QStringList& ids)
{
    const QString text = scene_->document()->copyNodes(ids);
    if (text.isEmpty())
        return {};
    const QStringList copies = scene_->paste(text, scene_->freePasteOffset(text, QPointF(30, 30)));
    return copies.value(0);
}

void NodeView::disconnectInputs(const QString& id)
{
    const Node* node = scene_->document()->node(id);
    if (!node || node->inputs.empty())
        return;
    Node changed = *node;
    changed.inputs.clear();
    scene_->document()->changeNode(changed, tr("Disconnect the inputs of %1").arg(id));
}

} // namespace seg::ui
