// The canvas gestures through real mouse and keyboard events: dragging from an output port to
// a node connects them, moving nodes is one undo step, Delete disconnects a clicked
// connection, copy/paste/select-all, palette drops, wheel zoom around the cursor. Also saves
// a screenshot of the editor (SEG_CANVAS_SCREENSHOT=path) for looking at it.
#include "canvas/connection_item.h"
#include "canvas/node_editor_widget.h"
#include "canvas/node_palette.h"
#include "canvas/node_scene.h"
#include "canvas/node_view.h"
#include "document/document.h"
#include "document/node_catalog.h"
#include "document/selection.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
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
};

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
        QCOMPARE(f.document.nodePosition("c2"), QPointF(30, 30));
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
    }
};

QTEST_MAIN(TestNodeView)
#include "test_node_view.moc"
