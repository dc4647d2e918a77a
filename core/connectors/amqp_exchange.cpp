// The consistent-hash exchange of several workers (amqp://...?exchange=X): declared by the
// producer and by every worker alike (the same arguments, so either may come first), each
// worker binding its own queue with a weight. See docs/segment-graph.md, "Several workers".
#include "connectors/amqp_client.h"

#include <amqp.h>
#include <amqp_framing.h>

namespace seg {

bool AmqpClient::ensureHashExchange(const std::string& exchange, const std::string& hashHeader, std::string& why)
{
    amqp_table_entry_t header;
    header.key = amqp_cstring_bytes("hash-header");
    header.value.kind = AMQP_FIELD_KIND_UTF8;
    header.value.value.bytes = amqp_cstring_bytes(hashHeader.c_str());
    const amqp_table_t arguments{1, &header};
    amqp_exchange_declare(state_, 1, amqp_cstring_bytes(exchange.c_str()), amqp_cstring_bytes("x-consistent-hash"), 0,
                          1, 0, 0, arguments);
    if (const std::string e = lastRpcError(); !e.empty()) {
        why = "cannot declare the consistent-hash exchange '" + exchange + "' routing by header '" + hashHeader +
            "' (" + e + "; is the rabbitmq_consistent_hash_exchange plugin enabled, and was the exchange declared "
            "otherwise before?)";
        return false;
    }
    return true;
}

bool AmqpClient::bindQueue(const std::string& queue, const std::string& exchange, int weight, std::string& why)
{
    const std::string routingKey = std::to_string(weight); // the consistent-hash exchange reads the weight here
    amqp_queue_bind(state_, 1, amqp_cstring_bytes(queue.c_str()), amqp_cstring_bytes(exchange.c_str()),
                    amqp_cstring_bytes(routingKey.c_str()), amqp_empty_table);
    if (const std::string e = lastRpcError(); !e.empty()) {
        why = "cannot bind queue '" + queue + "' to exchange '" + exchange + "' (" + e + ")";
        return false;
    }
    return true;
}

int64_t AmqpClient::readyMessages(const std::string& queue, std::string& why)
{
    const amqp_queue_declare_ok_t* ok =
        amqp_queue_declare(state_, 1, amqp_cstring_bytes(queue.c_str()), 1, 0, 0, 0, amqp_empty_table);
    if (const std::string e = lastRpcError(); !e.empty() || !ok) {
        why = "cannot read the length of queue '" + queue + "' (" + (e.empty() ? std::string("no answer") : e) + ")";
        return -1;
    }
    return ok->message_count;
}

} // namespace seg
