// Monitoring in the window (issue 15): the segment alerts of each run on the canvas, the
// preview and Problems; the data drift of the loaded data in the Data dock; Reload Data on a
// workspace written into the workspace at once. The SQLite work runs on worker threads.
#include "mainwindow/main_window.h"

#include "canvas/node_editor_widget.h"
#include "canvas/node_scene.h"
#include "document/document.h"
#include "history/run_history_panel.h"
#include "history/segment_alerts.h"
#include "mainwindow/data_panel.h"
#include "mainwindow/problems_panel.h"
#include "preview/preview_panel.h"
#include "session/data_session.h"
#include "session/preview_runner.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDir>
#include <QFutureWatcher>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

namespace seg::ui {

namespace fs = std::filesystem;

namespace {

QStringList prefixed(const ImportRecord& record, const std::vector<std::string>& drift)
{
    QStringList out;
    for (const std::string& d : drift)
        out << QString::fromStdString(record.dataset + ": " + d);
    return out;
}

struct ReloadOutcome {
    QString error;
    QStringList drift;
};

} // namespace

void MainWindow::createMonitoring()
{
    segmentAlerts_ = new SegmentAlerts(this);
    connect(segmentAlerts_, &SegmentAlerts::changed, this, [this] {
        const auto result = segmentAlerts_->result();
        const SegmentAlerts::Map& alerts = segmentAlerts_->alerts();
        QHash<QString, QStringList> byId;
        for (const auto& [id, texts] : alerts)
            byId.insert(QString::fromStdString(id), segmentAlerts_->alertsOf(QString::fromStdString(id)));
        if (editor_)
            editor_->scene()->setSegmentAlerts(byId);
        if (auto* preview = findChild<PreviewPanel*>())
            preview->setSegmentAlerts(result, alerts);
        if (auto* problems = findChild<ProblemsPanel*>())
            problems->setSegmentAlerts(result, alerts);
    });
    // A new project or workspace: its alerts come with its first run.
    connect(document_, &Document::reset, this, [this] { segmentAlerts_->compute(nullptr, {}); });
    connect(this, &MainWindow::workspaceSaved, this, [this] { segmentAlerts_->recompute(workspacePath()); });

    if (auto* history = findChild<RunHistoryPanel*>()) {
        connect(history, &RunHistoryPanel::alertSettingChanged, this, [this, history](bool ok, const QString& message) {
            statusBar()->showMessage(message, 8000);
            if (ok) {
                segmentAlerts_->recompute(workspacePath());
                history->refresh();
            }
        });
        // "Now" in who-entered-and-left: the last preview, when it ran on the workspace's own data.
        history->setNowMembers([this](const QString& segment) -> std::shared_ptr<const Bitset> {
            const auto result = runner_->lastResult();
            if (workspacePath().isEmpty() || !result || !result->run || !result->data ||
                result->data->version != workspaceDataVersion_)
                return nullptr;
            return PreviewPanel::membersOf(*result->run, segment.toStdString());
        });
        history->setData([this] { return data_->dataset(); });
    }

    connect(data_, &DataSession::importStarted, this, [this] { workspaceReloadPending_ = false; });
    connect(data_, &DataSession::importFinished, this, [this](bool ok, const QString&) {
        if (ok && workspaceReloadPending_) {
            workspaceReloadPending_ = false;
            writeReloadedWorkspace();
            return;
        }
        workspaceReloadPending_ = false;
        if (ok)
            updateDrift();
    });
    connect(data_, &DataSession::datasetChanged, this, [this] {
        if (!data_->dataset())
            showDrift({});
    });
}

void MainWindow::showDrift(const QStringList& drift)
{
    dataDrift_ = drift;
    if (auto* panel = findChild<DataPanel*>())
        panel->setDrift(drift);
}

void MainWindow::updateDrift()
{
    // The workspace's own data: the drift kept with its imports. Data imported from files into a
    // workspace project (not yet saved into it): against the workspace's last import.
    const QString path = workspacePath();
    const auto data = data_->dataset();
    if (path.isEmpty() || !data) {
        showDrift({});
        return;
    }
    QStringList drift;
    try {
        const WorkspaceInfo info = openWorkspace(fs::path(path.toStdString()));
        if (data->version == workspaceDataVersion_) {
            drift << prefixed(info.customers, info.customers.drift);
            if (info.events)
                drift << prefixed(*info.events, info.events->drift);
        } else {
            const Json settings = workspaceSettings(info.file);
            drift << prefixed(info.customers, importDrift(info.customers.report, data->customersReport, settings));
            if (info.events && data->eventsReport)
                drift << prefixed(*info.events, importDrift(info.events->report, *data->eventsReport, settings));
        }
    } catch (const std::exception& e) {
        drift << tr("The workspace's import records cannot be read: %1").arg(QString::fromStdString(e.what()));
    }
    showDrift(drift);
}

void MainWindow::reloadDataFromFiles()
{
    const QString path = workspacePath();
    if (!path.isEmpty() && savingWorkspace_) {
        report(tr("Reload Data"), tr("A workspace is being saved; wait until it is done."), true);
        return;
    }
    const Graph& g = document_->graph();
    if (g.customers.path.empty()) {
        data_->setDataset(nullptr);
        return;
    }
    ImportRequest request;
    request.customers = g.customers;
    request.customersPath = document_->datasetPath(g.customers.path);
    if (g.events && !g.events->path.empty()) {
        request.events = g.events;
        request.eventsPath = document_->datasetPath(g.events->path);
    }
    data_->startImport(request);
    workspaceReloadPending_ = !path.isEmpty(); // after startImport: its start clears the flag
}

void MainWindow::writeReloadedWorkspace()
{
    const QString path = workspacePath();
    const auto data = data_->dataset();
    if (path.isEmpty() || !data)
        return;
    const Graph& graph = document_->graph();
    WorkspaceSave save;
    save.data = nullptr; // set on the worker (the shared pointer keeps it alive)
    save.newImport = true;
    save.customersPath = document_->datasetPath(graph.customers.path).toStdString();
    if (graph.events && data->events)
        save.eventsPath = document_->datasetPath(graph.events->path).toStdString();
    save.keepHistoryFrom = fs::path(path.toStdString());
    savingWorkspace_ = true;
    saveWorkspaceAction_->setEnabled(false);
    statusBar()->showMessage(tr("Writing the reloaded data into %1…").arg(QDir::toNativeSeparators(path)));
    auto* watcher = new QFutureWatcher<ReloadOutcome>(this);
    connect(watcher, &QFutureWatcher<ReloadOutcome>::finished, this, [this, watcher, path, data] {
        watcher->deleteLater();
        const ReloadOutcome out = watcher->result();
        savingWorkspace_ = false;
        saveWorkspaceAction_->setEnabled(true);
        if (!out.error.isEmpty()) {
            const QString message =
                tr("The reloaded data was not written into the workspace (the file on disk is unchanged):\n%1")
                    .arg(out.error);
            report(tr("Reload Data"), message, true);
            Q_EMIT workspaceSaved(false, message);
            return;
        }
        workspaceDataVersion_ = data->version; // the loaded data is now the workspace's
        showDrift(out.drift);
        QString message = tr("Reloaded the data into workspace %1").arg(QDir::toNativeSeparators(path));
        if (!out.drift.isEmpty())
            message += tr(" · data drift: %1").arg(out.drift.join("; "));
        statusBar()->showMessage(message, 8000);
        Q_EMIT workspaceSaved(true, message);
    });
    watcher->setFuture(QtConcurrent::run([save, path, data]() mutable -> ReloadOutcome {
        ReloadOutcome out;
        try {
            // The workspace's graph as stored: a reload records data, it does not save edits.
            const WorkspaceInfo info = openWorkspace(fs::path(path.toStdString()));
            save.graphText = info.graphText;
            save.baseDir = info.baseDir;
            save.data = data.get();
            const WorkspaceSaveResult result = saveWorkspace(info.file, save);
            for (const std::string& d : result.drift)
                out.drift << QString::fromStdString(d);
        } catch (const std::exception& e) {
            out.error = QString::fromStdString(e.what());
        }
        return out;
    }));
}

} // namespace seg::ui
