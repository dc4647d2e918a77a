#pragma once
// The file source and trigger file of `stream --state`: a message file read from a saved
// byte offset, and a trigger file that is appended to (not truncated), fsynced on flush and
// cut back to the saved length on restart, so the triggers of messages handled again after a
// crash are written once. Brokers and stdout use the ordinary connectors.
#include "connectors/change_sink.h"
#include "connectors/message_source.h"

#include <cstdint>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

namespace seg {

class ResumableFileSource final : public MessageSource {
public:
    // Reads `path` from byte `offset` (throws naming the file when it is shorter).
    ResumableFileSource(const std::string& path, uint64_t offset, uint64_t lineNumber);
    bool next(std::vector<SourceMessage>& batch, std::chrono::milliseconds wait) override;
    std::string describe() const override { return path_; }
    uint64_t offset() const { return offset_; } // bytes of the lines returned so far

private:
    std::string path_;
    std::ifstream file_;
    uint64_t offset_ = 0;
    uint64_t lineNumber_ = 0;
};

class DurableFileSink final : public ChangeSink {
public:
    // Opens `path` for appending; `keepBytes` (none: a fresh start) cuts it back to that
    // length first (throws naming the file when it is shorter: changed outside the stream).
    DurableFileSink(const std::string& path, std::optional<uint64_t> keepBytes);
    ~DurableFileSink() override;
    void write(const std::vector<LiveChange>& changes, const std::string& emittedAt) override;
    void flush() override; // writes and fdatasyncs
    std::string describe() const override { return path_; }
    const std::string& path() const { return path_; }
    uint64_t bytes() const { return bytes_; } // flushed bytes

private:
    std::string path_;
    int fd_ = -1;
    std::string pending_;
    uint64_t bytes_ = 0;
};

// Several sinks as one (as openChangeSinks), keeping pointers to the trigger files.
class StateSinks final : public ChangeSink {
public:
    void add(std::unique_ptr<ChangeSink> sink) { sinks_.push_back(std::move(sink)); }
    void addFile(std::unique_ptr<DurableFileSink> sink)
    {
        files_.push_back(sink.get());
        sinks_.push_back(std::move(sink));
    }
    void start(const LiveEngine& engine) override;
    // A partition worker (--partition) leaves the other workers' members in shared sinks.
    void startShared(const LiveEngine& engine, const std::function<bool(std::string_view key)>& ours) override;
    void write(const std::vector<LiveChange>& changes, const std::string& emittedAt) override;
    void flush() override;
    std::string describe() const override;
    const std::vector<DurableFileSink*>& files() const { return files_; }

private:
    std::vector<std::unique_ptr<ChangeSink>> sinks_;
    std::vector<DurableFileSink*> files_;
};

} // namespace seg
