#pragma once
// RabbitMQ as a source (a queue, manual acknowledgement) and as a publish target. URL forms and
// guarantees: docs/segment-graph.md, "Live sources and sinks".
#include "connectors/connector_url.h"
#include "connectors/message_source.h"
#include "connectors/publisher.h"

#include <memory>

namespace seg {

// amqp://user:password@host:port/vhost?queue=Q[&prefetch=N&max_deliveries=N]
std::unique_ptr<MessageSource> openAmqpSource(const ConnectorUrl& url, const ConnectorHooks& hooks);
// amqp://user:password@host:port/vhost?queue=Q: partitions>1 publish to queues Q.0 ... Q.<N-1>.
std::unique_ptr<MessagePublisher> openAmqpPublisher(const ConnectorUrl& url, uint32_t partitions,
                                                    const ConnectorHooks& hooks);

} // namespace seg
