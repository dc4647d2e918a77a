#pragma once
// `stream --state DIR`: the state folder that lets a stream continue after a stop or a crash
// instead of importing the data again. DIR holds data.bin (the imported data, written once),
// snapshot.bin (the live state at a batch boundary, generation G), log-G.bin (every batch handled since, appended and fsynced
// before the source is acknowledged) and lock (one stream per folder).
//
// Per batch the stream: handles the messages, writes and flushes (fsyncs) the sinks,
// commit()s the batch to the log, acknowledges the source, and maybe writes a new snapshot
// (every N messages or T seconds; it starts log-(G+1) and removes log-G). On restart the
// snapshot is loaded, the log replayed, trigger files cut back to the length the last
// record saw, a file source read on from its saved offset, and broker entries the state
// already holds (handled, not yet acknowledged when the stream died) acknowledged without
// handling them again. docs/live-state.md has the details and the file format.
#include "checkpoint/message_log.h"
#include "checkpoint/snapshot_file.h"
#include "checkpoint/state_connectors.h"
#include "graph/graph.h"
#include "live/message_intake.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace seg {

struct StreamStateOptions {
    std::filesystem::path dir;
    bool reset = false;                  // remove the folder's state files and start from the import
    uint64_t snapshotMessages = 1'000'000; // a new snapshot after this many messages ...
    double snapshotSeconds = 300;        // ... or this many seconds, whichever comes first
};

class StreamState {
public:
    // Creates DIR when missing, locks it (seg::Error when another stream holds it) and reads
    // its snapshot and log when there are any: a damaged, foreign or newer file, or a state
    // made for another graph or another message file, throws seg::Error naming the file.
    StreamState(const StreamStateOptions& options, const Graph& graph, const std::string& from);
    ~StreamState();
    StreamState(const StreamState&) = delete;
    StreamState& operator=(const StreamState&) = delete;

    bool restoring() const { return snapshot_ != nullptr; }
    int32_t savedClock() const { return snapshot_->header.positions.clock; }
    // The imported data as the snapshot keeps it (restoring() only).
    Dataset restoredData();

    // The source and sinks: a file source from its saved offset, trigger files cut back to
    // their saved length; other kinds as openMessageSource / openChangeSink open them.
    std::unique_ptr<MessageSource> openSource(const std::string& from, const ConnectorHooks& hooks);
    std::unique_ptr<ChangeSink> openSinks(const std::vector<std::string>& notify, const ConnectorHooks& hooks);
    uint64_t lineNumber() const { return positions_.lineNumber; }
    uint64_t entriesWithoutMessage() const { return positions_.entriesWithoutMessage; }

    // Restoring: the engine (built over restoredData() at savedClock(), not started) and
    // the intake get the snapshot's state, then the log is replayed. A fresh start: the
    // first snapshot is written. Returns what happened, for the log on stderr.
    std::string begin(LiveEngine& engine, LiveIntake& intake);

    // Takes out of a batch the broker entries the state holds already (handled before a
    // crash, not yet acknowledged); they are acknowledged with the batch. Returns how many.
    size_t dropHandled(std::vector<SourceMessage>& batch);
    // The batch's changes are flushed to every sink: log it (fsynced). Call before the
    // source's acknowledge(); a batch that changed nothing writes no record.
    void commit(const std::vector<SourceMessage>& batch, uint64_t lineNumber, uint64_t entriesWithoutMessage,
                const LiveEngine& engine);
    // After acknowledge(): writes a new snapshot when one is due (or `force`, at the end);
    // returns a line saying so for stderr, or "".
    std::string maybeSnapshot(const LiveEngine& engine, const LiveIntake& intake, bool force = false);

private:
    void load(const std::string& from); // the constructor's part after locking the folder
    void writeSnapshot(const LiveEngine& engine, const LiveIntake& intake);
    StreamPositions currentPositions(int32_t clock) const;
    std::filesystem::path snapshotPath() const { return options_.dir / "snapshot.bin"; }
    std::filesystem::path dataPath() const { return options_.dir / "data.bin"; }
    std::filesystem::path logPath(uint64_t generation) const
    {
        return options_.dir / ("log-" + std::to_string(generation) + ".bin");
    }

    StreamStateOptions options_;
    std::string graphHash_;
    std::string from_;
    int lockFd_ = -1;
    std::unique_ptr<SnapshotFile> snapshot_;
    uint64_t dataChecksum_ = 0; // of data.bin, once written or read
    std::vector<LogRecord> replay_; // the log to replay on begin()
    std::string logNote_;
    uint64_t generation_ = 0;
    StreamPositions positions_;      // as of the last record (or the snapshot)
    std::multiset<std::string> handled_; // broker positions of the last record
    std::unique_ptr<MessageLog> log_;
    ResumableFileSource* fileSource_ = nullptr;
    StateSinks* sinks_ = nullptr;
    uint64_t messagesSinceSnapshot_ = 0;
    std::chrono::steady_clock::time_point lastSnapshot_ = std::chrono::steady_clock::now();
    std::chrono::steady_clock::time_point opened_ = std::chrono::steady_clock::now(); // for the restore time
};

} // namespace seg
