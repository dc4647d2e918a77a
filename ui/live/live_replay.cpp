#include "live/live_replay.h"
#include "live/broker_url.h"
#include "live/live_replay_worker.h"

#include "document/node_catalog.h"
#include "document/rule_text.h"
#include "exec/runner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace seg::ui {

LiveReplayController::LiveReplayController(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const LiveUpdate>>();
    timer_.setInterval(250);
    connect(&timer_, &QTimer::timeout, this, &LiveReplayController::collect);
}

LiveReplayController::~LiveReplayController()
{
    stop();
    join();
}

bool LiveReplayController::isActive() const
{
    return worker_.joinable();
}

uint64_t LiveReplayController::messagesDone() const
{
    return shared_ ? shared_->messages.load(std::memory_order_relaxed) : 0;
}

void LiveReplayController::setUpdateInterval(int ms)
{
    timer_.setInterval(ms);
    if (shared_)
        shared_->updateMs = ms;
}

bool LiveReplayController::start(const Graph& graph, std::shared_ptr<const Dataset> data, const LiveReplaySettings& settings)
{
    lastError_.clear();
    if (isActive()) {
        lastError_ = tr("A replay is already running; stop it first.");
        return false;
    }
    if (!data) {
        lastError_ = tr("No data is loaded: import the customers (and events) first.");
        return false;
    }
    if (settings.source == LiveSource::ProjectEvents && !data->events) {
        lastError_ = tr("The project has no events to replay: import an events file, or replay an NDJSON file.");
        return false;
    }
    if (settings.source == LiveSource::File && settings.filePath.isEmpty()) {
        lastError_ = tr("Choose the NDJSON file to replay.");
        return false;
    }
    if (settings.source == LiveSource::Broker) {
        if (const QString problem = checkBrokerUrl(settings.brokerUrl); !problem.isEmpty()) {
            lastError_ = problem;
            return false;
        }
    }
    auto shared = std::make_shared<LiveReplayShared>();
    shared->graph = graph;
    shared->data = std::move(data);
    shared->settings = settings;
    shared->pace = settings.pace;
    shared->rate = settings.rate;
    shared->updateMs = timer_.interval();
    for (const Node& n : graph.nodes) {
        if (n.type == NodeType::Segment)
            shared->titles[n.id] = nodeCardTitle(n);
        if (nodeKind(n.type).output == OutputKind::Column)
            continue;
        shared->refs.push_back(n.id);
        for (const std::string& ref : outputRefs(n))
            if (ref != n.id)
                shared->refs.push_back(ref);
    }
    shared->pending.state = LiveState::Starting;
    shared->pending.clockMode = settings.clock;
    shared->pending.clock = settings.clock == LiveClock::Wall ? todayUtc() : settings.fixedDay;
    if (settings.source == LiveSource::Broker) {
        shared->pending.broker.emplace();
        shared->pending.broker->address = brokerAddress(settings.brokerUrl);
    }
    shared_ = shared;
    latest_ = shared->pending;
    worker_ = std::thread([shared] { runLiveReplay(*shared); });
    timer_.start();
    auto first = std::make_shared<LiveUpdate>(latest_);
    Q_EMIT stateChanged(LiveState::Starting);
    Q_EMIT updated(first);
    return true;
}

void LiveReplayController::pause()
{
    if (!shared_)
        return;
    std::lock_guard lock(shared_->mutex);
    shared_->pause = true;
    shared_->wake.notify_all();
}

void LiveReplayController::resume()
{
    if (!shared_)
        return;
    std::lock_guard lock(shared_->mutex);
    shared_->pause = false;
    shared_->wake.notify_all();
}

void LiveReplayController::stop()
{
    if (!shared_)
        return;
    std::lock_guard lock(shared_->mutex);
    shared_->stop = true;
    shared_->stopping.store(true);
    shared_->wake.notify_all();
}

void LiveReplayController::reset()
{
    if (isActive())
        return;
    shared_.reset();
    const LiveState before = latest_.state;
    latest_ = LiveUpdate{};
    if (before != LiveState::Idle)
        Q_EMIT stateChanged(LiveState::Idle);
}

void LiveReplayController::setPace(LivePace pace, double rate)
{
    if (!shared_)
        return;
    std::lock_guard lock(shared_->mutex);
    shared_->pace = pace;
    shared_->rate = rate;
    shared_->wake.notify_all();
}

void LiveReplayController::collect()
{
    if (!shared_)
        return;
    auto update = std::make_shared<LiveUpdate>();
    bool done = false;
    {
        std::lock_guard lock(shared_->mutex);
        if (!shared_->changed && !shared_->done)
            return;
        LiveUpdate& p = shared_->pending;
        // The deltas move out; the totals stay, so an update that only changes the state
        // (Resume) still carries them.
        update->newRows = std::move(p.newRows);
        update->samples = std::move(p.samples);
        update->rowsNotSent = p.rowsNotSent;
        p.newRows.clear();
        p.samples.clear();
        p.rowsNotSent = 0;
        update->state = p.state;
        update->error = p.error;
        update->counters = p.counters;
        update->counts = p.counts;
        update->universe = p.universe;
        update->clock = p.clock;
        update->clockMode = p.clockMode;
        update->progress = p.progress;
        update->total = p.total;
        update->seconds = p.seconds;
        update->lastDeadLetter = p.lastDeadLetter;
        update->broker = p.broker;
        update->sourceDeadLettered = p.sourceDeadLettered;
        update->deadLetterReasons = p.deadLetterReasons;
        shared_->changed = false;
        done = shared_->done;
    }
    if (done) {
        join();
        timer_.stop();
    }
    const LiveState before = latest_.state;
    latest_ = *update;
    latest_.newRows.clear();
    latest_.samples.clear();
    Q_EMIT updated(update);
    if (latest_.state != before)
        Q_EMIT stateChanged(latest_.state);
}

void LiveReplayController::join()
{
    if (worker_.joinable())
        worker_.join();
}

bool LiveReplayController::waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!condition()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

} // namespace seg::ui
