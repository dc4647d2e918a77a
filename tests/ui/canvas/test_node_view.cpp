// The canvas gestures through real mouse and keyboard events: dragging from an output port to
// a node (card or input port) connects them, moving nodes is one undo step, Delete
// disconnects a clicked connection, copy/paste/select-all, palette drops, wheel zoom around
// the cursor, the refusal label, the wire-drop and right-click menus, free placement, the
// empty-canvas hint, readable fit with the overview map, zoomed-out cards. Also saves
// screenshots of the editor (SEG_CANVAS_SCREENSHOT=path) for looking at it.
#include "canvas/connection_item.h"
#include "canvas/mini_map.h"
#include "canvas/node_editor_widget.h"
#include "canvas/node_palette.h"
#include "canvas/node_scene.h"
#include "canvas/node_style.h"
#include "canvas/node_view.h"
#include "document/document.h"
#include "document/node_catalog.h"
#include "document/selection.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSignalSpy>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

struct Fixture {
    Document document;
    Selection selection;
    NodeEditorWidget editor{&document, nullptr, nullptr, &selection};
    NodeView* view = editor.view();
    NodeScene* scene = editor.scene();

    Fixture()
    {
        editor.resize(1100, 600);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        view->resetTransform();
        view->centerOn(QPointF(400, 150));
    }
    QPoint at(QPointF scenePos) const { return view->mapFromScene(scenePos); }
    QWidget* viewport() const { return view->viewport(); }
    void drag(QPointF from, QPointF to)
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, at(from));
        QTest::mouseMove(viewport(), at((from + to) / 2));
        QTest::mouseMove(viewport(), at(to));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, at(to));
    }
    QPointF centreOf(const QString& id) const { return scene->nodeItem(id)->sceneBoundingRect().center(); }
    QAction* menuAction(const QString& text) const
    {
        QMenu* menu = view->activeMenu();
        if (!menu)
            return nullptr;
        QList<QAction*> actions = menu->actions();
        for (int i = 0; i < actions.size(); ++i) {
            if (actions[i]->menu())
                actions += actions[i]->menu()->actions();
            if (actions[i]->text().startsWith(text))
                return actions[i];
        }
        return nullptr;
    }
};

// "a overlaps b" for the first two cards that overlap, else empty.
QString overlappingCards(const NodeScene& scene)
{
    const QList<NodeItem*> items = scene.nodeItems();
    for (int i = 0; i < items.size(); ++i)
        for (int j = i + 1; j < items.size(); ++j)
            if (items[i]->cardSceneRect().intersects(items[j]->cardSceneRect()))
                return items[i]->id() + " overlaps " + items[j]->id();
    return {};
}

} // namespace

