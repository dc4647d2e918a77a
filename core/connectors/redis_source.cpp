// A Redis stream read through a consumer group. On start the group is created if missing,
// from the stream's first entry (id 0, MKSTREAM), so events published before the first start
// count. The consumer first re-reads its own pending entries (delivered to it before, never
// acknowledged: it stopped or crashed in between), then new ones ('>'). Entries are
// acknowledged (XACK) only after the stream has written and flushed their changes to every
// sink; a reconnect re-reads the pending entries too, since an answer may have been lost.
// Entries of a consumer that died are claimed (XAUTOCLAIM) after claim_idle_ms; entries
// delivered more than max_deliveries times go to the dead letter.
#include "connectors/redis_client.h"
#include "connectors/redis_connectors.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace seg {

namespace {

class RedisSource final : public MessageSource {
public:
    RedisSource(const ConnectorUrl& url, const ConnectorHooks& hooks)
        : client_(url, "redis source", hooks), hooks_(hooks), stream_(url.required("stream")), group_(url.required("group")),
          consumer_(url.required("consumer")), count_(std::to_string(url.number("count", 512, 1, 1'000'000))),
          maxDeliveries_(url.number("max_deliveries", 5, 1, 1'000'000)),
          claimIdle_(url.number("claim_idle_ms", 60'000, 0, 86'400'000))
    {
        for (const auto& [name, value] : url.query)
            if (name != "stream" && name != "group" && name != "consumer" && name != "count" && name != "max_deliveries" &&
                name != "claim_idle_ms")
                throw Error("the URL " + url.redacted() + " has an unknown parameter '" + name +
                            "' (stream, group, consumer, count, max_deliveries, claim_idle_ms)");
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

    SourceLag lag() override
    {
        // XINFO GROUPS: per group a flat map with "pending" and (Redis 7) "lag", the entries
        // added after the group's last delivered one (nil when Redis cannot tell, e.g. after
        // XDEL in between: then the entries after the last delivered id are counted).
        SourceLag l;
        const RedisReply r = client_.command({"XINFO", "GROUPS", stream_});
        for (size_t g = 0; const redisReply* group = redisElement(r.raw(), g); ++g) {
            std::map<std::string, const redisReply*> fields;
            for (size_t f = 0; redisElement(group, f + 1); f += 2)
                fields[redisText(redisElement(group, f))] = redisElement(group, f + 1);
            if (!fields.count("name") || redisText(fields["name"]) != group_)
                continue;
            if (fields.count("pending"))
                l.pending = std::atoll(redisText(fields["pending"]).c_str());
            if (fields.count("lag") && !redisIsNil(fields["lag"])) {
                l.waiting = std::atoll(redisText(fields["lag"]).c_str());
            } else if (fields.count("last-delivered-id")) {
                const RedisReply after = client_.command(
                    {"XRANGE", stream_, "(" + redisText(fields["last-delivered-id"]), "+", "COUNT", "1000000"});
                l.waiting = static_cast<int64_t>(after.size());
            }
        }
        return l;
    }
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
                checkDeliveries(batch);
                return true;
            }
            pendingFrom_.clear(); // own pending entries done: new ones from here
        }
        if (claimIdle_ > 0 && std::chrono::steady_clock::now() >= nextClaim_) {
            // Entries another consumer of the group received and has not acknowledged for
            // claim_idle_ms: it died (or hangs); take them over. The cursor walks the whole
            // pending list over several calls.
            const RedisReply r = client_.command({"XAUTOCLAIM", stream_, group_, consumer_, std::to_string(claimIdle_),
                                                  claimCursor_, "COUNT", count_});
            claimCursor_ = redisText(redisElement(r.raw(), 0));
            if (claimCursor_.empty() || claimCursor_ == "0-0") {
                claimCursor_ = "0-0";
                nextClaim_ = std::chrono::steady_clock::now() +
                    std::chrono::milliseconds(std::clamp<int64_t>(claimIdle_ / 2, 100, 10'000));
            }
            if (takeEntries(redisElement(r.raw(), 1), batch)) {
                checkDeliveries(batch);
                return true;
            }
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
        return takeEntries(redisElement(redisElement(reply.raw(), 0), 1), batch);
    }

    // [[id, [field, value, ...]] | [id, nil], ...]
    bool takeEntries(const redisReply* entries, std::vector<SourceMessage>& batch)
    {
        bool any = false;
        for (size_t i = 0; const redisReply* entry = redisElement(entries, i); ++i) {
            any = true;
            SourceMessage m;
            const std::string id = redisText(redisElement(entry, 0));
            m.position = stream_ + " entry " + id;
            m.identity = m.position; // entry ids stay the same on redelivery
            // An automatic id is "<milliseconds>-<sequence>": the time the entry was added.
            m.sentMicros = std::atoll(id.c_str()) * 1000;
            const redisReply* fields = redisElement(entry, 1);
            if (redisIsNil(fields)) {
                m.error = "the entry was deleted from the stream before it was handled";
            } else {
                bool found = false;
                for (size_t f = 0; redisElement(fields, f + 1); f += 2) {
                    const std::string name = redisText(redisElement(fields, f));
                    if (name == "data") {
                        m.data = redisText(redisElement(fields, f + 1));
                        found = true;
                    } else if (name == "sent_us") { // publish's send time, finer than the id's
                        m.sentMicros = std::atoll(redisText(redisElement(fields, f + 1)).c_str());
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

    // Entries handed out again (own pending ones, claimed ones) carry a delivery count; one
    // delivered more than max_deliveries times goes to the dead letter: the consumers before
    // never acknowledged it, most likely because it made them crash.
    void checkDeliveries(std::vector<SourceMessage>& batch)
    {
        if (batch.empty())
            return;
        const size_t first = delivered_.size() - batch.size();
        const RedisReply r = client_.command({"XPENDING", stream_, group_, delivered_[first], delivered_.back(),
                                              std::to_string(batch.size() * 2 + 16), consumer_});
        std::map<std::string, int64_t> counts;
        for (size_t i = 0; const redisReply* e = redisElement(r.raw(), i); ++i)
            counts[redisText(redisElement(e, 0))] = std::stoll("0" + redisText(redisElement(e, 3)));
        for (size_t i = 0; i < batch.size(); ++i) {
            const auto it = counts.find(delivered_[first + i]);
            if (it != counts.end() && it->second > maxDeliveries_ && batch[i].error.empty())
                batch[i].error = "delivered " + std::to_string(it->second) + " times without being acknowledged (max_deliveries=" +
                    std::to_string(maxDeliveries_) + ")";
        }
    }

    RedisClient client_;
    ConnectorHooks hooks_;
    std::string stream_, group_, consumer_, count_;
    int64_t maxDeliveries_;
    int64_t claimIdle_; // 0: never claim
    std::string claimCursor_ = "0-0";
    std::chrono::steady_clock::time_point nextClaim_{};
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
