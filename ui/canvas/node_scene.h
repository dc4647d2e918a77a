#pragma once
// The canvas model: a QGraphicsScene that mirrors the Document. Items are created, removed
// and updated only from the document's signals; user gestures (dragging a connection from an
// output port to a node, moving nodes, deleting, pasting) call the document's edit methods,
// whose signals then update the items. Live counts and statuses come from the PreviewRunner.
//
// Usage: auto* scene = new NodeScene(document, selection, previewRunner, parent);
//        view->setScene(scene);   // NodeView adds zoom, pan and the keyboard shortcuts
//        connect(scene, &NodeScene::message, statusBar, [..](QString m) { showMessage(m, 5000); });
#include "canvas/node_item.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>

namespace seg::ui {

class ConnectionItem;
class Document;
class PreviewRunner;
class Selection;
struct PreviewResult;

class NodeScene : public QGraphicsScene {
    Q_OBJECT
public:
    NodeScene(Document* document, Selection* selection, PreviewRunner* runner = nullptr, QObject* parent = nullptr);
    ~NodeScene() override;

    Document* document() const { return document_; }
    NodeItem* nodeItem(const QString& id) const { return items_.value(id); }
    QList<NodeItem*> nodeItems() const { return items_.values(); }
    // Input connections (deletable); derived-column edges are listed by derivedEdges().
    QList<ConnectionItem*> connections() const;
    QList<ConnectionItem*> derivedEdges() const;
    ConnectionItem* connection(const QString& fromRef, const QString& toId) const;
    QStringList selectedNodeIds() const;

    // Gestures, also used by the view's shortcuts and menus. Each is one undo step.
    bool connectPorts(const QString& fromRef, const QString& toId, QPointF feedbackAt);
    void deleteSelection();
    QString copySelection();  // also puts the text on the clipboard
    void cutSelection();
    QStringList paste(const QString& text, QPointF offset);
    void pasteFromClipboard();
    void selectAllNodes();
    void selectNodes(const QStringList& ids);

    // Where new nodes go: the top-left corner nearest `wanted` at which a card of `wanted`'s
    // size overlaps no other card (with a margin), so new nodes never hide old ones.
    QPointF freeTopLeft(QRectF wanted) const;
    // The preferred spot for a new node: right of the selected nodes, else centred on `fallbackCentre`.
    QRectF preferredNewNodeRect(QPointF fallbackCentre, double height) const;
    // The offset that puts nodes copied as `text` (Document::copyNodes) on free space,
    // starting from `preferred` (Document::pasteNodes adds it to the copied positions).
    QPointF freePasteOffset(const QString& text, QPointF preferred) const;
    // The node whose card or input port takes a wire released at `scenePos` (null: none).
    NodeItem* wireTargetAt(QPointF scenePos) const;
    // The readable name of a node or output reference, as rule sentences use it.
    QString displayName(const QString& ref) const;

    // Applies a preview result (counts, statuses, times); public for tests and the lead.
    void showResult(const PreviewResult& result);
    // Counts of a live replay (ui/live) shown instead of the preview's, by set reference
    // ("node", "node:port"), with `note` as the cards' status line; cleared by clearLiveCounts().
    void setLiveCounts(const std::map<std::string, size_t>& counts, size_t universe, const QString& note);
    void clearLiveCounts();
    // Monitoring alerts per segment id (ui/history SegmentAlerts): a badge and tooltip on the
    // segment's card. A view of the last run; the document is not touched.
    void setSegmentAlerts(const QHash<QString, QStringList>& alerts);
    bool showsLiveCounts() const { return live_.has_value(); }
    void nodeItemMoved(NodeItem* item);

Q_SIGNALS:
    // A short message for the status bar (a refused connection, a failed paste).
    void message(const QString& text);
    // A connection was refused: why, naming both nodes, and where the wire was released
    // (the view shows it in a label kept inside the viewport).
    void connectionRefused(const QString& text, QPointF scenePos);
    // A wire from output `fromRef` was released over empty canvas at `scenePos` (the view
    // offers node types to add there, connected).
    void wireDroppedInEmptySpace(const QString& fromRef, QPointF scenePos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

private:
    void rebuild();
    void addItemFor(const QString& id);
    void removeItemFor(const QString& id);
    void refreshItem(const QString& id);
    void syncConnections();
    void updateConnectionEnds(ConnectionItem* connection);
    void refreshStatuses();
    void refreshStatus(NodeItem* item);
    void onSceneSelectionChanged();
    void onSelectionChanged();
    void refreshRuleTexts();
    static QRectF snappedRect(QRectF r);
    void commitMoves();

    Document* document_;
    QPointer<Selection> selection_;
    QPointer<PreviewRunner> runner_;
    QHash<QString, NodeItem*> items_;
    QList<ConnectionItem*> connections_;
    std::shared_ptr<const PreviewResult> lastResult_;
    struct LiveCounts {
        std::map<std::string, size_t> counts;
        size_t universe = 0;
        QString note;
    };
    std::optional<LiveCounts> live_;
    QHash<QString, QStringList> segmentAlerts_;
    QSet<QString> running_;
    bool syncingSelection_ = false;
    QStringList selectionOrder_;

    // A connection being dragged from an output port.
    ConnectionItem* dragConnection_ = nullptr;
    NodeItem* dragTarget_ = nullptr;
    int pasteCount_ = 0;
    QString lastPasteText_;
};

} // namespace seg::ui
