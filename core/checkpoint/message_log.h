#pragma once
// The append-only log of a state folder (DIR/log-<generation>.bin): after a snapshot of
// generation G, every batch the stream handled is appended to log-G.bin and fsynced before
// the source is acknowledged. A record holds the batch's messages, the clock before and
// after it, and the stream's positions after it (file source offset, trigger files' bytes,
// the broker entries it acknowledges next). Restart = the snapshot, then the log's records
// replayed in order. docs/live-state.md describes the bytes.
#include "checkpoint/snapshot_file.h"

#include <filesystem>
#include <string>
#include <vector>

namespace seg {

struct LogRecord {
    int32_t clockBefore = 0;
    StreamPositions after;                 // positions.clock is the clock after the batch
    std::vector<std::string> acknowledged; // the source positions of the batch (broker entry ids)
    std::vector<std::string> messages;     // the messages handled, in order
};

class MessageLog {
public:
    // Opens (creating it with its header when missing) for appending; fsyncs the folder
    // when it creates the file.
    MessageLog(std::filesystem::path file, uint64_t generation, const std::string& graphHash);
    ~MessageLog();
    MessageLog(const MessageLog&) = delete;
    MessageLog& operator=(const MessageLog&) = delete;

    // Appends one record and fsyncs the file. Throws seg::Error naming the file and the OS reason.
    void append(const LogRecord& record);
    const std::filesystem::path& file() const { return file_; }

    // Reads every record of a log. A last record cut short (the stream was killed while
    // appending it; it was never acknowledged) is cut off the file and reported in *note; a
    // damaged record before the end, a foreign file or another generation throws seg::Error
    // naming the file.
    static std::vector<LogRecord> read(const std::filesystem::path& file, uint64_t generation,
                                       const std::string& graphHash, std::string* note = nullptr);

private:
    std::filesystem::path file_;
    int fd_ = -1;
};

void encodeLogRecord(ByteWriter& out, const LogRecord& record);

} // namespace seg
