#include "connectors/stream_metrics.h"

#include "connectors/connector_metrics.h"

#include "util/error.h"

#include <microhttpd.h>

#include <arpa/inet.h>
#include <charconv>
#include <cstring>
#include <netinet/in.h>
#include <sstream>

namespace seg {

namespace {

MHD_Result answer(void* cls, MHD_Connection* connection, const char* url, const char* method, const char*,
                  const char*, size_t*, void**)
{
    const auto* metrics = static_cast<const StreamMetrics*>(cls);
    const bool isGet = std::strcmp(method, "GET") == 0 || std::strcmp(method, "HEAD") == 0;
    const bool found = std::strcmp(url, "/metrics") == 0;
    const std::string body = !isGet ? "only GET\n" : found ? metrics->text() : "not found: try /metrics\n";
    MHD_Response* response =
        MHD_create_response_from_buffer(body.size(), const_cast<char*>(body.data()), MHD_RESPMEM_MUST_COPY);
    MHD_add_response_header(response, "Content-Type",
                            found && isGet ? "text/plain; version=0.0.4; charset=utf-8" : "text/plain; charset=utf-8");
    const MHD_Result r = MHD_queue_response(connection, !isGet ? MHD_HTTP_METHOD_NOT_ALLOWED : found ? MHD_HTTP_OK : MHD_HTTP_NOT_FOUND,
                                            response);
    MHD_destroy_response(response);
    return r;
}

// Label values escape backslash, quote and newline (the text format's rule).
std::string label(const std::string& value)
{
    std::string out;
    for (const char c : value) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

StreamMetrics::StreamMetrics(const std::string& address)
{
    const size_t colon = address.rfind(':');
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    const std::string host = colon == std::string::npos ? "" : address.substr(0, colon);
    const std::string port = colon == std::string::npos ? address : address.substr(colon + 1);
    const auto [ptr, ec] = std::from_chars(port.data(), port.data() + port.size(), port_);
    if (port.empty() || ec != std::errc() || ptr != port.data() + port.size() || port_ < 1 || port_ > 65535 ||
        inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1)
        throw Error("--metrics takes an IPv4 address and port such as 127.0.0.1:9464, not '" + address + "'");
    addr.sin_port = htons(static_cast<uint16_t>(port_));
    daemon_ = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD, static_cast<uint16_t>(port_), nullptr, nullptr, &answer,
                               this, MHD_OPTION_SOCK_ADDR, reinterpret_cast<const sockaddr*>(&addr),
                               MHD_OPTION_CONNECTION_TIMEOUT, 10u, MHD_OPTION_END);
    if (!daemon_)
        throw Error("--metrics: cannot listen on " + address + " (in use, or not an address of this machine)");
}

StreamMetrics::~StreamMetrics()
{
    if (daemon_)
        MHD_stop_daemon(daemon_);
}

void StreamMetrics::start(const LiveEngine& engine)
{
    std::lock_guard lock(mutex_);
    for (const BoundNode& b : engine.bound().nodes)
        if (b.node->type == NodeType::Segment)
            initialSizes_[b.node->id] = engine.members(b.node->id).count();
}

void StreamMetrics::update(const LiveCounters& counters, const std::vector<std::pair<double, size_t>>& latencies)
{
    std::lock_guard lock(mutex_);
    counters_ = counters;
    for (const auto& [seconds, changes] : latencies) {
        size_t bucket = 0;
        while (bucket < kLatencyBuckets.size() && seconds > kLatencyBuckets[bucket])
            ++bucket;
        latency_[bucket] += changes;
        latencyCount_ += changes;
        latencySum_ += seconds * static_cast<double>(changes);
    }
}

void StreamMetrics::setSourceLag(const SourceLag& lag)
{
    std::lock_guard lock(mutex_);
    lag_ = lag;
}

std::string StreamMetrics::text() const
{
    std::lock_guard lock(mutex_);
    std::ostringstream out;
    auto counter = [&](const char* name, const char* help, uint64_t value) {
        out << "# HELP " << name << ' ' << help << "\n# TYPE " << name << " counter\n" << name << ' ' << value << '\n';
    };
    counter("segstudio_messages_total", "Messages received (blank lines not counted).", counters_.messages);
    counter("segstudio_events_total", "Events applied to the live state.", counters_.events);
    counter("segstudio_profile_updates_total", "Profile updates applied.", counters_.profiles);
    counter("segstudio_duplicates_total", "Events ignored because their event_id was seen before.", counters_.duplicates);
    counter("segstudio_dead_lettered_total", "Messages sent to the dead letter.", counters_.deadLettered);
    counter("segstudio_unknown_customers_total", "Valid events of no known customer (ignored).", counters_.unknownCustomers);
    out << "# HELP segstudio_changes_total Membership changes (triggers) written, per segment.\n"
           "# TYPE segstudio_changes_total counter\n";
    for (const auto& [segment, size] : initialSizes_) {
        const auto it = counters_.perSegment.find(segment);
        const uint64_t enters = it == counters_.perSegment.end() ? 0 : it->second.first;
        const uint64_t exits = it == counters_.perSegment.end() ? 0 : it->second.second;
        out << "segstudio_changes_total{segment=\"" << label(segment) << "\",change=\"enter\"} " << enters << '\n'
            << "segstudio_changes_total{segment=\"" << label(segment) << "\",change=\"exit\"} " << exits << '\n';
    }
    out << "# HELP segstudio_segment_members Members of each segment now.\n# TYPE segstudio_segment_members gauge\n";
    for (const auto& [segment, size] : initialSizes_) {
        const auto it = counters_.perSegment.find(segment);
        const uint64_t enters = it == counters_.perSegment.end() ? 0 : it->second.first;
        const uint64_t exits = it == counters_.perSegment.end() ? 0 : it->second.second;
        out << "segstudio_segment_members{segment=\"" << label(segment) << "\"} " << size + enters - exits << '\n';
    }
    // Unknown lags (a file source, a broker that did not answer) are left out, not shown as 0.
    if (lag_.waiting >= 0)
        out << "# HELP segstudio_source_lag_messages Messages in the broker not yet delivered to this consumer "
               "(Redis: the consumer group's lag; RabbitMQ: the queue's ready messages).\n"
               "# TYPE segstudio_source_lag_messages gauge\nsegstudio_source_lag_messages "
            << lag_.waiting << '\n';
    if (lag_.pending >= 0)
        out << "# HELP segstudio_source_pending_messages Messages delivered and not yet acknowledged (Redis: the "
               "group's pending entries; RabbitMQ: this consumer's).\n"
               "# TYPE segstudio_source_pending_messages gauge\nsegstudio_source_pending_messages "
            << lag_.pending << '\n';
    out << "# HELP segstudio_event_to_change_seconds From sending (else receiving) a message to its changes being flushed to the sinks.\n"
           "# TYPE segstudio_event_to_change_seconds histogram\n";
    uint64_t cumulative = 0;
    for (size_t b = 0; b < kLatencyBuckets.size(); ++b) {
        cumulative += latency_[b];
        out << "segstudio_event_to_change_seconds_bucket{le=\"" << kLatencyBuckets[b] << "\"} " << cumulative << '\n';
    }
    out << "segstudio_event_to_change_seconds_bucket{le=\"+Inf\"} " << latencyCount_ << '\n'
        << "segstudio_event_to_change_seconds_sum " << latencySum_ << '\n'
        << "segstudio_event_to_change_seconds_count " << latencyCount_ << '\n';
    out << ConnectorMetrics::process().text(); // the HTTP source's and webhooks' counters, when in use
    return out.str();
}

} // namespace seg
