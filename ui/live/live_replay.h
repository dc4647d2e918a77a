#pragma once
// A live replay: the segment graph kept up to date message by message (core/live's LiveEngine
// behind its LiveIntake, exactly as `segstudio-cli stream` drives it) on a worker thread, never
// the GUI thread. The worker paces the messages (as fast as possible, N events per second, or
// N times the events' own pace), honours Pause, Resume and Stop between two messages, and
// leaves its results in a shared, locked hand-over; a GUI-thread timer collects them a few
// times a second into one LiveUpdate (new feed rows, counters, the members of every set for
// the cards, chart samples), so the GUI never waits for the engine.
// With a broker source (a Redis stream or a RabbitMQ queue, issue 14) the worker listens
// instead: it reads batches as they arrive, acknowledges each after handling it (a real
// consumer, like `stream`), measures the lag, and reconnects with backoff when the broker goes
// away (LiveUpdate::broker says so in plain words).
//
// Usage: auto* c = new LiveReplayController(parent);
//        connect(c, &LiveReplayController::updated, ..);    // batched updates
//        c->start(document->graph(), session->dataset(), settings);
//        c->pause(); c->resume(); c->stop();
#include "graph/graph.h"
#include "live/message_intake.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace seg {
struct Dataset;
}

namespace seg::ui {

struct LiveReplayShared; // live_replay_worker.h

enum class LivePace { Fastest, EventsPerSecond, TimesRealTime };
enum class LiveClock { Fixed, EventTime, Wall }; // Wall: today (UTC), moving at midnight
enum class LiveSource { ProjectEvents, File, Broker };
enum class LiveState { Idle, Starting, Running, Paused, Finished, Stopped, Failed };

struct LiveReplaySettings {
    LiveSource source = LiveSource::ProjectEvents;
    QString filePath;          // LiveSource::File: the NDJSON messages
    QString brokerUrl;         // LiveSource::Broker: redis://… or amqp://…, password included (memory only)
    LivePace pace = LivePace::EventsPerSecond;
    double rate = 2000;        // events per second, or the multiple of real time
    LiveClock clock = LiveClock::Fixed;
    int32_t fixedDay = 0;      // the clock of LiveClock::Fixed (days since the epoch)
};

// One enter or exit, as the feed lists it and the CSV export writes it.
struct LiveFeedRow {
    QString time;      // the event's time, or the day of a clock change
    QString segmentId;
    QString segment;   // the segment's title on its card
    QString key;
    bool enter = true;
    QString eventId;   // empty for clock and profile changes
    QString cause;     // "event:<id>", "clock:<day>", "profile:<digest>"
    QString changeId;
    bool operator==(const LiveFeedRow&) const = default;
};

// One point of the chart: throughput and event-to-change latency over the last interval.
struct LiveSample {
    double seconds = 0;         // replay time (pauses excluded)
    double eventsPerSecond = 0; // messages applied per second
    double p50Ms = 0, p99Ms = 0; // NaN when no message of the interval changed a segment
    double lag = std::numeric_limits<double>::quiet_NaN(); // a broker's messages waiting; NaN otherwise
};

// A broker being listened to: the connection, the lag, and what went wrong.
struct LiveBrokerStatus {
    QString address;             // "Redis at 127.0.0.1:6379"
    bool connected = false;
    QString problem;             // while not connected: why, in the connector's words
    bool refused = false;        // the broker answered with an error (else it was not reachable)
    int retryInSeconds = 0;      // while not connected: seconds to the next try
    uint64_t reconnects = 0;     // connections re-established after a loss
    std::optional<uint64_t> lag; // waiting + delivered-unacknowledged at the last measure
    bool lagIsLowerBound = false;
    QString lagProblem;          // the lag could not be measured (the listener goes on)
};

// What the GUI gets a few times a second. Fields after `samples` are totals, not deltas.
struct LiveUpdate {
    std::vector<LiveFeedRow> newRows; // oldest first
    uint64_t rowsNotSent = 0;         // changes since the last update too many to send (the oldest)
    std::vector<LiveSample> samples;
    LiveState state = LiveState::Idle;
    QString error;                    // Failed: why (names the node that cannot be kept live)
    LiveCounters counters;
    std::map<std::string, size_t> counts; // set reference ("node", "node:port") -> members
    size_t universe = 0;
    int32_t clock = 0;
    LiveClock clockMode = LiveClock::Fixed;
    double progress = 0;              // 0..1
    std::optional<uint64_t> total;    // messages of the source, when known
    double seconds = 0;
    QString lastDeadLetter;           // "line N: reason" of the latest dead letter
    std::optional<LiveBrokerStatus> broker; // listening to a broker
    uint64_t sourceDeadLettered = 0;  // entries the broker rejected before the intake (no data, redelivered too often)
    std::vector<std::pair<QString, uint64_t>> deadLetterReasons; // reason -> count, the most frequent first
};

class LiveReplayController : public QObject {
    Q_OBJECT
public:
    explicit LiveReplayController(QObject* parent = nullptr);
    ~LiveReplayController() override; // stops the replay and waits for the worker

    // Starts a replay of `graph` (copied) on `data` (shared). False with lastError() when a
    // replay is active or there is nothing to replay; engine errors (a node that cannot be
    // kept live) arrive as a Failed update.
    bool start(const Graph& graph, std::shared_ptr<const Dataset> data, const LiveReplaySettings& settings);
    void pause();
    void resume();
    void stop();
    // Forgets a finished or stopped replay (back to Idle); nothing while one is active.
    void reset();
    // Changes the pace of a running replay (from the next message on).
    void setPace(LivePace pace, double rate);
    // How often the GUI collects results (ms; default 250).
    void setUpdateInterval(int ms);

    LiveState state() const { return latest_.state; }
    bool isActive() const;
    QString lastError() const { return lastError_; }
    // The totals of the latest update (what the GUI shows).
    const LiveUpdate& latest() const { return latest_; }
    // Messages the worker has handled so far (read directly, for tests).
    uint64_t messagesDone() const;
    // Processes events until `condition` holds or `timeoutMs` passes (tests, screenshots).
    bool waitFor(const std::function<bool()>& condition, int timeoutMs = 30000);

    static constexpr size_t kMaxRowsPerUpdate = 10000;

Q_SIGNALS:
    void updated(std::shared_ptr<const seg::ui::LiveUpdate> update);
    void stateChanged(seg::ui::LiveState state);

private:
    void collect();
    void join();

    std::shared_ptr<LiveReplayShared> shared_;
    std::thread worker_;
    QTimer timer_;
    LiveUpdate latest_;
    QString lastError_;
};

} // namespace seg::ui

Q_DECLARE_METATYPE(std::shared_ptr<const seg::ui::LiveUpdate>)
