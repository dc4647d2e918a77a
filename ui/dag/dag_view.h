#pragma once
// The dependency DAG and execution plan of the open graph on the loaded data: nodes in
// columns by level, implicit derive edges dashed, the critical path in red, the schedule's
// steps numbered, and the planner's explanation. The strategy and thread choice here is also
// the one the live preview runs with. Planning is cheap (no data scan: ~1 ms for 50 nodes),
// so it happens on the GUI thread, debounced after edits.
// Usage: auto* v = new DagView(document, session, runner, selection); dock->setWidget(v);
// Clicking a node selects it (Selection); nothing else needs connecting.
#include "plan/planner.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QGraphicsView;
class QLabel;
class QSpinBox;

namespace seg::ui {

class DagScene;
class DataSession;
class Document;
class PreviewRunner;
class Selection;

class DagView : public QWidget {
    Q_OBJECT
public:
    DagView(Document* document, DataSession* data, PreviewRunner* runner, Selection* selection,
            QWidget* parent = nullptr);
    ~DagView() override;

    void setStrategy(Strategy strategy);
    Strategy strategy() const;
    void setThreads(int threads); // 0: all hardware threads
    int threads() const;

    // Plans now (the view also does this itself shortly after each change).
    void replan();
    const std::optional<Plan>& plan() const { return plan_; }
    QString message() const;     // why there is no plan (invalid graph, no data), else empty
    QString planText() const;    // what "Copy as text" copies
    QString planDot() const;     // what "Copy as DOT" copies
    double lastPlanningMs() const { return planningMs_; }

    // Scales the DAG to the view (the Fit button).
    void fitToView();

    DagScene* scene() const { return scene_; }
    QGraphicsView* view() const { return view_; }

Q_SIGNALS:
    void planChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void scheduleReplan();
    void showSummary();

    Document* document_;
    DataSession* data_;
    PreviewRunner* runner_;
    Selection* selection_;
    std::optional<Plan> plan_;
    QString message_;
    double planningMs_ = 0;
    QTimer debounce_;

    QComboBox* strategy_;
    QSpinBox* threads_;
    QGraphicsView* view_;
    DagScene* scene_;
    QLabel* summary_;
    QLabel* reason_;
};

} // namespace seg::ui
