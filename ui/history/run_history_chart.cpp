#include "history/run_history_chart.h"

#include "preview/chart_style.h"
#include "preview/qcp.h"

#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace seg::ui {

RunHistoryChart::RunHistoryChart(QWidget* parent) : QWidget(parent), plot_(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot_);
    applyChartStyle(plot_);
    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeFormat(QStringLiteral("dd MMM\nHH:mm"));
    ticker->setDateTimeSpec(Qt::UTC);
    plot_->xAxis->setTicker(ticker);
    plot_->yAxis->setLabel(tr("members"));
    setMinimumHeight(60);
}

int RunHistoryChart::pointCount() const { return plot_->graphCount() ? plot_->graph(0)->dataCount() : 0; }

void RunHistoryChart::setData(const std::vector<Point>& points, std::optional<double> expectedMin,
                              std::optional<double> expectedMax)
{
    plot_->clearGraphs();
    plot_->clearItems();
    bandShown_ = false;
    if (points.empty()) {
        plot_->replot();
        return;
    }
    QCPGraph* sizes = plot_->addGraph();
    sizes->setPen(QPen(kSegmentColor, 2));
    sizes->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kSegmentColor, Qt::white, 6));
    double lowX = points.front().time, highX = points.back().time;
    double lowY = std::numeric_limits<double>::max(), highY = 0;
    for (const Point& p : points) {
        sizes->addData(p.time, p.size);
        lowY = std::min(lowY, p.size);
        highY = std::max(highY, p.size);
    }
    // One run or runs at the same second: a range a day wide so the point is visible.
    if (highX - lowX < 1) {
        lowX -= 43200;
        highX += 43200;
    }
    const double padX = (highX - lowX) * 0.05;
    if (expectedMin || expectedMax) {
        // The band spans the whole visible width; an open side reaches to the chart's edge.
        const double bandLow = expectedMin.value_or(0);
        const double bandHigh = expectedMax.value_or(std::max(highY, bandLow) * 1.2 + 1);
        auto* band = new QCPItemRect(plot_);
        band->setLayer(QStringLiteral("background"));
        band->topLeft->setCoords(lowX - 10 * padX - 1, bandHigh);
        band->bottomRight->setCoords(highX + 10 * padX + 1, bandLow);
        QColor fill = kAllCustomersColor;
        fill.setAlpha(70);
        band->setBrush(fill);
        band->setPen(QPen(kAllCustomersColor, 1, Qt::DashLine));
        band->setClipToAxisRect(true);
        bandShown_ = true;
        lowY = std::min(lowY, bandLow);
        highY = std::max(highY, expectedMax.value_or(highY));
    }
    const double padY = std::max(1.0, (highY - lowY) * 0.1);
    plot_->xAxis->setRange(lowX - padX, highX + padX);
    plot_->yAxis->setRange(std::max(0.0, lowY - padY), highY + padY);
    plot_->replot();
}

} // namespace seg::ui
