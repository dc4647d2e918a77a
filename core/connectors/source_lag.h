#pragma once
// How far behind a broker consumer is (the Live dock's "lag"), measured on a connection of its
// own next to the source: for a Redis stream read through a consumer group, the entries the
// group has not received yet (XINFO GROUPS "lag", or counted with XRANGE where Redis cannot
// tell) plus those delivered and not acknowledged (the group's pending entries); for a
// RabbitMQ queue, the messages ready in it (a passive queue.declare; unacknowledged deliveries
// are not included, RabbitMQ does not report them there). The same measure answers the GUI's
// "Test connection" without changing anything on the broker (no group or queue is created).
//
// Usage: SourceLagProbe probe(parseConnectorUrl(url));
//        const SourceBacklog b = probe.measure(); // throws seg::Error naming the broker
#include "connectors/connector_url.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace seg {

struct SourceBacklog {
    // Not yet handed to this consumer's group (Redis) or ready in the queue (RabbitMQ);
    // nullopt when the broker cannot tell.
    std::optional<uint64_t> waiting;
    // Delivered to the group and not acknowledged yet (Redis); nullopt for RabbitMQ.
    std::optional<uint64_t> pending;
    bool waitingIsLowerBound = false; // counted up to a limit (Redis without a "lag" figure)
    bool streamExists = true;         // the stream / queue is there
    bool groupExists = true;          // the consumer group is there (always true for RabbitMQ)
    uint64_t entries = 0;             // entries in the stream (Redis) / messages ready (RabbitMQ)
    uint64_t consumers = 0;           // consumers of the group / queue

    // waiting + pending: what the consumer still has to handle (nullopt when unknown).
    std::optional<uint64_t> lag() const
    {
        if (!waiting)
            return std::nullopt;
        return *waiting + pending.value_or(0);
    }
};

class SourceLagProbe {
public:
    // A redis:// or amqp:// source URL (the form openMessageSource takes). Connects on the first
    // measure. Throws seg::Error for another scheme or a URL lacking stream/group or queue.
    explicit SourceLagProbe(const ConnectorUrl& url);
    ~SourceLagProbe();
    SourceLagProbe(const SourceLagProbe&) = delete;
    SourceLagProbe& operator=(const SourceLagProbe&) = delete;

    // One measure. Never retries: an unreachable broker or a refused login throws seg::Error
    // (naming the broker by its URL without password), and the next call connects afresh.
    SourceBacklog measure();

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

} // namespace seg
