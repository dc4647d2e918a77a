#pragma once
// Horizontal bar chart of segment sizes: one bar per segment (first segment on top), its name
// on the axis and "count (share)" at the bar's end; segments with warnings are drawn in amber
// with a warning sign so they stand out. Usage: chart->setBars(segmentBars(*result.run)).
#include "preview/preview_stats.h"

#include <QWidget>

class QCustomPlot;
class QCPBars;
class QLabel;

namespace seg::ui {

class SegmentSizeChart : public QWidget {
    Q_OBJECT
public:
    explicit SegmentSizeChart(QWidget* parent = nullptr);

    void setBars(std::vector<SegmentBar> bars);
    void setMessage(const QString& text); // shown instead of the chart (no run yet, ...)
    const std::vector<SegmentBar>& bars() const { return bars_; }

    QCustomPlot* plot() const { return plot_; }
    QCPBars* okSeries() const { return ok_; }
    QCPBars* warningSeries() const { return warned_; }
    // The text written at the end of bar `index` (tests check what the user reads).
    QString labelText(size_t index) const;

private:
    void rebuild();
    static QString baseToolTip();

    QCustomPlot* plot_;
    QLabel* message_;
    QCPBars* ok_ = nullptr;
    QCPBars* warned_ = nullptr;
    std::vector<SegmentBar> bars_;
};

} // namespace seg::ui
