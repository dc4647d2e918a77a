// ExportDialog, second half: starting, cancelling and finishing the background export.
#include "exporting/export_dialog.h"

#include "document/document.h"
#include "session/data_session.h"

#include "export/export_set.h"

#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

namespace seg::ui {

namespace {
const char* const kErrorStyle = "color: #b00020;";
}

void ExportDialog::startExport()
{
    if (isExporting())
        return;
    auto fail = [this](const QString& message) {
        status_->setStyleSheet(kErrorStyle);
        status_->setText(message);
        Q_EMIT exportFinished(false, message);
    };
    const std::vector<SegmentExport> segments = plan();
    if (segments.empty())
        return fail(tr("Check at least one segment to export."));
    if (target().isEmpty())
        return fail(isFolderTarget() ? tr("Choose a folder to export into.") : tr("Choose a file to export into."));
    if (!session_->dataset())
        return fail(tr("No data is loaded: import customers first."));
    if (!isFolderTarget() && QFileInfo(file_).isDir())
        return fail(tr("%1 is a folder; choose a file name.").arg(file_));

    QStringList existing;
    for (const SegmentExport& s : segments)
        if (QFileInfo::exists(s.file))
            existing << s.file;
    if (isFolderTarget()) // the last export's files that this one does not write go with the set
        for (const std::string& name : ExportSet::previousExport(QFile::encodeName(target()).toStdString())) {
            const QString file = QDir(target()).filePath(QFile::decodeName(name.c_str()));
            if (!existing.contains(file) && QFileInfo::exists(file))
                existing << file;
        }
    if (!existing.isEmpty() && confirmOverwrite_ && !confirmOverwrite_(existing)) {
        status_->setStyleSheet({});
        status_->setText(tr("Nothing was exported: the existing files were kept."));
        return;
    }

    ExportJob job;
    job.graph = document_->graph();
    job.data = session_->dataset();
    job.segments = segments;
    job.format.delimiter = delimiter();
    job.format.bom = bom();
    job.format.spreadsheetSafe = spreadsheetSafe();
    if (isFolderTarget())
        job.folder = target();

    written_.clear();
    cancel_ = std::make_shared<std::atomic<bool>>(false);
    setBusy(true);
    progress_->setValue(0);
    status_->setStyleSheet({});
    status_->setText(tr("Exporting ..."));
    Q_EMIT exportStarted();

    // Progress comes from worker threads: hop to the GUI thread, only for visible steps.
    QPointer<ExportDialog> self(this);
    auto last = std::make_shared<std::atomic<int>>(-1);
    auto progress = [self, last](double fraction) {
        const int permille = static_cast<int>(fraction * 1000);
        if (permille == last->exchange(permille))
            return;
        QMetaObject::invokeMethod(self, [self, fraction] {
            if (self) {
                self->progress_->setValue(static_cast<int>(fraction * 1000));
                Q_EMIT self->exportProgress(fraction);
            }
        }, Qt::QueuedConnection);
    };
    auto cancel = cancel_;
    watcher_.setFuture(QtConcurrent::run([job = std::move(job), progress, cancel] {
        return runExportJob(job, progress, cancel.get());
    }));
}

void ExportDialog::cancelExport()
{
    if (cancel_)
        cancel_->store(true);
}

void ExportDialog::waitForExport()
{
    if (!isExporting())
        return;
    watcher_.waitForFinished();
    onFinished();
}

void ExportDialog::onFinished()
{
    if (!cancel_)
        return; // already handled (waitForExport, then the watcher's signal)
    cancel_.reset();
    setBusy(false);
    const ExportOutcome out = watcher_.result();
    written_ = out.written;
    bool ok = false;
    QString message;
    if (out.cancelled) {
        message = tr("Export stopped. Files not finished were not written; existing files were kept.");
        if (!written_.isEmpty())
            message += " " + tr("Already written: %1.").arg(written_.join(", "));
    } else if (!out.error.isEmpty()) {
        message = out.error;
        if (!written_.isEmpty())
            message += "\n" + tr("Already written: %1.").arg(written_.join(", "));
        else
            message += "\n" + tr("No file was changed.");
    } else {
        ok = true;
        message = written_.size() == 1 ? tr("Exported to %1.").arg(written_.first())
                                       : tr("Exported %n file(s) to %1.", nullptr, static_cast<int>(written_.size()))
                                             .arg(QFileInfo(written_.first()).absolutePath());
        if (!out.replacedAsSet)
            message += " " + tr("The folder holds subfolders or links, so its files were replaced one by one; "
                                "export into a folder of its own to have them replaced as a whole.");
    }
    progress_->setValue(ok ? 1000 : 0);
    status_->setStyleSheet(ok ? QString() : QString(kErrorStyle));
    status_->setText(message);
    Q_EMIT exportFinished(ok, message);
}

void ExportDialog::setBusy(bool busy)
{
    exportButton_->setText(busy ? tr("Stop") : tr("Export"));
    exportButton_->setToolTip(busy ? tr("Stop the export; unfinished files are not written")
                                   : tr("Run the graph on the current data and write the files"));
    for (QWidget* w : findChildren<QWidget*>())
        if (w != exportButton_ && w != buttons_ && w != progress_ && w != status_ && !buttons_->isAncestorOf(w)
            && w->parentWidget() == this)
            w->setEnabled(!busy);
}

void ExportDialog::closeEvent(QCloseEvent* event)
{
    cancelExport();
    waitForExport();
    QDialog::closeEvent(event);
}

void ExportDialog::reject()
{
    cancelExport();
    waitForExport();
    QDialog::reject();
}

} // namespace seg::ui
