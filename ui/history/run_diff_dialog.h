#pragma once
// Who entered and who left a segment between two recorded runs of a workspace, or between a run
// and now (the last preview on the workspace's own data): the counts, the members listed (key
// and a few columns of the loaded data), and Export CSV (member_diff_csv.h, like
// `segstudio-cli diff --export`). Opened from the Run History dock with the runs picked there.
// The comparison (core/workspace diffRuns / diffRunToNow) and the export run on a worker thread.
#include "data/dataset.h"
#include "workspace/run_history.h"

#include <QDialog>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace seg::ui {

class RunDiffDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int kMaxListed = 1000; // more are counted and exported, not listed

    // `runs`: the recorded runs that have the segment (oldest first). `now`: the segment's
    // members in the last preview over the workspace's stored data (null: "now" not offered).
    // `data`: the loaded data, for the columns shown beside the keys (may be null).
    RunDiffDialog(const QString& workspace, const QString& segmentId, const QString& segmentName,
                  std::vector<RunRecord> runs, std::shared_ptr<const Bitset> now,
                  std::shared_ptr<const Dataset> data, QWidget* parent = nullptr);

    // Picks the runs (toRun empty: now) and compares them on a worker thread.
    void compare(int64_t fromRun, std::optional<int64_t> toRun);
    // Writes <slug>-entered.csv and <slug>-left.csv into `dir` on a worker thread.
    void exportTo(const QString& dir);
    bool isBusy() const { return busy_ > 0; }
    bool waitForIdle(int timeoutMs = 30000); // tests

    // What is shown (tests): counts, the summary line, the listed keys (column 0).
    size_t enteredCount() const { return entered_; }
    size_t leftCount() const { return left_; }
    QString summaryText() const;
    QStringList listedKeys(bool entered) const;
    QTableWidget* enteredTable() const { return enteredTable_; }
    QTableWidget* leftTable() const { return leftTable_; }
    QString lastError() const { return error_; }

Q_SIGNALS:
    void compared(bool ok);
    void exported(bool ok, const QString& message);

private:
    void compareChosen();
    void chooseExportFolder();
    void fill(QTableWidget* table, const CustomerTable& keys, const std::vector<uint32_t>& rows);

    QString workspace_, segmentId_;
    std::vector<RunRecord> runs_;
    std::shared_ptr<const Bitset> now_;
    std::shared_ptr<const Dataset> data_;
    std::shared_ptr<const MemberDiff> diff_;
    size_t entered_ = 0, left_ = 0;
    int busy_ = 0;
    QString error_;

    QComboBox* from_;
    QComboBox* to_;
    QLabel* summary_;
    QTabWidget* tabs_;
    QTableWidget* enteredTable_;
    QTableWidget* leftTable_;
    QPushButton* export_;
};

} // namespace seg::ui
