#pragma once
// The Run History dock: for the segment selected on the canvas, its size in every recorded run
// of the open workspace (a chart with the segment's expected range as a band), the change since
// the run before, the runs listed (time, size, change, what changed in the graph) and the
// alerts core/workspace attached to the latest run. Empty with a hint when the project is not
// a workspace. Reading the history is a few small tables (member sets are not read), so it is
// read on the GUI thread.
#include "workspace/run_history.h"

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace seg::ui {

class Document;
class RunHistoryChart;
class Selection;

class RunHistoryPanel : public QWidget {
    Q_OBJECT
public:
    RunHistoryPanel(Document* document, Selection* selection, QWidget* parent = nullptr);

    // The workspace whose history is shown (empty: none); re-reads the history.
    void setWorkspace(const QString& path);
    // Re-reads the history (after a run was recorded).
    void refresh();

    QString segmentId() const { return segmentId_; }
    const std::vector<RunRecord>& runs() const { return runs_; }
    QTableWidget* table() const { return table_; }
    RunHistoryChart* chart() const { return chart_; }
    QString summaryText() const;
    QString alertsText() const;

private:
    void followSelection();
    void showRuns();

    Document* document_;
    Selection* selection_;
    QString workspace_;
    QString segmentId_;
    std::vector<RunRecord> runs_; // of segmentId_, oldest first
    QLabel* summary_;
    QLabel* alerts_;
    RunHistoryChart* chart_;
    QTableWidget* table_;
};

} // namespace seg::ui
