#pragma once
// RabbitMQ as a source (a queue, manual acknowledgement) and as a publish target. URL forms and
// guarantees: docs/segment-graph.md, "Live sources and sinks".
#include "connectors/connector_url.h"
#include "connectors/message_source.h"
#include "connectors/publisher.h"

#include <memory>

namespace seg {

// The header a consistent-hash exchange routes by, unless the URL's hash_header names another.
inline constexpr const char* kDefaultHashHeader = "customer_key";
// The header `publish` stamps with its send time (UTC microseconds, a long).
inline constexpr const char* kSentHeader = "x-sent-us";

// amqp://user:password@host:port/vhost?queue=Q[&prefetch=N&max_deliveries=N]
// [&exchange=X&weight=W&hash_header=H]: with an exchange, Q is bound to the consistent-hash
// exchange X (declared when missing) with weight W (default 1): one queue per worker.
std::unique_ptr<MessageSource> openAmqpSource(const ConnectorUrl& url, const ConnectorHooks& hooks);
// amqp://user:password@host:port/vhost?queue=Q: partitions>1 publish to queues Q.0 ... Q.<N-1>;
// ?exchange=X[&hash_header=H]: to the consistent-hash exchange X, the key in header H.
std::unique_ptr<MessagePublisher> openAmqpPublisher(const ConnectorUrl& url, uint32_t partitions,
                                                    const ConnectorHooks& hooks);

} // namespace seg
