#pragma once
// The live replay's chart (QCustomPlot): events per second on the left axis, the p50 and p99
// event-to-change latency (ms) on the right, over replay time. It keeps the last kMaxPoints
// samples so a long replay does not grow without bound.
#include "live/live_replay.h"

#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace seg::ui {

class LiveChart : public QWidget {
    Q_OBJECT
public:
    explicit LiveChart(QWidget* parent = nullptr);
    void addSamples(const std::vector<LiveSample>& samples);
    void clear();
    int pointCount() const;
    QCustomPlot* plot() const { return plot_; }
    static constexpr int kMaxPoints = 2400;

private:
    QCustomPlot* plot_;
    QCPGraph* rate_;
    QCPGraph* p50_;
    QCPGraph* p99_;
    QCPGraph* lag_; // a broker's messages waiting (in the legend once there is one)
};

} // namespace seg::ui
