#pragma once
// Where `stream` writes its triggers to (--notify, several allowed): an NDJSON file or
// stdout, or Redis (each segment's members as a set, each change appended to a stream).
#include "connectors/connector_hooks.h"
#include "live/live_engine.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

class ChangeSink {
public:
    virtual ~ChangeSink() = default;
    // Called once before the first message, with the state at start (the imported data):
    // a sink that mirrors memberships writes the initial members here.
    virtual void start(const LiveEngine&) {}
    // The same for one of several workers sharing the destination (stream --partition):
    // `ours` tells this worker's customer keys; a mirroring sink replaces at start only
    // those, leaving the other workers' members alone. Default: start().
    virtual void startShared(const LiveEngine& engine, const std::function<bool(std::string_view key)>&) { start(engine); }
    // Changes of one or more messages, in order; emittedAt is the time they are written.
    virtual void write(const std::vector<LiveChange>& changes, const std::string& emittedAt) = 0;
    // Everything written so far has reached its destination (the OS for a file, the server
    // for Redis); problems are retried with backoff inside, so this returns only when done.
    virtual void flush() = 0;
    virtual std::string describe() const = 0;
};

// The JSON line of a trigger: changeToJson plus emitted_at.
std::string triggerLine(const LiveChange& change, const std::string& emittedAt);

// "-" (stdout), a file path (truncated), or redis://host:port/db[?prefix=seg:].
std::unique_ptr<ChangeSink> openChangeSink(const std::string& spec, const ConnectorHooks& hooks = {});
// Several sinks as one: each call goes to every sink in order; flush() returns once all have
// flushed (so a broker source acknowledges only what every sink holds). One spec: that sink.
std::unique_ptr<ChangeSink> openChangeSinks(const std::vector<std::string>& specs, const ConnectorHooks& hooks = {});

} // namespace seg
