#pragma once
// Plain HTTP on loopback for the HTTP source and webhook tests: a libcurl client (POST with a
// bearer token, or GET), a scripted webhook receiver (libmicrohttpd) that records every
// request, and an independent HMAC-SHA256 (OpenSSL) to check signatures with.
#include <curl/curl.h>
#include <microhttpd.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <netinet/in.h>

#include <QByteArray>
#include <QString>

#include <chrono>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

struct HttpAnswer {
    long status = 0; // 0: no answer
    QByteArray body;
    QByteArray headers;
};

inline size_t appendTo(char* data, size_t size, size_t count, void* out)
{
    static_cast<QByteArray*>(out)->append(data, static_cast<qsizetype>(size * count));
    return size * count;
}

// POST `body` to http://127.0.0.1:port<path> (token empty: no Authorization header); GET
// when `get` is set.
inline HttpAnswer httpRequest(quint16 port, const QString& path, const QByteArray& token, const QByteArray& body,
                              bool get = false)
{
    HttpAnswer a;
    CURL* curl = curl_easy_init();
    const QByteArray url = QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path).toUtf8();
    curl_slist* headers = nullptr;
    if (!token.isEmpty())
        headers = curl_slist_append(headers, ("Authorization: Bearer " + token).constData());
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    if (!get) {
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    }
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, 60'000L);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &appendTo);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &a.body);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, &appendTo);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &a.headers);
    if (curl_easy_perform(curl) == CURLE_OK)
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &a.status);
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return a;
}

// HMAC-SHA256 in hex, computed here with OpenSSL (not through the code under test).
inline QByteArray referenceHmacHex(const QByteArray& key, const QByteArray& data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.constData()),
         static_cast<size_t>(data.size()), digest, &length);
    return QByteArray(reinterpret_cast<const char*>(digest), static_cast<qsizetype>(length)).toHex();
}

// A webhook receiver on 127.0.0.1: answers the first requests by `script` (a status; 0 means
// "answer 200 after `slowMs`", longer than the sink's timeout), then `otherwise`. A 429 comes
// with Retry-After: 1. Every request is recorded with the status it was given. A thread per
// connection, so a slow answer does not hold up the retry that follows it.
class WebhookReceiver {
public:
    struct Received {
        QByteArray body, signature, idempotencyKey, attempt;
        QByteArray team, batchSize; // query arguments ("team" is the receiver's, batch_size the sink's)
        int status = 0; // what it was answered (0: too late, the client had given up)
        std::chrono::steady_clock::time_point at;
    };

    WebhookReceiver(std::vector<int> script, int otherwise, int slowMs = 0)
        : script_(std::move(script)), otherwise_(otherwise), slowMs_(slowMs)
    {
        sockaddr_in addr{}; // loopback only, a free port
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        daemon_ = MHD_start_daemon(MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD, 0, nullptr, nullptr,
                                   &WebhookReceiver::onRequest, this,
                                   MHD_OPTION_SOCK_ADDR, reinterpret_cast<const sockaddr*>(&addr),
                                   MHD_OPTION_NOTIFY_COMPLETED, &WebhookReceiver::onCompleted, this, MHD_OPTION_END);
        if (daemon_)
            port_ = MHD_get_daemon_info(daemon_, MHD_DAEMON_INFO_BIND_PORT)->port;
    }
    ~WebhookReceiver()
    {
        if (daemon_)
            MHD_stop_daemon(daemon_);
    }
    quint16 port() const { return port_; }
    std::vector<Received> received() const
    {
        std::lock_guard lock(mutex_);
        return received_;
    }

private:
    static MHD_Result onRequest(void* self, MHD_Connection* c, const char*, const char*, const char*, const char* data,
                                size_t* size, void** state)
    {
        auto* me = static_cast<WebhookReceiver*>(self);
        if (!*state) {
            *state = new QByteArray;
            return MHD_YES;
        }
        auto* body = static_cast<QByteArray*>(*state);
        if (*size > 0) {
            body->append(data, static_cast<qsizetype>(*size));
            *size = 0;
            return MHD_YES;
        }
        Received r;
        r.body = *body;
        r.at = std::chrono::steady_clock::now();
        auto header = [&](const char* name) {
            const char* v = MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
            return QByteArray(v ? v : "");
        };
        r.signature = header("Segstudio-Signature");
        r.idempotencyKey = header("Idempotency-Key");
        r.attempt = header("Segstudio-Attempt");
        auto argument = [&](const char* name) {
            const char* v = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, name);
            return QByteArray(v ? v : "(none)");
        };
        r.team = argument("team");
        r.batchSize = argument("batch_size");
        int status = me->otherwise_;
        {
            std::lock_guard lock(me->mutex_);
            if (me->received_.size() < me->script_.size())
                status = me->script_[me->received_.size()];
            r.status = status;
            me->received_.push_back(r);
        }
        if (status == 0) {
            std::this_thread::sleep_for(std::chrono::milliseconds(me->slowMs_));
            status = 200;
        }
        static const char kText[] = "ok";
        MHD_Response* response = MHD_create_response_from_buffer(2, const_cast<char*>(kText), MHD_RESPMEM_PERSISTENT);
        if (status == 429)
            MHD_add_response_header(response, "Retry-After", "1");
        const MHD_Result result = MHD_queue_response(c, static_cast<unsigned>(status), response);
        MHD_destroy_response(response);
        return result;
    }
    static void onCompleted(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode)
    {
        delete static_cast<QByteArray*>(*state);
        *state = nullptr;
    }

    std::vector<int> script_;
    int otherwise_;
    int slowMs_;
    mutable std::mutex mutex_;
    std::vector<Received> received_;
    MHD_Daemon* daemon_ = nullptr;
    quint16 port_ = 0;
};
