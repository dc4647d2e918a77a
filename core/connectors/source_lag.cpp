// The lag of a broker consumer, read on a connection of its own (see source_lag.h). Both
// clients are used with hooks that never retry: a probe that fails throws at once, and the
// caller (the Live dock's worker) decides when to try again.
#include "connectors/source_lag.h"

#include "connectors/amqp_client.h"
#include "connectors/redis_client.h"
#include "util/error.h"

#include <amqp.h>
#include <amqp_framing.h>

#include <cstdlib>
#include <map>

namespace seg {

namespace {

// Never retry inside the clients, never print: the probe reports by throwing.
ConnectorHooks noRetry()
{
    return ConnectorHooks{[] { return true; }, [](const std::string&) {}};
}

uint64_t count(const redisReply* r)
{
    const std::string text = redisText(r);
    return text.empty() ? 0 : std::strtoull(text.c_str(), nullptr, 10);
}

// A flat [name, value, name, value, ...] reply (RESP2 maps) as name -> element.
std::map<std::string, const redisReply*> fieldsOf(const redisReply* r)
{
    std::map<std::string, const redisReply*> out;
    for (size_t i = 0; redisElement(r, i + 1); i += 2)
        out[redisText(redisElement(r, i))] = redisElement(r, i + 1);
    return out;
}

} // namespace

struct SourceLagProbe::Impl {
    ConnectorUrl url;
    virtual ~Impl() = default;
    virtual SourceBacklog measure() = 0;
};

namespace {

class RedisLag final : public SourceLagProbe::Impl {
public:
    explicit RedisLag(const ConnectorUrl& u) : stream_(u.required("stream")), group_(u.required("group")) { url = u; }

    SourceBacklog measure() override
    {
        if (!client_)
            client_ = std::make_unique<RedisClient>(url, "redis source", noRetry());
        try {
            return read();
        } catch (const RedisError&) {
            throw; // the server answered: the connection is fine
        } catch (...) {
            client_.reset(); // broken: the next measure connects afresh
            throw;
        }
    }

private:
    SourceBacklog read()
    {
        SourceBacklog b;
        RedisReply groups;
        try {
            groups = client_->command({"XINFO", "GROUPS", stream_});
        } catch (const RedisError& e) {
            if (e.serverMessage().find("no such key") == std::string::npos)
                throw;
            b.streamExists = b.groupExists = false; // created (empty) when the source starts
            b.waiting = b.pending = 0;
            return b;
        }
        b.entries = count(client_->command({"XLEN", stream_}).raw());
        for (size_t i = 0; const redisReply* g = redisElement(groups.raw(), i); ++i) {
            const auto f = fieldsOf(g);
            const auto name = f.find("name");
            if (name == f.end() || redisText(name->second) != group_)
                continue;
            b.pending = count(f.count("pending") ? f.at("pending") : nullptr);
            b.consumers = count(f.count("consumers") ? f.at("consumers") : nullptr);
            const auto lag = f.find("lag");
            if (lag != f.end() && !redisIsNil(lag->second)) {
                b.waiting = count(lag->second);
            } else {
                // Redis cannot tell (entries deleted in the range, or a server before 7.0):
                // count what lies after the group's last delivered entry, up to a limit.
                const auto last = f.find("last-delivered-id");
                b.waiting = countAfter(last == f.end() ? "0-0" : redisText(last->second), b.waitingIsLowerBound);
            }
            return b;
        }
        // No such group yet: the source creates it from the stream's first entry, so all of
        // the stream is still to be read.
        b.groupExists = false;
        b.waiting = b.entries;
        b.pending = 0;
        return b;
    }

    uint64_t countAfter(std::string from, bool& lowerBound)
    {
        constexpr uint64_t kPage = 10'000, kLimit = 200'000;
        uint64_t n = 0;
        for (;;) {
            const RedisReply r = client_->command({"XRANGE", stream_, "(" + from, "+", "COUNT", std::to_string(kPage)});
            n += r.size();
            if (r.size() < kPage)
                return n;
            if (n >= kLimit) {
                lowerBound = true;
                return n;
            }
            from = redisText(redisElement(redisElement(r.raw(), r.size() - 1), 0));
        }
    }

    std::string stream_, group_;
    std::unique_ptr<RedisClient> client_;
};

class AmqpLag final : public SourceLagProbe::Impl {
public:
    explicit AmqpLag(const ConnectorUrl& u) : queue_(u.required("queue")) { url = u; }

    SourceBacklog measure() override
    {
        if (!client_) {
            auto client = std::make_unique<AmqpClient>(url, "rabbitmq source", noRetry());
            std::string why;
            if (!client->connect(why))
                throw Error("cannot connect to the " + client->describe() + ": " + why);
            client_ = std::move(client);
        }
        SourceBacklog b;
        // Passive: only asks; a missing queue is not created (the source declares it on start).
        const amqp_queue_declare_ok_t* ok
            = amqp_queue_declare(client_->state(), 1, amqp_cstring_bytes(queue_.c_str()), 1, 0, 0, 0, amqp_empty_table);
        if (!ok) {
            const amqp_rpc_reply_t r = amqp_get_rpc_reply(client_->state());
            const std::string why = client_->lastRpcError();
            const std::string who = client_->describe();
            client_.reset(); // a refused declare closes the channel; a lost one the connection
            if (r.reply_type == AMQP_RESPONSE_SERVER_EXCEPTION && why.find("404") != std::string::npos) {
                b.streamExists = false;
                b.waiting = 0;
                return b;
            }
            throw Error("the " + who + " did not answer the queue check (" + why + ")");
        }
        b.waiting = ok->message_count;
        b.entries = ok->message_count;
        b.consumers = ok->consumer_count;
        return b;
    }

private:
    std::string queue_;
    std::unique_ptr<AmqpClient> client_;
};

} // namespace

SourceLagProbe::SourceLagProbe(const ConnectorUrl& url)
{
    if (url.scheme == "redis")
        impl_ = std::make_unique<RedisLag>(url);
    else if (url.scheme == "amqp")
        impl_ = std::make_unique<AmqpLag>(url);
    else
        throw Error("the URL " + url.redacted() + " is not a broker source (redis:// or amqp://)");
}

SourceLagProbe::~SourceLagProbe() = default;

SourceBacklog SourceLagProbe::measure() { return impl_->measure(); }

} // namespace seg
