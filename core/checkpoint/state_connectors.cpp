#include "checkpoint/state_connectors.h"

#include "util/error.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <unistd.h>

namespace seg {

ResumableFileSource::ResumableFileSource(const std::string& path, uint64_t offset, uint64_t lineNumber)
    : path_(path), offset_(offset), lineNumber_(lineNumber)
{
    file_.open(path, std::ios::binary);
    if (!file_)
        throw Error("cannot read " + path);
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size < offset)
        throw Error("the message file " + path + " has " + std::to_string(size) + " bytes, fewer than the " +
                    std::to_string(offset) + " the state has read from it (it was replaced or cut; use --state-reset "
                    "to start over)");
    file_.seekg(static_cast<std::streamoff>(offset));
}

bool ResumableFileSource::next(std::vector<SourceMessage>& batch, std::chrono::milliseconds)
{
    batch.clear();
    constexpr size_t kMost = 4096; // as the plain file source
    std::string line;
    while (batch.size() < kMost && std::getline(file_, line)) {
        // The line end counts unless the file ended without one.
        offset_ += line.size() + (file_.eof() ? 0 : 1);
        ++lineNumber_;
        batch.push_back({std::move(line), "line " + std::to_string(lineNumber_), {}, 0, {}});
    }
    return !batch.empty();
}

DurableFileSink::DurableFileSink(const std::string& path, std::optional<uint64_t> keepBytes) : path_(path)
{
    fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0)
        throw Error("cannot write the triggers to " + path + ": " + std::strerror(errno));
    const off_t size = ::lseek(fd_, 0, SEEK_END);
    const uint64_t keep = keepBytes.value_or(0);
    if (size < 0 || static_cast<uint64_t>(size) < keep) {
        ::close(fd_);
        throw Error("the trigger file " + path + " has " + std::to_string(size) + " bytes, fewer than the " +
                    std::to_string(keep) + " the state recorded (it was changed outside the stream; use "
                    "--state-reset to start over)");
    }
    // Triggers after `keep` belong to messages that were not acknowledged: they are handled
    // again and write the same lines again.
    if (::ftruncate(fd_, static_cast<off_t>(keep)) != 0 || ::lseek(fd_, static_cast<off_t>(keep), SEEK_SET) < 0) {
        ::close(fd_);
        throw Error("cannot cut the trigger file " + path + " back to " + std::to_string(keep) + " bytes: " +
                    std::strerror(errno));
    }
    bytes_ = keep;
}

DurableFileSink::~DurableFileSink()
{
    if (fd_ >= 0)
        ::close(fd_);
}

void DurableFileSink::write(const std::vector<LiveChange>& changes, const std::string& emittedAt)
{
    for (const LiveChange& c : changes) {
        pending_ += triggerLine(c, emittedAt);
        pending_ += '\n';
    }
}

void DurableFileSink::flush()
{
    size_t done = 0;
    while (done < pending_.size()) {
        const ssize_t n = ::write(fd_, pending_.data() + done, pending_.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            throw Error("cannot write the triggers to " + path_ + ": " + std::strerror(errno));
        done += static_cast<size_t>(n);
    }
    if (!pending_.empty() && ::fdatasync(fd_) != 0)
        throw Error("cannot sync the triggers to " + path_ + ": " + std::strerror(errno));
    bytes_ += pending_.size();
    pending_.clear();
}

void StateSinks::start(const LiveEngine& engine)
{
    for (auto& s : sinks_)
        s->start(engine);
}

void StateSinks::startShared(const LiveEngine& engine, const std::function<bool(std::string_view key)>& ours)
{
    for (auto& s : sinks_)
        s->startShared(engine, ours);
}

void StateSinks::write(const std::vector<LiveChange>& changes, const std::string& emittedAt)
{
    for (auto& s : sinks_)
        s->write(changes, emittedAt);
}

void StateSinks::flush()
{
    for (auto& s : sinks_)
        s->flush();
}

std::string StateSinks::describe() const
{
    std::string text;
    for (const auto& s : sinks_)
        text += (text.empty() ? "" : ", ") + s->describe();
    return text;
}

} // namespace seg
