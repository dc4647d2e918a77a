#pragma once
// Redis as a source (a stream read through a consumer group) and as a sink (sets of members
// plus a stream of changes). URL forms and guarantees: docs/segment-graph.md, "Live sources
// and sinks".
#include "connectors/change_sink.h"
#include "connectors/connector_url.h"
#include "connectors/message_source.h"

#include <memory>

namespace seg {

// redis://host:port/db?stream=S&group=G&consumer=C[&count=N&max_deliveries=N&claim_idle_ms=MS]
std::unique_ptr<MessageSource> openRedisSource(const ConnectorUrl& url, const ConnectorHooks& hooks);
// redis://host:port/db[?prefix=seg:&changes=seg:changes&maxlen=N]
std::unique_ptr<ChangeSink> openRedisSink(const ConnectorUrl& url, const ConnectorHooks& hooks);

} // namespace seg
