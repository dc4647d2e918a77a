// A Redis stream read through a consumer group. On start the group is created if missing,
// from the stream's first entry (id 0, MKSTREAM), so events published before the first start
// count. The consumer first re-reads its own pending entries (delivered to it before, never
// acknowledged: it stopped or crashed in between), then new ones ('>'). Entries are
// acknowledged (XACK) only after the stream has written and flushed their changes to every
// sink; a reconnect re-reads the pending entries too, since an answer may have been lost.
#include "connectors/redis_client.h"
#include "connectors/redis_connectors.h"

namespace seg {

namespace {

class RedisSource final : public MessageSource {
public:
    RedisSource(const ConnectorUrl& url, const ConnectorHooks& hooks)
        : client_(url, "redis source", hooks), hooks_(hooks), stream_(url.required("stream")), group_(url.required("group")),
          consumer_(url.required("consumer")), count_(std::to_string(url.number("count", 512, 1, 1'000'000)))
    {
        for (const auto& [name, value] : url.query)
            if (name != "stream" && name != "group" && name != "consumer" && name != "count")
                throw Error("the URL " + url.redacted() + " has an unknown parameter '" + name +
                            "' (stream, group, consumer, count)");
        createGroup();
        reconnectsSeen_ = client_.reconnects();
    }

    bool next(std::vector<SourceMessage>& batch, std::chrono::milliseconds wait) override
    {
        batch.clear();
        try {
            return read(batch, wait);
        } catch (const RedisError& e) {
            // The server lost the group (a restart without persistence, a manual XGROUP
            // DESTROY): create it again and read what the stream has from its start.
            if (e.serverMessage().rfind("NOGROUP", 0) != 0)
                throw;
            hooks_.say("stream: " + describe() + ": the consumer group " + group_ + " is gone; creating it again");
            createGroup();
            delivered_.clear();
            pendingFrom_ = "0";
            return true;
        }
    }

    void acknowledge() override
    {
        // XACK in slices, so that one command stays small.
        constexpr size_t kSlice = 1000;
        for (size_t i = 0; i < delivered_.size(); i += kSlice) {
            RedisCommand ack{"XACK", stream_, group_};
            for (size_t j = i; j < std::min(delivered_.size(), i + kSlice); ++j)
                ack.push_back(delivered_[j]);
            client_.command(ack);
        }
        delivered_.clear();
    }

    bool acknowledges() const override { return true; }
    std::string describe() const override { return client_.describe() + " (stream " + stream_ + ")"; }

private:
    void createGroup()
    {
        try {
            client_.command({"XGROUP", "CREATE", stream_, group_, "0", "MKSTREAM"});
        } catch (const RedisError& e) {
            if (e.serverMessage().rfind("BUSYGROUP", 0) != 0) // the group exists: fine
                throw;
        }
    }

    bool read(std::vector<SourceMessage>& batch, std::chrono::milliseconds wait)
    {
        if (client_.reconnects() != reconnectsSeen_) { // an answer may be lost: read the pending again
            reconnectsSeen_ = client_.reconnects();
            pendingFrom_ = "0";
        }
        if (!pendingFrom_.empty()) {
            const RedisReply r = client_.command({"XREADGROUP", "GROUP", group_, consumer_, "COUNT", count_, "STREAMS",
                                                  stream_, pendingFrom_});
            if (take(r, batch)) {
                pendingFrom_ = delivered_.back();
                return true;
            }
            pendingFrom_.clear(); // own pending entries done: new ones from here
        }
        const auto blockMs = std::max<int64_t>(1, wait.count());
        const RedisReply r = client_.command({"XREADGROUP", "GROUP", group_, consumer_, "COUNT", count_, "BLOCK",
                                              std::to_string(blockMs), "STREAMS", stream_, ">"},
                                             wait);
        take(r, batch);
        return true;
    }

    // Reply of XREADGROUP: [[stream, [[id, [field, value, ...]] | [id, nil], ...]]] or nil.
    // Returns whether there was any entry.
    bool take(const RedisReply& reply, std::vector<SourceMessage>& batch)
    {
        const redisReply* entries = redisElement(redisElement(reply.raw(), 0), 1);
        bool any = false;
        for (size_t i = 0; const redisReply* entry = redisElement(entries, i); ++i) {
            any = true;
            SourceMessage m;
            const std::string id = redisText(redisElement(entry, 0));
            m.position = stream_ + " entry " + id;
            const redisReply* fields = redisElement(entry, 1);
            if (redisIsNil(fields)) {
                m.error = "the entry was deleted from the stream before it was handled";
            } else {
                bool found = false;
                for (size_t f = 0; redisElement(fields, f + 1); f += 2) {
                    if (redisText(redisElement(fields, f)) == "data") {
                        m.data = redisText(redisElement(fields, f + 1));
                        found = true;
                        break;
                    }
                }
                if (!found)
                    m.error = "the entry has no 'data' field (the message goes in field data)";
            }
            delivered_.push_back(id);
            batch.push_back(std::move(m));
        }
        return any;
    }

    RedisClient client_;
    ConnectorHooks hooks_;
    std::string stream_, group_, consumer_, count_;
    std::string pendingFrom_ = "0"; // non-empty: still reading own pending entries after this id
    std::vector<std::string> delivered_; // ids handed out and not yet acknowledged
    uint64_t reconnectsSeen_ = 0;
};

} // namespace

std::unique_ptr<MessageSource> openRedisSource(const ConnectorUrl& url, const ConnectorHooks& hooks)
{
    return std::make_unique<RedisSource>(url, hooks);
}

} // namespace seg
