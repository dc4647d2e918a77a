#pragma once
// Gantt chart of one run: a row per worker, a bar per node from its start to its end (ms since
// the run started), coloured by node type; nodes whose result came from the cache are hatched.
// Each bar carries the node's name, elided to the bar's width (none on a sliver); hovering a
// bar shows the full name, its times and status. Usage: chart->setRun(result->run, graph).
#include "exec/run_result.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPItemRect;
class QCPItemText;
class QLabel;

namespace seg::ui {

struct GanttBar {
    std::string id;
    QString label;      // the node's display name
    NodeType type = NodeType::Condition;
    NodeStatus status = NodeStatus::Ok;
    int worker = 1;
    double startMs = 0, endMs = 0;
    bool cached = false;
};

// The bars of a run, in plan order: every node that started (skipped and cancelled nodes that
// never ran are left out). `graph` supplies display names (may be null).
std::vector<GanttBar> ganttBars(const RunResult& run, const Graph* graph);

class GanttChart : public QWidget {
    Q_OBJECT
public:
    explicit GanttChart(QWidget* parent = nullptr);
    ~GanttChart() override;

    void setRun(std::shared_ptr<const RunResult> run, const Graph* graph);
    void showMessage(const QString& text);

    const std::vector<GanttBar>& bars() const { return bars_; }
    QCustomPlot* plot() const { return plot_; }
    QCPItemRect* barItem(size_t index) const { return items_.at(index); }
    // The tooltip text for a bar (what hovering shows).
    QString barToolTip(size_t index) const;
    // The name drawn on a bar at the plot's current size ("" when the bar is too narrow).
    QString barText(size_t index) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void fitBarLabels(); // before every replot: elide each name to its bar's pixel width

    std::shared_ptr<const RunResult> run_;
    std::vector<GanttBar> bars_;
    std::vector<QCPItemRect*> items_;
    std::vector<QCPItemText*> labels_;
    QCustomPlot* plot_;
    QLabel* message_;
    QLabel* legend_;
};

} // namespace seg::ui
