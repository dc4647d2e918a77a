#include "connectors/redis_client.h"

#include <hiredis/hiredis.h>

#include <charconv>

namespace seg {

RedisReply::RedisReply(redisReply* r) : reply_(r, [](redisReply* p) { freeReplyObject(p); }) {}
bool RedisReply::isNil() const { return redisIsNil(reply_.get()); }
bool RedisReply::isArray() const { return reply_ && reply_->type == REDIS_REPLY_ARRAY; }
size_t RedisReply::size() const { return isArray() ? reply_->elements : 0; }

const redisReply* redisElement(const redisReply* r, size_t i)
{
    if (!r || r->type != REDIS_REPLY_ARRAY || i >= r->elements)
        return nullptr;
    return r->element[i];
}

std::string redisText(const redisReply* r)
{
    if (!r)
        return {};
    if (r->type == REDIS_REPLY_STRING || r->type == REDIS_REPLY_STATUS || r->type == REDIS_REPLY_ERROR)
        return std::string(r->str, r->len);
    if (r->type == REDIS_REPLY_INTEGER)
        return std::to_string(r->integer);
    return {};
}

bool redisIsNil(const redisReply* r) { return !r || r->type == REDIS_REPLY_NIL; }

namespace {

constexpr std::chrono::milliseconds kReadTimeout{10'000};

timeval toTimeval(std::chrono::milliseconds ms)
{
    timeval tv{};
    tv.tv_sec = static_cast<time_t>(ms.count() / 1000);
    tv.tv_usec = static_cast<suseconds_t>((ms.count() % 1000) * 1000);
    return tv;
}

} // namespace

RedisClient::RedisClient(const ConnectorUrl& url, std::string role, ConnectorHooks hooks)
    : url_(url), role_(std::move(role)), hooks_(std::move(hooks))
{
    if (!url_.path.empty()) {
        int db = 0;
        const auto [ptr, ec] = std::from_chars(url_.path.data(), url_.path.data() + url_.path.size(), db);
        if (ec != std::errc() || ptr != url_.path.data() + url_.path.size() || db < 0)
            throw Error(describe() + ": the path must be a database number (redis://host:port/0), not '" + url_.path + "'");
    }
    std::string why;
    if (!connect(why))
        throw Error("cannot connect to the " + describe() + ": " + why);
}

RedisClient::~RedisClient()
{
    if (context_)
        redisFree(context_);
}

bool RedisClient::connect(std::string& why)
{
    if (context_) {
        redisFree(context_);
        context_ = nullptr;
    }
    context_ = redisConnectWithTimeout(url_.host.c_str(), url_.port ? url_.port : 6379, toTimeval(std::chrono::seconds(5)));
    if (!context_ || context_->err) {
        why = context_ ? context_->errstr : "out of memory";
        // Freed at once: a constructor that throws on this never runs the destructor (found by
        // the ASan pass: test_redis_stream unreachableServerFailsWithTheReason).
        if (context_)
            redisFree(context_);
        context_ = nullptr;
        return false;
    }
    // AUTH and SELECT: errors here are the user's (wrong password, database), not the network's.
    std::vector<RedisCommand> setup;
    if (!url_.password.empty())
        setup.push_back(url_.user.empty() ? RedisCommand{"AUTH", url_.password} : RedisCommand{"AUTH", url_.user, url_.password});
    if (!url_.path.empty() && url_.path != "0")
        setup.push_back({"SELECT", url_.path});
    std::vector<RedisReply> replies;
    return setup.empty() || tryPipeline(setup, {}, replies, why);
}

void RedisClient::reconnect(const std::string& why)
{
    retryWithBackoff(hooks_, describe(), why, [this](std::string& w) { return connect(w); });
    ++reconnects_;
}

bool RedisClient::tryPipeline(const std::vector<RedisCommand>& commands, std::chrono::milliseconds extraWait,
                              std::vector<RedisReply>& out, std::string& why)
{
    out.clear();
    if (!context_ || context_->err) {
        why = context_ ? context_->errstr : "not connected";
        return false;
    }
    redisSetTimeout(context_, toTimeval(kReadTimeout + extraWait));
    std::vector<const char*> argv;
    std::vector<size_t> lengths;
    for (const RedisCommand& c : commands) {
        argv.clear();
        lengths.clear();
        for (const std::string& a : c) {
            argv.push_back(a.data());
            lengths.push_back(a.size());
        }
        if (redisAppendCommandArgv(context_, static_cast<int>(argv.size()), argv.data(), lengths.data()) != REDIS_OK) {
            why = context_->errstr;
            return false;
        }
    }
    std::string firstError;
    for (size_t i = 0; i < commands.size(); ++i) {
        void* raw = nullptr;
        if (redisGetReply(context_, &raw) != REDIS_OK || !raw) {
            why = context_->err ? context_->errstr : "no reply";
            return false;
        }
        RedisReply reply(static_cast<redisReply*>(raw));
        if (reply.raw()->type == REDIS_REPLY_ERROR && firstError.empty())
            firstError = redisText(reply.raw()) + " (" + commands[i].front() + (commands[i].size() > 1 ? " " + commands[i][1] : "") + ")";
        out.push_back(std::move(reply));
    }
    if (!firstError.empty())
        throw RedisError(describe(), firstError);
    return true;
}

RedisReply RedisClient::command(const RedisCommand& args, std::chrono::milliseconds extraWait)
{
    std::vector<RedisReply> out;
    std::string why;
    const std::vector<RedisCommand> one{args};
    while (!tryPipeline(one, extraWait, out, why))
        reconnect(why);
    return out.front();
}

std::vector<RedisReply> RedisClient::pipeline(const std::vector<RedisCommand>& commands)
{
    std::vector<RedisReply> out;
    if (commands.empty())
        return out;
    std::string why;
    while (!tryPipeline(commands, {}, out, why))
        reconnect(why);
    return out;
}

} // namespace seg
