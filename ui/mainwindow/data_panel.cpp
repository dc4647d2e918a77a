#include "mainwindow/data_panel.h"

#include "session/data_session.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace seg::ui {

DataPanel::DataPanel(DataSession* data, QWidget* parent)
    : QWidget(parent), data_(data), summary_(new QLabel(this)), drift_(new QLabel(this)), columns_(new QTreeWidget(this))
{
    drift_->setObjectName("driftLabel");
    drift_->setWordWrap(true);
    drift_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    drift_->setStyleSheet(QStringLiteral("color: #b35c00;"));
    drift_->hide();
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    columns_->setHeaderLabels({tr("Column"), tr("Type"), tr("Nulls"), tr("Distinct")});
    columns_->setAlternatingRowColors(true);
    columns_->header()->setStretchLastSection(false);
    columns_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    columns_->setMinimumWidth(320);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(drift_);
    layout->addWidget(columns_);
    connect(data_, &DataSession::datasetChanged, this, &DataPanel::refresh);
    refresh();
}

void DataPanel::setDrift(const QStringList& drift)
{
    if (drift.isEmpty()) {
        drift_->clear();
        drift_->hide();
        return;
    }
    QStringList lines{tr("Data drift since the previous import:")};
    for (const QString& d : drift)
        lines << QStringLiteral("\u26A0 ") + d;
    drift_->setText(lines.join('\n'));
    drift_->setToolTip(tr("Compared with the import before this one, kept in the workspace (thresholds in its settings)"));
    drift_->show();
}

QString DataPanel::driftText() const { return drift_->text(); }

void DataPanel::refresh()
{
    columns_->clear();
    const auto data = data_->dataset();
    if (!data) {
        summary_->setText(tr("No data loaded. Use File > Import Customers, or drop a CSV file on the window."));
        return;
    }
    const QLocale locale;
    auto addTable = [&](const ImportReport& report, const QString& title) {
        auto* top = new QTreeWidgetItem(columns_, {title + " — " + QFileInfo(QString::fromStdString(report.path)).fileName()});
        top->setFirstColumnSpanned(true);
        for (const ColumnProfile& c : report.columns) {
            auto* item = new QTreeWidgetItem(top, {QString::fromStdString(c.name),
                                                   QString::fromUtf8(std::string(typeName(c.type)).c_str()),
                                                   locale.toString(static_cast<qulonglong>(c.nulls)),
                                                   c.distinct ? locale.toString(static_cast<qulonglong>(c.distinct)) : QString()});
            if (c.overridden)
                item->setToolTip(1, tr("Type set by the project, not detected"));
        }
        top->setExpanded(true);
    };
    addTable(data->customersReport, tr("Customers"));
    QString text = tr("<b>%1</b> customers imported, %2 rows rejected, %3 duplicate keys.")
                       .arg(locale.toString(static_cast<qulonglong>(data->customersReport.rows)))
                       .arg(locale.toString(static_cast<qulonglong>(data->customersReport.rejected)))
                       .arg(locale.toString(static_cast<qulonglong>(data->customersReport.duplicateKeys)));
    if (data->eventsReport) {
        addTable(*data->eventsReport, tr("Events"));
        text += "<br>" + tr("<b>%1</b> events imported, %2 rows rejected, %3 with unknown customers.")
                             .arg(locale.toString(static_cast<qulonglong>(data->eventsReport->rows)))
                             .arg(locale.toString(static_cast<qulonglong>(data->eventsReport->rejected)))
                             .arg(locale.toString(static_cast<qulonglong>(data->eventsReport->unknownKeys)));
    }
    if (!data->eventsError.empty())
        text += "<br>" + tr("Events not loaded: %1").arg(QString::fromStdString(data->eventsError).toHtmlEscaped());
    summary_->setText(text);
}

} // namespace seg::ui
