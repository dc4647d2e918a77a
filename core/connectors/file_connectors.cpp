// NDJSON files and the standard streams as a source and a sink, and the factories that pick
// an implementation from --from/--notify.
#include "connectors/amqp_connectors.h"
#include "connectors/change_sink.h"
#include "connectors/connector_url.h"
#include "connectors/http_connectors.h"
#include "connectors/message_source.h"
#include "connectors/redis_connectors.h"
#include "live/message_intake.h"
#include "util/error.h"

#include <cstdio>
#include <fstream>
#include <iostream>

#include <poll.h>
#include <unistd.h>

namespace seg {

namespace {

// Whether reading stdin now would not wait: bytes in stdio's buffer (std::cin reads through
// it; glibc's FILE fields) or in the pipe. (std::cin unsynced from stdio would buffer itself,
// but its reads retry on EINTR, so SIGTERM could not stop a quiet pipe.)
bool stdinHasData()
{
    if (stdin->_IO_read_ptr < stdin->_IO_read_end)
        return true;
    pollfd p{STDIN_FILENO, POLLIN, 0};
    return ::poll(&p, 1, 0) > 0 && (p.revents & POLLIN);
}

class FileSource final : public MessageSource {
public:
    explicit FileSource(const std::string& path) : path_(path)
    {
        if (path == "-")
            return;
        file_.open(path, std::ios::binary);
        if (!file_)
            throw Error("cannot read " + path);
    }
    bool next(std::vector<SourceMessage>& batch, std::chrono::milliseconds) override
    {
        batch.clear();
        std::istream& in = path_ == "-" ? std::cin : file_;
        // A file is read in batches of 4,096 lines. stdin is live (a pipe): after the first
        // line, only the lines already waiting join the batch, so each trigger of a slow pipe
        // still comes out at once.
        constexpr size_t kMost = 4096;
        const bool live = path_ == "-";
        std::string line;
        while (batch.size() < kMost && (!live || batch.empty() || stdinHasData()) && std::getline(in, line)) {
            ++lineNumber_;
            batch.push_back({std::move(line), "line " + std::to_string(lineNumber_), {}});
        }
        return !batch.empty();
    }
    std::string describe() const override { return path_ == "-" ? "stdin" : path_; }

private:
    std::string path_;
    std::ifstream file_;
    size_t lineNumber_ = 0;
};

class FileSink final : public ChangeSink {
public:
    explicit FileSink(const std::string& path) : path_(path)
    {
        if (path == "-")
            return;
        file_.open(path, std::ios::binary | std::ios::trunc);
        if (!file_)
            throw Error("cannot write the triggers to " + path);
    }
    void write(const std::vector<LiveChange>& changes, const std::string& emittedAt) override
    {
        std::ostream& out = this->out();
        for (const LiveChange& c : changes)
            out << triggerLine(c, emittedAt) << '\n';
    }
    void flush() override
    {
        out().flush();
        if (!out())
            throw Error("cannot write the triggers to " + describe());
    }
    std::string describe() const override { return path_ == "-" ? "stdout" : path_; }

private:
    std::ostream& out() { return file_.is_open() ? static_cast<std::ostream&>(file_) : std::cout; }
    std::string path_;
    std::ofstream file_;
};

class FanOutSink final : public ChangeSink {
public:
    explicit FanOutSink(std::vector<std::unique_ptr<ChangeSink>> sinks) : sinks_(std::move(sinks)) {}
    void start(const LiveEngine& engine) override
    {
        for (auto& s : sinks_)
            s->start(engine);
    }
    void startShared(const LiveEngine& engine, const std::function<bool(std::string_view)>& ours) override
    {
        for (auto& s : sinks_)
            s->startShared(engine, ours);
    }
    void write(const std::vector<LiveChange>& changes, const std::string& emittedAt) override
    {
        for (auto& s : sinks_)
            s->write(changes, emittedAt);
    }
    void flush() override
    {
        for (auto& s : sinks_)
            s->flush();
    }
    std::string describe() const override
    {
        std::string text;
        for (const auto& s : sinks_)
            text += (text.empty() ? "" : ", ") + s->describe();
        return text;
    }

private:
    std::vector<std::unique_ptr<ChangeSink>> sinks_;
};

} // namespace

std::unique_ptr<ChangeSink> openChangeSinks(const std::vector<std::string>& specs, const ConnectorHooks& hooks)
{
    if (specs.size() == 1)
        return openChangeSink(specs.front(), hooks);
    std::vector<std::unique_ptr<ChangeSink>> sinks;
    size_t stdouts = 0;
    for (const std::string& spec : specs) {
        stdouts += spec == "-" ? 1 : 0;
        if (stdouts > 1)
            throw Error("--notify - (stdout) given more than once");
        sinks.push_back(openChangeSink(spec, hooks));
    }
    return std::make_unique<FanOutSink>(std::move(sinks));
}

std::string triggerLine(const LiveChange& change, const std::string& emittedAt)
{
    Json j = changeToJson(change);
    j["emitted_at"] = emittedAt;
    return j.dump();
}

std::unique_ptr<MessageSource> openMessageSource(const std::string& spec, const ConnectorHooks& hooks)
{
    if (!looksLikeUrl(spec))
        return std::make_unique<FileSource>(spec);
    const ConnectorUrl url = parseConnectorUrl(spec);
    if (url.scheme == "redis")
        return openRedisSource(url, hooks);
    if (url.scheme == "amqp")
        return openAmqpSource(url, hooks);
    if (url.scheme == "http")
        return openHttpSource(url, hooks);
    if (url.scheme == "https")
        throw Error("--from " + url.redacted() + ": the HTTP source speaks plain HTTP (http://127.0.0.1:PORT/PATH); "
                    "put a TLS proxy in front of it for HTTPS");
    throw Error("--from " + url.redacted() + ": unknown kind of source '" + url.scheme +
                "' (a file, - for stdin, redis://, amqp:// or http://)");
}

std::unique_ptr<ChangeSink> openChangeSink(const std::string& spec, const ConnectorHooks& hooks)
{
    if (!looksLikeUrl(spec))
        return std::make_unique<FileSink>(spec);
    const ConnectorUrl url = parseConnectorUrl(spec);
    if (url.scheme == "redis")
        return openRedisSink(url, hooks);
    if (url.scheme == "http" || url.scheme == "https")
        return openWebhookSink(url, hooks);
    throw Error("--notify " + url.redacted() + ": unknown kind of sink '" + url.scheme +
                "' (a file, - for stdout, redis://, or an http:// or https:// webhook)");
}

} // namespace seg
