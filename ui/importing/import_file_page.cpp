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
    connect(path_, &QLineEdit::editingFinished, this, [this] {
        if (path_->text() != wizard_->filePath())
            wizard_->setFilePath(path_->text());
    });
    connect(wizard_, &ImportWizard::previewChanged, this, &ImportFilePage::refresh);
    refresh();
}

void ImportFilePage::browse()
{
    const QString start = wizard_->filePath().isEmpty() ? QString() : QFileInfo(wizard_->filePath()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Import CSV file"), start,
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!file.isEmpty())
        wizard_->setFilePath(file);
}

void ImportFilePage::refresh()
{
    if (path_->text() != wizard_->filePath())
        path_->setText(wizard_->filePath());
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

bool ImportFilePage::isComplete() const { return wizard_->preview() != nullptr; }

void ImportFilePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedCsvPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent* event)
{
    wizard_->setFilePath(droppedCsvPath(event->mimeData()));
    event->acceptProposedAction();
}

} // namespace seg::ui
