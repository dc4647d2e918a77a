// Import and export entry points: the wizards and dialogs of ui/importing and ui/exporting.
#include "mainwindow/main_window.h"

#include "document/document.h"
#include "session/data_session.h"

#include <QFileDialog>
#include <QFileInfo>

namespace seg::ui {

void MainWindow::importCustomers(const QString& givenPath)
{
    const QString path = givenPath.isEmpty()
        ? QFileDialog::getOpenFileName(this, tr("Import customers"), QString(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        : givenPath;
    if (path.isEmpty())
        return;
    GraphSettings settings = GraphSettings::of(document_->graph());
    settings.customers = DatasetSpec{};
    settings.customers.path = QFileInfo(path).absoluteFilePath().toStdString();
    document_->changeSettings(settings, tr("Import customers"));
    reloadData();
}

void MainWindow::importEvents(const QString& givenPath)
{
    const QString path = givenPath.isEmpty()
        ? QFileDialog::getOpenFileName(this, tr("Import events"), QString(), tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        : givenPath;
    if (path.isEmpty())
        return;
    GraphSettings settings = GraphSettings::of(document_->graph());
    settings.events = DatasetSpec{};
    settings.events->path = QFileInfo(path).absoluteFilePath().toStdString();
    document_->changeSettings(settings, tr("Import events"));
    reloadData();
}

void MainWindow::exportSegments()
{
}

} // namespace seg::ui
