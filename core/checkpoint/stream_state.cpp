#include "checkpoint/stream_state.h"

#include "checkpoint/live_state_codec.h"
#include "connectors/connector_url.h"
#include "graph/graph_hash.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace seg {

namespace {

int64_t nowMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

bool isFileSpec(const std::string& spec) { return spec != "-" && !looksLikeUrl(spec); }

// A message file as the state names it: absolute, so that "msgs.ndjson" and "./msgs.ndjson"
// (or the same file from another working folder) are one source.
std::string sourceName(const std::string& from)
{
    return isFileSpec(from) ? std::filesystem::absolute(from).lexically_normal().string() : from;
}

// The folder's log files (log-<number>.bin) with their numbers.
std::vector<std::pair<uint64_t, std::filesystem::path>> logFiles(const std::filesystem::path& dir)
{
    std::vector<std::pair<uint64_t, std::filesystem::path>> out;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > 8 && name.rfind("log-", 0) == 0 && name.substr(name.size() - 4) == ".bin") {
            const std::string digits = name.substr(4, name.size() - 8);
            if (!digits.empty() && digits.size() <= 18 && digits.find_first_not_of("0123456789") == std::string::npos)
                out.emplace_back(std::stoull(digits), entry.path());
        }
    }
    return out;
}

// Fault injection for the crash tests (tests/checkpoint/test_state_crash.cpp):
// SEGSTUDIO_STATE_FAULT=<point>:<n> kills the process with SIGKILL the n-th time it reaches
// <point>: after-sinks (a batch's triggers flushed, not logged), after-log (logged, not
// acknowledged), after-snapshot (a new snapshot renamed in, its log not started). Unset in
// normal use; it only ever ends the process the way a crash would.
void faultPoint(const char* point)
{
    static const std::string fault = [] {
        const char* v = std::getenv("SEGSTUDIO_STATE_FAULT");
        return std::string(v ? v : "");
    }();
    static long remaining = -1;
    if (fault.empty() || fault.rfind(std::string(point) + ":", 0) != 0)
        return;
    if (remaining < 0)
        remaining = std::atol(fault.c_str() + std::strlen(point) + 1);
    if (--remaining <= 0)
        ::raise(SIGKILL);
}

void syncFolder(const std::filesystem::path& dir)
{
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

StreamState::StreamState(const StreamStateOptions& options, const Graph& graph, const std::string& from)
    : options_(options), graphHash_(graphHash(graph)), from_(sourceName(from))
{
    const auto& dir = options_.dir;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (!std::filesystem::is_directory(dir))
        throw Error("--state " + dir.string() + ": not a folder that can be created or used");
    // One stream per folder: a second one would interleave its records with the first's.
    const auto lockFile = dir / "lock";
    lockFd_ = ::open(lockFile.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lockFd_ < 0)
        throw Error("cannot open " + lockFile.string() + ": " + std::strerror(errno));
    if (::flock(lockFd_, LOCK_EX | LOCK_NB) != 0) {
        std::ifstream in(lockFile);
        std::string pid;
        std::getline(in, pid);
        ::close(lockFd_);
        lockFd_ = -1;
        throw Error("the state folder " + dir.string() + " is in use by another stream" +
                    (pid.empty() ? std::string() : " (process " + pid + ")"));
    }
    try {
        load(from);
    } catch (...) {
        ::close(lockFd_); // a throwing constructor runs no destructor: let go of the folder
        lockFd_ = -1;
        throw;
    }
}

void StreamState::load(const std::string& from)
{
    const auto& dir = options_.dir;
    std::error_code ec;
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(lockFd_, 0) == 0 && ::write(lockFd_, pid.data(), pid.size()) < 0) {
        // the pid is only for the message above
    }
    if (options_.reset) {
        std::filesystem::remove(snapshotPath(), ec);
        std::filesystem::remove(dataPath(), ec);
        for (const auto& [n, path] : logFiles(dir))
            std::filesystem::remove(path, ec);
        syncFolder(dir);
    }
    if (!std::filesystem::exists(snapshotPath())) {
        std::filesystem::remove(dataPath(), ec); // a first snapshot that did not get written
        for (const auto& [n, path] : logFiles(dir)) // a log without its snapshot continues nothing
            std::filesystem::remove(path, ec);
        return;
    }
    snapshot_ = std::make_unique<SnapshotFile>(readSnapshotFile(snapshotPath()));
    const SnapshotHeader& h = snapshot_->header;
    if (h.graphHash != graphHash_)
        throw Error("the state in " + dir.string() + " was made for another graph (graph hash " + h.graphHash.substr(0, 12) +
                    "..., this graph " + graphHash_.substr(0, 12) +
                    "...): start over with --state-reset, or give another --state folder");
    if (isFileSpec(from) && isFileSpec(h.source) && h.source != from_)
        throw Error("the state in " + dir.string() + " was made reading " + h.source + ", not " + from_ +
                    ": give the same --from, or start over with --state-reset");
    generation_ = h.generation;
    positions_ = h.positions;
    if (std::filesystem::exists(logPath(generation_))) {
        replay_ = MessageLog::read(logPath(generation_), generation_, graphHash_, &logNote_);
        if (!replay_.empty()) {
            positions_ = replay_.back().after;
            handled_.insert(replay_.back().acknowledged.begin(), replay_.back().acknowledged.end());
        }
    }
    for (const auto& [n, path] : logFiles(dir)) // older generations' logs a crash left behind
        if (n != generation_)
            std::filesystem::remove(path, ec);
}

