#pragma once
// HTTP as a source (an endpoint that accepts POSTed messages, libmicrohttpd) and as a sink (a
// webhook that receives the changes as signed, batched POSTs, libcurl). URL forms and
// guarantees: docs/segment-graph.md, "HTTP source and webhooks (issue 14)".
#include "connectors/change_sink.h"
#include "connectors/connector_url.h"
#include "connectors/message_source.h"

#include <memory>

namespace seg {

// http://127.0.0.1:PORT/PATH[?max_body=BYTES&max_queue=MESSAGES&retry_after=S&public=1]
std::unique_ptr<MessageSource> openHttpSource(const ConnectorUrl& url, const ConnectorHooks& hooks);
// http[s]://host[:port]/path[?batch_size=N&rate=R&max_retries=N&backoff_ms=MS&max_backoff_ms=MS&timeout_ms=MS]
// (other query parameters are the receiver's and stay in the URL)
std::unique_ptr<ChangeSink> openWebhookSink(const ConnectorUrl& url, const ConnectorHooks& hooks);

} // namespace seg
