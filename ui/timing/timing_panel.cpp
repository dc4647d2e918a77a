#include "timing/timing_panel.h"

#include "timing/gantt_chart.h"
#include "timing/strategy_compare_view.h"

#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace seg::ui {

TimingPanel::TimingPanel(Document* document, DataSession* data, PreviewRunner* runner, Selection*, QWidget* parent)
    : QWidget(parent), runner_(runner), summary_(new QLabel), gantt_(new GanttChart),
      compare_(new StrategyCompareView(document, data))
{
    summary_->setWordWrap(true);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* lastRun = new QWidget;
    auto* lastLayout = new QVBoxLayout(lastRun);
    lastLayout->setContentsMargins(4, 4, 4, 4);
    lastLayout->addWidget(summary_);
    lastLayout->addWidget(gantt_, 1);
    auto* comparePage = new QWidget;
    auto* compareLayout = new QVBoxLayout(comparePage);
    compareLayout->setContentsMargins(4, 4, 4, 4);
    compareLayout->addWidget(compare_);

    tabs_ = new QTabWidget;
    tabs_->setDocumentMode(true);
    tabs_->addTab(lastRun, tr("Last preview run"));
    tabs_->addTab(comparePage, tr("Compare strategies"));
    tabs_->setTabToolTip(1, tr("How long sequential, parallel and hybrid take on the current data"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs_);
    setMinimumSize(320, 160);

    if (runner_) {
        connect(runner_, &PreviewRunner::runFinished, this,
                [this](std::shared_ptr<const PreviewResult> result) { showResult(std::move(result)); });
        // Compare on the threads the preview uses (the DAG view's thread choice).
        connect(runner_, &PreviewRunner::runStarted, this, [this] { compare_->setThreads(runner_->threads()); });
        compare_->setThreads(runner_->threads());
        if (runner_->lastResult())
            showResult(runner_->lastResult());
    }
    summary_->setText(tr("No run yet."));
}

void TimingPanel::compareStrategies()
{
    tabs_->setCurrentIndex(1);
    compare_->start();
}

bool TimingPanel::showsComparison() const { return tabs_->currentIndex() == 1; }

QString TimingPanel::summaryText() const
{
    return summary_->text();
}

void TimingPanel::showResult(std::shared_ptr<const PreviewResult> result)
{
    result_ = std::move(result);
    if (!result_ || !result_->run) {
        summary_->setText(tr("No run yet."));
        gantt_->setRun(nullptr, nullptr);
        return;
    }
    const RunResult& run = *result_->run;
    size_t cached = 0;
    for (const NodeRun& n : run.nodes)
        cached += n.cached ? 1 : 0;
    summary_->setText(tr("<b>%1 ms</b> in total · %2 on %n thread(s) · %3 nodes, %4 from the cache", nullptr, run.threads)
                          .arg(QLocale().toString(run.totalMs, 'f', run.totalMs < 10 ? 2 : 1),
                               QString::fromUtf8(strategyName(run.strategy).data()))
                          .arg(run.nodes.size())
                          .arg(cached));
    gantt_->setRun(result_->run, &result_->graph);
}

} // namespace seg::ui
