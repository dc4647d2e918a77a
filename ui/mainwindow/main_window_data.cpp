// Data in and out: import, export, dropped files, and the status bar's data and run summary.
#include "mainwindow/main_window.h"

#include "document/document.h"
#include "mainwindow/help_dialog.h"
#include "mainwindow/preferences_dialog.h"
#include "session/data_session.h"
#include "session/diagnosis_text.h"
#include "session/preview_runner.h"
#include "history/segment_alerts.h"

#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QApplication>
#include <QStatusBar>

namespace seg::ui {

namespace {

bool isProjectFile(const QString& path)
{
    return path.endsWith(".json", Qt::CaseInsensitive) || path.endsWith(".segstudio", Qt::CaseInsensitive);
}

bool isDataFile(const QString& path)
{
    return path.endsWith(".csv", Qt::CaseInsensitive) || path.endsWith(".tsv", Qt::CaseInsensitive)
        || path.endsWith(".txt", Qt::CaseInsensitive);
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()
        && (isProjectFile(urls.first().toLocalFile()) || isDataFile(urls.first().toLocalFile())))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    event->acceptProposedAction();
    if (isProjectFile(path)) {
        if (maybeSave())
            openFile(path, true);
        return;
    }
    // A CSV: customers first; once customers are loaded, ask which table it is.
    if (!data_->dataset()) {
        importCustomers(path);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Import data"),
                    tr("Import %1 as the customer table or as the event log?").arg(QFileInfo(path).fileName()),
                    QMessageBox::Cancel, this);
    QPushButton* customers = box.addButton(tr("Customers"), QMessageBox::AcceptRole);
    QPushButton* events = box.addButton(tr("Events"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == customers)
        importCustomers(path);
    else if (box.clickedButton() == events)
        importEvents(path);
}

void MainWindow::updateDataStatus()
{
    const auto data = data_->dataset();
    importEventsAction_->setEnabled(data != nullptr);
    exportAction_->setEnabled(data != nullptr);
    exportDestinationAction_->setEnabled(data != nullptr);
    if (!data) {
        dataLabel_->setText(tr("No data loaded — File > Import Customers"));
        return;
    }
    const QLocale locale;
    QString text = tr("%1 customers").arg(locale.toString(static_cast<qulonglong>(data->customers.rows())));
    if (data->events)
        text += tr(" · %1 events").arg(locale.toString(static_cast<qulonglong>(data->events->rows())));
    dataLabel_->setText(text);
}

void MainWindow::onRunFinished(const std::shared_ptr<const PreviewResult>& result)
{
    cancelRunAction_->setEnabled(false);
    bool recording = false;
    if (recordNextRun_ && result->run) {
        recordNextRun_ = false;
        recording = recordWorkspaceRun(result);
    }
    // A recorded run's alerts are the ones recordRun stores; other runs compare with the history.
    if (!recording)
        segmentAlerts_->compute(result, workspacePath());
    if (!result->run) {
        runLabel_->setText(result->graphErrors.isEmpty() ? tr("Not run") : tr("Not run: see Problems"));
        return;
    }
    const RunResult& run = *result->run;
    QString text = tr("Last run: %1 ms (%2, threads: %3)")
                       .arg(QLocale().toString(run.totalMs, 'f', 1))
                       .arg(QString::fromUtf8(std::string(strategyName(run.strategy)).c_str()))
                       .arg(run.threads);
    if (!result->invalid.empty())
        text += tr(" · nodes that need attention: %1").arg(result->invalid.size());
    runLabel_->setText(text);
    if (warnOldEvents_) {
        // The open-project warning: events that end long before as-of empty every "last N
        // days" rule. Problems lists it with its fix ("Set as-of to ..."); bring it forward.
        warnOldEvents_ = false;
        if (result->eventsEnd) {
            if (QDockWidget* problems = dock(QStringLiteral("problemsDock"))) {
                problems->show();
                problems->raise();
            }
            const QString warning = tr("Check the dates: %1").arg(DiagnosisText::describe(*result->eventsEnd));
            lastMessage_ = warning;
            statusBar()->showMessage(warning, 30000);
        }
    }
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(runner_, this);
    dialog.exec();
}

void MainWindow::showUserGuide()
{
    auto* dialog = new HelpDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Segment Studio"),
        tr("<h3>Segment Studio %1</h3>"
           "<p>Design customer segments as a graph of rules, check their sizes and overlaps, "
           "and export member lists for your campaign tools.</p>"
           "<p>The same graph file runs headless with <code>segstudio-cli</code>.</p>"
           "<p>Built with Qt %2, oneTBB, SQLite and QCustomPlot.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

} // namespace seg::ui
