#include "checkpoint/message_log.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include <fcntl.h>
#include <unistd.h>

namespace seg {

namespace {

constexpr char kMagic[8] = {'S', 'E', 'G', 'S', 'L', 'O', 'G', '1'};
constexpr uint32_t kByteOrder = 0x01020304;
constexpr uint32_t kRecordMark = 0x31434552; // "REC1"
constexpr size_t kRecordHead = 4 + 4 + 8;    // mark, payload bytes, checksum

[[noreturn]] void osFail(const std::filesystem::path& file, const std::string& what)
{
    throw Error("cannot " + what + " the state log " + file.string() + ": " + std::strerror(errno));
}

void syncFolder(const std::filesystem::path& file)
{
    const auto folder = file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
    const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

void writeAll(int fd, const std::string& bytes, const std::filesystem::path& file)
{
    size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            osFail(file, "append to");
        done += static_cast<size_t>(n);
    }
}

LogRecord decodeRecord(ByteReader& in)
{
    LogRecord r;
    r.clockBefore = in.get<int32_t>();
    r.after = readPositions(in);
    r.acknowledged = in.texts();
    r.messages = in.texts();
    return r;
}

} // namespace

void encodeLogRecord(ByteWriter& out, const LogRecord& r)
{
    out.put(r.clockBefore);
    writePositions(out, r.after);
    out.texts(r.acknowledged);
    out.texts(r.messages);
}

MessageLog::MessageLog(std::filesystem::path file, uint64_t generation, const std::string& graphHash)
    : file_(std::move(file))
{
    const bool created = !std::filesystem::exists(file_);
    fd_ = ::open(file_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd_ < 0)
        osFail(file_, "open");
    if (created || ::lseek(fd_, 0, SEEK_END) == 0) {
        ByteWriter head;
        head.bytes(kMagic, sizeof kMagic);
        head.put(kStateFormatVersion);
        head.put(kByteOrder);
        head.put(generation);
        head.text(graphHash);
        writeAll(fd_, head.buffer(), file_);
        if (::fsync(fd_) != 0)
            osFail(file_, "sync");
        syncFolder(file_);
    }
}

MessageLog::~MessageLog()
{
    if (fd_ >= 0)
        ::close(fd_);
}

void MessageLog::append(const LogRecord& record)
{
    ByteWriter payload;
    encodeLogRecord(payload, record);
    ByteWriter out;
    out.put(kRecordMark);
    out.put(static_cast<uint32_t>(payload.size()));
    out.put(checksum64(payload.buffer().data(), payload.size()));
    out.bytes(payload.buffer().data(), payload.size());
    if (payload.size() > UINT32_MAX)
        throw Error("a batch is too large for the state log " + file_.string());
    writeAll(fd_, out.buffer(), file_);
    if (::fdatasync(fd_) != 0)
        osFail(file_, "sync");
}

std::vector<LogRecord> MessageLog::read(const std::filesystem::path& file, uint64_t generation,
                                        const std::string& graphHash, std::string* note)
{
    const std::string what = "the state log " + file.string();
    std::ifstream f(file, std::ios::binary);
    if (!f)
        throw Error("cannot read " + what + ": " + std::strerror(errno));
    const std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        throw Error(what + " is not a Segment Studio state log (it does not start with SEGSLOG1)");
    ByteReader head(bytes.data(), bytes.size(), what);
    head.take(sizeof kMagic);
    const auto version = head.get<uint32_t>();
    if (version > kStateFormatVersion)
        throw Error(what + " was written by a newer Segment Studio (state format " + std::to_string(version) +
                    "; this one reads format " + std::to_string(kStateFormatVersion) + ")");
    if (head.get<uint32_t>() != kByteOrder)
        throw Error(what + " was written on a machine of another byte order");
    if (head.get<uint64_t>() != generation)
        throw Error(what + " belongs to another snapshot generation than the folder's snapshot.bin");
    if (head.text() != graphHash)
        throw Error(what + " was made for another graph than the folder's snapshot.bin");
    std::vector<LogRecord> records;
    size_t at = bytes.size() - head.remaining();
    while (at < bytes.size()) {
        const size_t left = bytes.size() - at;
        uint32_t mark = 0, length = 0;
        uint64_t sum = 0;
        if (left >= kRecordHead) {
            std::memcpy(&mark, bytes.data() + at, 4);
            std::memcpy(&length, bytes.data() + at + 4, 4);
            std::memcpy(&sum, bytes.data() + at + 8, 8);
        }
        const bool torn = left < kRecordHead || left - kRecordHead < length;
        const bool last = !torn && left - kRecordHead == length;
        const char* payload = bytes.data() + at + kRecordHead;
        const bool intact = !torn && mark == kRecordMark && checksum64(payload, length) == sum;
        if (!intact) {
            if (!torn && !last)
                throw Error(what + " is damaged: record " + std::to_string(records.size() + 1) + " at byte " +
                            std::to_string(at) + " does not match its checksum, and records follow it");
            // The stream was killed while appending this record: it was never acknowledged,
            // so the source delivers its messages again. Cut it off so that appends go on
            // after the last whole record.
            if (::truncate(file.c_str(), static_cast<off_t>(at)) != 0)
                throw Error("cannot cut the torn end off " + what + ": " + std::strerror(errno));
            if (note)
                *note = what + ": dropped a record cut short at byte " + std::to_string(at) +
                    " (the stream was stopped while writing it; its messages are delivered again)";
            break;
        }
        ByteReader in(payload, length, what);
        records.push_back(decodeRecord(in));
        at += kRecordHead + length;
    }
    return records;
}

} // namespace seg
