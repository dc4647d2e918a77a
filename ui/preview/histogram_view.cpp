#include "preview/histogram_view.h"

#include "preview/chart_style.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "preview/qcp.h"

namespace seg::ui {

namespace {
constexpr double kSecondsPerDay = 86400.0;
constexpr double kMicrosPerSecond = 1e6;
} // namespace

HistogramView::HistogramView(QWidget* parent)
    : QWidget(parent), column_(new QComboBox), bins_(new QSpinBox), normalised_(new QCheckBox(tr("Shares (%)"))),
      message_(new QLabel), nulls_(new QLabel), plot_(new QCustomPlot)
{
    column_->setToolTip(tr("The numeric or date column to compare"));
    column_->setMinimumContentsLength(16);
    column_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bins_->setRange(2, 200);
    bins_->setValue(20);
    bins_->setToolTip(tr("At most this many bins (whole-number columns may use fewer)"));
    normalised_->setChecked(true);
    normalised_->setToolTip(tr("On: each group's bars are its share in percent, so a small segment compares with "
                               "everybody. Off: member counts."));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("color: #6b7280;"));
    nulls_->setStyleSheet(QStringLiteral("color: #6b7280;"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Column:")));
    top->addWidget(column_);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Bins:")));
    top->addWidget(bins_);
    top->addSpacing(12);
    top->addWidget(normalised_);
    top->addStretch();

    applyChartStyle(plot_);
    all_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    all_->setName(tr("All customers"));
    all_->setBrush(kAllCustomersColor);
    all_->setPen(Qt::NoPen);
    inside_ = new QCPBars(plot_->xAxis, plot_->yAxis);
    inside_->setBrush(kSegmentColor);
    inside_->setPen(Qt::NoPen);
    auto* group = new QCPBarsGroup(plot_);
    all_->setBarsGroup(group);
    inside_->setBarsGroup(group);
    group->setSpacing(1);
    plot_->legend->setVisible(true);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setBrush(QColor(255, 255, 255, 220));
    plot_->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(message_);
    layout->addWidget(plot_, 1);
    layout->addWidget(nulls_);

    connect(column_, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    connect(bins_, &QSpinBox::valueChanged, this, [this] { recompute(); });
    connect(normalised_, &QCheckBox::toggled, this, [this] { redraw(); });
    showMessage(tr("Select a rule or segment on the canvas to compare a column inside it with all customers."));
}

void HistogramView::showMessage(const QString& text)
{
    ++generation_; // a histogram still being computed must not replace this message
    result_.reset();
    members_.reset();
    histogram_ = {};
    message_->setText(text);
    message_->show();
    plot_->hide();
    nulls_->clear();
}

QStringList HistogramView::columnChoices() const
{
    QStringList names;
    if (!result_ || !result_->data)
        return names;
    for (const Column& c : result_->data->customers.table.columns)
        if (isHistogramColumn(c) && static_cast<int>(&c - result_->data->customers.table.columns.data())
                                        != result_->data->customers.keyColumn)
            names << QString::fromStdString(c.name());
    if (result_->run)
        for (const auto& [name, c] : result_->run->derived)
            if (c && isHistogramColumn(*c))
                names << QString::fromStdString(name);
    return names;
}

const Column* HistogramView::findColumn(const QString& name) const
{
    if (!result_ || !result_->data)
        return nullptr;
    const std::string n = name.toStdString();
    if (const Column* c = result_->data->customers.table.find(n))
        return c;
    if (result_->run)
        if (auto it = result_->run->derived.find(n); it != result_->run->derived.end())
            return it->second.get();
    return nullptr;
}

void HistogramView::setSource(std::shared_ptr<const PreviewResult> result, std::shared_ptr<const Bitset> members,
                              const QString& title)
{
    if (!result || !result->data || !members) {
        showMessage(tr("No members to compare yet."));
        return;
    }
    result_ = std::move(result);
    members_ = std::move(members);
    title_ = title;
    inside_->setName(title_);
    const QString previous = column_->currentText();
    const QStringList choices = columnChoices();
    {
        const QSignalBlocker block(column_);
        column_->clear();
        column_->addItems(choices);
        column_->setCurrentIndex(std::max(0, static_cast<int>(choices.indexOf(previous))));
    }
    if (choices.isEmpty()) {
        showMessage(tr("The data has no numeric or date column to compare."));
        return;
    }
    recompute();
}

void HistogramView::setColumn(const QString& name)
{
    column_->setCurrentIndex(column_->findText(name));
}

QString HistogramView::column() const
{
    return column_->currentText();
}

void HistogramView::setNormalised(bool on)
{
    normalised_->setChecked(on);
}

void HistogramView::setMaxBins(int bins)
{
    bins_->setValue(bins);
}

void HistogramView::recompute()
{
    const Column* c = findColumn(column_->currentText());
    if (!c || !members_)
        return;
    const uint64_t generation = ++generation_;
    const int bins = bins_->value();
    if (c->size() < backgroundRows_) {
        histogram_ = histogram(*c, members_.get(), bins);
        redraw();
        return;
    }
    // Millions of rows: two passes over the column leave the GUI thread. The lambda owns the
    // result (the column's owner) and the set while it runs.
    auto* watcher = new QFutureWatcher<Histogram>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        if (generation == generation_) { // else the user picked something else meanwhile
            histogram_ = watcher->result();
            redraw();
        }
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(
        [c, result = result_, members = members_, bins] { return histogram(*c, members.get(), bins); }));
}

void HistogramView::redraw()
{
    const Column* c = findColumn(column_->currentText());
    if (!c || !histogram_.valid) {
        message_->setText(tr("Column %1 has no values.").arg(column_->currentText()));
        message_->show();
        plot_->hide();
        return;
    }
    message_->hide();
    plot_->show();
    const Histogram& h = histogram_;
    const bool share = normalised_->isChecked();
    // Time axes want seconds: dates are days, timestamps microseconds.
    const double toAxis = h.dates ? kSecondsPerDay : c->type() == DataType::Timestamp ? 1.0 / kMicrosPerSecond : 1.0;
    size_t allValues = 0, insideValues = 0;
    for (size_t b = 0; b < h.bins(); ++b) {
        allValues += h.all[b];
        insideValues += h.inside[b];
    }
    QVector<double> keys, allBars, insideBars;
    for (size_t b = 0; b < h.bins(); ++b) {
        keys << (h.edges[b] + h.edges[b + 1]) / 2 * toAxis;
        auto scaled = [&](size_t n, size_t of) {
            return share ? (of ? 100.0 * static_cast<double>(n) / static_cast<double>(of) : 0.0) : static_cast<double>(n);
        };
        allBars << scaled(h.all[b], allValues);
        insideBars << scaled(h.inside[b], insideValues);
    }
    const double binWidth = (h.edges[1] - h.edges[0]) * toAxis;
    all_->setWidth(binWidth * 0.45);
    inside_->setWidth(binWidth * 0.45);
    all_->setData(keys, allBars, true);
    inside_->setData(keys, insideBars, true);

    if (h.dates || c->type() == DataType::Timestamp) {
        auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
        ticker->setDateTimeFormat(h.dates ? QStringLiteral("yyyy-MM-dd") : QStringLiteral("yyyy-MM-dd\nhh:mm"));
        ticker->setDateTimeSpec(Qt::UTC);
        plot_->xAxis->setTicker(ticker);
    } else {
        plot_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    plot_->xAxis->setLabel(column_->currentText());
    plot_->yAxis->setLabel(share ? tr("Share of group (%)") : tr("Customers"));
    plot_->xAxis->setRange(h.edges.front() * toAxis, h.edges.back() * toAxis);
    plot_->rescaleAxes(true);
    plot_->xAxis->setRange(h.edges.front() * toAxis - binWidth * 0.1, h.edges.back() * toAxis + binWidth * 0.1);
    plot_->yAxis->setRangeLower(0);
    plot_->yAxis->setRangeUpper(plot_->yAxis->range().upper * 1.3); // room for the legend
    plot_->replot();
    nulls_->setText(tr("NULL values (not in the bars): %1 of all customers, %2 in %3")
                        .arg(QLocale().toString(static_cast<qulonglong>(h.nullsAll)),
                             QLocale().toString(static_cast<qulonglong>(h.nullsInside)), title_));
}

} // namespace seg::ui
