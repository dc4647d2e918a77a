#include "live/live_chart.h"

#include "preview/chart_style.h"
#include "preview/qcp.h"

#include <QVBoxLayout>

#include <cmath>

namespace seg::ui {

LiveChart::LiveChart(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    applyChartStyle(plot_);
    plot_->setMinimumSize(260, 140);
    plot_->xAxis->setLabel(tr("Replay time (s)"));
    plot_->yAxis->setLabel(tr("Events/s"));
    plot_->yAxis2->setVisible(true);
    plot_->yAxis2->setLabel(tr("Latency (ms)"));
    plot_->yAxis2->setBasePen(plot_->yAxis->basePen());
    plot_->yAxis2->setTickPen(plot_->yAxis->tickPen());
    plot_->yAxis2->setSubTickPen(Qt::NoPen);
    plot_->yAxis2->setTickLabelColor(kTextColor);
    plot_->yAxis2->setLabelColor(kTextColor);
    plot_->legend->setFont(font()); // before the graphs: their legend items take this font
    rate_ = plot_->addGraph(plot_->xAxis, plot_->yAxis);
    rate_->setName(tr("Events/s"));
    rate_->setPen(QPen(kSegmentColor, 2));
    rate_->setBrush(QColor(kSegmentColor.red(), kSegmentColor.green(), kSegmentColor.blue(), 40));
    p50_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
    p50_->setName(tr("p50 latency"));
    p50_->setPen(QPen(kWarningColor, 1.5));
    p99_ = plot_->addGraph(plot_->xAxis, plot_->yAxis2);
    p99_->setName(tr("p99 latency"));
    p99_->setPen(QPen(kCriticalColor, 1.5, Qt::DashLine));
    lag_ = plot_->addGraph(plot_->xAxis, plot_->yAxis);
    lag_->setName(tr("Waiting (lag)"));
    lag_->setPen(QPen(kTextColor, 1.5, Qt::DotLine));
    lag_->removeFromLegend();
    // The legend in a row of its own above the plot, so it never covers the lines.
    plot_->legend->setVisible(true);
    plot_->legend->setBorderPen(Qt::NoPen);
    plot_->legend->setBrush(Qt::NoBrush);
    plot_->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    plot_->legend->setIconSize(18, 8);
    plot_->plotLayout()->insertRow(0);
    plot_->plotLayout()->addElement(0, 0, plot_->legend);
    plot_->plotLayout()->setRowStretchFactor(0, 0.001);
    plot_->legend->setMargins(QMargins(6, 4, 6, 2));
    // The row's height comes from the legend's minimum: make room for a whole line of text.
    plot_->legend->setMinimumSize(0, QFontMetrics(font()).height() + 10);
    setToolTip(tr("Messages applied per second, and how long an event took from its arrival to its enter/exit "
                  "triggers (median and 99th percentile of each interval)"));
}

void LiveChart::addSamples(const std::vector<LiveSample>& samples)
{
    if (samples.empty())
        return;
    for (const LiveSample& s : samples) {
        rate_->addData(s.seconds, s.eventsPerSecond);
        // No message changed a segment in the interval: a gap, not a zero.
        p50_->addData(s.seconds, std::isnan(s.p50Ms) ? qQNaN() : s.p50Ms);
        p99_->addData(s.seconds, std::isnan(s.p99Ms) ? qQNaN() : s.p99Ms);
        if (!std::isnan(s.lag)) {
            if (lag_->dataCount() == 0) { // listening to a broker: show what waits too
                lag_->addToLegend();
                plot_->yAxis->setLabel(tr("Events/s, waiting"));
                plot_->xAxis->setLabel(tr("Listening time (s)"));
            }
            lag_->addData(s.seconds, s.lag);
        }
    }
    if (rate_->dataCount() > kMaxPoints) {
        const double cut = (rate_->data()->constBegin() + (rate_->dataCount() - kMaxPoints))->key;
        for (QCPGraph* g : {rate_, p50_, p99_, lag_})
            g->data()->removeBefore(cut);
    }
    rate_->rescaleAxes();
    if (lag_->dataCount() > 0) {
        bool any = false;
        const QCPRange waiting = lag_->getValueRange(any);
        if (any && waiting.upper > plot_->yAxis->range().upper)
            plot_->yAxis->setRangeUpper(waiting.upper);
    }
    bool found = false;
    const QCPRange latency = p99_->getValueRange(found);
    plot_->yAxis->setRangeLower(0);
    plot_->yAxis->setRangeUpper(std::max(1.0, plot_->yAxis->range().upper * 1.1));
    plot_->yAxis2->setRange(0, found ? std::max(0.01, latency.upper * 1.15) : 1.0);
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void LiveChart::clear()
{
    for (QCPGraph* g : {rate_, p50_, p99_, lag_})
        g->data()->clear();
    lag_->removeFromLegend();
    plot_->yAxis->setLabel(tr("Events/s"));
    plot_->xAxis->setLabel(tr("Replay time (s)"));
    plot_->xAxis->setRange(0, 10);
    plot_->yAxis->setRange(0, 1);
    plot_->yAxis2->setRange(0, 1);
    plot_->replot();
}

int LiveChart::pointCount() const { return rate_->dataCount(); }

} // namespace seg::ui
