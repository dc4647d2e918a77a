// The live replay's worker thread: builds the engine from the imported data, then reads, paces
// and applies the messages one by one through the intake (as `segstudio-cli stream` does),
// measuring each message's event-to-change latency, and hands results over a few times a second.
// (Listening to a broker: live_broker_listen.cpp.)
#include "live/live_replay_worker.h"
#include "live/broker_url.h"
#include "live/replay_source.h"

#include "exec/runner.h"
#include "live/live_engine.h"
#include "util/error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>

namespace seg::ui {

namespace {

using Clock = std::chrono::steady_clock;

double secondsBetween(Clock::time_point a, Clock::time_point b) { return std::chrono::duration<double>(b - a).count(); }

// The q-th percentile (nearest rank) of `values` (reordered), NaN when empty.
double percentile(std::vector<double>& values, double q)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const size_t rank = static_cast<size_t>(std::ceil(q / 100.0 * double(values.size())));
    const size_t at = std::clamp<size_t>(rank, 1, values.size()) - 1;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(at), values.end());
    return values[at];
}

LiveFeedRow feedRow(const LiveChange& c, const std::map<std::string, QString>& titles)
{
    LiveFeedRow row;
    row.cause = QString::fromStdString(c.cause);
    row.time = QString::fromStdString(c.eventTime);
    if (row.time.isEmpty() && row.cause.startsWith(QLatin1String("clock:")))
        row.time = row.cause.mid(6);
    row.segmentId = QString::fromStdString(c.segment);
    const auto title = titles.find(c.segment);
    row.segment = title != titles.end() ? title->second : row.segmentId;
    row.key = QString::fromStdString(c.key);
    row.enter = c.enter;
    row.eventId = QString::fromStdString(c.eventId);
    row.changeId = QString::fromStdString(c.changeId);
    return row;
}

} // namespace

LiveRun::LiveRun(LiveReplayShared& s) : s_(s) {}
LiveRun::~LiveRun() = default;

void LiveRun::run()
{
    const LiveReplaySettings& settings = s_.settings;
    const bool broker = settings.source == LiveSource::Broker;
    if (!broker)
        source_ = settings.source == LiveSource::ProjectEvents ? makeProjectEventsSource(s_.data)
                                                                : makeFileSource(settings.filePath.toStdString(), s_.data);
    int32_t day = settings.fixedDay;
    if (settings.clock == LiveClock::Wall) {
        day = todayUtc();
    } else if (settings.clock == LiveClock::EventTime) {
        const auto first = source_ ? source_->firstEventMicros() : std::nullopt;
        day = first ? dayOfTimestamp(*first) : s_.graph.asOf.value_or(todayUtc());
    }
    engine_.emplace(s_.graph, *s_.data, day); // throws, naming the node, when it cannot be kept live
    // A file or a broker continues from the imported data; the project's events are the
    // stream itself, so the engine then starts without them.
    if (broker || source_->keepsImportedEvents())
        engine_->start();
    else
        engine_->start([](size_t) { return false; });
    LiveIntakeOptions options;
    options.clock = settings.clock == LiveClock::EventTime ? LiveClockMode::Events
        : settings.clock == LiveClock::Wall                ? LiveClockMode::Wall
                                                           : LiveClockMode::Fixed;
    intake_.emplace(*engine_, options);
    if (broker)
        broker_.address = brokerAddress(settings.brokerUrl);
    started_ = intervalStart_ = lastFlush_ = Clock::now();
    flush(LiveState::Running, false);
    flush(broker ? listenLoop() : replayLoop(), true);
}

