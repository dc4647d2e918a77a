#pragma once
// A segment's size over its recorded runs (QCustomPlot): one point per run at its time, and the
// segment's expected range drawn as a band behind the line.
#include <QWidget>

#include <optional>
#include <vector>

class QCustomPlot;

namespace seg::ui {

class RunHistoryChart : public QWidget {
    Q_OBJECT
public:
    explicit RunHistoryChart(QWidget* parent = nullptr);

    struct Point {
        double time = 0; // seconds since the epoch (UTC)
        double size = 0;
    };
    void setData(const std::vector<Point>& points, std::optional<double> expectedMin,
                 std::optional<double> expectedMax);

    QCustomPlot* plot() const { return plot_; }
    int pointCount() const;
    bool showsExpectedBand() const { return bandShown_; }

private:
    QCustomPlot* plot_;
    bool bandShown_ = false;
};

} // namespace seg::ui
