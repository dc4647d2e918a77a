#pragma once
// The timing profile dock: two tabs, the last preview run as a Gantt chart per worker with its
// total time, and "Compare strategies" on the current data (tabs, not a split, so each part has
// the dock's whole height: the compare table shows all its rows in a compact dock).
// Usage: auto* t = new TimingPanel(document, session, runner, selection); dock->setWidget(t);
// It listens to runner->runFinished itself; nothing else needs connecting.
#include "session/preview_runner.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace seg::ui {

class DataSession;
class Document;
class GanttChart;
class Selection;
class StrategyCompareView;

class TimingPanel : public QWidget {
    Q_OBJECT
public:
    TimingPanel(Document* document, DataSession* data, PreviewRunner* runner, Selection* selection,
                QWidget* parent = nullptr);

    void showResult(std::shared_ptr<const PreviewResult> result);
    QString summaryText() const;

    GanttChart* gantt() const { return gantt_; }
    StrategyCompareView* compareView() const { return compare_; }
    // Run > Compare Strategies: shows the compare tab and starts the comparison.
    void compareStrategies();
    bool showsComparison() const;

private:
    PreviewRunner* runner_;
    std::shared_ptr<const PreviewResult> result_;
    QLabel* summary_;
    GanttChart* gantt_;
    StrategyCompareView* compare_;
    QTabWidget* tabs_;
};

} // namespace seg::ui
