// Projects: new, open, save, recent files, and the prompt before losing changes.
#include "mainwindow/main_window.h"

#include "document/document.h"
#include "mainwindow/recent_files.h"
#include "session/data_session.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QFileDialog>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

#include <filesystem>

namespace seg::ui {

namespace {
QString projectFilter() { return QObject::tr("Segment graphs (*.segment.json *.json);;All files (*)"); }
QString openFilter()
{
    return QObject::tr("Projects (*.segment.json *.json *.segstudio);;Segment graphs (*.segment.json *.json);;"
                       "Workspaces (*.segstudio);;All files (*)");
}
bool isWorkspaceFile(const QString& path)
{
    return QFileInfo::exists(path) && looksLikeWorkspace(std::filesystem::path(path.toStdString()));
}
}

void MainWindow::updateTitle()
{
    const QString path = document_->filePath();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    // "[*]" is where Qt shows the unsaved-changes mark.
    setWindowTitle(tr("%1[*] — Segment Studio").arg(name));
    setWindowModified(document_->isModified());
    setWindowFilePath(path);
}

bool MainWindow::maybeSave()
{
    if (!document_->isModified())
        return true;
    if (!interactive_)
        return false; // tests must decide explicitly (openFile(path, true))
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"),
        tr("The project has changes that are not saved. Save them before going on?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newFile()
{
    if (!maybeSave())
        return;
    document_->clear();
    data_->setDataset(nullptr);
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(), openFilter());
    if (!path.isEmpty())
        openFile(path, true);
}

bool MainWindow::openFile(const QString& path, bool force)
{
    if (!force && !maybeSave())
        return false;
    if (isWorkspaceFile(path))
        return openWorkspaceFile(path);
    QStringList errors, warnings;
    if (!document_->load(path, &errors, &warnings)) {
        removeRecentFile(QFileInfo(path).absoluteFilePath());
        report(tr("Cannot open project"),
               tr("%1 could not be opened:\n\n%2").arg(QFileInfo(path).fileName(), errors.join("\n")), true);
        return false;
    }
    addRecentFile(path);
    if (!warnings.isEmpty())
        report(tr("Project opened with problems"),
               tr("The project was opened, but some nodes need attention:\n\n%1").arg(warnings.join("\n")), false);
    else
        statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    warnOldEvents_ = true; // checked on the first preview run with the data
    reloadData();
    return true;
}

void MainWindow::reloadData()
{
    // A workspace's data is the one it keeps (its files may have moved or changed); File >
    // Reload Data (reloadDataFromFiles) is the way to import them again.
    if (const QString workspace = workspacePath(); !workspace.isEmpty()) {
        data_->startWorkspaceLoad(QFileInfo(workspace).absoluteFilePath());
        workspaceLoadPending_ = true;
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
}

bool MainWindow::save()
{
    if (document_->filePath().isEmpty())
        return saveAs();
    // A workspace stays a workspace (graph, data and history), a graph stays plain JSON.
    if (isWorkspaceFile(document_->filePath()))
        return saveWorkspaceTo(document_->filePath());
    return saveTo(document_->filePath());
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"),
                                                document_->filePath().isEmpty() ? tr("campaign.segment.json")
                                                                                : document_->filePath(),
                                                projectFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(".json"))
        path += ".segment.json";
    return saveTo(path);
}

bool MainWindow::saveTo(const QString& path)
{
    QString error;
    if (isWorkspaceFile(path)) {
        report(tr("Cannot save project"),
               tr("%1 is a workspace; a plain graph is not written over it. Use File > Save Workspace, or choose "
                  "another name.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    if (!document_->save(path, &error)) {
        report(tr("Cannot save project"), tr("The project was not saved (the file on disk is unchanged):\n%1").arg(error), true);
        return false;
    }
    addRecentFile(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::updateRecentMenu()
{
    recentMenu_->clear();
    const QStringList files = recentFiles();
    for (const QString& file : files) {
        QAction* action = recentMenu_->addAction(QFileInfo(file).fileName(), this, [this, file] {
            if (maybeSave())
                openFile(file, true);
        });
        action->setToolTip(QDir::toNativeSeparators(file));
        action->setStatusTip(QDir::toNativeSeparators(file));
    }
    if (files.isEmpty())
        recentMenu_->addAction(tr("(no recent projects)"))->setEnabled(false);
}

} // namespace seg::ui
