// `publish --to amqp://...?queue=Q`: persistent messages to the default exchange, routed to
// queue Q (partitions: Q.0 ... Q.<N-1>), each declared as a durable quorum queue when
// missing. flush() ends with a round trip on the channel, so the broker has received (in
// channel order) everything sent before it returns.
#include "connectors/amqp_client.h"
#include "connectors/amqp_connectors.h"
#include "util/error.h"

#include <amqp.h>
#include <amqp_framing.h>

namespace seg {

namespace {

class AmqpPublisher final : public MessagePublisher {
public:
    AmqpPublisher(const ConnectorUrl& url, uint32_t partitions, const ConnectorHooks& hooks)
        : client_(url, "rabbitmq target", hooks), queue_(url.required("queue")), partitions_(partitions)
    {
        for (const auto& [name, value] : url.query)
            if (name != "queue")
                throw Error("the URL " + url.redacted() + " has an unknown parameter '" + name + "' (queue)");
        std::string why;
        if (!client_.connect(why))
            throw Error("cannot connect to the " + client_.describe() + ": " + why);
        for (uint32_t p = 0; p < std::max<uint32_t>(1, partitions); ++p)
            if (!client_.ensureQueue(partitionName(p), why))
                throw Error(client_.describe() + ": " + why);
    }
    void add(uint32_t partition, std::string_view message) override
    {
        amqp_basic_properties_t props{};
        props._flags = AMQP_BASIC_DELIVERY_MODE_FLAG | AMQP_BASIC_CONTENT_TYPE_FLAG;
        props.delivery_mode = 2; // persistent
        props.content_type = amqp_cstring_bytes("application/json");
        const std::string name = partitionName(partition);
        amqp_bytes_t body{message.size(), const_cast<char*>(message.data())};
        if (amqp_basic_publish(client_.state(), 1, amqp_empty_bytes, amqp_cstring_bytes(name.c_str()), 0, 0, &props,
                               body) != AMQP_STATUS_OK)
            throw Error("cannot publish to the " + client_.describe() + ": the connection broke");
    }
    void flush() override
    {
        std::string why;
        if (!client_.ensureQueue(partitionName(0), why)) // a round trip: everything before it arrived
            throw Error("cannot publish to the " + client_.describe() + ": " + why);
    }
    std::string partitionName(uint32_t partition) const override
    {
        return partitions_ <= 1 ? queue_ : queue_ + "." + std::to_string(partition);
    }

private:
    AmqpClient client_;
    std::string queue_;
    uint32_t partitions_;
};

} // namespace

std::unique_ptr<MessagePublisher> openAmqpPublisher(const ConnectorUrl& url, uint32_t partitions,
                                                    const ConnectorHooks& hooks)
{
    return std::make_unique<AmqpPublisher>(url, partitions, hooks);
}

} // namespace seg
