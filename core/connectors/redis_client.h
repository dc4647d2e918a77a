#pragma once
// A hiredis connection that survives the server going away: a command that meets a broken
// connection reconnects with backoff (0.1 s doubling to 5 s, each try reported) and is sent
// again, until it gets an answer or the program is stopping (then seg::Error). The first
// connection is not retried: a wrong URL or a server that is not there fails at once.
#include "connectors/connector_hooks.h"
#include "connectors/connector_url.h"
#include "util/error.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct redisContext;
struct redisReply;

namespace seg {

// A reply, owned. Error replies are thrown as seg::Error by the client, never returned.
class RedisReply {
public:
    RedisReply() = default;
    explicit RedisReply(redisReply* r);
    bool isNil() const;
    bool isArray() const;
    size_t size() const; // array elements
    const redisReply* raw() const { return reply_.get(); }

private:
    std::shared_ptr<redisReply> reply_;
};

// Views into a reply tree (valid as long as the RedisReply).
const redisReply* redisElement(const redisReply* r, size_t i); // null when not an array or out of range
std::string redisText(const redisReply* r);                    // string/status/integer as text, else ""
bool redisIsNil(const redisReply* r);

using RedisCommand = std::vector<std::string>;

// An error reply of the server (the connection itself is fine).
class RedisError : public Error {
public:
    RedisError(const std::string& context, std::string serverMessage)
        : Error(context + ": " + serverMessage), serverMessage_(std::move(serverMessage)) {}
    const std::string& serverMessage() const { return serverMessage_; }

private:
    std::string serverMessage_;
};

class RedisClient {
public:
    // role names the connection in messages ("redis source").
    RedisClient(const ConnectorUrl& url, std::string role, ConnectorHooks hooks);
    ~RedisClient();
    RedisClient(const RedisClient&) = delete;
    RedisClient& operator=(const RedisClient&) = delete;

    // One command; `extraWait` is added to the read timeout (a blocking XREADGROUP).
    RedisReply command(const RedisCommand& args, std::chrono::milliseconds extraWait = {});
    // Commands sent together (one round trip), answered in order; after a reconnect all are sent again.
    std::vector<RedisReply> pipeline(const std::vector<RedisCommand>& commands);
    // How often the connection was re-established (a source then re-reads its pending entries).
    uint64_t reconnects() const { return reconnects_; }
    std::string describe() const { return role_ + " " + url_.redacted(); }

private:
    bool connect(std::string& why);
    void reconnect(const std::string& why);
    // Sends and reads; false (with why) on a broken connection; throws on an error reply.
    bool tryPipeline(const std::vector<RedisCommand>& commands, std::chrono::milliseconds extraWait,
                     std::vector<RedisReply>& out, std::string& why);

    ConnectorUrl url_;
    std::string role_;
    ConnectorHooks hooks_;
    redisContext* context_ = nullptr;
    uint64_t reconnects_ = 0;
};

} // namespace seg
