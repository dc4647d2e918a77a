// Changes POSTed to a webhook (libcurl): a JSON array of trigger objects per request, at most
// batch_size changes each, one request at a time and in order (so a change is never overtaken
// by a later one, for any customer), at most `rate` requests a second. Each request carries
// Segstudio-Signature (HMAC-SHA256 over "<t>.<body>", Stripe's scheme) and an Idempotency-Key
// derived from its change ids; every change carries its change_id.
//
// Delivery is part of flush(), which the stream calls before it acknowledges its source: a
// failing webhook (connection error, timeout, 5xx, 429, 408) is retried with exponential
// backoff and jitter (Retry-After honoured) while the stream waits, so the source is not
// acknowledged meanwhile. After max_retries, on any other answer (4xx: retrying the same body
// cannot help), or when the stream is stopped during the retries, the batch's changes go to
// the dead letter, one line each, and the stream goes on: never silently dropped.
#include "connectors/connector_metrics.h"
#include "connectors/connector_secrets.h"
#include "connectors/http_connectors.h"
#include "util/error.h"
#include "util/json.h"
#include "util/sha256.h"

#include <curl/curl.h>

#include <algorithm>
#include <mutex>
#include <random>
#include <thread>

namespace seg {

namespace {

const char* const kOptions[] = {"batch_size", "rate", "max_retries", "backoff_ms", "max_backoff_ms", "timeout_ms"};

bool isOption(std::string_view name)
{
    return std::find(std::begin(kOptions), std::end(kOptions), name) != std::end(kOptions);
}

// The URL without our options: the rest of the query is the receiver's.
std::string receiverUrl(const std::string& text)
{
    const size_t q = text.find('?');
    if (q == std::string::npos)
        return text;
    std::string kept;
    size_t start = q + 1;
    while (start <= text.size()) {
        size_t end = text.find('&', start);
        if (end == std::string::npos)
            end = text.size();
        const std::string pair = text.substr(start, end - start);
        if (!pair.empty() && !isOption(pair.substr(0, pair.find('='))))
            kept += (kept.empty() ? "" : "&") + pair;
        start = end + 1;
    }
    return text.substr(0, q) + (kept.empty() ? "" : "?" + kept);
}

size_t collect(char* data, size_t size, size_t count, void* out)
{
    auto* text = static_cast<std::string*>(out);
    if (text->size() < 300)
        text->append(data, std::min<size_t>(size * count, 300 - text->size()));
    return size * count;
}

// Keeps the Retry-After header of the answer (seconds, or an HTTP date).
size_t header(char* data, size_t size, size_t count, void* out)
{
    const std::string line(data, size * count);
    constexpr std::string_view kName = "retry-after:";
    if (line.size() > kName.size()) {
        std::string lower = line.substr(0, kName.size());
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
        if (lower == kName) {
            std::string value = line.substr(kName.size());
            value.erase(0, value.find_first_not_of(" \t"));
            value.erase(value.find_last_not_of(" \t\r\n") + 1);
            *static_cast<std::string*>(out) = value;
        }
    }
    return size * count;
}

struct Outcome {
    long status = 0;        // 0: no answer (curl error)
    std::string problem;    // for messages
    bool retry = false;
    std::optional<std::chrono::milliseconds> retryAfter;
};

class WebhookSink final : public ChangeSink {
public:
    WebhookSink(const ConnectorUrl& url, const ConnectorHooks& hooks)
        : hooks_(hooks), describe_("webhook " + url.redacted()), target_(receiverUrl(url.text)),
          batchSize_(static_cast<size_t>(url.number("batch_size", 500, 1, 100'000))),
          rate_(static_cast<double>(url.number("rate", 0, 0, 100'000))),
          maxRetries_(static_cast<int>(url.number("max_retries", 8, 0, 1000))),
          backoff_(url.number("backoff_ms", 500, 1, 3'600'000)),
          maxBackoff_(url.number("max_backoff_ms", 30'000, 1, 3'600'000)),
          timeoutMs_(url.number("timeout_ms", 10'000, 100, 3'600'000))
    {
        secret_ = readSecret(hooks.webhookSecretFile, "--webhook-secret-file", "SEGSTUDIO_WEBHOOK_SECRET",
                             "the webhook " + url.redacted() + " (its signature key)");
        static std::once_flag curlReady;
        std::call_once(curlReady, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
        curl_ = curl_easy_init();
        if (!curl_)
            throw Error("--notify " + url.redacted() + ": libcurl could not start");
        ConnectorMetrics::process().webhookOpened();
    }

    ~WebhookSink() override { curl_easy_cleanup(curl_); }

    void write(const std::vector<LiveChange>& changes, const std::string& emittedAt) override
    {
        for (const LiveChange& c : changes)
            pending_.push_back({c.changeId, triggerLine(c, emittedAt)});
    }

    void flush() override
    {
        for (size_t i = 0; i < pending_.size(); i += batchSize_)
            deliver(i, std::min(pending_.size(), i + batchSize_));
        pending_.clear();
    }

    std::string describe() const override { return describe_; }

private:
    struct Pending {
        std::string changeId, json;
    };

    void deliver(size_t from, size_t to)
    {
        std::string body = "[", ids;
        for (size_t i = from; i < to; ++i) {
            body += (i == from ? "" : ",") + pending_[i].json;
            ids += pending_[i].changeId + '\n';
        }
        body += ']';
        // The same changes give the same key, so a receiver can drop a batch it already took.
        const std::string key = sha256Hex(ids).substr(0, 32);
        Outcome last;
        for (int attempt = 0;; ++attempt) {
            if (attempt > 0 && hooks_.stopping()) { // a stop still gets each batch one try
                deadLetter(from, to, "the stream was stopped while the webhook failed (" + last.problem + ")");
                return;
            }
            waitForRate();
            last = post(body, key, attempt);
            ConnectorMetrics::process().webhookAttempt(attempt > 0);
            if (last.status >= 200 && last.status < 300) {
                ConnectorMetrics::process().webhookDelivered(to - from);
                if (attempt > 0)
                    hooks_.say("stream: " + describe_ + " took the batch after " + std::to_string(attempt + 1) + " tries");
                return;
            }
            ConnectorMetrics::process().webhookFailure();
            if (!last.retry) {
                deadLetter(from, to, last.problem + " (not retried: the same request cannot succeed)");
                return;
            }
            if (attempt >= maxRetries_) {
                deadLetter(from, to, last.problem + " after " + std::to_string(attempt + 1) + " tries (max_retries=" +
                                         std::to_string(maxRetries_) + ")");
                return;
            }
            // Exponential backoff with "equal jitter" (half fixed, half random) so that many
            // streams do not retry in step; a Retry-After from the receiver wins.
            const int64_t cap = std::min<int64_t>(maxBackoff_, backoff_ << std::min(attempt, 30));
            std::uniform_int_distribution<int64_t> jitter(0, cap / 2);
            const auto delay = last.retryAfter.value_or(std::chrono::milliseconds(cap - cap / 2 + jitter(random_)));
            hooks_.say("stream: " + describe_ + ": " + last.problem + "; retry " + std::to_string(attempt + 1) + " of " +
                       std::to_string(maxRetries_) + " in " + std::to_string(delay.count()) + " ms");
            const auto until = std::chrono::steady_clock::now() + delay;
            while (!hooks_.stopping() && std::chrono::steady_clock::now() < until)
                std::this_thread::sleep_until(std::min(until, std::chrono::steady_clock::now() + std::chrono::milliseconds(50)));
        }
    }

    Outcome post(const std::string& body, const std::string& key, int attempt)
    {
        const int64_t now = std::chrono::duration_cast<std::chrono::seconds>(
                                std::chrono::system_clock::now().time_since_epoch()).count();
        curl_slist* headers = nullptr;
        for (const std::string& h : {std::string("Content-Type: application/json"), "Idempotency-Key: " + key,
                                     "Segstudio-Signature: " + webhookSignature(secret_, now, body),
                                     "Segstudio-Attempt: " + std::to_string(attempt + 1)})
            headers = curl_slist_append(headers, h.c_str());
        std::string answer, retryAfter;
        curl_easy_reset(curl_);
        curl_easy_setopt(curl_, CURLOPT_URL, target_.c_str());
        curl_easy_setopt(curl_, CURLOPT_PROTOCOLS_STR, "http,https");
        curl_easy_setopt(curl_, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl_, CURLOPT_HTTPHEADER, headers);
        curl_easy_setopt(curl_, CURLOPT_POSTFIELDS, body.data());
        curl_easy_setopt(curl_, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
        curl_easy_setopt(curl_, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs_));
        curl_easy_setopt(curl_, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(std::min<int64_t>(timeoutMs_, 5000)));
        curl_easy_setopt(curl_, CURLOPT_USERAGENT, "segstudio-stream");
        curl_easy_setopt(curl_, CURLOPT_WRITEFUNCTION, &collect);
        curl_easy_setopt(curl_, CURLOPT_WRITEDATA, &answer);
        curl_easy_setopt(curl_, CURLOPT_HEADERFUNCTION, &header);
        curl_easy_setopt(curl_, CURLOPT_HEADERDATA, &retryAfter);
        const CURLcode code = curl_easy_perform(curl_);
        curl_slist_free_all(headers);
        Outcome o;
        if (code != CURLE_OK) {
            o.problem = std::string("no answer: ") + curl_easy_strerror(code);
            o.retry = true; // connection refused, timeouts, TLS handshakes: the receiver may come back
            return o;
        }
        curl_easy_getinfo(curl_, CURLINFO_RESPONSE_CODE, &o.status);
        o.problem = "HTTP " + std::to_string(o.status) + (answer.empty() ? "" : ": " + answer);
        o.retry = o.status >= 500 || o.status == 429 || o.status == 408;
        if (!retryAfter.empty()) {
            char* end = nullptr;
            const long seconds = std::strtol(retryAfter.c_str(), &end, 10);
            if (end && *end == '\0' && seconds >= 0) {
                o.retryAfter = std::chrono::seconds(std::min(seconds, 3600L));
            } else if (const time_t at = curl_getdate(retryAfter.c_str(), nullptr); at > 0) {
                o.retryAfter = std::chrono::seconds(std::clamp<int64_t>(at - now, 0, 3600));
            }
        }
        return o;
    }

    // At most `rate` requests a second (retries included): requests start 1/rate apart.
    void waitForRate()
    {
        if (rate_ <= 0)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (nextRequest_ > now)
            std::this_thread::sleep_until(nextRequest_);
        nextRequest_ = std::max(now, nextRequest_) +
            std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double>(1.0 / rate_));
    }

    void deadLetter(size_t from, size_t to, const std::string& reason)
    {
        hooks_.say("stream: " + describe_ + ": " + reason + "; " + std::to_string(to - from) +
                   " changes go to the dead letter");
        for (size_t i = from; i < to; ++i) {
            Json j{{"reason", describe_ + ": " + reason}, {"sink", describe_}, {"change", Json::parse(pending_[i].json)}};
            hooks_.dead(j.dump(-1, ' ', false, Json::error_handler_t::replace));
        }
        ConnectorMetrics::process().webhookDeadLettered(to - from);
    }

    ConnectorHooks hooks_;
    std::string describe_, target_, secret_;
    size_t batchSize_;
    double rate_;
    int maxRetries_;
    int64_t backoff_, maxBackoff_, timeoutMs_;
    CURL* curl_ = nullptr;
    std::vector<Pending> pending_;
    std::mt19937_64 random_{std::random_device{}()};
    std::chrono::steady_clock::time_point nextRequest_{};
};

} // namespace

std::unique_ptr<ChangeSink> openWebhookSink(const ConnectorUrl& url, const ConnectorHooks& hooks)
{
    return std::make_unique<WebhookSink>(url, hooks);
}

} // namespace seg
