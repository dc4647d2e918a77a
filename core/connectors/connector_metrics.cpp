#include "connectors/connector_metrics.h"

#include <sstream>

namespace seg {

ConnectorMetrics& ConnectorMetrics::process()
{
    static ConnectorMetrics metrics;
    return metrics;
}

void ConnectorMetrics::httpSourceOpened()
{
    std::lock_guard lock(mutex_);
    http_ = true;
}

void ConnectorMetrics::httpRequest(int status)
{
    std::lock_guard lock(mutex_);
    ++httpByStatus_[status];
}

void ConnectorMetrics::httpLines(uint64_t accepted, uint64_t rejected)
{
    std::lock_guard lock(mutex_);
    httpAccepted_ += accepted;
    httpRejected_ += rejected;
}

void ConnectorMetrics::httpQueued(uint64_t messages)
{
    std::lock_guard lock(mutex_);
    httpQueued_ = messages;
}

void ConnectorMetrics::webhookOpened()
{
    std::lock_guard lock(mutex_);
    webhook_ = true;
}

void ConnectorMetrics::webhookAttempt(bool retry)
{
    std::lock_guard lock(mutex_);
    ++webhookRequests_;
    webhookRetries_ += retry ? 1 : 0;
}

void ConnectorMetrics::webhookDelivered(uint64_t changes)
{
    std::lock_guard lock(mutex_);
    webhookDelivered_ += changes;
}

void ConnectorMetrics::webhookDeadLettered(uint64_t changes)
{
    std::lock_guard lock(mutex_);
    webhookDead_ += changes;
}

void ConnectorMetrics::webhookFailure()
{
    std::lock_guard lock(mutex_);
    ++webhookFailures_;
}

std::string ConnectorMetrics::text() const
{
    std::lock_guard lock(mutex_);
    std::ostringstream out;
    auto counter = [&](const char* name, const char* help, uint64_t value) {
        out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " counter\n" << name << ' ' << value << '\n';
    };
    if (http_) {
        out << "# HELP segstudio_http_requests_total Requests to the HTTP source, by the status answered.\n"
               "# TYPE segstudio_http_requests_total counter\n";
        for (const auto& [status, n] : httpByStatus_)
            out << "segstudio_http_requests_total{code=\"" << status << "\"} " << n << '\n';
        counter("segstudio_http_accepted_messages_total", "Messages of HTTP requests handled and acknowledged.", httpAccepted_);
        counter("segstudio_http_rejected_lines_total", "Lines (or array items) of HTTP requests rejected by the intake.",
                httpRejected_);
        out << "# HELP segstudio_http_queued_messages Messages received and not yet taken by the stream (max_queue bounds it).\n"
               "# TYPE segstudio_http_queued_messages gauge\nsegstudio_http_queued_messages "
            << httpQueued_ << '\n';
    }
    if (webhook_) {
        counter("segstudio_webhook_requests_total", "POSTs to webhooks, retries included.", webhookRequests_);
        counter("segstudio_webhook_retries_total", "POSTs to webhooks that repeated a failed one.", webhookRetries_);
        counter("segstudio_webhook_failures_total", "POSTs to webhooks that failed (error, timeout, or a non-2xx answer).",
                webhookFailures_);
        counter("segstudio_webhook_delivered_changes_total", "Changes a webhook acknowledged with 2xx.", webhookDelivered_);
        counter("segstudio_webhook_dead_lettered_total", "Changes sent to the dead letter after a webhook's retries.",
                webhookDead_);
    }
    return out.str();
}

} // namespace seg