class TestNodeView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dragFromOutputPortConnects()
    {
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        f.document.addNode(NodeType::Segment, {400, 0});
        const int steps = f.document.undoStack()->count();
        f.drag(f.scene->nodeItem("c1")->outputAnchor("c1"), f.centreOf("s1"));
        QCOMPARE(f.document.node("s1")->inputs, std::vector<std::string>{"c1"});
        QCOMPARE(f.document.undoStack()->count(), steps + 1);
        QVERIFY(f.scene->connection("c1", "s1"));
        QCOMPARE(f.document.nodePosition("c1"), QPointF(0, 0)); // the drag did not move the node

        // Back from s1 to c1 would make a cycle: refused with the message, nothing changes.
        QSignalSpy messages(&f.editor, &NodeEditorWidget::message);
        f.drag(f.scene->nodeItem("s1")->outputAnchor("s1"), f.centreOf("c1"));
        QCOMPARE(messages.count(), 1);
        QVERIFY2(messages.first().first().toString().contains("cycle"), qPrintable(messages.first().first().toString()));
        QVERIFY(f.document.node("c1")->inputs.empty());
        QCOMPARE(f.document.undoStack()->count(), steps + 1);
    }

    void dragToSplitPortConnectsThatPart()
    {
        Fixture f;
        f.document.addNode(NodeType::Split, {0, 0});
        f.document.addNode(NodeType::Segment, {400, 0});
        const QStringList ports = f.scene->nodeItem("sp1")->outputRefs();
        QCOMPARE(ports, (QStringList{"sp1:test", "sp1:control"}));
        f.drag(f.scene->nodeItem("sp1")->outputAnchor("sp1:control"), f.centreOf("s1"));
        QCOMPARE(f.document.node("s1")->inputs, std::vector<std::string>{"sp1:control"});
    }

    void movingNodesIsOneUndoStep()
    {
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        f.document.addNode(NodeType::Condition, {0, 200});
        f.scene->selectNodes({"c1", "c2"});
        const int steps = f.document.undoStack()->count();
        const QPointF grab = f.scene->nodeItem("c1")->mapToScene(QPointF(100, 40));
        QTest::mousePress(f.viewport(), Qt::LeftButton, {}, f.at(grab));
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(f.viewport(), f.at(grab + QPointF(20 * i, 10 * i)));
        QTest::mouseRelease(f.viewport(), Qt::LeftButton, {}, f.at(grab + QPointF(100, 50)));
        QCOMPARE(f.document.undoStack()->count(), steps + 1);
        QCOMPARE(f.document.nodePosition("c1"), QPointF(100, 50));
        QCOMPARE(f.document.nodePosition("c2"), QPointF(100, 250));
        f.document.undoStack()->undo();
        QCOMPARE(f.scene->nodeItem("c1")->pos(), QPointF(0, 0));
        QCOMPARE(f.scene->nodeItem("c2")->pos(), QPointF(0, 200));
    }

    void clickConnectionAndDeleteDisconnects()
    {
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        f.document.addNode(NodeType::Segment, {400, 100});
        QString error;
        QVERIFY(f.document.connectNodes("c1", "s1", &error));
        ConnectionItem* c = f.scene->connection("c1", "s1");
        const QPointF middle = c->path().pointAtPercent(0.5);
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.at(middle));
        QVERIFY(c->isSelected());
        QTest::keyClick(f.view, Qt::Key_Delete);
        QVERIFY(f.document.node("s1")->inputs.empty());
        QVERIFY(f.scene->connections().isEmpty());
        QVERIFY(f.document.node("c1")); // only the connection went
        f.document.undoStack()->undo();
        QCOMPARE(f.document.node("s1")->inputs, std::vector<std::string>{"c1"});
    }

    void keyboardSelectCopyPasteCutDelete()
    {
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        f.document.addNode(NodeType::Segment, {400, 0});
        QString error;
        QVERIFY(f.document.connectNodes("c1", "s1", &error));
        f.view->setFocus();
        QTest::keyClick(f.view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(f.selection.ids().size(), 2);
        QTest::keyClick(f.view, Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QGuiApplication::clipboard()->text().contains("segstudio_nodes"));
        QTest::keyClick(f.view, Qt::Key_V, Qt::ControlModifier);
        // Fresh ids, the pasted connection follows the renaming, the copies are selected and offset.
        QCOMPARE(f.document.nodeIds(), (QStringList{"c1", "s1", "c2", "s2"}));
        QCOMPARE(f.document.node("s2")->inputs, std::vector<std::string>{"c2"});
        QCOMPARE(f.selection.ids(), (QStringList{"c2", "s2"}));
        // On free space: the copies keep their arrangement and cover none of the originals.
        QCOMPARE(f.document.nodePosition("s2") - f.document.nodePosition("c2"), QPointF(400, 0));
        QCOMPARE(overlappingCards(*f.scene), QString());
        QVERIFY(f.scene->connection("c2", "s2"));
        QTest::keyClick(f.view, Qt::Key_X, Qt::ControlModifier); // cut the copies again
        QCOMPARE(f.document.nodeIds(), (QStringList{"c1", "s1"}));
        f.scene->selectNodes({"s1"});
        QTest::keyClick(f.view, Qt::Key_Delete);
        QCOMPARE(f.document.nodeIds(), QStringList{"c1"});
    }

    void paletteDropAddsNodeAtDropPoint()
    {
        Fixture f;
        NodePalette* palette = f.editor.palette();
        QCOMPARE(palette->count(), int(nodeKinds().size()));
        QMimeData* mime = nullptr;
        for (int row = 0; row < palette->count(); ++row)
            if (palette->typeAt(row) == NodeType::Behavior) {
                QModelIndexList indexes{palette->model()->index(row, 0)};
                mime = palette->model()->mimeData(indexes);
            }
        QVERIFY(mime);
        QCOMPARE(QString::fromUtf8(mime->data(kNodeTypeMime)), QString("behavior"));
        const QPointF dropScene(500, 300);
        const QPoint dropAt = f.at(dropScene);
        QDragEnterEvent enter(dropAt, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(dropAt), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.viewport(), &drop);
        delete mime;
        QVERIFY(f.document.node("b1"));
        // The node is centred under the drop point (its top-left snapped to the 10 px grid).
        const QRectF card = f.scene->nodeItem("b1")->sceneBoundingRect().adjusted(10, 10, -10, -10);
        QVERIFY(std::abs(card.center().x() - dropScene.x()) <= 10);
        QVERIFY(card.contains(dropScene));
        QCOMPARE(f.selection.current(), QString("b1"));

        // Double-click adds at the view centre.
        QSignalSpy requested(palette, &NodePalette::addRequested);
        const QRect rowRect = palette->visualItemRect(palette->item(0));
        QTest::mouseClick(palette->viewport(), Qt::LeftButton, {}, rowRect.center());
        QTest::mouseDClick(palette->viewport(), Qt::LeftButton, {}, rowRect.center());
        QCOMPARE(requested.count(), 1);
        QVERIFY(f.document.node("c1"));
    }

    void rubberBandSelectsAndMiddleButtonPans()
    {
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        f.document.addNode(NodeType::Condition, {0, 150});
        f.document.addNode(NodeType::Segment, {500, 0});
        // A band from empty canvas above-left of c1 to below c2 selects both, not s1.
        const QPointF from(-40, -40), to(260, 300);
        QTest::mousePress(f.viewport(), Qt::LeftButton, {}, f.at(from));
        for (int i = 1; i <= 4; ++i)
            QTest::mouseMove(f.viewport(), f.at(from + (to - from) * i / 4.0));
        QTest::mouseRelease(f.viewport(), Qt::LeftButton, {}, f.at(to));
        QCOMPARE(f.scene->selectedNodeIds(), (QStringList{"c1", "c2"}));
        QCOMPARE(f.selection.ids().size(), 2);
        QCOMPARE(f.document.nodePosition("c1"), QPointF(0, 0)); // selecting moved nothing

        // Middle-button drag pans: the scene point under the cursor follows the mouse.
        const QPoint start(300, 300), end(380, 340);
        const QPointF grabbed = f.view->mapToScene(start);
        QTest::mousePress(f.viewport(), Qt::MiddleButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(end), f.viewport()->mapToGlobal(QPointF(end)), Qt::NoButton,
                         Qt::MiddleButton, Qt::NoModifier);
        QCoreApplication::sendEvent(f.viewport(), &move);
        QTest::mouseRelease(f.viewport(), Qt::MiddleButton, {}, end);
        QVERIFY(QLineF(f.view->mapToScene(end), grabbed).length() < 1.5);
        QCOMPARE(f.scene->selectedNodeIds(), (QStringList{"c1", "c2"}));
    }

    void wheelZoomKeepsPointUnderCursor()
    {
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        const QPoint cursor(200, 150);
        const QPointF under = f.view->mapToScene(cursor);
        QWheelEvent wheel(cursor, f.view->viewport()->mapToGlobal(cursor), {}, QPoint(0, 240), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(f.viewport(), &wheel);
        QVERIFY(std::abs(f.view->zoom() - 1.15 * 1.15) < 1e-9);
        const QPointF afterUnder = f.view->mapToScene(cursor);
        QVERIFY(QLineF(under, afterUnder).length() < 2.0);
        f.view->fitToContents();
        QCOMPARE(f.view->zoom(), 1.0); // a small graph is shown at natural size
        QVERIFY(f.view->viewport()->rect().contains(f.at(f.centreOf("c1"))));
    }

    void dropOnVisibleInputPortConnects()
    {
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        f.document.addNode(NodeType::Segment, {400, 0});
        f.document.addNode(NodeType::Condition, {0, 300});
        NodeItem* s1 = f.scene->nodeItem("s1");
        // The outer half of the port circle, left of the card's edge: drawn, so users aim at it.
        const QPointF port = s1->inputAnchor(0) - QPointF(4, 0);
        const QPointF from = f.scene->nodeItem("c1")->outputAnchor("c1");
        QTest::mousePress(f.viewport(), Qt::LeftButton, {}, f.at(from));
        QTest::mouseMove(f.viewport(), f.at((from + port) / 2));
        QVERIFY(!s1->dropHighlighted());
        QTest::mouseMove(f.viewport(), f.at(port));
        QVERIFY(s1->dropHighlighted()); // the node (and its port) light up under the wire
        QTest::mouseRelease(f.viewport(), Qt::LeftButton, {}, f.at(port));
        QVERIFY(!s1->dropHighlighted());
        QCOMPARE(f.document.node("s1")->inputs, std::vector<std::string>{"c1"});

        // Anywhere on the body works as well (a one-input node takes the new wire instead).
        f.drag(f.scene->nodeItem("c2")->outputAnchor("c2"), s1->cardSceneRect().bottomLeft() + QPointF(3, -3));
        QCOMPARE(f.document.node("s1")->inputs, std::vector<std::string>{"c2"});
    }

    void refusedConnectionMessageIsFullyVisible()
    {
        Fixture f;
        const QRectF visible = f.view->mapToScene(f.viewport()->rect()).boundingRect();
        // c1 sits in the bottom-right corner of the view, half outside it.
        f.document.addNode(NodeType::Condition, visible.bottomRight() - QPointF(60, 40));
        f.document.addNode(NodeType::Segment, visible.topLeft() + QPointF(40, 40));
        Node c1 = *f.document.node("c1");
        c1.label = "Loyal customers";
        f.document.changeNode(c1);
        QString error;
        QVERIFY(f.document.connectNodes("c1", "s1", &error));
        QSignalSpy messages(&f.editor, &NodeEditorWidget::message);
        const QPointF drop = f.scene->nodeItem("c1")->cardSceneRect().topLeft() + QPointF(20, 20);
        f.drag(f.scene->nodeItem("s1")->outputAnchor("s1"), drop); // would make a cycle
        QCOMPARE(messages.count(), 1);
        const QString text = messages.first().first().toString();
        QVERIFY2(text.contains("Loyal customers") && text.contains("New segment") && text.contains("cycle"),
                 qPrintable(text));
        QLabel* label = f.view->messageLabel();
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), text);
        QVERIFY2(f.viewport()->geometry().contains(label->geometry()),
                 qPrintable(QString("label %1,%2 %3x%4").arg(label->x()).arg(label->y()).arg(label->width()).arg(label->height())));
        QVERIFY(label->height() >= label->heightForWidth(label->width())); // no line cut off
    }

    void wireDroppedOnEmptySpaceOffersConnectedNode()
    {
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        const int steps = f.document.undoStack()->count();
        const QPointF release(520, 300);
        f.drag(f.scene->nodeItem("c1")->outputAnchor("c1"), release);
        QVERIFY(f.view->activeMenu());
        QVERIFY(f.view->activeMenu()->isVisible());
        QVERIFY(f.menuAction(nodeTitle(NodeType::And)));
        QVERIFY(!f.menuAction(nodeTitle(NodeType::Derive))); // a column takes no set
        f.menuAction(nodeTitle(NodeType::Segment))->trigger();
        QVERIFY(f.document.node("s1"));
        QCOMPARE(f.document.node("s1")->inputs, std::vector<std::string>{"c1"});
        QCOMPARE(f.document.undoStack()->count(), steps + 1); // added and connected: one step
        QVERIFY(QLineF(f.scene->nodeItem("s1")->inputAnchor(0), release).length() < 15); // where the wire ended
        QCOMPARE(f.selection.current(), QString("s1"));
        f.document.undoStack()->undo();
        QVERIFY(!f.document.node("s1"));

        // A click on a port (no drag) offers nothing and says nothing.
        QSignalSpy messages(&f.editor, &NodeEditorWidget::message);
        f.view->activeMenu()->close();
        const QPointF port = f.scene->nodeItem("c1")->outputAnchor("c1");
        QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.at(port));
        QCOMPARE(messages.count(), 0);
    }

    void newNodesGoToFreeSpace()
    {
        Fixture f;
        for (int i = 0; i < 4; ++i) // palette double-clicks: the view centre, then next to it
            f.view->addNodeAtCenter(NodeType::Condition);
        QCOMPARE(f.document.nodeIds().size(), 4);
        QCOMPARE(overlappingCards(*f.scene), QString());
        // With a selection: right of it.
        f.scene->selectNodes({"c1"});
        const QString added = f.view->addNodeAtCenter(NodeType::Segment);
        QVERIFY(f.scene->nodeItem(added)->cardSceneRect().left() >= f.scene->nodeItem("c1")->cardSceneRect().right());
        QCOMPARE(overlappingCards(*f.scene), QString());
        // Pasting the same nodes again and again.
        f.scene->selectNodes({"c1", "c2"});
        f.scene->copySelection();
        f.scene->pasteFromClipboard();
        f.scene->pasteFromClipboard();
        QCOMPARE(f.document.nodeIds().size(), 9);
        QCOMPARE(overlappingCards(*f.scene), QString());
        QCOMPARE(f.view->duplicateNodes({"c1"}).isEmpty(), false);
        QCOMPARE(overlappingCards(*f.scene), QString());
    }

    void emptyCanvasHintDisappearsWhenNodesExist()
    {
        Fixture f;
        QLabel* hint = f.view->hintLabel();
        QVERIFY(hint->isVisible());
        const QRect area = hint->geometry();
        // A node at the view's top-left corner: the rest of the hint's area must show only the
        // canvas (background and grid), no leftover of the hint's text.
        const QPointF corner = f.view->mapToScene(QPoint(0, 0));
        f.document.addNode(NodeType::Condition, corner + QPointF(20, 20));
        QVERIFY(!hint->isVisible());
        QVERIFY(!f.view->miniMap()->isVisible());
        QCoreApplication::processEvents();
        const QImage shot = f.view->grab().toImage();
        QRect card = f.view->mapFromScene(f.scene->nodeItem("c1")->sceneBoundingRect()).boundingRect();
        card.translate(f.viewport()->pos());
        card.adjust(-4, -4, 4, 4);
        const QColor bg = canvas_colors::kBackground, grid = canvas_colors::kGrid;
        auto between = [](int v, int a, int b) { return v >= std::min(a, b) - 8 && v <= std::max(a, b) + 8; };
        int foreign = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x) {
                if (card.contains(x, y))
                    continue;
                const QColor c = shot.pixelColor(x, y);
                if (!between(c.red(), bg.red(), grid.red()) || !between(c.green(), bg.green(), grid.green())
                    || !between(c.blue(), bg.blue(), grid.blue()))
                    ++foreign;
            }
        QCOMPARE(foreign, 0);
        f.document.removeNodes({"c1"});
        QVERIFY(hint->isVisible());
    }

    void contextMenusEditThroughTheDocument()
    {
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        f.document.addNode(NodeType::Segment, {400, 0});
        QString error;
        QVERIFY(f.document.connectNodes("c1", "s1", &error));
        QSignalSpy members(&f.editor, &NodeEditorWidget::showMembersRequested);
        QSignalSpy exports(&f.editor, &NodeEditorWidget::exportRequested);
        auto rightClick = [&](QPointF scenePos) {
            QContextMenuEvent event(QContextMenuEvent::Mouse, f.at(scenePos), f.viewport()->mapToGlobal(f.at(scenePos)));
            QCoreApplication::sendEvent(f.viewport(), &event);
            QVERIFY(f.view->activeMenu());
        };
        const QPointF onS1 = f.scene->nodeItem("s1")->cardSceneRect().center();
        int steps = f.document.undoStack()->count();

        rightClick(onS1);
        QCOMPARE(f.selection.ids(), QStringList{"s1"}); // the clicked node is what the menu acts on
        f.menuAction("Show Members")->trigger();
        QCOMPARE(members.count(), 1);
        QCOMPARE(members.first().first().toString(), QString("s1"));
        f.menuAction("Export")->trigger();
        QCOMPARE(exports.first().first().toString(), QString("s1"));
        f.menuAction("Rename")->trigger();
        auto* dialog = f.view->findChild<QInputDialog*>();
        QVERIFY(dialog);
        dialog->setTextValue("VIP");
        dialog->accept();
        QCOMPARE(f.document.node("s1")->label, std::string("VIP"));
        QCOMPARE(f.document.undoStack()->count(), ++steps);

        rightClick(onS1);
        f.menuAction("Disconnect Inputs")->trigger();
        QVERIFY(f.document.node("s1")->inputs.empty());
        QCOMPARE(f.document.undoStack()->count(), ++steps);
        f.document.undoStack()->undo();
        --steps;

        rightClick(onS1);
        QVERIFY(!f.menuAction("Disconnect Inputs") || f.menuAction("Disconnect Inputs")->isEnabled());
        f.menuAction("Duplicate")->trigger();
        QCOMPARE(f.document.nodeIds().size(), 3);
        QCOMPARE(f.document.undoStack()->count(), ++steps);
        QCOMPARE(overlappingCards(*f.scene), QString());

        // On a condition, Export is offered but disabled: only segments are exported.
        rightClick(f.scene->nodeItem("c1")->cardSceneRect().center());
        QVERIFY(!f.menuAction("Export")->isEnabled());
        f.menuAction("Delete")->trigger();
        QVERIFY(!f.document.node("c1"));
        QCOMPARE(f.document.undoStack()->count(), ++steps);
        f.document.undoStack()->undo();
        --steps;

        // On a wire: delete it.
        rightClick(f.scene->connection("c1", "s1")->path().pointAtPercent(0.5));
        f.menuAction("Delete Connection")->trigger();
        QVERIFY(f.document.node("s1")->inputs.empty());
        QCOMPARE(f.document.undoStack()->count(), ++steps);

        // On the canvas: add a node there, auto-layout.
        const QPointF empty(300, 400);
        rightClick(empty);
        f.menuAction(nodeTitle(NodeType::Behavior))->trigger();
        QVERIFY(f.document.node("b1"));
        QVERIFY(f.scene->nodeItem("b1")->cardSceneRect().contains(empty));
        QCOMPARE(f.document.undoStack()->count(), ++steps);
        rightClick(QPointF(-400, -400));
        f.menuAction("Auto-layout")->trigger();
        QCOMPARE(f.document.undoStack()->count(), ++steps);
        QCOMPARE(overlappingCards(*f.scene), QString());
    }

    void fitStaysReadableAndMiniMapNavigates()
    {
        Fixture f;
        for (int column = 0; column < 6; ++column)
            for (int row = 0; row < 8; ++row)
                f.document.addNode(NodeType::Condition, {column * 330.0, row * 160.0});
        f.view->fitToContents();
        QVERIFY2(f.view->zoom() >= NodeView::kReadableZoom - 1e-9, qPrintable(QString::number(f.view->zoom())));
        // The first view starts where the graph starts.
        QVERIFY(f.viewport()->rect().contains(f.at(f.centreOf("c1"))));
        MiniMap* map = f.view->miniMap();
        QVERIFY(map->isVisible());
        QVERIFY(f.viewport()->geometry().contains(map->geometry()));
        const QPointF target = f.centreOf("c48");
        QVERIFY(!f.viewport()->rect().contains(f.at(target)));
        QTest::mouseClick(map, Qt::LeftButton, {}, map->mapAt(target).toPoint());
        const QPointF centre = f.view->mapToScene(f.viewport()->rect().center());
        QVERIFY2(QLineF(centre, target).length() < 25, qPrintable(QString("%1,%2").arg(centre.x()).arg(centre.y())));
        // Everything in sight: no map.
        f.view->resetTransform();
        f.view->scale(0.2, 0.2);
        f.view->centerOn(QPointF(900, 600));
        QVERIFY(!map->isVisible());
    }

    void zoomedOutCardShowsLargeTitle()
    {
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        Node c1 = *f.document.node("c1");
        c1.label = "Churn risk";
        f.document.changeNode(c1);
        NodeItem* item = f.scene->nodeItem("c1");
        // The tallest unbroken vertical run of dark (text) pixels of the card drawn at `scale`.
        auto tallestText = [&](double scale) {
            QImage image(QSize(int(300 * scale) + 4, int(200 * scale) + 4), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter painter(&image);
            painter.scale(scale, scale);
            painter.translate(10, 10);
            QStyleOptionGraphicsItem option;
            item->paint(&painter, &option, nullptr);
            painter.end();
            int tallest = 0;
            for (int x = 0; x < image.width(); ++x)
                for (int y = 0, run = 0; y < image.height(); ++y) {
                    run = qGray(image.pixel(x, y)) < 110 ? run + 1 : 0;
                    tallest = std::max(tallest, run);
                }
            return tallest;
        };
        // At a third of the size, the title stays about as tall as text at full size.
        QVERIFY2(tallestText(0.35) >= 7, qPrintable(QString::number(tallestText(0.35))));
    }

    void screenshot()
    {
        const QByteArray path = qgetenv("SEG_CANVAS_SCREENSHOT");
        if (path.isEmpty())
            QSKIP("set SEG_CANVAS_SCREENSHOT to save a picture of the editor");
        Fixture f;
        f.document.addNode(NodeType::Condition, {0, 0});
        f.document.addNode(NodeType::Behavior, {0, 140});
        f.document.addNode(NodeType::And, {290, 60});
        f.document.addNode(NodeType::Split, {580, 60});
        f.document.addNode(NodeType::Segment, {870, 0});
        f.document.addNode(NodeType::Derive, {0, 280});
        Node s1 = *f.document.node("s1");
        s1.label = "High value, recently active";
        f.document.changeNode(s1);
        QString error;
        f.document.connectNodes("c1", "a1", &error);
        f.document.connectNodes("b1", "a1", &error);
        f.document.connectNodes("a1", "sp1", &error);
        f.document.connectNodes("sp1:test", "s1", &error);
        f.scene->selectNodes({"a1"});
        f.view->fitToContents();
        f.scene->connectPorts("s1", "c1", QPointF(100, 40));
        QVERIFY(f.editor.grab().save(QString::fromLocal8Bit(path)));
        // And zoomed far out, where cards show only their title and count.
        f.view->resetTransform();
        f.view->scale(0.3, 0.3);
        f.view->centerOn(f.scene->nodeItem("a1")->sceneBoundingRect().center());
        QString zoomedOut = QString::fromLocal8Bit(path);
        zoomedOut.insert(zoomedOut.lastIndexOf('.'), "-zoomed-out");
        QVERIFY(f.editor.grab().save(zoomedOut));
    }
};

QTEST_MAIN(TestNodeView)
#include "test_node_view.moc"
