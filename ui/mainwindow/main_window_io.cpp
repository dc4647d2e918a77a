// Import and export entry points: the wizards and dialogs of ui/importing and ui/exporting.
#include "mainwindow/main_window.h"

#include "document/document.h"
#include "document/selection.h"
#include "engine/run_on_engine_dialog.h"
#include "engine/sql_export_dialog.h"
#include "exporting/destination_dialog.h"
#include "exporting/export_dialog.h"
#include "importing/import_wizard.h"
#include "session/data_session.h"
#include "workspace/workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

#include <filesystem>

namespace seg::ui {

namespace {

// On a workspace, the wizard's report compares the new import with the workspace's last one.
void setDriftBaseline(ImportWizard* wizard, const QString& workspace, ImportKind kind)
{
    if (workspace.isEmpty())
        return;
    try {
        const WorkspaceInfo info = openWorkspace(std::filesystem::path(workspace.toStdString()));
        const ImportRecord* last = kind == ImportKind::Customers ? &info.customers : info.events ? &*info.events : nullptr;
        if (last)
            wizard->setDriftBaseline(last->report, workspaceSettings(info.file));
    } catch (const std::exception&) {
        // No baseline: the report shows the import alone.
    }
}

} // namespace

void MainWindow::importCustomers(const QString& path)
{
    auto* wizard = new ImportWizard(ImportKind::Customers, document_, data_, this, path);
    setDriftBaseline(wizard, workspacePath(), ImportKind::Customers);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::importEvents(const QString& path)
{
    if (!data_->dataset()) {
        report(tr("Import events"), tr("Import the customers first: events are matched to customers by their key."), true);
        return;
    }
    auto* wizard = new ImportWizard(ImportKind::Events, document_, data_, this, path);
    setDriftBaseline(wizard, workspacePath(), ImportKind::Events);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::exportSegments()
{
    // Start from the selected segment when one is selected, else offer all segments.
    const Node* selected = document_->node(selection_->current());
    const QString segment = selected && selected->type == NodeType::Segment ? selection_->current() : QString();
    auto* dialog = new ExportDialog(document_, data_, runner_, this, segment);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this, [this](bool ok, const QString& message) {
        if (ok)
            statusBar()->showMessage(message, 8000);
    });
    dialog->open();
}

void MainWindow::exportForPlatform()
{
    auto* dialog = new DestinationDialog(document_, data_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DestinationDialog::exportFinished, this, [this](bool ok, const QString& message) {
        if (ok)
            statusBar()->showMessage(message, 8000);
    });
    dialog->open();
}

void MainWindow::exportSql()
{
    auto* dialog = new SqlExportDialog(document_, data_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::runOnEngine()
{
    auto* dialog = new RunOnEngineDialog(document_, data_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace seg::ui
