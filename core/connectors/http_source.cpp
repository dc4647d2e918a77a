// The stream as an HTTP endpoint producers POST messages to (libmicrohttpd, one thread per
// connection, so a request may wait for its answer). A request's messages join a bounded
// queue; the stream takes whole requests as its batches, and a request is answered only once
// the stream acknowledges the batch that held it: its messages handled and their changes
// flushed to every sink (the point where brokers are acked). So a 202 means durable; a
// client that gets no answer (timeout, 503, the process died) sends the request again, and
// the intake's event_id de-duplication makes the repeat change nothing.
#include "connectors/connector_metrics.h"
#include "connectors/connector_secrets.h"
#include "connectors/http_connectors.h"
#include "util/error.h"
#include "util/json.h"

#include <microhttpd.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>

namespace seg {

namespace {

struct HttpRequest {
    uint64_t number = 0;
    std::vector<std::string> messages;                    // moved to the stream when taken
    std::vector<size_t> lines;                            // the line (or array item) of each message, from 1
    size_t count = 0;                                     // messages
    int64_t receivedMicros = 0;
    std::vector<std::pair<size_t, std::string>> rejected; // (line, reason), as the stream reported
    enum class State { Queued, Taken, Done, Dropped } state = State::Queued;
};

// One connection's body while it arrives.
struct Upload {
    std::string body;
    bool tooBig = false;
    // Refused on its headers (404, 405, 401): the body is read and dropped, then this is the
    // answer (answering before the body is read makes the client's send fail with a reset).
    unsigned refusal = 0;
    Json refusalBody;
    const char* refusalHeader = nullptr;
    std::string refusalValue;
};

int64_t nowMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

// NDJSON (blank lines skipped, line numbers kept) or, when the body starts with '[', a JSON
// array whose items are the messages (numbered from 1). False with `why` when the body as a
// whole cannot be read.
bool splitBody(const std::string& body, HttpRequest& request, std::string& why)
{
    const size_t first = body.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) {
        why = "the body holds no message (NDJSON lines or a JSON array)";
        return false;
    }
    if (body[first] == '[') {
        try {
            const Json items = Json::parse(body);
            if (!items.is_array()) {
                why = "the body is not a JSON array";
                return false;
            }
            for (size_t i = 0; i < items.size(); ++i) {
                request.messages.push_back(items[i].dump());
                request.lines.push_back(i + 1);
            }
        } catch (const Json::exception& e) {
            why = std::string("the body starts with '[' but is not a JSON array: ") + e.what();
            return false;
        }
    } else {
        size_t line = 0;
        for (size_t start = 0; start < body.size();) {
            size_t end = body.find('\n', start);
            if (end == std::string::npos)
                end = body.size();
            ++line;
            std::string text = body.substr(start, end - start);
            if (!text.empty() && text.back() == '\r')
                text.pop_back();
            if (text.find_first_not_of(" \t") != std::string::npos) {
                request.messages.push_back(std::move(text));
                request.lines.push_back(line);
            }
            start = end + 1;
        }
    }
    if (request.messages.empty()) {
        why = "the body holds no message (an empty array)";
        return false;
    }
    request.count = request.messages.size();
    return true;
}

class HttpSource final : public MessageSource {
public:
    HttpSource(const ConnectorUrl& url, const ConnectorHooks& hooks)
        : hooks_(hooks), path_("/" + url.path), describe_(url.redacted()),
          maxBody_(static_cast<size_t>(url.number("max_body", 16ll << 20, 1, 1ll << 30))),
          maxQueue_(static_cast<size_t>(url.number("max_queue", 100'000, 1, 100'000'000))),
          retryAfter_(static_cast<int>(url.number("retry_after", 1, 1, 3600)))
    {
        for (const auto& [name, value] : url.query)
            if (name != "max_body" && name != "max_queue" && name != "retry_after" && name != "public")
                throw Error("the URL " + url.redacted() + " has an unknown parameter '" + name +
                            "' (max_body, max_queue, retry_after, public)");
        if (url.port == 0)
            throw Error("--from " + url.redacted() + ": give the port to listen on (http://127.0.0.1:8080/events)");
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<uint16_t>(url.port));
        const std::string host = url.host == "localhost" ? "127.0.0.1" : url.host;
        if (inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1)
            throw Error("--from " + url.redacted() + ": the HTTP source listens on an IPv4 address of this machine "
                        "(127.0.0.1, or 0.0.0.0 for all), not '" + url.host + "'");
        const bool loopback = (ntohl(addr.sin_addr.s_addr) >> 24) == 127;
        if (!loopback && url.number("public", 0, 0, 1) != 1)
            throw Error("--from " + url.redacted() + ": listening on " + url.host +
                        " exposes the endpoint beyond this machine; add ?public=1 to mean it (it speaks plain HTTP: "
                        "put a TLS proxy in front)");
        token_ = readSecret(hooks.httpTokenFile, "--http-token-file", "SEGSTUDIO_HTTP_TOKEN",
                            "the HTTP source " + url.redacted());
        daemon_ = MHD_start_daemon(MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC,
                                   static_cast<uint16_t>(url.port), nullptr, nullptr, &HttpSource::onRequest, this,
                                   MHD_OPTION_SOCK_ADDR, reinterpret_cast<const sockaddr*>(&addr),
                                   MHD_OPTION_NOTIFY_COMPLETED, &HttpSource::onCompleted, this,
                                   MHD_OPTION_CONNECTION_LIMIT, 256u, MHD_OPTION_CONNECTION_TIMEOUT, 60u, MHD_OPTION_END);
        if (!daemon_)
            throw Error("--from " + url.redacted() + ": cannot listen on " + url.host + ":" + std::to_string(url.port) +
                        " (in use, or not an address of this machine)");
        ConnectorMetrics::process().httpSourceOpened();
    }

    ~HttpSource() override
    {
        {
            // Requests not acknowledged yet are answered 503: the client sends them again.
            std::lock_guard lock(mutex_);
            closing_ = true;
            for (auto& r : queue_)
                r->state = HttpRequest::State::Dropped;
            for (auto& r : taken_)
                r->state = HttpRequest::State::Dropped;
            queue_.clear();
            taken_.clear();
        }
        answered_.notify_all();
        // Stop accepting, and let the waiting requests send their 503 before the daemon
        // closes the connections (2 s at most, for clients that do not read).
        const MHD_socket listening = MHD_quiesce_daemon(daemon_);
        {
            std::unique_lock lock(mutex_);
            answered_.wait_for(lock, std::chrono::seconds(2), [this] { return uploads_ == 0; });
        }
        MHD_stop_daemon(daemon_);
        if (listening != MHD_INVALID_SOCKET)
            ::close(listening); // ours after quiescing, closed once the threads are gone
    }

    bool next(std::vector<SourceMessage>& batch, std::chrono::milliseconds wait) override
    {
        batch.clear();
        std::unique_lock lock(mutex_);
        batch_.clear();
        arrived_.wait_for(lock, wait, [this] { return !queue_.empty() || closing_; });
        // Whole requests, up to kBatch messages (a bigger request alone).
        constexpr size_t kBatch = 4096;
        while (!queue_.empty() && (batch.empty() || batch.size() + queue_.front()->count <= kBatch)) {
            std::shared_ptr<HttpRequest> r = std::move(queue_.front());
            queue_.pop_front();
            queuedMessages_ -= r->count;
            r->state = HttpRequest::State::Taken;
            const std::string where = "http request " + std::to_string(r->number) + " line ";
            for (size_t i = 0; i < r->count; ++i) {
                batch.push_back({std::move(r->messages[i]), where + std::to_string(r->lines[i]), {}, r->receivedMicros, {}});
                batch_.emplace_back(r.get(), i);
            }
            r->messages.clear();
            taken_.push_back(std::move(r));
        }
        ConnectorMetrics::process().httpQueued(queuedMessages_);
        return true; // an endpoint never ends
    }

    void rejected(size_t index, const std::string& reason) override
    {
        std::lock_guard lock(mutex_);
        if (index < batch_.size())
            batch_[index].first->rejected.emplace_back(batch_[index].first->lines[batch_[index].second], reason);
    }

    void acknowledge() override
    {
        {
            std::lock_guard lock(mutex_);
            for (auto& r : taken_) {
                r->state = HttpRequest::State::Done;
                ConnectorMetrics::process().httpLines(r->count - r->rejected.size(), r->rejected.size());
            }
            taken_.clear();
        }
        answered_.notify_all();
    }

    bool acknowledges() const override { return true; }
    std::string describe() const override { return "HTTP source " + describe_; }

private:
    static MHD_Result onRequest(void* self, MHD_Connection* connection, const char* url, const char* method,
                                const char*, const char* upload, size_t* uploadSize, void** state)
    {
        return static_cast<HttpSource*>(self)->handle(connection, url, method, upload, uploadSize, state);
    }

    static void onCompleted(void* self, MHD_Connection*, void** state, MHD_RequestTerminationCode)
    {
        if (!*state)
            return; // refused before its body
        delete static_cast<Upload*>(*state);
        *state = nullptr;
        auto* me = static_cast<HttpSource*>(self);
        {
            std::lock_guard lock(me->mutex_);
            --me->uploads_;
        }
        me->answered_.notify_all();
    }

    MHD_Result handle(MHD_Connection* connection, const char* url, const char* method, const char* upload,
                      size_t* uploadSize, void** state)
    {
        if (!*state) { // the headers
            const char* length = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
            if (length && std::strtoull(length, nullptr, 10) > maxBody_)
                return tooLarge(connection); // not worth reading
            auto up = std::make_unique<Upload>();
            const char* auth = MHD_lookup_connection_value(connection, MHD_HEADER_KIND, "Authorization");
            if (path_ != url) {
                up->refusal = MHD_HTTP_NOT_FOUND;
                up->refusalBody = {{"error", "not found: POST messages to " + path_}};
            } else if (std::strcmp(method, "POST") != 0) {
                up->refusal = MHD_HTTP_METHOD_NOT_ALLOWED;
                up->refusalBody = {{"error", "only POST"}};
                up->refusalHeader = "Allow";
                up->refusalValue = "POST";
            } else if (!auth || !constantTimeEquals(auth, "Bearer " + token_)) {
                up->refusal = MHD_HTTP_UNAUTHORIZED;
                up->refusalBody = {{"error", auth ? "wrong bearer token" : "missing header Authorization: Bearer <token>"}};
                up->refusalHeader = MHD_HTTP_HEADER_WWW_AUTHENTICATE;
                up->refusalValue = "Bearer";
            }
            *state = up.release();
            std::lock_guard lock(mutex_);
            ++uploads_; // until its answer is sent (onCompleted)
            return MHD_YES;
        }
        auto* up = static_cast<Upload*>(*state);
        if (*uploadSize > 0) {
            if (!up->refusal && !up->tooBig && up->body.size() + *uploadSize > maxBody_) {
                up->tooBig = true;
                up->body = std::string();
            }
            if (!up->refusal && !up->tooBig)
                up->body.append(upload, *uploadSize);
            *uploadSize = 0;
            return MHD_YES;
        }
        if (up->refusal)
            return respond(connection, up->refusal, up->refusalBody, up->refusalHeader, up->refusalValue);
        if (up->tooBig)
            return tooLarge(connection);
        auto request = std::make_shared<HttpRequest>();
        std::string why;
        if (!splitBody(up->body, *request, why))
            return respond(connection, MHD_HTTP_BAD_REQUEST, {{"error", why}});
        request->receivedMicros = nowMicros();
        std::unique_lock lock(mutex_);
        if (closing_)
            return unavailable(connection, lock, "the stream is stopping");
        if (!queue_.empty() && queuedMessages_ + request->count > maxQueue_)
            return unavailable(connection, lock, "the stream is behind (" + std::to_string(queuedMessages_) +
                                                     " messages waiting, max_queue=" + std::to_string(maxQueue_) + ")");
        request->number = ++requests_;
        queuedMessages_ += request->count;
        queue_.push_back(request);
        ConnectorMetrics::process().httpQueued(queuedMessages_);
        arrived_.notify_one();
        answered_.wait(lock, [&] {
            return request->state == HttpRequest::State::Done || request->state == HttpRequest::State::Dropped;
        });
        if (request->state == HttpRequest::State::Dropped)
            return unavailable(connection, lock, "the stream stopped before handling the request; send it again");
        std::sort(request->rejected.begin(), request->rejected.end());
        Json rejected = Json::array();
        for (const auto& [line, reason] : request->rejected)
            rejected.push_back({{"line", line}, {"reason", reason}});
        Json body{{"accepted", request->count - request->rejected.size()}, {"rejected", rejected}};
        lock.unlock();
        if (request->rejected.empty())
            return respond(connection, MHD_HTTP_ACCEPTED, body);
        body["error"] = std::to_string(request->rejected.size()) + " of " + std::to_string(request->count) +
            " messages were rejected (listed by line); the others were accepted";
        return respond(connection, MHD_HTTP_UNPROCESSABLE_CONTENT, body);
    }

    MHD_Result tooLarge(MHD_Connection* connection)
    {
        return respond(connection, MHD_HTTP_CONTENT_TOO_LARGE,
                       {{"error", "the body is larger than max_body=" + std::to_string(maxBody_) + " bytes; split it"}});
    }

    MHD_Result unavailable(MHD_Connection* connection, std::unique_lock<std::mutex>& lock, const std::string& why)
    {
        lock.unlock();
        return respond(connection, MHD_HTTP_SERVICE_UNAVAILABLE, {{"error", why}}, MHD_HTTP_HEADER_RETRY_AFTER,
                       std::to_string(retryAfter_));
    }

    MHD_Result respond(MHD_Connection* connection, unsigned status, const Json& body, const char* header = nullptr,
                       const std::string& value = {})
    {
        // Refusals on stderr, thinned out (the 1st, 10th, 100th ... of each status): a client
        // with a wrong token or a stream that is behind must show, without flooding the log.
        // (422s are in the dead letter already.)
        if (status >= 400 && status != MHD_HTTP_UNPROCESSABLE_CONTENT) {
            std::unique_lock lock(mutex_);
            const uint64_t n = ++refusals_[status];
            lock.unlock();
            uint64_t power = 1;
            while (power < n)
                power *= 10;
            if (power == n)
                hooks_.say("stream: " + describe() + ": answered " + std::to_string(status) + " (" +
                           body.value("error", std::string()) + "), " + std::to_string(n) +
                           (n == 1 ? " time so far" : " times so far"));
        }
        const std::string text = body.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
        MHD_Response* response =
            MHD_create_response_from_buffer(text.size(), const_cast<char*>(text.data()), MHD_RESPMEM_MUST_COPY);
        MHD_add_response_header(response, "Content-Type", "application/json");
        if (header)
            MHD_add_response_header(response, header, value.c_str());
        const MHD_Result r = MHD_queue_response(connection, status, response);
        MHD_destroy_response(response);
        ConnectorMetrics::process().httpRequest(static_cast<int>(status));
        return r;
    }

    ConnectorHooks hooks_;
    std::string path_, describe_, token_;
    std::map<unsigned, uint64_t> refusals_; // status -> times answered
    size_t maxBody_, maxQueue_;
    int retryAfter_;
    std::mutex mutex_;
    std::condition_variable arrived_, answered_;
    std::deque<std::shared_ptr<HttpRequest>> queue_;
    size_t queuedMessages_ = 0;
    std::vector<std::shared_ptr<HttpRequest>> taken_;       // handed to the stream, not acknowledged
    std::vector<std::pair<HttpRequest*, size_t>> batch_;    // the last batch: (request, its message)
    uint64_t requests_ = 0;
    size_t uploads_ = 0; // requests past their headers, not yet completed
    bool closing_ = false;
    MHD_Daemon* daemon_ = nullptr;
};

} // namespace

std::unique_ptr<MessageSource> openHttpSource(const ConnectorUrl& url, const ConnectorHooks& hooks)
{
    return std::make_unique<HttpSource>(url, hooks);
}

} // namespace seg
