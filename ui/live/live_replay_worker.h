#pragma once
// Internal to the live replay: what the GUI thread and the worker share, and the worker itself.
// Settings are written before the worker starts and only read afterwards; everything else is
// under `mutex`.
#include "live/live_replay.h"

#include "live/live_engine.h"

#include <chrono>
#include <condition_variable>
#include <mutex>

namespace seg::ui {

class ReplaySource;

struct LiveReplayShared {
    // Set before the worker starts.
    Graph graph;
    std::shared_ptr<const Dataset> data;
    LiveReplaySettings settings;
    std::map<std::string, QString> titles; // segment id -> title on its card
    std::vector<std::string> refs;         // the set references whose members the cards show
    std::atomic<int> updateMs{250};

    std::mutex mutex;
    std::condition_variable wake; // pause, resume, stop
    bool pause = false;
    bool stop = false;
    std::atomic<bool> stopping{false}; // `stop`, readable without the lock (a broker connect checks it)
    LivePace pace = LivePace::Fastest;
    double rate = 0;
    std::atomic<uint64_t> messages{0};

    // The hand-over: the worker adds, the GUI thread's timer takes (LiveReplayController::collect).
    LiveUpdate pending;
    bool changed = false;
    bool done = false;
};

// The worker's body: runs the replay to its end or a stop, then sets `done`.
void runLiveReplay(LiveReplayShared& shared);

// One run of the worker: builds the engine, then replays a file or the project's events
// (live_replay_worker.cpp) or listens to a broker (live_broker_listen.cpp).
class LiveRun {
public:
    using Clock = std::chrono::steady_clock;
    explicit LiveRun(LiveReplayShared& s);
    ~LiveRun();
    void run();

private:
    LiveState replayLoop();
    LiveState listenLoop();
    // Applies one message through the intake, keeping its feed rows and dead letters; true
    // when it changed a segment. `position` names it in a dead letter ("line 3", a stream entry).
    bool apply(std::string_view line, const QString& position);
    // The intake's changes (changes_) into the feed rows.
    void takeChanges();
    // A message the source itself rejected (no data field, delivered too often).
    void deadLetter(const QString& position, const QString& reason);
    void countDeadReason(const QString& reason);
    // Holds the worker until Resume or Stop (false: stopped). Pause time is not replay time.
    // `meanwhile` runs about once a second while paused (a broker's lag keeps being measured).
    bool waitWhilePaused(std::unique_lock<std::mutex>& lock, const std::function<void()>& meanwhile = {});
    double replaySeconds(Clock::time_point at) const;
    // Hands the results so far to the GUI thread (`sample`: with a chart point for the interval).
    void flush(LiveState state, bool sample);

    LiveReplayShared& s_;
    std::unique_ptr<ReplaySource> source_;
    std::optional<LiveEngine> engine_;
    std::optional<LiveIntake> intake_;
    Clock::time_point started_, intervalStart_, lastFlush_;
    Clock::duration paused_{};
    uint64_t intervalMessages_ = 0;
    size_t lineNumber_ = 0;
    std::vector<double> latencies_;
    std::vector<LiveFeedRow> rows_;
    uint64_t rowsDropped_ = 0;
    QString lastDead_;
    std::map<QString, uint64_t> deadReasons_;
    uint64_t sourceDead_ = 0;
    std::vector<LiveChange> changes_;
    std::vector<DeadLetter> dead_;
    std::map<std::string, size_t> counts_;
    bool counted_ = false;
    uint64_t countedMessages_ = 0;
    int32_t countedClock_ = 0;
    LiveBrokerStatus broker_; // listening: what the status line says about the broker
};

} // namespace seg::ui