// The messages until the end, a stop or a failure; returns the final state.
LiveState LiveRun::replayLoop()
{
    std::string line;
    std::optional<int64_t> previousEvent;
    Clock::time_point due = Clock::now();
    for (;;) {
        LivePace pace;
        double rate;
        {
            std::unique_lock lock(s_.mutex);
            if (s_.pause && !waitWhilePaused(lock))
                return LiveState::Stopped;
            if (s_.stop)
                return LiveState::Stopped;
            pace = s_.pace;
            rate = s_.rate;
        }
        if (!source_->next(line))
            return LiveState::Finished;
        Clock::time_point arrival = Clock::now();
        if (pace != LivePace::Fastest && rate > 0) {
            double gap = 0;
            if (pace == LivePace::EventsPerSecond) {
                gap = 1.0 / rate;
            } else if (const auto t = source_->lastEventMicros()) {
                if (previousEvent)
                    gap = std::max(0.0, double(*t - *previousEvent) / 1e6 / rate);
                previousEvent = t;
            }
            due += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(gap));
            // Far behind (a slow machine, a long gap cut short): start the schedule afresh
            // rather than rush the backlog through.
            if (arrival - due > std::chrono::seconds(1))
                due = arrival;
            std::unique_lock lock(s_.mutex);
            s_.wake.wait_until(lock, due, [&] { return s_.stop || s_.pause; });
            if (s_.pause) {
                if (!waitWhilePaused(lock))
                    return LiveState::Stopped;
                due = Clock::now(); // the held message goes on at once after Resume
            }
            if (s_.stop)
                return LiveState::Stopped;
            arrival = std::min(due, Clock::now());
        }
        const bool changed = apply(line, QStringLiteral("line %1").arg(lineNumber_ + 1));
        const Clock::time_point done = Clock::now();
        if (changed)
            latencies_.push_back(std::chrono::duration<double, std::milli>(done - arrival).count());
        if (secondsBetween(lastFlush_, done) * 1000.0 >= s_.updateMs)
            flush(LiveState::Running, true);
    }
}

bool LiveRun::apply(std::string_view line, const QString& position)
{
    intake_->processLine(line, ++lineNumber_, changes_, dead_);
    s_.messages.fetch_add(1, std::memory_order_relaxed);
    ++intervalMessages_;
    const bool changed = !changes_.empty();
    takeChanges();
    for (const DeadLetter& d : dead_) {
        const QString reason = QString::fromStdString(d.reason);
        lastDead_ = position + QStringLiteral(": ") + reason;
        countDeadReason(reason);
    }
    dead_.clear();
    return changed;
}

void LiveRun::takeChanges()
{
    for (const LiveChange& c : changes_)
        rows_.push_back(feedRow(c, s_.titles));
    changes_.clear();
    if (rows_.size() > 2 * LiveReplayController::kMaxRowsPerUpdate) { // keep the newest
        const size_t drop = rows_.size() - LiveReplayController::kMaxRowsPerUpdate;
        rows_.erase(rows_.begin(), rows_.begin() + static_cast<std::ptrdiff_t>(drop));
        rowsDropped_ += drop;
    }
}

void LiveRun::deadLetter(const QString& position, const QString& reason)
{
    ++sourceDead_;
    lastDead_ = position + QStringLiteral(": ") + reason;
    countDeadReason(reason);
}

void LiveRun::countDeadReason(const QString& reason)
{
    // Reasons quote the offending value, so a flood of bad messages could make many; past a
    // hundred different ones the rest are counted together.
    constexpr size_t kMostReasons = 100;
    if (deadReasons_.size() >= kMostReasons && !deadReasons_.count(reason))
        ++deadReasons_[QStringLiteral("(other reasons)")];
    else
        ++deadReasons_[reason];
}

bool LiveRun::waitWhilePaused(std::unique_lock<std::mutex>& lock, const std::function<void()>& meanwhile)
{
    lock.unlock();
    flush(LiveState::Paused, true);
    lock.lock();
    const Clock::time_point pausedAt = Clock::now();
    for (;;) {
        if (s_.wake.wait_for(lock, std::chrono::seconds(1), [&] { return !s_.pause || s_.stop; }))
            break;
        if (meanwhile) {
            lock.unlock();
            meanwhile();
            flush(LiveState::Paused, false);
            lock.lock();
        }
    }
    paused_ += Clock::now() - pausedAt;
    intervalStart_ = Clock::now();
    if (s_.stop)
        return false;
    s_.pending.state = LiveState::Running;
    s_.changed = true;
    return true;
}

