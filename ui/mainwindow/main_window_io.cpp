// Import and export entry points: the wizards and dialogs of ui/importing and ui/exporting.
#include "mainwindow/main_window.h"

#include "document/document.h"
#include "importing/import_wizard.h"
#include "session/data_session.h"

#include <QFileDialog>
#include <QFileInfo>

namespace seg::ui {

void MainWindow::importCustomers(const QString& path)
{
    auto* wizard = new ImportWizard(ImportKind::Customers, document_, data_, this, path);
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
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::exportSegments()
{
}

} // namespace seg::ui
