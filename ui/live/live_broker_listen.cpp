// Listening to a broker (issue 14): the Live dock's worker reads a Redis stream (through a
// consumer group) or a RabbitMQ queue with core/connectors' sources, exactly as `segstudio-cli
// stream --from URL` does: each batch is handled through the intake, then acknowledged, so the
// dock is a real consumer of its group or queue. Around that:
// - the lag (what still waits for this consumer) is measured on a connection of its own
//   (connectors/source_lag.h) once at the start, before anything is read, then about once a
//   second, also while paused;
// - the connectors never retry by themselves here (their hooks say "stopping" at once), so a
//   broker that goes away throws out of the source; this loop then says so in plain words
//   ("Redis at 127.0.0.1:6390 is not reachable (Connection refused)", retrying in N s), waits
//   1 s doubling to 16 s (Stop ends the wait at once) and opens the source afresh. The new
//   connection re-reads what was delivered and not acknowledged; the intake's event_id
//   de-duplication makes those repeats change nothing;
// - entries the source rejects (no data field, delivered more than max_deliveries times)
//   and messages the intake rejects are dead letters, counted by reason. The dock keeps no
//   dead-letter file: they are acknowledged like the CLI does once written to its dead letter.
#include "live/broker_url.h"
#include "live/live_replay_worker.h"

#include "connectors/message_source.h"
#include "connectors/redis_client.h"
#include "connectors/source_lag.h"
#include "exec/runner.h"

#include <algorithm>
#include <cmath>

namespace seg::ui {

namespace {

constexpr std::chrono::seconds kFirstRetry{1};
constexpr std::chrono::seconds kLongestRetry{16};
constexpr std::chrono::milliseconds kBatchWait{200}; // how long one read waits: Stop answers within it
constexpr std::chrono::seconds kLagEvery{1};

int64_t nowMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

LiveState LiveRun::listenLoop()
{
    const QString& url = s_.settings.brokerUrl;
    const std::string urlText = url.trimmed().toStdString();
    // Never retry inside the connectors: this loop reports, waits and reconnects itself.
    const ConnectorHooks hooks{[] { return true; }, [](const std::string&) {}};
    std::unique_ptr<MessageSource> source;
    std::unique_ptr<SourceLagProbe> probe;
    std::vector<SourceMessage> batch;
    std::chrono::seconds delay = kFirstRetry;
    bool everConnected = false;
    Clock::time_point nextLag{};

    auto measureLag = [&] {
        try {
            if (!probe)
                probe = std::make_unique<SourceLagProbe>(parseConnectorUrl(urlText));
            const SourceBacklog b = probe->measure();
            broker_.lag = b.lag();
            broker_.lagIsLowerBound = b.waitingIsLowerBound;
            broker_.lagProblem.clear();
        } catch (const std::exception& e) {
            broker_.lag.reset();
            broker_.lagProblem = plainBrokerReason(QString::fromStdString(e.what()), url);
        }
        nextLag = Clock::now() + kLagEvery;
    };
    // Shows why the broker cannot be read, then waits `wait` (chart points go on, at zero
    // events per second); false when Stop came meanwhile.
    auto waitToRetry = [&](const std::exception& e, std::chrono::seconds wait) {
        broker_.connected = false;
        broker_.problem = plainBrokerReason(QString::fromStdString(e.what()), url);
        // The broker answered (an error reply, a refused login): not a network problem.
        broker_.refused = dynamic_cast<const RedisError*>(&e) != nullptr
            || broker_.problem.startsWith(QLatin1String("login"))
            || broker_.problem.contains(QLatin1String("WRONGPASS"))
            || broker_.problem.contains(QLatin1String("NOAUTH"));
        broker_.lag.reset();
        broker_.lagProblem.clear();
        probe.reset();
        const Clock::time_point until = Clock::now() + wait;
        for (;;) {
            const auto left = until - Clock::now();
            if (left <= Clock::duration::zero())
                return true;
            broker_.retryInSeconds = static_cast<int>(std::ceil(std::chrono::duration<double>(left).count()));
            flush(LiveState::Running, true);
            std::unique_lock lock(s_.mutex);
            const auto slice = std::min<Clock::duration>(left, std::chrono::milliseconds(s_.updateMs.load()));
            if (s_.wake.wait_for(lock, slice, [&] { return s_.stop; }))
                return false;
        }
    };

    for (;;) {
        {
            std::unique_lock lock(s_.mutex);
            if (s_.pause && !waitWhilePaused(lock, [&] {
                    if (source)
                        measureLag(); // messages keep arriving while paused: the lag grows
                }))
                return LiveState::Stopped;
            if (s_.stop)
                return LiveState::Stopped;
        }
        if (!source) {
            try {
                source = openMessageSource(urlText, hooks);
            } catch (const std::exception& e) {
                if (!waitToRetry(e, delay))
                    return LiveState::Stopped;
                delay = std::min(delay * 2, kLongestRetry);
                continue;
            }
            if (everConnected)
                ++broker_.reconnects;
            everConnected = true;
            broker_.connected = true;
            broker_.problem.clear();
            broker_.refused = false;
            broker_.retryInSeconds = 0;
            delay = kFirstRetry;
            measureLag(); // before the first read: everything that waits at the start
            flush(LiveState::Running, false);
        }
        try {
            source->next(batch, kBatchWait);
            const Clock::time_point received = Clock::now();
            for (const SourceMessage& m : batch) {
                const QString position = QString::fromStdString(m.position);
                if (!m.error.empty()) {
                    deadLetter(position, QString::fromStdString(m.error));
                    continue;
                }
                if (!apply(m.data, position))
                    continue;
                // Event-to-change latency: from the producer's send where the source knows it
                // (a Redis entry id), else from the batch's arrival.
                const double ms = m.sentMicros > 0
                    ? std::max(0.0, double(nowMicros() - m.sentMicros) / 1000.0)
                    : std::chrono::duration<double, std::milli>(Clock::now() - received).count();
                latencies_.push_back(ms);
            }
            if (batch.empty() && s_.settings.clock == LiveClock::Wall) {
                intake_->advanceClock(todayUtc(), changes_); // a quiet broker: windows still move at midnight
                takeChanges();
            }
            if (!batch.empty())
                source->acknowledge(); // after handling, like `stream` after its sinks flushed
        } catch (const std::exception& e) {
            // The broker went away (or answered with an error): what was not acknowledged is
            // delivered again on the next connection.
            source.reset();
            if (!waitToRetry(e, kFirstRetry))
                return LiveState::Stopped;
            continue;
        }
        const Clock::time_point now = Clock::now();
        if (now >= nextLag)
            measureLag();
        if (std::chrono::duration<double, std::milli>(now - lastFlush_).count() >= s_.updateMs)
            flush(LiveState::Running, true);
    }
}

} // namespace seg::ui
