#pragma once
// The application window: the node editor in the middle, docks around it (properties, plan,
// preview, timing, problems, data, undo history), menus, and the status bar. It owns the
// document, the data session and the preview runner, and wires the parts together; the parts
// themselves only talk to those objects.
#include "graph/graph.h"

#include <QMainWindow>
#include <QPointer>
#include <QSize>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QToolButton;

namespace seg::ui {

class DataSession;
class Document;
class NodeEditorWidget;
class PreviewRunner;
class SegmentAlerts;
class Selection;
struct PreviewResult;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return document_; }
    DataSession* dataSession() const { return data_; }
    PreviewRunner* previewRunner() const { return runner_; }
    Selection* selection() const { return selection_; }
    NodeEditorWidget* editor() const { return editor_; }

    // Opens a project and imports its datasets in the background. Asks to save unsaved
    // changes first unless `force`. Returns false (with a message box) when it cannot open.
    bool openFile(const QString& path, bool force = false);
    // Saves to `path` (or the current file); false with a message box on failure.
    bool saveTo(const QString& path);
    // Writes the project, its data and its history as a workspace (.segstudio) on a worker
    // thread; workspaceSaved reports the outcome. False (with a message) when refused at once:
    // no data loaded, a save in flight, or `path` is a plain graph file (never overwritten).
    bool saveWorkspaceTo(const QString& path);
    bool isSavingWorkspace() const { return savingWorkspace_; }
    // The open workspace file (empty when the project is a plain graph).
    QString workspacePath() const;
    // Loads the project's data: the files the graph names, or for a workspace its stored data
    // (after open and after a crash-recovery restore).
    void reloadData();
    // File > Reload Data: imports the graph's files again; on a workspace, the new import (with
    // its drift against the last one) is then written into the workspace at once through the
    // safe-write path (the workspace's stored graph is kept; unsaved edits stay unsaved).
    // workspaceSaved reports the write. A failure leaves the workspace as it was.
    void reloadDataFromFiles();
    // The segment alerts shown on the canvas, the preview and Problems (ui/history).
    SegmentAlerts* segmentAlerts() const { return segmentAlerts_; }
    // Data drift of the loaded data against the import before it (workspaces), as in the Data dock.
    QStringList dataDrift() const { return dataDrift_; }
    // Dock by object name, for tests and screenshots ("propertiesDock", "planDock", ...).
    QDockWidget* dock(const QString& objectName) const;
    // Whether message boxes are shown (tests turn them off and read lastMessage()).
    void setInteractive(bool on) { interactive_ = on; }
    // Waits for the data and the preview, then saves main.png, plan.png, timing.png, live.png,
    // wizard.png and template.png (the README's and the guide's pictures) into `dir` and
    // calls `done`.
    void takeScreenshots(const QString& dir, std::function<void()> done);
    QString lastMessage() const { return lastMessage_; }
    // The layout of a first start (no saved layout): this window size, compact bottom docks.
    static constexpr QSize kDefaultWindowSize{1400, 900};
    static constexpr int kDefaultBottomDockHeight = 240;
    void applyDefaultLayout();

    // Replaces the project with a template's graph (after asking to save changes), one undo
    // step; the loaded data stays. False when the user keeps the old project.
    bool openTemplateGraph(Graph graph);

public Q_SLOTS:
    void newFile();
    void newFromTemplate();
    void open();
    bool save();
    bool saveAs();
    void saveWorkspaceAs();
    void importCustomers(const QString& path = QString());
    void importEvents(const QString& path = QString());
    void exportSegments();
    void exportSql();
    void exportForPlatform();
    void runOnEngine();
    void showPreferences();
    void showUserGuide();
    void showAbout();

Q_SIGNALS:
    void workspaceSaved(bool ok, const QString& message);
    // A Run Now on a workspace was recorded in its history (run id), or could not be (-1).
    void runRecorded(qint64 runId, const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void createDocks();
    void createParts(); // the editor parts (canvas, properties, plan, preview, timing)
    void createExplainDock(); // the Why? dock (main_window_explain.cpp)
    void createRunHistoryDock(); // the Run History dock (main_window_workspace.cpp)
    QDockWidget* addDock(QWidget* widget, const QString& title, const QString& objectName, Qt::DockWidgetArea area);
    void restoreLayout();
    void saveLayout();
    bool maybeSave();
    void updateTitle();
    void updateRecentMenu();
    void updateDataStatus();
    void onRunFinished(const std::shared_ptr<const PreviewResult>& result);
    void shootDialogs(const QString& dir); // part of takeScreenshots
    void report(const QString& title, const QString& message, bool error);
    bool openWorkspaceFile(const QString& path); // part of openFile (main_window_workspace.cpp)
    // Records a Run Now on a workspace; false when the run is not one to record.
    bool recordWorkspaceRun(const std::shared_ptr<const PreviewResult>& result);
    void createMonitoring(); // alerts, drift, reload into the workspace (main_window_monitoring.cpp)
    void writeReloadedWorkspace();
    void updateDrift(); // dataDrift_ of the loaded data, shown in the Data dock
    void showDrift(const QStringList& drift);

    Document* document_;
    DataSession* data_;
    PreviewRunner* runner_;
    Selection* selection_;
    NodeEditorWidget* editor_ = nullptr;
    bool interactive_ = true;
    bool defaultLayoutPending_ = false;
    bool warnOldEvents_ = false; // a project was opened: say so if its events end long before as-of
    QString lastMessage_;
    bool savingWorkspace_ = false;
    bool workspaceLoadPending_ = false;  // the data being loaded is the open workspace's
    uint64_t workspaceDataVersion_ = 0;  // the dataset that is the workspace's stored data
    bool recordNextRun_ = false;         // Run Now was asked: record its result
    bool workspaceReloadPending_ = false; // Reload Data on a workspace: write the import when done
    SegmentAlerts* segmentAlerts_ = nullptr;
    QStringList dataDrift_;

    QMenu* recentMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QAction* newAction_ = nullptr;
    QAction* newFromTemplateAction_ = nullptr;
    QAction* openAction_ = nullptr;
    QAction* saveAction_ = nullptr;
    QAction* saveAsAction_ = nullptr;
    QAction* saveWorkspaceAction_ = nullptr;
    QAction* importCustomersAction_ = nullptr;
    QAction* importEventsAction_ = nullptr;
    QAction* reloadAction_ = nullptr;
    QAction* exportAction_ = nullptr;
    QAction* exportSqlAction_ = nullptr;
    QAction* exportDestinationAction_ = nullptr;
    QAction* runOnEngineAction_ = nullptr;
    QAction* quitAction_ = nullptr;
    QAction* undoAction_ = nullptr;
    QAction* redoAction_ = nullptr;
    QAction* runAction_ = nullptr;
    QAction* cancelRunAction_ = nullptr;
    QAction* autoRunAction_ = nullptr;

    QLabel* dataLabel_ = nullptr;
    QLabel* runLabel_ = nullptr;
    QProgressBar* importProgress_ = nullptr;
    QToolButton* cancelImportButton_ = nullptr;
};

} // namespace seg::ui
