#include "history/segment_alerts.h"

#include "workspace/run_history.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <filesystem>

namespace seg::ui {

SegmentAlerts::SegmentAlerts(QObject* parent) : QObject(parent) {}

SegmentAlerts::Map SegmentAlerts::engineAlerts(const RunResult& run)
{
    Map out;
    for (const SegmentRun& s : run.segments)
        if (!s.warnings.empty())
            out[s.id] = s.warnings;
    return out;
}

SegmentAlerts::Map SegmentAlerts::alertsWithHistory(const RunResult& run, const std::string& workspace)
{
    // A copy without the member sets: addSizeAlerts reads only sizes, statuses and warnings.
    RunResult light;
    light.rows = run.rows;
    light.nodes = run.nodes;
    light.segments = run.segments;
    addSizeAlerts(std::filesystem::path(workspace), light);
    return engineAlerts(light);
}

QStringList SegmentAlerts::alertsOf(const QString& segmentId) const
{
    QStringList out;
    if (const auto it = alerts_.find(segmentId.toStdString()); it != alerts_.end())
        for (const std::string& a : it->second)
            out << QString::fromStdString(a);
    return out;
}

void SegmentAlerts::setRecorded(std::shared_ptr<const PreviewResult> result, Map alerts)
{
    ++generation_; // a computation still running is older
    result_ = std::move(result);
    alerts_ = std::move(alerts);
    Q_EMIT changed();
}

void SegmentAlerts::recompute(const QString& workspace)
{
    if (result_)
        compute(result_, workspace);
}

void SegmentAlerts::compute(std::shared_ptr<const PreviewResult> result, const QString& workspace)
{
    const uint64_t generation = ++generation_;
    if (!result || !result->run) {
        result_ = std::move(result);
        alerts_.clear();
        Q_EMIT changed();
        return;
    }
    if (workspace.isEmpty()) {
        result_ = result;
        alerts_ = engineAlerts(*result->run);
        Q_EMIT changed();
        return;
    }
    ++pending_;
    auto* watcher = new QFutureWatcher<Map>(this);
    connect(watcher, &QFutureWatcher<Map>::finished, this, [this, watcher, generation, result] {
        watcher->deleteLater();
        --pending_;
        if (generation != generation_)
            return; // a newer result or recorded run is shown already
        result_ = result;
        alerts_ = watcher->result();
        Q_EMIT changed();
    });
    const std::string file = workspace.toStdString();
    watcher->setFuture(QtConcurrent::run([result, file]() -> Map {
        try {
            return alertsWithHistory(*result->run, file);
        } catch (const std::exception&) {
            return engineAlerts(*result->run); // an unreadable history: the run's own alerts
        }
    }));
}

bool SegmentAlerts::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (pending_ > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return pending_ == 0;
}

} // namespace seg::ui
