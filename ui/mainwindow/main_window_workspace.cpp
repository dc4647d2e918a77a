// Workspaces (.segstudio): File > Save Workspace, opening one (graph and stored datasets), and
// recording Run Now in its history. The SQLite work runs on worker threads; the window only
// starts it and shows the outcome.
#include "mainwindow/main_window.h"

#include "document/document.h"
#include "history/run_history_panel.h"
#include "history/segment_alerts.h"
#include "mainwindow/recent_files.h"
#include "session/data_session.h"
#include "session/preview_runner.h"
#include "workspace/run_history.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

namespace seg::ui {

namespace fs = std::filesystem;

namespace {

fs::path toPath(const QString& path) { return fs::path(path.toStdString()); }

struct JobOutcome {
    QString error;   // empty: done
    qint64 runId = -1;
    QStringList drift;
    SegmentAlerts::Map alerts; // a recorded run's segment alerts (moves included)
};

} // namespace

void MainWindow::createRunHistoryDock()
{
    // "History" is the undo history's dock; this one is the workspace's runs.
    auto* panel = new RunHistoryPanel(document_, selection_, this);
    QDockWidget* runs = addDock(panel, tr("Run History"), "runHistoryDock", Qt::BottomDockWidgetArea);
    if (QDockWidget* preview = dock("previewDock")) {
        tabifyDockWidget(preview, runs);
        preview->raise();
    }
    auto follow = [this, panel] { panel->setWorkspace(workspacePath()); };
    connect(document_, &Document::filePathChanged, panel, follow);
    connect(document_, &Document::reset, panel, follow);
    connect(this, &MainWindow::workspaceSaved, panel, follow);
    connect(this, &MainWindow::runRecorded, panel, &RunHistoryPanel::refresh);
}

QString MainWindow::workspacePath() const
{
    const QString path = document_->filePath();
    if (path.isEmpty() || !QFileInfo::exists(path) || !looksLikeWorkspace(toPath(path)))
        return {};
    return path;
}

bool MainWindow::openWorkspaceFile(const QString& path)
{
    WorkspaceInfo info;
    try {
        info = openWorkspace(toPath(path)); // checks the header and the version; reads the graph text
    } catch (const std::exception& e) {
        removeRecentFile(QFileInfo(path).absoluteFilePath());
        report(tr("Cannot open workspace"), QString::fromStdString(e.what()), true);
        return false;
    }
    QStringList errors, warnings;
    if (!document_->loadText(info.graphText, info.baseDir, path, &errors, &warnings)) {
        report(tr("Cannot open workspace"),
               tr("%1 could not be opened:\n\n%2").arg(QFileInfo(path).fileName(), errors.join("\n")), true);
        return false;
    }
    addRecentFile(path);
    if (!warnings.isEmpty())
        report(tr("Project opened with problems"),
               tr("The project was opened, but some nodes need attention:\n\n%1").arg(warnings.join("\n")), false);
    else if (info.migratedBackup)
        statusBar()->showMessage(tr("Opened %1 (upgraded; the old file is kept as %2)")
                                     .arg(QDir::toNativeSeparators(path),
                                          QString::fromStdString(info.migratedBackup->string())), 10000);
    else
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    warnOldEvents_ = true;
    data_->startWorkspaceLoad(QFileInfo(path).absoluteFilePath());
    workspaceLoadPending_ = true;
    return true;
}

void MainWindow::saveWorkspaceAs()
{
    const QString current = workspacePath();
    QString suggestion = current;
    if (suggestion.isEmpty()) {
        const QString graph = document_->filePath();
        suggestion = graph.isEmpty() ? tr("campaign.segstudio")
                                     : QFileInfo(graph).absolutePath() + "/" +
                                           QFileInfo(graph).fileName().section('.', 0, 0) + ".segstudio";
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save workspace"), suggestion,
                                                tr("Segment Studio workspaces (*.segstudio)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(".segstudio", Qt::CaseInsensitive))
        path += ".segstudio";
    saveWorkspaceTo(path);
}

bool MainWindow::saveWorkspaceTo(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const auto data = data_->dataset();
    QString refusal;
    if (savingWorkspace_)
        refusal = tr("A workspace is being saved; wait until it is done.");
    else if (!data || data_->isImporting())
        refusal = tr("A workspace keeps the project's data: import the customers first (or wait for the import).");
    else if (QFileInfo::exists(absolute) && !looksLikeWorkspace(toPath(absolute)))
        refusal = tr("%1 is not a workspace (a graph or another file); it is not overwritten. Choose a .segstudio name.")
                      .arg(QDir::toNativeSeparators(absolute));
    if (!refusal.isEmpty()) {
        report(tr("Cannot save workspace"), refusal, true);
        Q_EMIT workspaceSaved(false, refusal);
        return false;
    }
    const Graph& graph = document_->graph();
    WorkspaceSave save;
    save.graphText = document_->graphText();
    save.baseDir = graph.baseDir.empty() ? toPath(QFileInfo(absolute).absolutePath()) : fs::absolute(graph.baseDir);
    const bool existing = QFileInfo::exists(absolute);
    if (existing)
        save.keepHistoryFrom = toPath(absolute); // its imports, runs and settings carry over
    // The data loaded from this very workspace is written back as it is (no new import record);
    // anything else (a CSV import, another workspace's data) is a new import of its files.
    save.newImport = !(existing && absolute == workspacePath() && data->version == workspaceDataVersion_);
    if (save.newImport) {
        save.customersPath = document_->datasetPath(graph.customers.path).toStdString();
        if (graph.events && data->events)
            save.eventsPath = document_->datasetPath(graph.events->path).toStdString();
    }
    savingWorkspace_ = true;
    saveWorkspaceAction_->setEnabled(false);
    statusBar()->showMessage(tr("Saving workspace %1…").arg(QDir::toNativeSeparators(absolute)));
    auto* watcher = new QFutureWatcher<JobOutcome>(this);
    connect(watcher, &QFutureWatcher<JobOutcome>::finished, this, [this, watcher, absolute, data] {
        watcher->deleteLater();
        const JobOutcome out = watcher->result();
        savingWorkspace_ = false;
        saveWorkspaceAction_->setEnabled(true);
        if (!out.error.isEmpty()) {
            const QString message = tr("The workspace was not saved (the file on disk is unchanged):\n%1").arg(out.error);
            report(tr("Cannot save workspace"), message, true);
            Q_EMIT workspaceSaved(false, message);
            return;
        }
        document_->markSaved(absolute);
        workspaceDataVersion_ = data->version; // the loaded data is now the workspace's
        addRecentFile(absolute);
        QString message = tr("Saved workspace %1").arg(QDir::toNativeSeparators(absolute));
        if (!out.drift.isEmpty())
            message += tr(" · data drift: %1").arg(out.drift.join("; "));
        statusBar()->showMessage(message, 8000);
        Q_EMIT workspaceSaved(true, message);
    });
    watcher->setFuture(QtConcurrent::run([save, absolute, data]() mutable -> JobOutcome {
        JobOutcome out;
        try {
            save.data = data.get();
            const WorkspaceSaveResult result = saveWorkspace(toPath(absolute), save);
            for (const std::string& d : result.drift)
                out.drift << QString::fromStdString(d);
        } catch (const std::exception& e) {
            out.error = QString::fromStdString(e.what());
        }
        return out;
    }));
    return true;
}

bool MainWindow::recordWorkspaceRun(const std::shared_ptr<const PreviewResult>& result)
{
    const QString path = workspacePath();
    // Only a run on the workspace's own stored data can be recorded: its member sets are rows
    // of that import. After a CSV reload, save the workspace first. The graph may have unsaved
    // edits: the history keeps every graph a run used, by its hash.
    if (path.isEmpty() || !result->run || !result->data || result->data->version != workspaceDataVersion_)
        return false;
    auto* watcher = new QFutureWatcher<JobOutcome>(this);
    connect(watcher, &QFutureWatcher<JobOutcome>::finished, this, [this, watcher, result, path] {
        watcher->deleteLater();
        const JobOutcome out = watcher->result();
        if (out.error.isEmpty())
            segmentAlerts_->setRecorded(result, out.alerts);
        else
            segmentAlerts_->compute(result, path);
        const QString message = out.error.isEmpty() ? tr("Run %1 recorded in the workspace history").arg(out.runId)
                                                    : tr("Run not recorded: %1").arg(out.error);
        statusBar()->showMessage(message, 8000);
        Q_EMIT runRecorded(out.error.isEmpty() ? out.runId : -1, message);
    });
    watcher->setFuture(QtConcurrent::run([path, result]() -> JobOutcome {
        JobOutcome out;
        try {
            const WorkspaceInfo info = openWorkspace(toPath(path));
            RunResult run = *result->run; // recordRun adds the size alerts to its copy
            out.runId = recordRun(info, result->graph, run, "gui");
            out.alerts = SegmentAlerts::engineAlerts(run);
        } catch (const std::exception& e) {
            out.error = QString::fromStdString(e.what());
        }
        return out;
    }));
    return true;
}

} // namespace seg::ui
