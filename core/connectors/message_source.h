#pragma once
// Where `stream` reads its messages from (--from): an NDJSON file or stdin, or a broker.
// The stream asks for the next batch, handles every message of it, writes and flushes the
// resulting changes to all sinks, and only then acknowledges the batch. A broker source
// redelivers what was not acknowledged (after a crash, to the same consumer), so every
// message is handled at least once; the intake's event_id de-duplication makes a repeat
// change nothing.
#include "connectors/connector_hooks.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace seg {

struct SourceMessage {
    std::string data;     // one message (the JSON of an event or profile update)
    std::string position; // where it came from, for dead letters and logs ("line 12", a stream entry id)
    std::string error;    // non-empty: the entry carried no message (goes to the dead letter with this reason)
    int64_t sentMicros = 0; // when the producer sent it (UTC microseconds; 0: the source cannot tell)
    // Stays the same when the broker delivers the message again (a Redis entry id, an AMQP
    // message_id); empty when the source cannot tell. `stream --state` remembers the handled
    // ones that were not yet acknowledged, so a redelivery after a crash is not handled twice.
    std::string identity{}; // (a default member initializer: aggregate initialisers may leave it out)
};

// How far the consumer is behind (stream --metrics); -1: not known.
struct SourceLag {
    int64_t waiting = -1; // in the broker, not yet delivered to this consumer (Redis: the group's lag; RabbitMQ: ready messages)
    int64_t pending = -1; // delivered and not yet acknowledged (Redis: the group's pending entries)
};

class MessageSource {
public:
    virtual ~MessageSource() = default;
    // Replaces `batch` with the next messages, waiting at most `wait` for the first one (an
    // empty batch: nothing arrived yet). Returns false once the source has ended (the end of
    // a file); a broker never ends. Problems with the broker are retried with backoff inside
    // (reported on stderr), so a broker that goes away only makes batches empty meanwhile.
    virtual bool next(std::vector<SourceMessage>& batch, std::chrono::milliseconds wait) = 0;
    // Every message of the batches returned so far is handled and its changes flushed.
    virtual void acknowledge() {}
    // True when acknowledge() matters: the stream then flushes the sinks after every batch.
    virtual bool acknowledges() const { return false; }
    // The message at `index` of the last batch was rejected (dead-lettered) for `reason`: a
    // source that answers its producer (HTTP) reports it back. Called before acknowledge().
    virtual void rejected(size_t /*index*/, const std::string& /*reason*/) {}
    // Asks the broker how far behind the consumer is (a round trip: call it about once a second).
    virtual SourceLag lag() { return {}; }
    // For messages: the file path or the URL without password.
    virtual std::string describe() const = 0;
};

// "-" (stdin), a file path, redis://host:port/db?stream=S&group=G&consumer=C, amqp://...,
// or http://127.0.0.1:PORT/events (an endpoint producers POST to).
std::unique_ptr<MessageSource> openMessageSource(const std::string& spec, const ConnectorHooks& hooks = {});

} // namespace seg
