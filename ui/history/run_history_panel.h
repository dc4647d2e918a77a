#pragma once
// The Run History dock: for the segment selected on the canvas, its size in every recorded run
// of the open workspace (a chart with the segment's expected range as a band), the change since
// the run before, the runs listed (time, size, change, what changed in the graph) and the
// alerts core/workspace attached to the latest run. Empty with a hint when the project is not
// a workspace. Reading the history is a few small tables (member sets are not read), so it is
// read on the GUI thread.
#include "workspace/run_history.h"

#include "data/dataset.h"

#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace seg::ui {

class Document;
class RunDiffDialog;
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

    // The move alert's threshold (alert_change_percent in the workspace's settings, the one
    // `segstudio-cli run` uses): shown in the dock, written on a worker thread; then
    // alertSettingChanged(). A setting of the workspace, not a document edit (no undo step).
    double alertThreshold() const;
    void setAlertThreshold(double percent);
    QDoubleSpinBox* thresholdBox() const { return threshold_; }

    // Who entered and left (run_diff_dialog.h) between the runs picked in the table: two rows
    // picked: the older to the newer; one: that run to the latest (or now when offered); none:
    // the run before the latest to the latest. Returns the dialog shown (null without runs).
    RunDiffDialog* openDiff();
    // The segment's members now (the last preview on the workspace's own data), or null.
    void setNowMembers(std::function<std::shared_ptr<const Bitset>(const QString& segmentId)> provider)
    {
        nowMembers_ = std::move(provider);
    }
    // The loaded data, for the columns listed beside the keys.
    void setData(std::function<std::shared_ptr<const Dataset>()> provider) { data_ = std::move(provider); }

Q_SIGNALS:
    void alertSettingChanged(bool ok, const QString& message);

private:
    void followSelection();
    void showRuns();
    void readThreshold();

    Document* document_;
    Selection* selection_;
    QString workspace_;
    QString segmentId_;
    std::vector<RunRecord> runs_; // of segmentId_, oldest first
    QLabel* summary_;
    QLabel* alerts_;
    RunHistoryChart* chart_;
    QTableWidget* table_;
    QDoubleSpinBox* threshold_;
    double storedThreshold_ = 20; // the workspace's value, as last read or written
    QPushButton* diffButton_;
    std::function<std::shared_ptr<const Bitset>(const QString&)> nowMembers_;
    std::function<std::shared_ptr<const Dataset>()> data_;
};

} // namespace seg::ui
