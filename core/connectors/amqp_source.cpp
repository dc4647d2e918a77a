// A RabbitMQ queue as the stream's source: manual acknowledgement on the delivering channel
// after the batch's changes are flushed, at most `prefetch` unacknowledged messages in
// flight, the queue declared as a durable quorum queue when missing. A message the broker
// delivered more than `max_deliveries` times (quorum queues count them in x-delivery-count:
// the consumers before died on it) goes to the dead letter instead of being handled again.
#include "connectors/amqp_client.h"
#include "connectors/amqp_connectors.h"
#include "util/error.h"

#include <amqp.h>
#include <amqp_framing.h>

namespace seg {

namespace {

// A whole-number header (x-delivery-count, x-sent-us), 0 when absent.
int64_t intHeader(const amqp_basic_properties_t& p, std::string_view name)
{
    if (!(p._flags & AMQP_BASIC_HEADERS_FLAG))
        return 0;
    for (int i = 0; i < p.headers.num_entries; ++i) {
        const amqp_table_entry_t& e = p.headers.entries[i];
        if (std::string_view(static_cast<const char*>(e.key.bytes), e.key.len) != name)
            continue;
        switch (e.value.kind) {
        case AMQP_FIELD_KIND_I64: return e.value.value.i64;
        case AMQP_FIELD_KIND_U64: return static_cast<int64_t>(e.value.value.u64);
        case AMQP_FIELD_KIND_I32: return e.value.value.i32;
        case AMQP_FIELD_KIND_U32: return e.value.value.u32;
        case AMQP_FIELD_KIND_I16: return e.value.value.i16;
        case AMQP_FIELD_KIND_U16: return e.value.value.u16;
        case AMQP_FIELD_KIND_I8: return e.value.value.i8;
        case AMQP_FIELD_KIND_U8: return e.value.value.u8;
        default: return 0;
        }
    }
    return 0;
}

class AmqpSource final : public MessageSource {
public:
    AmqpSource(const ConnectorUrl& url, const ConnectorHooks& hooks)
        : client_(url, "rabbitmq source", hooks), queue_(url.required("queue")),
          prefetch_(static_cast<uint16_t>(url.number("prefetch", 256, 1, 65535))),
          maxDeliveries_(url.number("max_deliveries", 5, 1, 1'000'000)), exchange_(url.value("exchange", "")),
          hashHeader_(url.value("hash_header", kDefaultHashHeader)), weight_(static_cast<int>(url.number("weight", 1, 1, 10'000)))
    {
        for (const auto& [name, value] : url.query)
            if (name != "queue" && name != "prefetch" && name != "max_deliveries" && name != "exchange" &&
                name != "weight" && name != "hash_header")
                throw Error("the URL " + url.redacted() + " has an unknown parameter '" + name +
                            "' (queue, prefetch, max_deliveries, exchange, weight, hash_header)");
        if (exchange_.empty() && (url.query.count("weight") || url.query.count("hash_header")))
            throw Error("the URL " + url.redacted() + ": weight and hash_header go with ?exchange=... (a consistent-hash exchange)");
        std::string why;
        if (!client_.connect(why) || !subscribe(why))
            throw Error("cannot connect to the " + client_.describe() + ": " + why);
    }

    bool next(std::vector<SourceMessage>& batch, std::chrono::milliseconds wait) override
    {
        batch.clear();
        // The first message waits up to `wait`; the rest of the batch is what is already there.
        timeval first{static_cast<time_t>(wait.count() / 1000), static_cast<suseconds_t>((wait.count() % 1000) * 1000)};
        timeval none{0, 0};
        while (batch.size() < prefetch_) {
            amqp_maybe_release_buffers(client_.state());
            amqp_envelope_t envelope;
            const amqp_rpc_reply_t r = amqp_consume_message(client_.state(), &envelope, batch.empty() ? &first : &none, 0);
            if (r.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION && r.library_error == AMQP_STATUS_TIMEOUT)
                break;
            if (r.reply_type != AMQP_RESPONSE_NORMAL) {
                // A closed channel or connection, or the broker cancelled the consumer: the
                // unacknowledged messages return to the queue; start over on a new connection.
                lost(r.reply_type == AMQP_RESPONSE_LIBRARY_EXCEPTION ? amqp_error_string2(r.library_error)
                                                                      : "the broker closed the channel");
                batch.clear();
                return true;
            }
            SourceMessage m;
            m.data.assign(static_cast<const char*>(envelope.message.body.bytes), envelope.message.body.len);
            m.position = queue_ + " delivery " + std::to_string(envelope.delivery_tag);
            m.sentMicros = intHeader(envelope.message.properties, kSentHeader);
            // Delivery tags change on redelivery; a producer's message_id does not (publish
            // sets one on every message).
            if (envelope.message.properties._flags & AMQP_BASIC_MESSAGE_ID_FLAG)
                m.identity = queue_ + " message " +
                    std::string(static_cast<const char*>(envelope.message.properties.message_id.bytes),
                                envelope.message.properties.message_id.len);
            if (const int64_t count = intHeader(envelope.message.properties, "x-delivery-count"); count >= maxDeliveries_)
                m.error = "delivered " + std::to_string(count + 1) + " times without being acknowledged (max_deliveries=" +
                    std::to_string(maxDeliveries_) + ")";
            lastTag_ = envelope.delivery_tag;
            ++unacknowledged_;
            amqp_destroy_envelope(&envelope);
            batch.push_back(std::move(m));
        }
        return true;
    }

    void acknowledge() override
    {
        if (lastTag_ == 0)
            return;
        // One ack with `multiple` covers every delivery up to the last on this channel.
        if (amqp_basic_ack(client_.state(), 1, lastTag_, 1) != AMQP_STATUS_OK)
            lost("the acknowledgement could not be sent");
        lastTag_ = 0;
        unacknowledged_ = 0;
    }

    SourceLag lag() override
    {
        // A passive declare answers the queue's ready messages (not those delivered to us and
        // unacknowledged); its reply is told apart from deliveries by rabbitmq-c.
        std::string why;
        SourceLag l;
        l.waiting = client_.readyMessages(queue_, why);
        l.pending = static_cast<int64_t>(unacknowledged_);
        return l;
    }

    bool acknowledges() const override { return true; }
    std::string describe() const override { return client_.describe(); }

private:
    bool subscribe(std::string& why)
    {
        if (!client_.ensureQueue(queue_, why))
            return false;
        if (!exchange_.empty() &&
            (!client_.ensureHashExchange(exchange_, hashHeader_, why) || !client_.bindQueue(queue_, exchange_, weight_, why)))
            return false;
        amqp_basic_qos(client_.state(), 1, 0, prefetch_, 0);
        if (const std::string e = client_.lastRpcError(); !e.empty()) {
            why = "cannot set the prefetch limit (" + e + ")";
            return false;
        }
        amqp_basic_consume(client_.state(), 1, amqp_cstring_bytes(queue_.c_str()), amqp_empty_bytes, 0, 0, 0,
                           amqp_empty_table);
        if (const std::string e = client_.lastRpcError(); !e.empty()) {
            why = "cannot consume from queue '" + queue_ + "' (" + e + ")";
            return false;
        }
        return true;
    }

    void lost(const std::string& why)
    {
        lastTag_ = 0; // delivery tags die with the channel; the broker redelivers those messages
        unacknowledged_ = 0;
        client_.connectWithBackoff(why, [this](std::string& w) { return subscribe(w); });
    }

    AmqpClient client_;
    std::string queue_;
    uint16_t prefetch_;
    int64_t maxDeliveries_;
    std::string exchange_, hashHeader_;
    int weight_;
    uint64_t lastTag_ = 0;
    uint64_t unacknowledged_ = 0;
};

} // namespace

std::unique_ptr<MessageSource> openAmqpSource(const ConnectorUrl& url, const ConnectorHooks& hooks)
{
    return std::make_unique<AmqpSource>(url, hooks);
}

} // namespace seg
