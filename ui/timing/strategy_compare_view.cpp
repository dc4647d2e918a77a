#include "timing/strategy_compare_view.h"

#include "document/document.h"
#include "preview/chart_style.h"
#include "preview/qcp.h"
#include "session/data_session.h"
#include "util/error.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace seg::ui {

namespace {
QString strategyTitle(Strategy s)
{
    switch (s) {
    case Strategy::Sequential: return StrategyCompareView::tr("Sequential");
    case Strategy::Parallel: return StrategyCompareView::tr("Parallel");
    case Strategy::Hybrid: return StrategyCompareView::tr("Hybrid");
    case Strategy::Auto: return StrategyCompareView::tr("Auto");
    }
    return {};
}

// Small graphs run in fractions of a millisecond: keep three significant digits or so.
QString milliseconds(double ms)
{
    return QLocale().toString(ms, 'f', ms < 1 ? 3 : ms < 10 ? 2 : 1);
}
} // namespace

StrategyCompareView::StrategyCompareView(Document* document, DataSession* data, QWidget* parent)
    : QWidget(parent), document_(document), data_(data), run_(new QPushButton(tr("Compare strategies"))),
      cancelButton_(new QPushButton(tr("Cancel"))), repetitions_(new QSpinBox), progress_(new QProgressBar),
      status_(new QLabel), table_(new QTableWidget(0, 4)), plot_(new QCustomPlot)
{
    run_->setToolTip(tr("Run the graph sequentially, in parallel and hybrid on the current data (without the "
                        "result cache) and compare the times"));
    cancelButton_->setToolTip(tr("Stop the comparison"));
    cancelButton_->setEnabled(false);
    repetitions_->setRange(1, 25);
    repetitions_->setValue(3);
    repetitions_->setSuffix(tr(" runs each"));
    repetitions_->setToolTip(tr("Each strategy runs this often; the median time is shown"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setTextVisible(false);
    progress_->setMaximumHeight(10);
    status_->setWordWrap(true);

    // One row of controls with the status beside them, then the table and its chart side by
    // side: all three rows stay readable in a compact dock.
    progress_->setMaximumWidth(160);
    progress_->hide(); // only while running
    auto* bar = new QHBoxLayout;
    bar->addWidget(run_);
    bar->addWidget(repetitions_);
    bar->addWidget(progress_);
    bar->addWidget(cancelButton_);
    bar->addWidget(status_, 1);

    table_->setHorizontalHeaderLabels({tr("Strategy"), tr("Median time"), tr("Speedup"), tr("Threads")});
    table_->horizontalHeaderItem(2)->setToolTip(tr("Sequential time divided by this strategy's time"));
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionMode(QAbstractItemView::NoSelection);
    table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table_->hide(); // until there are times to show

    applyChartStyle(plot_);
    plot_->setMinimumSize(160, 0); // takes the height there is; the table has the numbers
    plot_->hide();

    auto* results = new QHBoxLayout;
    results->addWidget(table_, 1, Qt::AlignTop);
    results->addWidget(plot_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(results, 1);

    connect(run_, &QPushButton::clicked, this, &StrategyCompareView::start);
    connect(cancelButton_, &QPushButton::clicked, this, &StrategyCompareView::cancel);
    connect(&watcher_, &QFutureWatcherBase::finished, this, &StrategyCompareView::onDone);
    status_->setText(tr("Compare how long the three strategies take on the current data."));
}

StrategyCompareView::~StrategyCompareView()
{
    cancel();
    watcher_.waitForFinished(); // the worker reads the graph copy and data it owns, but reports to us
}

void StrategyCompareView::setRepetitions(int repetitions)
{
    repetitions_->setValue(repetitions);
}

QString StrategyCompareView::statusText() const
{
    return status_->text();
}

void StrategyCompareView::start()
{
    if (running_)
        return;
    const std::shared_ptr<const Dataset> data = data_ ? data_->dataset() : nullptr;
    if (!data || !document_) {
        status_->setText(tr("Import customers first: the comparison runs on the current data."));
        Q_EMIT finished(false);
        return;
    }
    running_ = true;
    run_->setEnabled(false);
    cancelButton_->setEnabled(true);
    const int repetitions = repetitions_->value();
    progress_->setRange(0, 3 * repetitions);
    progress_->setValue(0);
    progress_->show();
    status_->setText(tr("Running each strategy %n time(s)…", nullptr, repetitions));
    cancel_ = std::make_shared<std::atomic<bool>>(false);

    const Graph graph = document_->graph();
    const int threads = threads_;
    auto cancel = cancel_;
    QPointer<QProgressBar> bar(progress_);
    watcher_.setFuture(QtConcurrent::run([=]() -> Outcome {
        Outcome out;
        try {
            out.comparison = compareStrategies(graph, *data, threads, repetitions, [bar](int done, int) {
                QMetaObject::invokeMethod(bar, [bar, done] {
                    if (bar)
                        bar->setValue(done);
                }, Qt::QueuedConnection);
            }, cancel.get());
        } catch (const Cancelled&) {
            out.cancelled = true;
        } catch (const std::exception& e) {
            out.error = QString::fromStdString(e.what());
        }
        return out;
    }));
}

void StrategyCompareView::cancel()
{
    if (cancel_)
        cancel_->store(true);
}

bool StrategyCompareView::waitForFinished(int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (running_ && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !running_;
}

void StrategyCompareView::onDone()
{
    const Outcome out = watcher_.result();
    running_ = false;
    progress_->hide();
    run_->setEnabled(true);
    cancelButton_->setEnabled(false);
    if (out.cancelled) {
        status_->setText(tr("Comparison cancelled."));
        progress_->setValue(0);
    } else if (!out.error.isEmpty()) {
        status_->setText(tr("The graph cannot run: %1").arg(out.error));
        progress_->setValue(0);
    } else {
        comparison_ = out.comparison;
        showComparison();
    }
    Q_EMIT finished(!out.cancelled && out.error.isEmpty());
}

void StrategyCompareView::showComparison()
{
    const StrategyComparison& c = *comparison_;
    table_->setRowCount(static_cast<int>(c.timings.size()));
    QVector<double> keys, values;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    plot_->clearPlottables();
    plot_->clearItems();
    for (size_t i = 0; i < c.timings.size(); ++i) {
        const StrategyTiming& t = c.timings[i];
        const int row = static_cast<int>(i);
        auto cell = [&](int col, const QString& text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter) {
            auto* item = new QTableWidgetItem(text);
            item->setTextAlignment(align);
            table_->setItem(row, col, item);
        };
        cell(0, strategyTitle(t.strategy), Qt::AlignLeft | Qt::AlignVCenter);
        cell(1, tr("%1 ms").arg(milliseconds(t.medianMs)));
        cell(2, tr("%1×").arg(QLocale().toString(c.speedup(i), 'f', 2)));
        cell(3, QString::number(t.threads));
        keys << static_cast<double>(c.timings.size() - i); // sequential on top
        values << t.medianMs;
        ticker->addTick(keys.back(), strategyTitle(t.strategy));
        auto* label = new QCPItemText(plot_);
        label->position->setAxes(plot_->xAxis, plot_->yAxis);
        label->position->setCoords(t.medianMs, keys.back());
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(6, 0, 0, 0));
        label->setClipToAxisRect(false);
        label->setText(tr("%1 ms (%2×)").arg(milliseconds(t.medianMs),
                                             QLocale().toString(c.speedup(i), 'f', 2)));
    }
    // Show every row without scrolling: three strategies fit (compact rows).
    table_->resizeRowsToContents();
    for (int r = 0; r < table_->rowCount(); ++r)
        table_->setRowHeight(r, table_->fontMetrics().height() + 6);
    int height = table_->horizontalHeader()->sizeHint().height() + 2 * table_->frameWidth();
    for (int r = 0; r < table_->rowCount(); ++r)
        height += table_->rowHeight(r);
    table_->setFixedHeight(height);
    table_->show();
    auto* bars = new QCPBars(plot_->yAxis, plot_->xAxis);
    bars->setData(keys, values);
    bars->setBrush(kSegmentColor);
    bars->setPen(Qt::NoPen);
    bars->setWidth(0.6);
    plot_->yAxis->setTicker(ticker);
    plot_->yAxis->setRange(0.4, static_cast<double>(c.timings.size()) + 0.6);
    double largest = 0;
    for (double v : values)
        largest = std::max(largest, v);
    plot_->xAxis->setRange(0, std::max(largest, 1e-3) * 1.35);
    plot_->xAxis->setLabel(tr("Median milliseconds per run"));
    plot_->show();
    plot_->replot();
    status_->setText(c.sameResults()
                         ? tr("All three strategies found the same members for every segment.")
                         : tr("<span style='color:#d9482b'>The strategies disagree on segment sizes: please report "
                              "this graph.</span>"));
}

} // namespace seg::ui
