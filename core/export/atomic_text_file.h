#pragma once
// Buffered writer of a text file that appears atomically: bytes go to "<file>.tmp-<random>" in
// the same directory (so the final rename stays on one file system) and commit() renames it
// over the target. Destroying the writer without commit() removes the temporary file, so an
// exception or a cancel anywhere in between leaves the old file as it was and nothing behind.
// Durability (issue 16): commit() fsyncs the file, renames it and fsyncs the folder. The writer
// holds an flock on its temporary file, so the leftovers of a writer that died (kill -9) are
// recognisable: every new AtomicTextFile removes those in its folder (removeLeftovers).
// Messages carry the operating system's reason. A replaced file keeps its permission bits.
// Used for every file the CLI and the app write (graphs, reports, exports, SQL, recovery).
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string_view>
#include <utility>
#include <vector>

namespace seg {

// The fsyncs of files written into a folder that is published as a whole later (ExportSet's
// staging folder, issue 18). Such a file's commit() renames it inside the folder without
// waiting for the disk and hands it here; the folder's owner calls syncAll() once before it
// publishes the folder, and then fsyncs the folder once (instead of once per file). Until the
// folder is published nobody sees its files, so the rule of issue 16 holds for the set: every
// file's data and the folder's entries are on the disk before the set appears. The files'
// data is already on its way (AtomicTextFile starts the writeback as it writes), so syncAll()
// mostly waits for writes that overlapped the formatting of the other files.
class DeferredSync {
public:
    DeferredSync() = default;
    ~DeferredSync(); // closes the files syncAll() did not get to
    DeferredSync(const DeferredSync&) = delete;
    DeferredSync& operator=(const DeferredSync&) = delete;

    // Takes over `fd` (an open descriptor of the committed file `target`). Thread-safe.
    void add(int fd, std::filesystem::path target);
    // Fsyncs and closes every file added. Throws seg::Error naming the first file whose fsync
    // failed and the OS reason.
    void syncAll();

private:
    std::mutex mutex_;
    std::vector<std::pair<int, std::filesystem::path>> files_;
};

class AtomicTextFile {
public:
    // Throws seg::Error naming `target` when the temporary file cannot be created. With
    // `deferred`, `target` lies in a folder published as a whole later (see DeferredSync):
    // commit() leaves the fsyncs of the file and the folder to the folder's owner.
    explicit AtomicTextFile(std::filesystem::path target, DeferredSync* deferred = nullptr);
    ~AtomicTextFile();
    AtomicTextFile(const AtomicTextFile&) = delete;
    AtomicTextFile& operator=(const AtomicTextFile&) = delete;

    const std::filesystem::path& target() const { return target_; }
    const std::filesystem::path& tempPath() const { return temp_; }

    // Room for at least `n` more bytes at the returned pointer; hand back the end with advance().
    char* reserve(size_t n)
    {
        if (capacity_ - used_ < n)
            makeRoom(n);
        return buffer_.get() + used_;
    }
    void advance(char* end) { used_ = static_cast<size_t>(end - buffer_.get()); }

    void put(char c) { *reserve(1) = c; ++used_; }
    void append(std::string_view s)
    {
        if (s.empty()) // an empty view may have a null data(), which memcpy must not get
            return;
        if (s.size() >= kDirectBytes) { // a block formatted elsewhere: no copy through the buffer
            flush();
            writeRaw(s.data(), s.size());
            return;
        }
        char* p = reserve(s.size());
        std::memcpy(p, s.data(), s.size());
        used_ += s.size();
    }

    // Flushes, fsyncs, renames over the target and fsyncs the folder (with a DeferredSync:
    // flushes, renames, and hands the fsyncs over). Throws seg::Error naming the target and the
    // OS reason.
    void commit();

    // Removes "<name>.tmp-<12 letters or digits>" files in `directory` that no living writer
    // holds (see above); returns how many.
    static size_t removeLeftovers(const std::filesystem::path& directory);
    // For writers that fill the temporary file by other means (SQLite for a workspace): removes
    // the folder's leftovers, creates "<target>.tmp-<12>" exclusively, locks it as a live
    // writer's, and returns it open (the lock lasts until fclose); its name goes to `temp`.
    // `removeLeftoversFirst` false: the folder is known to hold none (a fresh staging folder
    // its owner holds locked), so it is not listed.
    static std::FILE* openTemporary(const std::filesystem::path& target, std::filesystem::path& temp,
                                    bool removeLeftoversFirst = true);

    static constexpr size_t kBufferSize = size_t{1} << 20;
    static constexpr size_t kDirectBytes = size_t{1} << 16; // appends this long go straight to the file
    // Written bytes are handed to the disk's writeback every this many bytes (Linux:
    // sync_file_range), so the fsync at commit() finds most of them written already.
    static constexpr uint64_t kWritebackBytes = uint64_t{4} << 20;

private:
    void makeRoom(size_t n);
    void flush();
    void writeRaw(const char* data, size_t size);
    void startWriteback(); // of the bytes written since the last call
    void commitDeferred();
    void keepPermissionsOfTarget();
    [[noreturn]] void fail(std::string_view what);

    std::filesystem::path target_;
    std::filesystem::path temp_;
    std::FILE* file_ = nullptr;
    std::unique_ptr<char[]> buffer_;
    size_t capacity_ = 0;
    size_t used_ = 0;
    uint64_t written_ = 0;       // bytes handed to file_
    uint64_t writebackFrom_ = 0; // bytes before this offset are on their way to the disk
    DeferredSync* deferred_ = nullptr;
    bool committed_ = false;
};

// Allocation-free cell formatting into a buffer from AtomicTextFile::reserve().
namespace text {

constexpr size_t kMaxNumberChars = 40; // enough for any int64, double, date or timestamp form

inline char* writeInt(char* p, int64_t v) { return std::to_chars(p, p + 24, v).ptr; }
inline char* writeUInt(char* p, uint64_t v) { return std::to_chars(p, p + 24, v).ptr; }
// Shortest text that reads back to the same double (same as formatDouble()): exactly the bytes
// of std::to_chars(p, p + 32, v), which is the reference; money-like values take a shortcut.
char* writeDouble(char* p, double v);
// Fixed-point decimal: writeFixed(p, 12345, 2) gives "123.45", writeFixed(p, -5, 2) "-0.05".
char* writeFixed(char* p, int64_t scaled, int decimals);
// "YYYY-MM-DD" (same as formatDate()).
char* writeDate(char* p, int32_t days);
// "YYYY-MM-DD HH:MM:SS[.ffffff]" (same as formatTimestamp()).
char* writeTimestamp(char* p, int64_t micros);

} // namespace text

} // namespace seg
