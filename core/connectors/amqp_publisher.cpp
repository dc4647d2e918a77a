// `publish --to amqp://...`: persistent messages, either to the default exchange routed to
// queue Q (?queue=Q; partitions: Q.0 ... Q.<N-1>, each declared as a durable quorum queue
// when missing), or to a consistent-hash exchange (?exchange=X) that routes each message by
// its customer key, carried in the header `hash_header` (default customer_key): the workers
// bind their own queues to X. flush() ends with a round trip on the channel, so the broker
// has received (in channel order) everything sent before it returns.
#include "connectors/amqp_client.h"
#include "connectors/amqp_connectors.h"
#include "util/error.h"

#include <chrono>
#include <cstdio>
#include <random>
#include <string>

#include <amqp.h>
#include <amqp_framing.h>

namespace seg {

namespace {

// 64 random bits as hex: two publishers (or two runs of one) never share message ids.
std::string randomRunId()
{
    std::random_device device;
    const uint64_t bits = (uint64_t{device()} << 32) ^ device() ^
        static_cast<uint64_t>(std::chrono::system_clock::now().time_since_epoch().count());
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(bits));
    return text;
}

class AmqpPublisher final : public MessagePublisher {
public:
    AmqpPublisher(const ConnectorUrl& url, uint32_t partitions, const ConnectorHooks& hooks)
        : client_(url, "rabbitmq target", hooks), queue_(url.value("queue", "")), exchange_(url.value("exchange", "")),
          hashHeader_(url.value("hash_header", kDefaultHashHeader)), partitions_(partitions)
    {
        for (const auto& [name, value] : url.query)
            if (name != "queue" && name != "exchange" && name != "hash_header")
                throw Error("the URL " + url.redacted() + " has an unknown parameter '" + name +
                            "' (queue, or exchange and hash_header)");
        if (queue_.empty() == exchange_.empty())
            throw Error("the URL " + url.redacted() + " needs either ?queue=... or ?exchange=... (a consistent-hash exchange)");
        if (!exchange_.empty() && partitions > 1)
            throw Error("--partitions does not apply to ?exchange=: the consistent-hash exchange spreads the keys "
                        "over the queues bound to it (one per worker)");
        std::string why;
        if (!client_.connect(why))
            throw Error("cannot connect to the " + client_.describe() + ": " + why);
        if (!exchange_.empty()) {
            if (!client_.ensureHashExchange(exchange_, hashHeader_, why))
                throw Error(client_.describe() + ": " + why);
            return;
        }
        for (uint32_t p = 0; p < std::max<uint32_t>(1, partitions); ++p)
            if (!client_.ensureQueue(partitionName(p), why))
                throw Error(client_.describe() + ": " + why);
    }
    void add(uint32_t partition, std::string_view message, std::string_view key) override
    {
        amqp_basic_properties_t props{};
        props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_CONTENT_TYPE_FLAG | AMQP_BASIC_MESSAGE_ID_FLAG;
        props.delivery_mode = 2; // persistent
        props.content_type = amqp_cstring_bytes("application/json");
        // A message_id unique to this message (this run's random prefix, then a count): a
        // consumer with `stream --state` recognises a redelivered message by it.
        const std::string messageId = runId_ + "-" + std::to_string(++sent_);
        props.message_id = amqp_bytes_t{messageId.size(), const_cast<char*>(messageId.data())};
        // Headers: x-sent-us, the send time in microseconds (the stream's event-to-change
        // latency starts there), and with an exchange the key it routes by.
        amqp_table_entry_t headers[2];
        headers[0].key = amqp_cstring_bytes(kSentHeader);
        headers[0].value.kind = AMQP_FIELD_KIND_I64;
        headers[0].value.value.i64 = nowMicros();
        const std::string keyText(key);
        if (!exchange_.empty()) {
            if (key.empty()) // the producer refuses these first; never route by a missing header
                throw Error("a message without a customer key cannot go to the consistent-hash exchange " + exchange_);
            headers[1].key = amqp_cstring_bytes(hashHeader_.c_str());
            headers[1].value.kind = AMQP_FIELD_KIND_UTF8;
            headers[1].value.value.bytes = amqp_bytes_t{keyText.size(), const_cast<char*>(keyText.data())};
        }
        props._flags |= AMQP_BASIC_HEADERS_FLAG;
        props.headers = amqp_table_t{exchange_.empty() ? 1 : 2, headers};
        const std::string name = exchange_.empty() ? partitionName(partition) : std::string();
        amqp_bytes_t body{message.size(), const_cast<char*>(message.data())};
        const int status = exchange_.empty()
            ? amqp_basic_publish(client_.state(), 1, amqp_empty_bytes, amqp_cstring_bytes(name.c_str()), 0, 0, &props, body)
            : amqp_basic_publish(client_.state(), 1, amqp_cstring_bytes(exchange_.c_str()), amqp_empty_bytes, 0, 0, &props,
                                 body);
        if (status != AMQP_STATUS_OK)
            throw Error("cannot publish to the " + client_.describe() + ": the connection broke");
    }
    void flush() override
    {
        std::string why;
        // A round trip: everything sent before it has arrived.
        const bool ok = exchange_.empty() ? client_.ensureQueue(partitionName(0), why)
                                          : client_.ensureHashExchange(exchange_, hashHeader_, why);
        if (!ok)
            throw Error("cannot publish to the " + client_.describe() + ": " + why);
    }
    std::string partitionName(uint32_t partition) const override
    {
        if (!exchange_.empty())
            return "exchange " + exchange_;
        return partitions_ <= 1 ? queue_ : queue_ + "." + std::to_string(partition);
    }
    bool routesByKey() const override { return !exchange_.empty(); }

private:
    AmqpClient client_;
    std::string queue_, exchange_, hashHeader_;
    uint32_t partitions_;
    std::string runId_ = randomRunId();
    uint64_t sent_ = 0;
};

} // namespace

std::unique_ptr<MessagePublisher> openAmqpPublisher(const ConnectorUrl& url, uint32_t partitions,
                                                    const ConnectorHooks& hooks)
{
    return std::make_unique<AmqpPublisher>(url, partitions, hooks);
}

} // namespace seg
