#include "checkpoint/snapshot_file.h"

#include "data/types.h"
#include "export/atomic_text_file.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <memory>
#include <sstream>

namespace seg {

namespace {

constexpr char kMagic[8] = {'S', 'E', 'G', 'S', 'T', 'A', 'T', 'E'};
constexpr uint32_t kByteOrder = 0x01020304;
constexpr size_t kHeaderBytes = 8 + 4 + 4 + 8 + 8 + 8; // magic, version, byte order, length, meta length, checksum

// The file mapped read-only (a copy of a few hundred megabytes would cost as much as
// decoding them); unmapped when the last holder lets go.
std::shared_ptr<const void> mapFile(const std::filesystem::path& file, size_t& size)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw Error("cannot read the state snapshot " + file.string() + ": " + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        throw Error("cannot read the state snapshot " + file.string() + ": " + std::strerror(errno));
    }
    size = static_cast<size_t>(st.st_size);
    if (size == 0) {
        ::close(fd);
        return std::shared_ptr<const void>(static_cast<const void*>(""), [](const void*) {});
    }
    void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    ::close(fd);
    if (p == MAP_FAILED)
        throw Error("cannot read the state snapshot " + file.string() + ": " + std::strerror(errno));
    ::madvise(p, size, MADV_SEQUENTIAL);
    return std::shared_ptr<const void>(p, [size](const void* q) { ::munmap(const_cast<void*>(q), size); });
}

} // namespace

void writePositions(ByteWriter& out, const StreamPositions& p)
{
    out.put(p.clock);
    out.put(p.sourceOffset);
    out.put(p.lineNumber);
    out.put(p.entriesWithoutMessage);
    out.put<uint64_t>(p.sinks.size());
    for (const auto& [path, bytes] : p.sinks) {
        out.text(path);
        out.put(bytes);
    }
}

StreamPositions readPositions(ByteReader& in)
{
    StreamPositions p;
    p.clock = in.get<int32_t>();
    p.sourceOffset = in.get<uint64_t>();
    p.lineNumber = in.get<uint64_t>();
    p.entriesWithoutMessage = in.get<uint64_t>();
    const size_t sinks = in.count(16);
    for (size_t i = 0; i < sinks; ++i) {
        std::string path = in.text();
        p.sinks.emplace_back(std::move(path), in.get<uint64_t>());
    }
    return p;
}

uint64_t writeSnapshotFile(const std::filesystem::path& file, const SnapshotHeader& header, const std::string& state)
{
    ByteWriter meta;
    meta.text(header.graphHash);
    meta.put(header.generation);
    meta.put(header.writtenAtMicros);
    meta.text(header.source);
    meta.put(header.dataChecksum);
    writePositions(meta, header.positions);
    std::string& body = meta.buffer();
    const uint64_t length = body.size() + state.size();
    // One checksum over both parts, as if they were one buffer: fold the meta's into the
    // state's (both fixed-size inputs, so the result stays a function of the bytes).
    const uint64_t sum = checksum64(body.data(), body.size()) * 31 + checksum64(state.data(), state.size());
    ByteWriter head;
    head.bytes(kMagic, sizeof kMagic);
    head.put(kStateFormatVersion);
    head.put(kByteOrder);
    head.put(length);
    head.put<uint64_t>(body.size()); // where the live state starts
    head.put(sum);
    AtomicTextFile out(file);
    out.append(head.buffer());
    out.append(body);
    out.append(state);
    out.commit();
    return sum;
}

SnapshotFile readSnapshotFile(const std::filesystem::path& file)
{
    const std::string what = "the state snapshot " + file.string();
    size_t size = 0;
    auto mapping = mapFile(file, size);
    const std::string_view bytes(static_cast<const char*>(mapping.get()), size);
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        throw Error(what + " is not a Segment Studio state snapshot (it does not start with SEGSTATE)");
    ByteReader in(bytes.data(), bytes.size(), what);
    in.take(sizeof kMagic);
    const auto version = in.get<uint32_t>();
    if (version > kStateFormatVersion)
        throw Error(what + " was written by a newer Segment Studio (state format " + std::to_string(version) +
                    "; this one reads format " + std::to_string(kStateFormatVersion) + ")");
    if (version == 0)
        throw Error(what + " is damaged: format version 0");
    if (in.get<uint32_t>() != kByteOrder)
        throw Error(what + " was written on a machine of another byte order");
    const auto length = in.get<uint64_t>();
    const auto metaBytes = in.get<uint64_t>();
    const auto sum = in.get<uint64_t>();
    const size_t header = kHeaderBytes;
    if (bytes.size() - header != length)
        throw Error(what + " is truncated or damaged: it holds " + std::to_string(bytes.size() - header) +
                    " bytes of state where its header says " + std::to_string(length));
    if (metaBytes > length)
        throw Error(what + " is damaged: its header is inconsistent");
    const char* body = bytes.data() + header;
    if (checksum64(body, metaBytes) * 31 + checksum64(body + metaBytes, length - metaBytes) != sum)
        throw Error(what + " is damaged: its checksum does not match its contents");
    SnapshotFile out;
    ByteReader meta(body, metaBytes, what);
    out.header.graphHash = meta.text();
    out.header.generation = meta.get<uint64_t>();
    out.header.writtenAtMicros = meta.get<int64_t>();
    out.header.source = meta.text();
    out.header.dataChecksum = meta.get<uint64_t>();
    out.header.positions = readPositions(meta);
    out.checksum = sum;
    out.mapping = std::move(mapping);
    out.body = bytes.substr(header);
    out.stateOffset = metaBytes;
    return out;
}

ByteReader SnapshotFile::stateReader(const std::filesystem::path& file) const
{
    return ByteReader(body.data() + stateOffset, body.size() - stateOffset, "the state snapshot " + file.string());
}

std::string describeSnapshot(const std::filesystem::path& file, const SnapshotFile& s)
{
    std::ostringstream out;
    const SnapshotHeader& h = s.header;
    out << "state snapshot " << file.string() << ": format " << kStateFormatVersion << ", generation " << h.generation
        << ", " << s.body.size() << " bytes, written " << formatTimestamp(h.writtenAtMicros - h.writtenAtMicros % 1000)
        << " UTC\n  graph hash " << h.graphHash << "\n  clock " << formatDate(h.positions.clock) << ", "
        << h.positions.lineNumber << " messages received, source " << h.source;
    if (h.positions.sourceOffset)
        out << " at byte " << h.positions.sourceOffset;
    out << "\n";
    for (const auto& [path, bytes] : h.positions.sinks)
        out << "  trigger file " << path << ": " << bytes << " bytes\n";
    return out.str();
}

} // namespace seg
