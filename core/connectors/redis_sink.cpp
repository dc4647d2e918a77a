// Memberships mirrored into Redis: each segment's members as a set `<prefix><segment id>`
// (SISMEMBER answers "is customer 42 in VIP?"), every change appended to the stream
// `<changes>` with the trigger's fields. At start each set is rebuilt under a temporary key
// and renamed over the old one, so a reader never sees a half-written set. Changes are
// pipelined and sent on flush(); after a reconnect the unsent part is sent again (SADD/SREM
// are idempotent; an XADD may repeat, with the same change_id).
#include "connectors/redis_client.h"
#include "connectors/redis_connectors.h"

namespace seg {

namespace {

class RedisSink final : public ChangeSink {
public:
    RedisSink(const ConnectorUrl& url, const ConnectorHooks& hooks)
        : client_(url, "redis sink", hooks), prefix_(url.value("prefix", "seg:")),
          changes_(url.value("changes", prefix_ + "changes")),
          maxLen_(std::to_string(url.number("maxlen", 1'000'000, 1, 1'000'000'000'000)))
    {
        for (const auto& [name, value] : url.query)
            if (name != "prefix" && name != "changes" && name != "maxlen")
                throw Error("the URL " + url.redacted() + " has an unknown parameter '" + name +
                            "' (prefix, changes, maxlen)");
    }

    void start(const LiveEngine& engine) override
    {
        const Column& keys = engine.data().customers.key();
        for (const BoundNode& b : engine.bound().nodes) {
            if (b.node->type != NodeType::Segment)
                continue;
            const std::string key = checkedKey(b.node->id);
            const std::string loading = key + ":loading";
            std::vector<RedisCommand> commands{{"DEL", loading}};
            RedisCommand add{"SADD", loading};
            auto send = [&] {
                if (add.size() > 2)
                    commands.push_back(add);
                add.resize(2);
                client_.pipeline(commands);
                commands.clear();
            };
            engine.members(b.node->id).forEach([&](size_t row) {
                add.push_back(keys.textAt(row));
                if (add.size() >= 1002)
                    send();
            });
            send();
            // RENAME fails on a missing key (an empty set does not exist in Redis): then DEL.
            if (redisText(client_.command({"EXISTS", loading}).raw()) != "0")
                client_.command({"RENAME", loading, key});
            else
                client_.command({"DEL", key});
        }
    }

    // Several workers share the sets: each one removes from them only its own customers that
    // are no members now (SSCAN over the set) and adds its members; the other workers'
    // members stay. Not atomic like start()'s rename: a reader may see this worker's
    // customers change during the start.
    void startShared(const LiveEngine& engine, const std::function<bool(std::string_view)>& ours) override
    {
        const Column& keys = engine.data().customers.key();
        for (const BoundNode& b : engine.bound().nodes) {
            if (b.node->type != NodeType::Segment)
                continue;
            const std::string key = checkedKey(b.node->id);
            const Bitset members = engine.members(b.node->id);
            std::vector<RedisCommand> commands;
            RedisCommand remove{"SREM", key};
            std::string cursor = "0";
            do {
                const RedisReply r = client_.command({"SSCAN", key, cursor, "COUNT", "1000"});
                cursor = redisText(redisElement(r.raw(), 0));
                for (size_t i = 0; const redisReply* e = redisElement(redisElement(r.raw(), 1), i); ++i) {
                    const std::string member = redisText(e);
                    if (!ours(member))
                        continue;
                    const auto row = engine.rowOfKey(member);
                    if (!row || !members.test(*row))
                        remove.push_back(member);
                }
            } while (cursor != "0");
            if (remove.size() > 2)
                commands.push_back(remove);
            RedisCommand add{"SADD", key};
            members.forEach([&](size_t row) {
                add.push_back(keys.textAt(row));
                if (add.size() >= 1002) {
                    commands.push_back(add);
                    add.resize(2);
                }
            });
            if (add.size() > 2)
                commands.push_back(add);
            client_.pipeline(commands);
        }
    }

    void write(const std::vector<LiveChange>& changes, const std::string& emittedAt) override
    {
        for (const LiveChange& c : changes) {
            pending_.push_back({c.enter ? "SADD" : "SREM", prefix_ + c.segment, c.key});
            pending_.push_back({"XADD", changes_, "MAXLEN", "~", maxLen_, "*", "change_id", c.changeId, "segment",
                                c.segment, "key", c.key, "change", c.enter ? "enter" : "exit", "event_id", c.eventId,
                                "event_time", c.eventTime, "emitted_at", emittedAt});
        }
    }

    void flush() override
    {
        constexpr size_t kSlice = 2000; // commands per round trip
        for (size_t i = 0; i < pending_.size(); i += kSlice) {
            const size_t end = std::min(pending_.size(), i + kSlice);
            client_.pipeline({pending_.begin() + static_cast<std::ptrdiff_t>(i), pending_.begin() + static_cast<std::ptrdiff_t>(end)});
        }
        pending_.clear();
    }

    std::string describe() const override { return client_.describe(); }

private:
    std::string checkedKey(const std::string& segment) const
    {
        const std::string key = prefix_ + segment;
        if (key == changes_)
            throw Error("--notify " + client_.describe() + ": segment '" + segment +
                        "' would share its key with the changes stream " + changes_ + " (set ?changes=...)");
        return key;
    }

    RedisClient client_;
    std::string prefix_, changes_, maxLen_;
    std::vector<RedisCommand> pending_;
};

} // namespace

std::unique_ptr<ChangeSink> openRedisSink(const ConnectorUrl& url, const ConnectorHooks& hooks)
{
    return std::make_unique<RedisSink>(url, hooks);
}

} // namespace seg
