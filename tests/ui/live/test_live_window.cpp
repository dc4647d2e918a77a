// The Live dock in the real window on the demo project: View > Live toggles it, Run > Replay
// Events Live… brings it forward, and a replay moves the canvas cards to the live counts
// (the engine's members, read here from the controller); an edit of the graph, and Clear,
// bring the preview's counts back.
#include "canvas/node_editor_widget.h"
#include "canvas/node_scene.h"
#include "document/document.h"
#include "live/live_panel.h"
#include "mainwindow/main_window.h"
#include "session/data_session.h"
#include "session/preview_runner.h"

#include <QAction>
#include <QLineEdit>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

class TestLiveWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void replayFromTheRunMenuMovesTheCards()
    {
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(window.openFile(SEG_SOURCE_DIR "/resources/demo/retail.segment.json", true));
        window.dataSession()->waitForImport();
        QVERIFY(window.previewRunner()->waitForIdle());

        QDockWidget* dock = window.dock("liveDock");
        QVERIFY(dock);
        QMenu* view = window.menuBar()->findChild<QMenu*>("viewMenu");
        QVERIFY(view->actions().contains(dock->toggleViewAction()));
        auto* replay = window.findChild<QAction*>("replayLiveAction");
        QVERIFY(replay);
        QVERIFY(window.menuBar()->findChild<QMenu*>("runMenu")->actions().contains(replay));
        dock->hide();
        replay->trigger();
        QVERIFY(dock->isVisible());

        auto* panel = qobject_cast<LivePanel*>(dock->widget());
        QVERIFY(panel);
        LiveReplaySettings s = panel->settings();
        QVERIFY(s.source == LiveSource::ProjectEvents);                         // the project's events by default
        QCOMPARE(s.clock, LiveClock::Fixed);
        QCOMPARE(s.fixedDay, *window.document()->graph().asOf); // at the graph's as-of
        s.pace = LivePace::Fastest;
        panel->setSettings(s);
        QVERIFY(panel->startReplay());
        LiveReplayController* c = panel->controller();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }));
        QCOMPARE(c->state(), LiveState::Finished);

        NodeScene* scene = window.editor()->scene();
        QVERIFY(scene->showsLiveCounts());
        size_t checked = 0;
        for (const auto& [ref, count] : c->latest().counts) {
            if (ref.find(':') != std::string::npos)
                continue;
            const NodeItem* item = scene->nodeItem(QString::fromStdString(ref));
            QVERIFY(item);
            QCOMPARE(item->liveState().status, NodeLiveState::Status::Live);
            QCOMPARE(*item->liveState().members, count);
            // At as-of, the end of the replay is the batch run the preview shows.
            const auto* run = window.previewRunner()->lastResult()->run.get();
            QCOMPARE(count, run->node(ref)->size);
            ++checked;
        }
        QVERIFY(checked >= 20);

        // An edit of the graph: the cards go back to the preview (whose counts are those of
        // the edited graph), and the dock says why.
        Node edited = *window.document()->graph().find("c_big_orders");
        edited.label = "Average order 150+";
        window.document()->changeNode(edited);
        QVERIFY(!scene->showsLiveCounts());
        QVERIFY(scene->nodeItem("c_big_orders")->liveState().status != NodeLiveState::Status::Live);
        QVERIFY2(panel->statusText().contains("The graph was edited"), qPrintable(panel->statusText()));
        QVERIFY(!panel->cardsShowLive());

        panel->clearReplay();
        QVERIFY(!scene->showsLiveCounts());
        for (NodeItem* item : scene->nodeItems())
            QVERIFY(item->liveState().status != NodeLiveState::Status::Live);
    }

    // Run > Listen to a Broker…: the dock comes forward on its broker source, the form's parts
    // in view and the speed (meaningless for a broker) hidden. (Interactive, it opens the form.)
    void listenToABrokerFromTheRunMenu()
    {
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(window.openFile(SEG_SOURCE_DIR "/resources/demo/retail.segment.json", true));
        window.dataSession()->waitForImport();
        QDockWidget* dock = window.dock("liveDock");
        auto* listen = window.findChild<QAction*>("listenBrokerAction");
        QVERIFY(listen);
        QVERIFY(window.menuBar()->findChild<QMenu*>("runMenu")->actions().contains(listen));
        dock->hide();
        listen->trigger();
        QVERIFY(dock->isVisible());
        auto* panel = qobject_cast<LivePanel*>(dock->widget());
        QCOMPARE(panel->settings().source, LiveSource::Broker);
        auto* url = panel->findChild<QLineEdit*>("liveBrokerUrl");
        QVERIFY(url && url->isVisible());
        QVERIFY(url->isReadOnly());
        QVERIFY2(panel->statusText().contains("consumer group or queue of its own"), qPrintable(panel->statusText()));
        // Without a broker chosen, Start says what is missing.
        panel->setBrokerUrl(QString());
        QVERIFY(!panel->startReplay());
        QVERIFY2(panel->statusText().contains("Enter the broker"), qPrintable(panel->statusText()));
    }
};

QTEST_MAIN(TestLiveWindow)
#include "test_live_window.moc"