StreamState::~StreamState()
{
    if (lockFd_ >= 0)
        ::close(lockFd_);
}

Dataset StreamState::restoredData()
{
    // The imported data never changes while a state lives: it is written once, to data.bin,
    // and each snapshot names it by its checksum.
    const SnapshotFile file = readSnapshotFile(dataPath());
    if (file.checksum != snapshot_->header.dataChecksum || file.header.graphHash != graphHash_)
        throw Error("the state data " + dataPath().string() + " does not belong to " + snapshotPath().string() +
                    " (it was replaced): start over with --state-reset");
    ByteReader in = file.stateReader(dataPath());
    Dataset data = readDataset(in);
    if (in.remaining() != 0)
        in.fail("is damaged: bytes after the data");
    dataChecksum_ = file.checksum;
    return data;
}

std::unique_ptr<MessageSource> StreamState::openSource(const std::string& from, const ConnectorHooks& hooks)
{
    if (!isFileSpec(from))
        return openMessageSource(from, hooks); // brokers redeliver; stdin cannot be re-read
    auto source = std::make_unique<ResumableFileSource>(from, positions_.sourceOffset, positions_.lineNumber);
    fileSource_ = source.get();
    return source;
}

std::unique_ptr<ChangeSink> StreamState::openSinks(const std::vector<std::string>& notify, const ConnectorHooks& hooks)
{
    auto sinks = std::make_unique<StateSinks>();
    size_t stdouts = 0;
    for (const std::string& spec : notify) {
        if (!isFileSpec(spec)) {
            stdouts += spec == "-" ? 1 : 0;
            if (stdouts > 1)
                throw Error("--notify - (stdout) given more than once");
            sinks->add(openChangeSink(spec, hooks));
            continue;
        }
        std::optional<uint64_t> keep;
        if (snapshot_) {
            keep = 0; // a trigger file the state does not know yet starts empty
            for (const auto& [path, bytes] : positions_.sinks)
                if (path == spec)
                    keep = bytes;
        }
        sinks->addFile(std::make_unique<DurableFileSink>(spec, keep));
    }
    sinks_ = sinks.get();
    return sinks;
}

std::string StreamState::begin(LiveEngine& engine, LiveIntake& intake)
{
    std::ostringstream out;
    if (!snapshot_) {
        const auto t0 = std::chrono::steady_clock::now();
        writeSnapshot(engine, intake);
        out << "stream: new state in " << options_.dir.string() << " (snapshot generation " << generation_
            << " written in " << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s)\n";
        return out.str();
    }
    if (dataChecksum_ == 0)
        throw Error("internal: StreamState::begin() before restoredData()");
    ByteReader in = snapshot_->stateReader(snapshotPath());
    readEngineState(in, engine);
    readIntakeState(in, intake);
    // Replay with a fixed clock: the log says where the clock stood around each batch (a wall
    // clock would read today's date instead of the one the messages had).
    const LiveClockMode mode = setIntakeClockMode(intake, LiveClockMode::Fixed);
    std::vector<LiveChange> changes; // already in the sinks up to the saved positions
    std::vector<DeadLetter> dead;    // already written when the message was first handled
    std::vector<std::string_view> views;
    size_t messages = 0;
    for (const LogRecord& r : replay_) {
        // With the wall clock the day moves before a batch's first message; otherwise the
        // messages (events clock) or nothing (fixed) move it.
        intake.advanceClock(mode == LiveClockMode::Wall ? r.after.clock : r.clockBefore, changes);
        views.assign(r.messages.begin(), r.messages.end());
        if (!views.empty())
            intake.processLines(views, 1, changes, dead);
        intake.advanceClock(r.after.clock, changes);
        changes.clear();
        dead.clear();
        messages += r.messages.size();
    }
    setIntakeClockMode(intake, mode);
    messagesSinceSnapshot_ = messages;
    log_ = std::make_unique<MessageLog>(logPath(generation_), generation_, graphHash_);
    if (!logNote_.empty())
        out << "stream: " << logNote_ << "\n";
    out << "stream: restored " << describeSnapshot(snapshotPath(), *snapshot_);
    out << "stream: replayed " << replay_.size() << " logged batches (" << messages << " messages) of "
        << logPath(generation_).string() << "; clock " << formatDate(engine.clock()) << "; state restored in "
        << std::chrono::duration<double>(std::chrono::steady_clock::now() - opened_).count() << " s\n";
    replay_.clear();
    replay_.shrink_to_fit();
    snapshot_->release(); // the bytes are restored; keep only the header for describeSnapshot()
    return out.str();
}