double LiveRun::replaySeconds(Clock::time_point at) const
{
    return secondsBetween(started_, at) - std::chrono::duration<double>(paused_).count();
}

void LiveRun::flush(LiveState state, bool sample)
{
    const Clock::time_point now = Clock::now();
    const LiveCounters& counters = intake_->counters();
    // Recounted whenever a message was applied or the clock moved: the intake counts only the
    // segments' changes, and a node that is not a segment (a behavior, an And) can change
    // without any segment changing (the cards showed a stale count for it before).
    if (!counted_ || counters.messages != countedMessages_ || engine_->clock() != countedClock_) {
        for (const std::string& ref : s_.refs)
            counts_[ref] = engine_->members(ref).count();
        counted_ = true;
        countedMessages_ = counters.messages;
        countedClock_ = engine_->clock();
    }
    const bool listening = s_.settings.source == LiveSource::Broker;
    LiveSample point;
    const double interval = secondsBetween(intervalStart_, now);
    if (sample && interval > 0) {
        point.seconds = replaySeconds(now);
        point.eventsPerSecond = double(intervalMessages_) / interval;
        point.p50Ms = percentile(latencies_, 50);
        point.p99Ms = percentile(latencies_, 99);
        point.lag = listening && broker_.lag ? double(*broker_.lag) : std::numeric_limits<double>::quiet_NaN();
    }
    std::vector<std::pair<QString, uint64_t>> reasons(deadReasons_.begin(), deadReasons_.end());
    std::stable_sort(reasons.begin(), reasons.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    std::lock_guard lock(s_.mutex);
    LiveUpdate& p = s_.pending;
    if (sample && interval > 0)
        p.samples.push_back(point);
    p.newRows.insert(p.newRows.end(), std::make_move_iterator(rows_.begin()), std::make_move_iterator(rows_.end()));
    p.rowsNotSent += rowsDropped_;
    if (p.newRows.size() > LiveReplayController::kMaxRowsPerUpdate) {
        const size_t drop = p.newRows.size() - LiveReplayController::kMaxRowsPerUpdate;
        p.newRows.erase(p.newRows.begin(), p.newRows.begin() + static_cast<std::ptrdiff_t>(drop));
        p.rowsNotSent += drop;
    }
    p.state = state;
    p.counters = counters;
    p.counts = counts_;
    p.universe = engine_->customers();
    p.clock = engine_->clock();
    p.clockMode = s_.settings.clock;
    if (listening) {
        p.broker = broker_;
        // Caught up when nothing waits: handled / (handled + waiting).
        const double done = double(counters.messages + sourceDead_);
        p.progress = broker_.lag ? (done + double(*broker_.lag) > 0 ? done / (done + double(*broker_.lag)) : 1.0) : 0.0;
        p.total.reset();
    } else {
        p.progress = source_->progress();
        p.total = source_->total();
    }
    p.seconds = replaySeconds(now);
    if (!lastDead_.isEmpty())
        p.lastDeadLetter = lastDead_;
    p.sourceDeadLettered = sourceDead_;
    p.deadLetterReasons = std::move(reasons);
    s_.changed = true;
    rows_.clear();
    rowsDropped_ = 0;
    if (sample) {
        latencies_.clear();
        intervalMessages_ = 0;
        intervalStart_ = now;
    }
    lastFlush_ = now;
}

void runLiveReplay(LiveReplayShared& shared)
{
    try {
        LiveRun(shared).run();
    } catch (const std::exception& e) {
        std::lock_guard lock(shared.mutex);
        shared.pending.state = LiveState::Failed;
        shared.pending.error = QString::fromStdString(e.what());
        shared.changed = true;
    }
    std::lock_guard lock(shared.mutex);
    shared.done = true;
}

} // namespace seg::ui
