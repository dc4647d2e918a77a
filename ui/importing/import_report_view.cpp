#include "importing/import_report_view.h"

#include "importing/import_wizard.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdint>

namespace seg::ui {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    return table;
}

QTableWidgetItem* numberItem(size_t n)
{
    auto* item = new QTableWidgetItem(QLocale().toString(static_cast<qulonglong>(n)));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString policyText(DuplicateKeyPolicy policy)
{
    switch (policy) {
    case DuplicateKeyPolicy::KeepLast: return ImportReportView::tr("the last row of each ID was kept");
    case DuplicateKeyPolicy::KeepFirst: return ImportReportView::tr("the first row of each ID was kept");
    case DuplicateKeyPolicy::Error: return ImportReportView::tr("duplicates stop the import");
    }
    return {};
}

} // namespace

ImportReportView::ImportReportView(QWidget* parent) : QWidget(parent)
{
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    drift_ = new QLabel(this);
    drift_->setWordWrap(true);
    drift_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    drift_->setStyleSheet(QStringLiteral("color: #b35c00;"));
    columns_ = makeTable({tr("Column"), tr("Type"), tr("Missing values"), tr("Distinct texts")}, this);
    columns_->horizontalHeader()->setStretchLastSection(false);
    columns_->setToolTip(tr("Each imported column with its type and how many rows have no value"));
    rejectsTitle_ = new QLabel(this);
    rejects_ = makeTable({tr("Line"), tr("Column"), tr("Reason")}, this);
    rejects_->setToolTip(tr("Rows that were not imported, with the line of the file where they start"));

    auto* rejectsBox = new QWidget(this);
    auto* rejectsLayout = new QVBoxLayout(rejectsBox);
    rejectsLayout->setContentsMargins(0, 0, 0, 0);
    rejectsLayout->addWidget(rejectsTitle_);
    rejectsLayout->addWidget(rejects_);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(columns_);
    split->addWidget(rejectsBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary_);
    layout->addWidget(drift_);
    layout->addWidget(split, 1);
    clear();
}

void ImportReportView::setDrift(const QStringList& drift)
{
    QStringList lines;
    if (!drift.isEmpty())
        lines << tr("Changed since the last import of this data:");
    for (const QString& d : drift)
        lines << QStringLiteral("\u26A0 ") + d;
    drift_->setText(lines.join('\n'));
    drift_->setVisible(!drift.isEmpty());
}

QString ImportReportView::driftText() const { return drift_->text(); }

void ImportReportView::clear()
{
    setDrift({});
    summary_->clear();
    columns_->setRowCount(0);
    rejects_->setRowCount(0);
    rejectsTitle_->clear();
}

QString ImportReportView::summaryText() const { return summary_->text(); }

void ImportReportView::setReport(const ImportReport& report, DuplicateKeyPolicy policy)
{
    const QLocale locale;
    auto n = [&](size_t v) { return locale.toString(static_cast<qulonglong>(v)); };
    const auto count = [](size_t v) { return static_cast<int>(std::min<size_t>(v, INT32_MAX)); };
    QStringList lines;
    lines << tr("<b>%Ln row(s) imported</b> of %1 data rows in the file.", nullptr, count(report.rows)).arg(n(report.dataRows));
    if (report.rejected > 0)
        lines << tr("%Ln row(s) rejected (listed below).", nullptr, count(report.rejected));
    else
        lines << tr("No rows were rejected.");
    if (!report.isEvents)
        lines << (report.duplicateKeys > 0
                      ? tr("%Ln row(s) repeated an ID that was seen before; %1.", nullptr, count(report.duplicateKeys))
                            .arg(policyText(policy))
                      : tr("Every customer ID is unique."));
    else if (report.unknownKeys > 0)
        lines << tr("%Ln event(s) belong to no imported customer and were ignored.", nullptr, count(report.unknownKeys));
    summary_->setText(lines.join("<br>"));

    columns_->setRowCount(static_cast<int>(report.columns.size()));
    for (size_t i = 0; i < report.columns.size(); ++i) {
        const ColumnProfile& c = report.columns[i];
        const int row = static_cast<int>(i);
        columns_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(c.name)));
        QString type = dataTypeTitle(c.type);
        if (c.overridden)
            type += " " + tr("(chosen)");
        columns_->setItem(row, 1, new QTableWidgetItem(type));
        columns_->setItem(row, 2, numberItem(c.nulls));
        columns_->setItem(row, 3, c.type == DataType::String ? numberItem(c.distinct) : new QTableWidgetItem);
    }
    columns_->resizeColumnsToContents();
    for (int c = 0; c < columns_->columnCount(); ++c)
        columns_->setColumnWidth(c, std::max(columns_->columnWidth(c), 110));

    const size_t shown = std::min<size_t>(report.rejects.size(), kMaxShownRejects);
    rejects_->setRowCount(static_cast<int>(shown));
    for (size_t i = 0; i < shown; ++i) {
        const RejectedRow& r = report.rejects[i];
        const int row = static_cast<int>(i);
        rejects_->setItem(row, 0, numberItem(r.line));
        rejects_->setItem(row, 1, new QTableWidgetItem(r.column.empty() ? tr("(whole row)") : QString::fromStdString(r.column)));
        auto* reason = new QTableWidgetItem(QString::fromStdString(r.reason));
        reason->setToolTip(reason->text());
        rejects_->setItem(row, 2, reason);
    }
    rejects_->resizeColumnsToContents();
    rejectsTitle_->setText(report.rejected == 0 ? tr("Rejected rows: none")
                           : shown < report.rejected
                               ? tr("Rejected rows (the first %1 of %2):").arg(n(shown), n(report.rejected))
                               : tr("Rejected rows:"));
}

} // namespace seg::ui