size_t StreamState::dropHandled(std::vector<SourceMessage>& batch)
{
    if (handled_.empty())
        return 0;
    const size_t before = batch.size();
    std::erase_if(batch, [&](const SourceMessage& m) {
        if (m.identity.empty())
            return false; // nothing to know it by (a file line, an AMQP message without message_id)
        const auto it = handled_.find(m.identity);
        if (it == handled_.end())
            return false;
        handled_.erase(it);
        return true;
    });
    return before - batch.size();
}

StreamPositions StreamState::currentPositions(int32_t clock) const
{
    StreamPositions p = positions_;
    p.clock = clock;
    if (fileSource_)
        p.sourceOffset = fileSource_->offset();
    p.sinks.clear();
    if (sinks_)
        for (const DurableFileSink* f : sinks_->files())
            p.sinks.emplace_back(f->path(), f->bytes());
    return p;
}

void StreamState::commit(const std::vector<SourceMessage>& batch, uint64_t lineNumber, uint64_t entriesWithoutMessage,
                         const LiveEngine& engine)
{
    if (!batch.empty())
        faultPoint("after-sinks");
    LogRecord r;
    r.clockBefore = positions_.clock;
    r.after = currentPositions(engine.clock());
    r.after.lineNumber = lineNumber;
    r.after.entriesWithoutMessage = entriesWithoutMessage;
    for (const SourceMessage& m : batch) {
        if (!m.identity.empty()) // Redis entry ids, AMQP message ids
            r.acknowledged.push_back(m.identity);
        if (m.error.empty())
            r.messages.push_back(m.data);
    }
    const bool moved = r.after.clock != positions_.clock || r.after.sinks != positions_.sinks ||
        r.after.sourceOffset != positions_.sourceOffset || r.after.entriesWithoutMessage != positions_.entriesWithoutMessage;
    if (batch.empty() && !moved)
        return; // a quiet poll: nothing to keep
    log_->append(r);
    if (!batch.empty())
        faultPoint("after-log");
    positions_ = std::move(r.after);
    messagesSinceSnapshot_ += r.messages.size();
    handled_.clear(); // acknowledged next: no redelivery of what came before
}

std::string StreamState::maybeSnapshot(const LiveEngine& engine, const LiveIntake& intake, bool force)
{
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - lastSnapshot_).count();
    if (!force && messagesSinceSnapshot_ < options_.snapshotMessages &&
        (messagesSinceSnapshot_ == 0 || seconds < options_.snapshotSeconds))
        return {};
    if (force && messagesSinceSnapshot_ == 0 && snapshot_ && positions_.clock == engine.clock())
        return {}; // nothing new since the last one
    const auto t0 = std::chrono::steady_clock::now();
    writeSnapshot(engine, intake);
    std::ostringstream out;
    out << "stream: state snapshot generation " << generation_ << " written in "
        << std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() << " s ("
        << std::filesystem::file_size(snapshotPath()) / 1'000'000 << " MB)\n";
    return out.str();
}

void StreamState::writeSnapshot(const LiveEngine& engine, const LiveIntake& intake)
{
    SnapshotHeader h;
    h.graphHash = graphHash_;
    h.generation = generation_ + 1;
    h.writtenAtMicros = nowMicros();
    h.source = from_;
    h.positions = currentPositions(engine.clock());
    h.positions.lineNumber = positions_.lineNumber;
    h.positions.entriesWithoutMessage = positions_.entriesWithoutMessage;
    if (dataChecksum_ == 0) { // the first snapshot of this state: its data too
        SnapshotHeader d;
        d.graphHash = graphHash_;
        d.writtenAtMicros = h.writtenAtMicros;
        d.source = "data";
        ByteWriter data;
        writeDataset(data, engine.data());
        dataChecksum_ = writeSnapshotFile(dataPath(), d, data.buffer());
    }
    h.dataChecksum = dataChecksum_;
    ByteWriter state;
    writeEngineState(state, engine);
    writeIntakeState(state, intake);
    writeSnapshotFile(snapshotPath(), h, state.buffer());
    faultPoint("after-snapshot");
    // The snapshot holds everything the old log had: the next batches go to a new one.
    const uint64_t old = generation_;
    generation_ = h.generation;
    positions_ = h.positions;
    log_ = std::make_unique<MessageLog>(logPath(generation_), generation_, graphHash_);
    std::error_code ec;
    if (old > 0)
        std::filesystem::remove(logPath(old), ec);
    if (!snapshot_)
        snapshot_ = std::make_unique<SnapshotFile>();
    snapshot_->header = h;
    messagesSinceSnapshot_ = 0;
    lastSnapshot_ = std::chrono::steady_clock::now();
}

} // namespace seg
