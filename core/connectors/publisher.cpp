#include "connectors/publisher.h"

#include "connectors/amqp_connectors.h"
#include "connectors/connector_url.h"
#include "connectors/redis_client.h"
#include "util/json.h"

#include <chrono>

namespace seg {

uint32_t partitionOfKey(std::string_view key, uint32_t partitions)
{
    uint64_t h = 14695981039346656037ull;
    for (const char c : key) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return partitions <= 1 ? 0 : static_cast<uint32_t>(h % partitions);
}

std::string messageKey(std::string_view line, const std::string& keyField, bool& found)
{
    found = false;
    const Json j = Json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return {};
    const auto it = j.find(keyField);
    if (it == j.end())
        return {};
    if (it->is_string()) {
        found = true;
        return it->get<std::string>();
    }
    if (it->is_number()) {
        found = true;
        return it->dump(); // 42 -> "42", as the stream reads the key column's text
    }
    return {};
}

int64_t nowMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

namespace {

class RedisPublisher final : public MessagePublisher {
public:
    RedisPublisher(const ConnectorUrl& url, uint32_t partitions, const ConnectorHooks& hooks)
        : client_(url, "redis target", hooks), stream_(url.required("stream")), partitions_(partitions)
    {
        for (const auto& [name, value] : url.query)
            if (name != "stream")
                throw Error("the URL " + url.redacted() + " has an unknown parameter '" + name + "' (stream)");
    }
    void add(uint32_t partition, std::string_view message, std::string_view) override
    {
        // sent_us: the send time in microseconds, for the stream's event-to-change latency
        // (the entry id only has milliseconds).
        queued_.push_back({"XADD", partitionName(partition), "*", "data", std::string(message), "sent_us",
                           std::to_string(nowMicros())});
        if (queued_.size() >= 1000)
            flush();
    }
    void flush() override
    {
        client_.pipeline(queued_);
        queued_.clear();
    }
    std::string partitionName(uint32_t partition) const override
    {
        return partitions_ <= 1 ? stream_ : stream_ + "." + std::to_string(partition);
    }

private:
    RedisClient client_;
    std::string stream_;
    uint32_t partitions_;
    std::vector<RedisCommand> queued_;
};

} // namespace

std::unique_ptr<MessagePublisher> openPublisher(const std::string& text, uint32_t partitions, const ConnectorHooks& hooks)
{
    const ConnectorUrl url = parseConnectorUrl(text);
    if (url.scheme == "redis")
        return std::make_unique<RedisPublisher>(url, partitions, hooks);
    if (url.scheme == "amqp")
        return openAmqpPublisher(url, partitions, hooks);
    throw Error("--to " + url.redacted() + ": unknown kind of broker '" + url.scheme + "' (redis://, amqp://)");
}

} // namespace seg
