#include "importing/import_run_page.h"

#include "importing/import_report_view.h"
#include "importing/import_wizard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace seg::ui {

ImportRunPage::ImportRunPage(ImportWizard* wizard) : wizard_(wizard)
{
    setTitle(tr("Import"));
    setSubTitle(tr("The file is read in the background. Check the report, then click Finish to use the data."));
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setTextVisible(true);
    progress_->setToolTip(tr("Progress of the import (the file is read twice: types, then values)"));
    cancel_ = new QPushButton(tr("Stop import"), this);
    cancel_->setToolTip(tr("Stop the import; the data you had before stays loaded"));
    retry_ = new QPushButton(tr("Import again"), this);
    retry_->setToolTip(tr("Read the file again with the same settings"));
    status_ = new QLabel(this);
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    report_ = new ImportReportView(this);

    auto* row = new QHBoxLayout;
    row->addWidget(progress_, 1);
    row->addWidget(cancel_);
    row->addWidget(retry_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(status_);
    layout->addWidget(report_, 1);

    connect(cancel_, &QPushButton::clicked, wizard_, &ImportWizard::cancelImport);
    connect(retry_, &QPushButton::clicked, wizard_, &ImportWizard::startImport);
    connect(wizard_, &ImportWizard::importStarted, this, [this] {
        progress_->setValue(0);
        status_->setStyleSheet({});
        status_->setText(tr("Importing %1 ...").arg(wizard_->filePath()));
        report_->clear();
        cancel_->setEnabled(true);
        retry_->setEnabled(false);
        Q_EMIT completeChanged();
    });
    connect(wizard_, &ImportWizard::importProgress, this,
            [this](double fraction) { progress_->setValue(static_cast<int>(fraction * 1000)); });
    connect(wizard_, &ImportWizard::importFinished, this, &ImportRunPage::onFinished);
}

void ImportRunPage::initializePage() { wizard_->startImport(); }

void ImportRunPage::cleanupPage() { wizard_->cancelImport(); }

void ImportRunPage::onFinished(bool ok, const QString& message)
{
    cancel_->setEnabled(false);
    retry_->setEnabled(true);
    if (ok) {
        progress_->setValue(1000);
        status_->setStyleSheet({});
        status_->setText(message);
        if (const ImportReport* report = wizard_->report())
            report_->setReport(*report, wizard_->duplicatePolicy());
        report_->setDrift(wizard_->drift());
    } else {
        progress_->setValue(0);
        status_->setStyleSheet("color: #b00020;");
        status_->setText(message);
    }
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const { return wizard_->importSucceeded() && !wizard_->isImporting(); }

} // namespace seg::ui
