#pragma once
// `stream --metrics 127.0.0.1:PORT`: the stream's counters served at GET /metrics in the
// Prometheus text format (libmicrohttpd, its own thread). The stream thread publishes a
// snapshot after each batch; a scrape reads the latest snapshot and never waits for the stream.
#include "connectors/message_source.h"
#include "live/live_engine.h"
#include "live/message_intake.h"

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

struct MHD_Daemon;

namespace seg {

class StreamMetrics {
public:
    // Upper bounds (seconds) of the event-to-change latency buckets (+Inf added).
    static constexpr std::array<double, 12> kLatencyBuckets{0.0005, 0.001, 0.002, 0.005, 0.01, 0.025,
                                                             0.05,   0.1,   0.25,  0.5,   1.0,  2.5};

    // Listens on "HOST:PORT" (an IPv4 address, e.g. 127.0.0.1:9464); throws naming the address
    // when it cannot (bad form, port in use).
    explicit StreamMetrics(const std::string& address);
    ~StreamMetrics();
    StreamMetrics(const StreamMetrics&) = delete;
    StreamMetrics& operator=(const StreamMetrics&) = delete;

    // The members of every segment at start (sizes then follow the changes).
    void start(const LiveEngine& engine);
    // After a batch: the intake's counters, and (seconds, changes) pairs: that many changes
    // reached the sinks that long after their message was sent (or received, when the source
    // cannot tell when it was sent).
    void update(const LiveCounters& counters, const std::vector<std::pair<double, size_t>>& latencies);

    // The source's lag, as last asked (the stream asks about once a second).
    void setSourceLag(const SourceLag& lag);

    // The page /metrics serves (also for tests without a socket).
    std::string text() const;
    int port() const { return port_; }

private:
    mutable std::mutex mutex_;
    MHD_Daemon* daemon_ = nullptr;
    int port_ = 0;
    LiveCounters counters_;
    std::map<std::string, uint64_t> initialSizes_; // segment id -> members at start
    std::array<uint64_t, kLatencyBuckets.size() + 1> latency_{}; // per bucket (not cumulative), last: +Inf
    uint64_t latencyCount_ = 0;
    SourceLag lag_;
    double latencySum_ = 0;
};

} // namespace seg
