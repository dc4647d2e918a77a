#pragma once
// The segment alerts of the last preview, for the canvas, the preview and the Problems dock:
// the engine's warnings (empty, outside the `expected` range) and, when the project is a
// workspace, a move against the segment's recent recorded runs. The move rule and its
// threshold are core/workspace's (addSizeAlerts with the workspace's alert_change_percent and
// alert_window settings), the same as `segstudio-cli run` prints, so the GUI never has a rule
// of its own. Reading the history runs on a worker thread; changed() reports a new set.
// Alerts are a view of the run: nothing here edits the document.
#include "session/preview_runner.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace seg::ui {

class SegmentAlerts : public QObject {
    Q_OBJECT
public:
    using Map = std::map<std::string, std::vector<std::string>>; // segment id -> alerts

    explicit SegmentAlerts(QObject* parent = nullptr);

    // Computes the alerts of `result` (moves against the history of `workspace` unless it is
    // empty) on a worker thread; a newer call wins over one still running.
    void compute(std::shared_ptr<const PreviewResult> result, const QString& workspace);
    // The alerts recordRun attached to a run it just recorded (they are the history's).
    void setRecorded(std::shared_ptr<const PreviewResult> result, Map alerts);
    // Again for the last result (after the threshold or the workspace changed).
    void recompute(const QString& workspace);

    const Map& alerts() const { return alerts_; }
    std::shared_ptr<const PreviewResult> result() const { return result_; }
    QStringList alertsOf(const QString& segmentId) const;
    bool isComputing() const { return pending_ > 0; }
    // Blocks (processing events) until no computation is in flight (tests).
    bool waitForIdle(int timeoutMs = 10000);

    // The engine's warnings of `run`'s segments (what a run without a history gives).
    static Map engineAlerts(const RunResult& run);
    // engineAlerts plus the moves against `workspace`'s recent runs (throws seg::Error when the
    // workspace cannot be read). Runs on any thread.
    static Map alertsWithHistory(const RunResult& run, const std::string& workspace);

Q_SIGNALS:
    void changed();

private:
    std::shared_ptr<const PreviewResult> result_;
    Map alerts_;
    uint64_t generation_ = 0;
    int pending_ = 0;
};

} // namespace seg::ui
