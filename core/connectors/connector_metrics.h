#pragma once
// Counters of the HTTP source and the webhook sinks, for /metrics (stream --metrics). They
// live with the process (like a Prometheus client's default registry) because the source and
// the sinks are opened before the metrics endpoint and count from their own threads (the
// HTTP source counts on libmicrohttpd's connection threads). Only the families of connectors
// in use appear on the page.
#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace seg {

class ConnectorMetrics {
public:
    static ConnectorMetrics& process();

    void httpSourceOpened();
    void httpRequest(int status);                           // one answered request
    void httpLines(uint64_t accepted, uint64_t rejected);  // messages of a handled request
    void httpQueued(uint64_t messages);                     // waiting for the stream now
    void webhookOpened();
    void webhookAttempt(bool retry);                        // one POST (a retry or not)
    void webhookDelivered(uint64_t changes);
    void webhookDeadLettered(uint64_t changes);
    void webhookFailure();                                  // a POST that failed (any reason)

    // The Prometheus text of the families in use ("" when none).
    std::string text() const;

private:
    mutable std::mutex mutex_;
    bool http_ = false, webhook_ = false;
    std::map<int, uint64_t> httpByStatus_;
    uint64_t httpAccepted_ = 0, httpRejected_ = 0, httpQueued_ = 0;
    uint64_t webhookRequests_ = 0, webhookRetries_ = 0, webhookFailures_ = 0, webhookDelivered_ = 0, webhookDead_ = 0;
};

} // namespace seg
