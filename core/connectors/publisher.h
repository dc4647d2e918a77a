#pragma once
// The producer side (`segstudio-cli publish`): NDJSON messages sent to a broker, split into
// partitions by customer key so that several `stream` workers can share the work, each one
// reading one partition, with all messages of one customer in the same partition (in order).
#include "connectors/connector_hooks.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

// The partition of a customer key (its text: a JSON string as is, a number as written):
// FNV-1a 64 of the bytes, modulo the partition count. Other producers reproduce it exactly.
uint32_t partitionOfKey(std::string_view key, uint32_t partitions);

// The key text of a message (the field `keyField`, a string or a number); `found` is false when the
// line is not a JSON object with that field (such a message goes to partition 0, where the
// stream dead-letters it with the reason: nothing is dropped).
std::string messageKey(std::string_view line, const std::string& keyField, bool& found);

// The wall clock in UTC microseconds: the send time a publisher stamps on each message.
int64_t nowMicros();

class MessagePublisher {
public:
    virtual ~MessagePublisher() = default;
    // Queues one message for a partition (`key`: its customer key text, empty when it has
    // none); sent in batches.
    virtual void add(uint32_t partition, std::string_view message, std::string_view key) = 0;
    // True when the broker routes by the key itself (a RabbitMQ consistent-hash exchange):
    // the producer then refuses a message without a key instead of sending it.
    virtual bool routesByKey() const { return false; }
    // Sends what is queued; returns when the broker has it.
    virtual void flush() = 0;
    // The destination of a partition, for the summary ("events.2").
    virtual std::string partitionName(uint32_t partition) const = 0;
};

// redis://host:port/db?stream=S: partitions>1 publish to streams S.0 ... S.<N-1>, one
// partition to S itself; each entry's field `data` holds the message.
// amqp://...?queue=Q (queues Q.0 ... with partitions), or amqp://...?exchange=X[&hash_header=H]:
// a consistent-hash exchange routing by the key in header H (customer_key); see amqp_connectors.h.
std::unique_ptr<MessagePublisher> openPublisher(const std::string& url, uint32_t partitions,
                                                const ConnectorHooks& hooks = {});

} // namespace seg
