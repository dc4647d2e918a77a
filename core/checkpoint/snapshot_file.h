#pragma once
// The snapshot file of a state folder (`stream --state DIR`: DIR/snapshot.bin): a versioned
// header, then the body (the stream's positions, then the live state of live_state_codec.h)
// guarded by a checksum. Written to a temporary file, fsynced, renamed over the old one and
// the folder fsynced (export/atomic_text_file.h), so a crash leaves the old snapshot or the
// new one, never a mix. docs/live-state.md describes the bytes.
#include "checkpoint/byte_io.h"

#include <cstdint>
#include <memory>
#include <string_view>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace seg {

inline constexpr uint32_t kStateFormatVersion = 1;

// Where the stream stood when the state was taken.
struct StreamPositions {
    int32_t clock = 0;                // the engine's clock (days since 1970-01-01)
    uint64_t sourceOffset = 0;        // a file source: bytes read and handled
    uint64_t lineNumber = 0;          // messages received so far (numbers dead letters)
    uint64_t entriesWithoutMessage = 0; // source entries dead-lettered without a message
    std::vector<std::pair<std::string, uint64_t>> sinks; // file sinks: path -> bytes written
};

struct SnapshotHeader {
    std::string graphHash;   // graph/graph_hash.h of the graph it was made with
    uint64_t generation = 0; // 1, 2, ...: the log that continues it is log-<generation>.bin
    int64_t writtenAtMicros = 0;
    std::string source;      // the --from it read (for describe())
    uint64_t dataChecksum = 0; // the checksum of the data.bin it goes with (0: none)
    StreamPositions positions;
};

void writePositions(ByteWriter& out, const StreamPositions& p);
StreamPositions readPositions(ByteReader& in);

// Writes header + `state` (the codec's bytes) atomically to `file`; returns the checksum
// the file carries (what SnapshotFile::checksum reads back).
uint64_t writeSnapshotFile(const std::filesystem::path& file, const SnapshotHeader& header, const std::string& state);

// A snapshot read back whole (mapped into memory, not copied): its checksum and format
// checked (seg::Error naming the file otherwise: not a state snapshot, a newer format,
// truncated, damaged).
struct SnapshotFile {
    SnapshotHeader header;
    std::shared_ptr<const void> mapping; // keeps the file's bytes mapped
    std::string_view body;               // all bytes after the header
    size_t stateOffset = 0;              // where the live state starts in body
    uint64_t checksum = 0;               // the body's, as checked
    ByteReader stateReader(const std::filesystem::path& file) const;
    void release() // the state is restored: let go of the bytes, keep the header
    {
        mapping.reset();
        body = {};
        stateOffset = 0;
    }
};
SnapshotFile readSnapshotFile(const std::filesystem::path& file);

// Printable form: format, generation, graph, clock, positions, sizes.
std::string describeSnapshot(const std::filesystem::path& file, const SnapshotFile& snapshot);

} // namespace seg
