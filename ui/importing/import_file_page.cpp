#include "importing/import_file_page.h"

#include "importing/import_wizard.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace seg::ui {

ImportFilePage::ImportFilePage(ImportWizard* wizard) : wizard_(wizard)
{
    const bool customers = wizard->kind() == ImportKind::Customers;
    setTitle(customers ? tr("Choose the customers file") : tr("Choose the events file"));
    setSubTitle(customers ? tr("One row per customer: an ID column and the attributes you want to segment on. "
                               "CSV or TSV, as exported from your CRM or shop system.")
                          : tr("One row per event (purchase, visit, email open ...): the customer ID, when it "
                               "happened and what kind of event it was."));
    setAcceptDrops(true);

    path_ = new QLineEdit(this);
    path_->setPlaceholderText(tr("Path of a .csv or .tsv file"));
    path_->setToolTip(tr("The file to import. You can also drop a file onto this page."));
    path_->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("Browse..."), this);
    browse->setToolTip(tr("Pick the file in a file dialog"));
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* hint = new QLabel(tr("Tip: drop a CSV file onto this page or onto the main window."), this);
    hint->setStyleSheet("color: palette(mid);");

    auto* row = new QHBoxLayout;
    row->addWidget(path_, 1);
    row->addWidget(browse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("File:"), this));
    layout->addLayout(row);
    layout->addWidget(status_);
    layout->addStretch(1);
    layout->addWidget(hint);

    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    // What is typed counts at once: Next is enabled as soon as the text names a file, and a
    // short pause in typing reads the preview (not only Tab or Enter).
    typingPause_ = new QTimer(this);
    typingPause_->setSingleShot(true);
    typingPause_->setInterval(400);
    connect(typingPause_, &QTimer::timeout, this, &ImportFilePage::applyTypedPath);
    connect(path_, &QLineEdit::textEdited, this, [this] {
        typingPause_->start();
        Q_EMIT completeChanged();
    });
    connect(path_, &QLineEdit::editingFinished, this, &ImportFilePage::applyTypedPath);
    connect(wizard_, &ImportWizard::previewChanged, this, &ImportFilePage::refresh);
    refresh();
}

void ImportFilePage::browse()
{
    const QString start = wizard_->filePath().isEmpty() ? QString() : QFileInfo(wizard_->filePath()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Import CSV file"), start,
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty()) {
        typingPause_->stop();
        path_->setText(file);
        wizard_->setFilePath(file);
    }
}

bool ImportFilePage::typedPathIsPending() const
{
    const QString typed = path_->text().trimmed();
    return typed.isEmpty() ? !wizard_->filePath().isEmpty()
                           : QFileInfo(typed).absoluteFilePath() != wizard_->filePath();
}

void ImportFilePage::applyTypedPath()
{
    typingPause_->stop();
    if (typedPathIsPending())
        wizard_->setFilePath(path_->text().trimmed());
}

void ImportFilePage::refresh()
{
    if (typedPathIsPending() && !path_->hasFocus())
        path_->setText(wizard_->filePath()); // chosen by Browse or a drop
    if (const ImportPreview* p = wizard_->preview()) {
        status_->setStyleSheet({});
        status_->setText(tr("%1 columns, %2. Click Next to check the format.")
                             .arg(p->columns.size())
                             .arg(QLocale().formattedDataSize(static_cast<qint64>(p->fileSize))));
    } else {
        status_->setStyleSheet(wizard_->filePath().isEmpty() ? QString() : QString("color: #b00020;"));
        status_->setText(wizard_->previewError());
    }
    Q_EMIT completeChanged();
}

bool ImportFilePage::isComplete() const
{
    if (typedPathIsPending()) // read on Next (validatePage)
        return QFileInfo(path_->text().trimmed()).isFile();
    return wizard_->preview() != nullptr;
}

bool ImportFilePage::validatePage()
{
    applyTypedPath();
    return wizard_->preview() != nullptr;
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedCsvPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent* event)
{
    typingPause_->stop();
    path_->setText(droppedCsvPath(event->mimeData()));
    wizard_->setFilePath(path_->text());
    event->acceptProposedAction();
}

} // namespace seg::ui
