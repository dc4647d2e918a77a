#include "mainwindow/main_window.h"

#include "document/document.h"
#include "document/selection.h"
#include "mainwindow/data_panel.h"
#include "mainwindow/problems_panel.h"
#include "session/data_session.h"
#include "session/preview_runner.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEventLoop>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QShowEvent>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoView>

namespace seg::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new Document(this)), data_(new DataSession(this)),
      runner_(new PreviewRunner(document_, data_, this)), selection_(new Selection(this))
{
    setObjectName("mainWindow");
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    createActions();
    createMenus();
    createStatusBar();
    createParts();
    createDocks();
    restoreLayout();

    connect(document_, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &Document::filePathChanged, this, &MainWindow::updateTitle);
    connect(document_, &Document::settingsChanged, this, &MainWindow::updateTitle);
    connect(document_, &Document::reset, this, [this] { selection_->set({}); });
    connect(document_, &Document::nodeRemoved, this, [this](const QString& id) {
        QStringList ids = selection_->ids();
        if (ids.removeAll(id))
            selection_->set(ids);
    });
    connect(data_, &DataSession::datasetChanged, this, &MainWindow::updateDataStatus);
    connect(runner_, &PreviewRunner::runFinished, this, &MainWindow::onRunFinished);
    connect(runner_, &PreviewRunner::runStarted, this, [this] {
        runLabel_->setText(tr("Running…"));
        cancelRunAction_->setEnabled(true);
    });
    updateTitle();
    updateDataStatus();
}

