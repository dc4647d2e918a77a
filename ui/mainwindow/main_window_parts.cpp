// The editor parts in the window: the node editor in the middle, properties, plan, preview
// and timing docks around it, and the Edit/View menu entries that act on the canvas.
#include "mainwindow/main_window.h"

#include "canvas/node_editor_widget.h"
#include "canvas/node_scene.h"
#include "canvas/node_view.h"
#include "dag/dag_view.h"
#include "live/live_panel.h"
#include "document/selection.h"
#include "preview/member_sample_view.h"
#include "preview/preview_panel.h"
#include "properties/properties_panel.h"
#include "timing/timing_panel.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>

namespace seg::ui {

namespace {
constexpr int kBottomPartMinimumHeight = 150;
}

void MainWindow::createParts()
{
    editor_ = new NodeEditorWidget(document_, data_, runner_, selection_, this);
    editor_->setObjectName("nodeEditor");
    setCentralWidget(editor_);
    connect(editor_, &NodeEditorWidget::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });

    // Edit menu: the canvas gestures, also reachable from the keyboard inside the view.
    QMenu* edit = menuBar()->findChild<QMenu*>("editMenu");
    QAction* firstExisting = edit->actions().value(3); // after Undo, Redo and the separator
    auto add = [&](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        // Only while the canvas has focus, so text fields keep their own Cut/Copy/Paste/Delete.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        editor_->view()->addAction(action);
        connect(action, &QAction::triggered, editor_->scene(), slot);
        edit->insertAction(firstExisting, action);
        return action;
    };
    add(tr("Cu&t"), QKeySequence::Cut, &NodeScene::cutSelection);
    add(tr("&Copy"), QKeySequence::Copy, [this] { editor_->scene()->copySelection(); });
    add(tr("&Paste"), QKeySequence::Paste, &NodeScene::pasteFromClipboard);
    add(tr("&Delete"), QKeySequence::Delete, &NodeScene::deleteSelection);
    add(tr("Select &All"), QKeySequence::SelectAll, &NodeScene::selectAllNodes);
    edit->insertSeparator(firstExisting);

    // Docks: properties on the right; plan, preview and timing tabbed below the canvas.
    QDockWidget* properties = addDock(new PropertiesPanel(document_, data_, runner_, selection_, this), tr("Properties"),
                                      "propertiesDock", Qt::RightDockWidgetArea);
    properties->setMinimumWidth(340);
    QDockWidget* preview = addDock(new PreviewPanel(document_, data_, runner_, selection_, this), tr("Preview"),
                                   "previewDock", Qt::BottomDockWidgetArea);
    QDockWidget* plan = addDock(new DagView(document_, data_, runner_, selection_, this), tr("Plan"), "planDock",
                                Qt::BottomDockWidgetArea);
    QDockWidget* timing = addDock(new TimingPanel(document_, data_, runner_, selection_, this), tr("Timing"),
                                  "timingDock", Qt::BottomDockWidgetArea);
    auto* livePanel = new LivePanel(document_, data_, this);
    QDockWidget* live = addDock(livePanel, tr("Live"), "liveDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(preview, plan);
    tabifyDockWidget(preview, timing);
    tabifyDockWidget(preview, live);
    preview->raise();
    // Compact below the canvas: the parts scroll or shrink rather than push the canvas up.
    for (QDockWidget* below : {preview, plan, timing, live})
        below->widget()->setMinimumHeight(kBottomPartMinimumHeight);

    // Run > Compare Strategies: the timing dock's comparison, one click from the menu.
    QMenu* run = menuBar()->findChild<QMenu*>("runMenu");
    auto* compare = new QAction(tr("Compare &Strategies"), this);
    compare->setObjectName("compareStrategiesAction");
    compare->setStatusTip(tr("Time the graph sequentially, in parallel and hybrid on the current data"));
    connect(compare, &QAction::triggered, this, [timing] {
        timing->show();
        timing->raise();
        static_cast<TimingPanel*>(timing->widget())->compareStrategies();
    });
    run->insertAction(run->actions().value(run->actions().size() - 1), compare); // before the engine

    // Run > Replay Events Live…: the Live dock, its Start button focused. The cards show the
    // replay's counts while it runs (a separate overlay: the preview's results stay as they are).
    connect(livePanel, &LivePanel::liveCounts, editor_->scene(), &NodeScene::setLiveCounts);
    connect(livePanel, &LivePanel::liveCountsCleared, editor_->scene(), &NodeScene::clearLiveCounts);
    auto* replay = new QAction(tr("Replay Events &Live…"), this);
    replay->setObjectName("replayLiveAction");
    replay->setStatusTip(tr("Replay the project's events (or an NDJSON file) through the live engine and watch the "
                            "segments change"));
    connect(replay, &QAction::triggered, this, [live, livePanel] {
        live->show();
        live->raise();
        livePanel->focusStart();
    });
    run->insertAction(run->actions().value(run->actions().size() - 1), replay);
    // Run > Listen to a Broker…: the Live dock on its broker source and the Broker… form; once
    // the form is accepted (and nothing runs), listening starts.
    auto* listen = new QAction(tr("Listen to a &Broker…"), this);
    listen->setObjectName("listenBrokerAction");
    listen->setStatusTip(tr("Listen to a Redis stream or RabbitMQ queue through the live engine: counts, lag and "
                            "connection problems in the Live dock"));
    connect(listen, &QAction::triggered, this, [this, live, livePanel] {
        live->show();
        live->raise();
        LiveReplaySettings s = livePanel->settings();
        s.source = LiveSource::Broker;
        if (!livePanel->controller()->isActive())
            livePanel->setSettings(s);
        if (interactive_ && !livePanel->controller()->isActive() && livePanel->editBroker())
            livePanel->startReplay();
    });
    run->insertAction(run->actions().value(run->actions().size() - 1), listen);

    QMenu* view = menuBar()->findChild<QMenu*>("viewMenu");
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, editor_->view(), &NodeView::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, editor_->view(), &NodeView::zoomOut);
    view->addAction(tr("&Fit to View"), QKeySequence(tr("Ctrl+0")), editor_->view(), &NodeView::fitToContents);
    view->addAction(tr("Auto &Layout"), QKeySequence(tr("Ctrl+L")), editor_, &NodeEditorWidget::autoLayout);
    view->addSeparator();

    // The canvas's node menu: "Show Members" opens the preview's member list for the node,
    // "Export…" the export dialog for that segment.
    connect(editor_, &NodeEditorWidget::showMembersRequested, this, [this](const QString& id) {
        selection_->set({id});
        if (auto* dock = findChild<QDockWidget*>("previewDock")) {
            dock->show();
            dock->raise();
            if (auto* panel = qobject_cast<PreviewPanel*>(dock->widget()))
                panel->tabs()->setCurrentWidget(panel->memberView());
        }
    });
    connect(editor_, &NodeEditorWidget::exportRequested, this, [this](const QString& id) {
        selection_->set({id});
        exportSegments();
    });
}

} // namespace seg::ui
