#pragma once
// A rabbitmq-c connection on one channel, for the RabbitMQ source and publisher. Queues are
// declared as durable quorum queues when missing (an existing queue is used as it is). A
// broken connection is reported by the calls' return values / exceptions; callers reconnect
// with connectWithBackoff(). The first connection is not retried.
#include "connectors/connector_hooks.h"
#include "connectors/connector_url.h"

#include <cstdint>
#include <functional>
#include <string>

struct amqp_connection_state_t_;

namespace seg {

class AmqpClient {
public:
    AmqpClient(const ConnectorUrl& url, std::string role, ConnectorHooks hooks);
    ~AmqpClient();
    AmqpClient(const AmqpClient&) = delete;
    AmqpClient& operator=(const AmqpClient&) = delete;

    // Opens the connection and channel 1; false with why on failure.
    bool connect(std::string& why);
    // Reconnects until it works (backoff 0.1 s doubling to 5 s, reported) or the program stops
    // (then seg::Error); `after` runs on each new connection (declare, qos, consume) and may
    // fail like connect.
    void connectWithBackoff(const std::string& why, const std::function<bool(std::string&)>& after);
    // Declares `queue` (durable quorum) unless it exists; false with why on failure.
    bool ensureQueue(const std::string& queue, std::string& why);
    // Declares `exchange` as a durable consistent-hash exchange (x-consistent-hash, the
    // plugin shipped with rabbitmq-server) routing by the header `hashHeader`; an existing one
    // declared the same way is used as it is. False with why on failure.
    bool ensureHashExchange(const std::string& exchange, const std::string& hashHeader, std::string& why);
    // Binds `queue` to the consistent-hash `exchange` with `weight` (its share of the hash
    // space); binding again is harmless.
    bool bindQueue(const std::string& queue, const std::string& exchange, int weight, std::string& why);
    // Messages ready in `queue` (a passive declare), or -1 with why.
    int64_t readyMessages(const std::string& queue, std::string& why);
    // The last RPC's problem as text ("" when it went fine).
    std::string lastRpcError();
    void close();

    amqp_connection_state_t_* state() const { return state_; }
    std::string describe() const { return role_ + " " + url_.redacted(); }
    const ConnectorHooks& hooks() const { return hooks_; }
    uint64_t connections() const { return connections_; }

private:
    ConnectorUrl url_;
    std::string role_;
    ConnectorHooks hooks_;
    amqp_connection_state_t_* state_ = nullptr;
    uint64_t connections_ = 0;
};

} // namespace seg