MainWindow::~MainWindow()
{
    // Children (the document's undo stack among them) emit signals while they are destroyed;
    // this window's slots must not run on a half-destroyed window.
    document_->disconnect(this);
    document_->undoStack()->disconnect(this);
    data_->disconnect(this);
    runner_->disconnect(this);
    data_->cancelImport();
    // Finish it here, while every part is whole: the session's end-of-import signals reach the
    // panels, which read the document (destroyed before the session among the children).
    data_->waitForImport();
    runner_->cancel();
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const QKeySequence& shortcut, const QString& tip, auto slot) {
        auto* action = new QAction(text, this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    newAction_ = make(tr("&New"), QKeySequence::New, tr("Start a new, empty project"), &MainWindow::newFile);
    newFromTemplateAction_ = make(tr("New from &Template…"), QKeySequence(tr("Ctrl+Shift+N")),
                                  tr("Start from a ready graph (win-back, VIP, churn risk…) filled in with your data"),
                                  &MainWindow::newFromTemplate);
    openAction_ = make(tr("&Open…"), QKeySequence::Open, tr("Open a segment graph (.segment.json)"), &MainWindow::open);
    saveAction_ = make(tr("&Save"), QKeySequence::Save, tr("Save the project"), &MainWindow::save);
    saveAsAction_ = make(tr("Save &As…"), QKeySequence::SaveAs, tr("Save the project under a new name"), &MainWindow::saveAs);
    saveWorkspaceAction_ = make(tr("Save &Workspace…"), QKeySequence(tr("Ctrl+Alt+S")),
                                tr("Save the project with its data and run history in one .segstudio file"),
                                &MainWindow::saveWorkspaceAs);
    saveWorkspaceAction_->setObjectName("saveWorkspaceAction");
    importCustomersAction_ = make(tr("Import &Customers…"), QKeySequence(tr("Ctrl+I")),
                                  tr("Import the customer table from a CSV file"), [this] { importCustomers(); });
    importEventsAction_ = make(tr("Import &Events…"), QKeySequence(tr("Ctrl+Shift+I")),
                               tr("Import an event log (purchases, visits…) from a CSV file"), [this] { importEvents(); });
    reloadAction_ = make(tr("&Reload Data"), QKeySequence(tr("Ctrl+Shift+R")),
                         tr("Import the project's data files again (after they changed on disk); a workspace records the new import"),
                         &MainWindow::reloadDataFromFiles);
    reloadAction_->setObjectName("reloadDataAction");
    exportAction_ = make(tr("&Export Segments…"), QKeySequence(tr("Ctrl+E")),
                         tr("Write segment members to CSV files for your campaign tool"), &MainWindow::exportSegments);
    exportDestinationAction_ = make(tr("Export for a &Platform…"), QKeySequence(),
                                    tr("Write segments ready to upload to Mailchimp, Klaviyo, Google, Meta or LinkedIn"),
                                    &MainWindow::exportForPlatform);
    exportSqlAction_ = make(tr("Export S&QL…"), QKeySequence(), tr("Show the graph as SQL for SQLite or PostgreSQL, to copy or save"),
                            &MainWindow::exportSql);
    runOnEngineAction_ = make(tr("Run on SQL &Engine…"), QKeySequence(),
                              tr("Run the graph inside an SQL database where the data lives"), &MainWindow::runOnEngine);
    quitAction_ = make(tr("&Quit"), QKeySequence::Quit, tr("Quit Segment Studio"), &QWidget::close);

    undoAction_ = document_->undoStack()->createUndoAction(this, tr("&Undo"));
    undoAction_->setShortcut(QKeySequence::Undo);
    redoAction_ = document_->undoStack()->createRedoAction(this, tr("&Redo"));
    redoAction_->setShortcut(QKeySequence::Redo);

    runAction_ = make(tr("&Run Now"), QKeySequence(tr("F5")), tr("Run the whole graph now"), [this] {
        recordNextRun_ = true; // explicit runs go into a workspace's history, preview refreshes do not
        runner_->runNow();
    });
    runAction_->setObjectName("runNowAction");
    cancelRunAction_ = make(tr("&Cancel Run"), QKeySequence(tr("Shift+F5")), tr("Stop the run in progress"),
                            [this] { runner_->cancel(); });
    cancelRunAction_->setEnabled(false);
    autoRunAction_ = new QAction(tr("Run &Automatically After Edits"), this);
    autoRunAction_->setCheckable(true);
    autoRunAction_->setChecked(QSettings().value("run/auto", true).toBool());
    autoRunAction_->setStatusTip(tr("Re-run the affected nodes in the background after every edit"));
    runner_->setAutoRun(autoRunAction_->isChecked());
    connect(autoRunAction_, &QAction::toggled, this, [this](bool on) {
        runner_->setAutoRun(on);
        QSettings().setValue("run/auto", on);
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(newAction_);
    file->addAction(newFromTemplateAction_);
    file->addAction(openAction_);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addAction(saveAction_);
    file->addAction(saveAsAction_);
    file->addAction(saveWorkspaceAction_);
    file->addSeparator();
    file->addAction(importCustomersAction_);
    file->addAction(importEventsAction_);
    file->addAction(reloadAction_);
    file->addSeparator();
    file->addAction(exportAction_);
    file->addAction(exportDestinationAction_);
    file->addAction(exportSqlAction_);
    file->addSeparator();
    file->addAction(quitAction_);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName("editMenu");
    edit->addAction(undoAction_);
    edit->addAction(redoAction_);
    edit->addSeparator();
    auto* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    viewMenu_ = menuBar()->addMenu(tr("&View"));
    viewMenu_->setObjectName("viewMenu");

    QMenu* run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName("runMenu");
    run->addAction(runAction_);
    run->addAction(cancelRunAction_);
    run->addAction(autoRunAction_);
    run->addSeparator();
    run->addAction(runOnEngineAction_);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, &MainWindow::showUserGuide);
    help->addAction(tr("&About Segment Studio"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName("mainToolBar");
    tools->addAction(openAction_);
    tools->addAction(saveAction_);
    tools->addSeparator();
    tools->addAction(importCustomersAction_);
    tools->addAction(exportAction_);
    tools->addSeparator();
    tools->addAction(undoAction_);
    tools->addAction(redoAction_);
    tools->addSeparator();
    tools->addAction(runAction_);
    tools->addAction(cancelRunAction_);
}

void MainWindow::createStatusBar()
{
    dataLabel_ = new QLabel(this);
    runLabel_ = new QLabel(this);
    importProgress_ = new QProgressBar(this);
    importProgress_->setRange(0, 100);
    importProgress_->setMaximumWidth(180);
    importProgress_->setFormat(tr("Importing %p%"));
    importProgress_->hide();
    cancelImportButton_ = new QToolButton(this);
    cancelImportButton_->setText(tr("Cancel"));
    cancelImportButton_->setToolTip(tr("Stop the import; the data loaded before stays in use"));
    cancelImportButton_->hide();
    connect(cancelImportButton_, &QToolButton::clicked, data_, &DataSession::cancelImport);
    statusBar()->addWidget(dataLabel_);
    statusBar()->addWidget(runLabel_);
    statusBar()->addPermanentWidget(importProgress_);
    statusBar()->addPermanentWidget(cancelImportButton_);

    connect(data_, &DataSession::importStarted, this, [this] {
        workspaceLoadPending_ = false; // set again by openWorkspaceFile right after its start
        importProgress_->setValue(0);
        importProgress_->show();
        cancelImportButton_->show();
    });
    connect(data_, &DataSession::importProgress, this,
            [this](double f) { importProgress_->setValue(static_cast<int>(f * 100)); });
    connect(data_, &DataSession::importFinished, this, [this](bool ok, const QString& message) {
        if (workspaceLoadPending_ && ok && data_->dataset())
            workspaceDataVersion_ = data_->dataset()->version;
        workspaceLoadPending_ = false;
        importProgress_->hide();
        cancelImportButton_->hide();
        if (ok)
            statusBar()->showMessage(message, 8000);
        else
            report(tr("Import failed"), message, true);
    });
}

QDockWidget* MainWindow::addDock(QWidget* widget, const QString& title, const QString& objectName, Qt::DockWidgetArea area)
{
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    viewMenu_->addAction(dock->toggleViewAction());
    return dock;
}

QDockWidget* MainWindow::dock(const QString& objectName) const
{
    return findChild<QDockWidget*>(objectName);
}

void MainWindow::createDocks()
{
    auto* problems = new ProblemsPanel(document_, runner_, selection_, this);
    QDockWidget* problemsDock = addDock(problems, tr("Problems"), "problemsDock", Qt::BottomDockWidgetArea);
    auto* dataPanel = new DataPanel(data_, this);
    QDockWidget* dataDock = addDock(dataPanel, tr("Data"), "dataDock", Qt::RightDockWidgetArea);
    auto* history = new QUndoView(document_->undoStack(), this);
    history->setEmptyLabel(tr("<opened project>"));
    QDockWidget* historyDock = addDock(history, tr("History"), "historyDock", Qt::RightDockWidgetArea);
    if (QDockWidget* properties = dock("propertiesDock")) {
        tabifyDockWidget(properties, dataDock);
        tabifyDockWidget(properties, historyDock);
        properties->raise();
    }
    if (QDockWidget* preview = dock("previewDock")) {
        tabifyDockWidget(preview, problemsDock);
        preview->raise();
    }
    createExplainDock();
    createRunHistoryDock();
    createMonitoring();
    // Properties run the full height on the right; the bottom docks sit under the canvas only.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry").toByteArray()))
        resize(kDefaultWindowSize);
    // A layout the user arranged wins; the default one is sized once the window is shown
    // (dock sizes are only applied to a laid-out window).
    defaultLayoutPending_ = !restoreState(settings.value("window/state").toByteArray());
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!defaultLayoutPending_)
        return;
    defaultLayoutPending_ = false;
    applyDefaultLayout();
}

void MainWindow::applyDefaultLayout()
{
    // The canvas gets most of the window: the bottom docks (preview, plan, timing, problems,
    // tabbed) are compact and the side docks narrow; each is one click away.
    if (QDockWidget* preview = dock("previewDock"))
        resizeDocks({preview}, {kDefaultBottomDockHeight}, Qt::Vertical);
    if (QDockWidget* properties = dock("propertiesDock"))
        resizeDocks({properties}, {properties->minimumWidth()}, Qt::Horizontal);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (savingWorkspace_) {
        // Let a workspace save (started just now by Save, or earlier) finish; if it failed,
        // the window stays open with its changes and the message.
        QEventLoop wait;
        connect(this, &MainWindow::workspaceSaved, &wait, &QEventLoop::quit);
        wait.exec();
        if (document_->isModified()) {
            event->ignore();
            return;
        }
    }
    saveLayout();
    data_->cancelImport();
    runner_->cancel();
    event->accept();
}

void MainWindow::report(const QString& title, const QString& message, bool error)
{
    lastMessage_ = message;
    statusBar()->showMessage(message, 10000);
    if (!interactive_)
        return;
    if (error)
        QMessageBox::warning(this, title, message);
    else
        QMessageBox::information(this, title, message);
}

} // namespace seg::ui
