#pragma once
// Histogram of one numeric or date column inside a set versus all customers: two bar series
// over the same bins, as counts or as the share of each group (so a small segment's shape
// compares with everybody's). Usage: view->setSource(result, members, tr("Segment 'VIP'")).
#include "preview/preview_stats.h"
#include "session/preview_runner.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QCPBars;
class QLabel;
class QSpinBox;

namespace seg::ui {

class HistogramView : public QWidget {
    Q_OBJECT
public:
    explicit HistogramView(QWidget* parent = nullptr);

    void setSource(std::shared_ptr<const PreviewResult> result, std::shared_ptr<const Bitset> members,
                   const QString& title);
    void showMessage(const QString& text);

    QStringList columnChoices() const;          // numeric and date columns, customer then derived
    void setColumn(const QString& name);
    QString column() const;
    void setNormalised(bool on);
    void setMaxBins(int bins);

    // Columns with at least this many rows are binned on a worker thread (tests lower it).
    void setBackgroundRows(size_t rows) { backgroundRows_ = rows; }

    const Histogram& histogramData() const { return histogram_; }
    QCustomPlot* plot() const { return plot_; }
    QCPBars* allSeries() const { return all_; }
    QCPBars* insideSeries() const { return inside_; }

private:
    const Column* findColumn(const QString& name) const;
    void recompute();
    void redraw();

    std::shared_ptr<const PreviewResult> result_;
    std::shared_ptr<const Bitset> members_;
    QString title_;
    Histogram histogram_;
    size_t backgroundRows_ = 1'000'000;
    uint64_t generation_ = 0; // the latest request; older background results are dropped

    QComboBox* column_;
    QSpinBox* bins_;
    QCheckBox* normalised_;
    QLabel* message_;
    QLabel* nulls_;
    QCustomPlot* plot_;
    QCPBars* all_;
    QCPBars* inside_;
};

} // namespace seg::ui
