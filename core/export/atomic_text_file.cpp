#include "export/atomic_text_file.h"

#include "data/types.h"
#include "util/error.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <string>
#include <system_error>
#include <thread>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace seg {

namespace {

uint64_t splitmix64(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// Unpredictable enough that two writers (threads or processes) never pick the same name;
// "wx" creation below catches the remaining chance anyway.
std::string randomSuffix(const void* salt)
{
    static std::atomic<uint64_t> counter{0};
    const auto now = static_cast<uint64_t>(std::chrono::high_resolution_clock::now().time_since_epoch().count());
    uint64_t x = splitmix64(now ^ reinterpret_cast<uintptr_t>(salt));
    x = splitmix64(x ^ counter.fetch_add(1) ^ std::hash<std::thread::id>{}(std::this_thread::get_id()));
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    std::string s(12, '0');
    for (char& c : s) {
        c = kDigits[x % 36];
        x /= 36;
    }
    return s;
}

std::FILE* createExclusive(const std::filesystem::path& path)
{
#ifdef _WIN32
    return _wfopen(path.c_str(), L"wbx");
#else
    return std::fopen(path.c_str(), "wbx");
#endif
}

std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

// The file a rename replaces is freed when its last reference goes, which is inside rename()
// unless something else holds it open; on file systems that discard freed blocks that waits
// for the disk (~40 ms for a 55 MiB file on the benchmark machine's ext4, the same again for
// every overwrite). So commit() holds the old file open across the rename and lets a
// short-lived thread drop it: the new file is in place either way, the old one already
// unreachable by name, and the caller need not wait for its blocks to be freed. POSIX only:
// Windows refuses to replace a file that is open.
int openReplaced(const std::filesystem::path& target)
{
#if defined(__unix__) || defined(__APPLE__)
    const int fd = ::open(target.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY); // no wait on a FIFO
    struct stat st;
    if (fd >= 0 && (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size < (off_t{1} << 20))) {
        ::close(fd); // small or not a regular file: freeing it costs nothing worth a thread
        return -1;
    }
    return fd;
#else
    (void)target;
    return -1;
#endif
}

void releaseReplaced(int fd, bool inBackground)
{
#if defined(__unix__) || defined(__APPLE__)
    if (fd < 0)
        return;
    if (inBackground) {
        try {
            std::thread([fd] { ::close(fd); }).detach();
            return;
        } catch (const std::system_error&) { // no thread to be had: close here
        }
    }
    ::close(fd);
#else
    (void)fd;
    (void)inBackground;
#endif
}

constexpr std::string_view kTempMark = ".tmp-";
constexpr size_t kSuffixLength = 12;

// The writer holds an exclusive flock on its temporary file until the rename: a file of that
// name nobody holds is the leftover of a writer that died (kill -9, power loss), since the
// kernel drops a dead process's locks. False when someone else holds it.
bool lockExclusive(int fd)
{
#if defined(__unix__) || defined(__APPLE__)
    return ::flock(fd, LOCK_EX | LOCK_NB) == 0;
#else
    (void)fd;
    return true;
#endif
}

// True when `path` still names the file open on `fd`. Another writer's clean-up can remove a
// temporary file between its creation and its lock and then drop its own lock, so a lock that
// succeeds does not prove the name is still ours (found with concurrent exports into one folder).
bool stillNamed(int fd, const std::filesystem::path& path)
{
#if defined(__unix__) || defined(__APPLE__)
    struct stat open {};
    struct stat named {};
    return ::fstat(fd, &open) == 0 && ::stat(path.c_str(), &named) == 0 && open.st_dev == named.st_dev &&
        open.st_ino == named.st_ino;
#else
    (void)fd;
    (void)path;
    return true;
#endif
}

bool looksLikeTemporary(const std::string& name)
{
    if (name.size() <= kTempMark.size() + kSuffixLength)
        return false;
    const size_t mark = name.size() - kSuffixLength - kTempMark.size();
    if (name.compare(mark, kTempMark.size(), kTempMark) != 0)
        return false;
    for (size_t i = name.size() - kSuffixLength; i < name.size(); ++i) {
        const char c = name[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')))
            return false;
    }
    return true;
}

// Flushes the directory entry of a rename to the disk (POSIX: the rename itself is only
// durable once the directory is synced). Errors are ignored: some file systems refuse fsync
// on directories, and the file itself is already safe.
void syncDirectory(const std::filesystem::path& directory)
{
#if defined(__unix__) || defined(__APPLE__)
    const int fd = ::open(directory.empty() ? "." : directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#else
    (void)directory;
#endif
}

} // namespace

size_t AtomicTextFile::removeLeftovers(const std::filesystem::path& directory)
{
    size_t removed = 0;
#if defined(__unix__) || defined(__APPLE__)
    std::error_code ec;
    const std::filesystem::path dir = directory.empty() ? std::filesystem::path(".") : directory;
    std::filesystem::directory_iterator it(dir, ec);
    for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
        const std::filesystem::path path = it->path();
        if (!looksLikeTemporary(path.filename().string()))
            continue;
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOFOLLOW | O_NOCTTY);
        if (fd < 0)
            continue;
        struct stat st;
        // Only regular files nobody is writing: a live writer holds the lock.
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && lockExclusive(fd)) {
            std::error_code removeError;
            removed += std::filesystem::remove(path, removeError) ? 1 : 0;
        }
        ::close(fd);
    }
#else
    (void)directory;
#endif
    return removed;
}

DeferredSync::~DeferredSync()
{
#if defined(__unix__) || defined(__APPLE__)
    for (const auto& file : files_)
        ::close(file.first);
#endif
}

void DeferredSync::add(int fd, std::filesystem::path target)
{
    const std::lock_guard lock(mutex_);
    files_.emplace_back(fd, std::move(target));
}

void DeferredSync::syncAll()
{
    const std::lock_guard lock(mutex_);
    std::string failure;
    for (const auto& [fd, target] : files_) {
#if defined(__unix__) || defined(__APPLE__)
        errno = 0;
        if (::fsync(fd) != 0 && failure.empty())
            failure = "cannot write " + quoted(target) + ": write failed (fsync) ("
                + std::generic_category().message(errno) + ")";
        ::close(fd);
#else
        (void)fd;
        (void)target;
#endif
    }
    files_.clear();
    if (!failure.empty())
        throw Error(failure);
}

AtomicTextFile::AtomicTextFile(std::filesystem::path target, DeferredSync* deferred)
    : target_(std::move(target)), deferred_(deferred)
{
    if (target_.filename().empty())
        throw Error("cannot write " + quoted(target_) + ": not a file name");
    std::error_code ec;
    if (std::filesystem::is_directory(target_, ec))
        throw Error("cannot write " + quoted(target_) + ": it is a directory");
    // Allocate first: once the temporary file exists, only the destructor may remove it, and a
    // throwing constructor never runs it.
    buffer_ = std::make_unique<char[]>(kBufferSize);
    capacity_ = kBufferSize;
    file_ = openTemporary(target_, temp_, deferred_ == nullptr);
}

std::FILE* AtomicTextFile::openTemporary(const std::filesystem::path& target, std::filesystem::path& temp,
                                         bool removeLeftoversFirst)
{
    if (removeLeftoversFirst)
        removeLeftovers(target.parent_path());
    std::FILE* file = nullptr;
    int lastErrno = 0;
    for (int attempt = 0; attempt < 8 && !file; ++attempt) {
        temp = target;
        temp += std::string(kTempMark) + randomSuffix(&temp);
        errno = 0;
        file = createExclusive(temp);
        lastErrno = errno;
        if (!file && lastErrno != EEXIST)
            break;
        if (file && !(lockExclusive(fileno(file)) && stillNamed(fileno(file), temp))) {
            // Another writer's clean-up took it in the instant between creation and lock (it
            // holds the lock, or already removed the name and let go): we take another name.
            std::fclose(file);
            file = nullptr;
            lastErrno = EEXIST;
        }
    }
    if (!file)
        throw Error("cannot write " + quoted(target) + ": "
                    + std::generic_category().message(lastErrno ? lastErrno : EIO));
    return file;
}

AtomicTextFile::~AtomicTextFile()
{
    if (file_)
        std::fclose(file_);
    if (!committed_ && !temp_.empty()) {
        std::error_code ec;
        std::filesystem::remove(temp_, ec);
    }
}

// A replaced file keeps its permission bits (a project shared read-only with the group stays
// so); a new file gets the default ones (0666 less the umask). Owner and ACLs are not copied.
void AtomicTextFile::keepPermissionsOfTarget()
{
#if defined(__unix__) || defined(__APPLE__)
    struct stat st;
    if (::stat(target_.c_str(), &st) == 0 && S_ISREG(st.st_mode))
        (void)::fchmod(fileno(file_), st.st_mode & 07777);
#endif
}

void AtomicTextFile::fail(std::string_view what)
{
    const int err = errno;
    std::string message = "cannot write " + quoted(target_) + ": " + std::string(what);
    if (err != 0)
        message += " (" + std::generic_category().message(err) + ")";
    throw Error(message);
}

void AtomicTextFile::writeRaw(const char* data, size_t size)
{
    errno = 0;
    if (size != 0 && std::fwrite(data, 1, size, file_) != size)
        fail("write failed");
    written_ += size;
    if (written_ - writebackFrom_ >= kWritebackBytes)
        startWriteback();
}

// The disk writes the bytes while the caller formats the next ones; without this the kernel
// starts only when its dirty limits or timers say so, and commit()'s fsync waits for all.
void AtomicTextFile::startWriteback()
{
#if defined(__linux__)
    errno = 0;
    if (std::fflush(file_) != 0)
        fail("write failed");
    // Only a hint: an error here (a file system without it) changes nothing, fsync decides.
    (void)::sync_file_range(fileno(file_), static_cast<off_t>(writebackFrom_),
                            static_cast<off_t>(written_ - writebackFrom_), SYNC_FILE_RANGE_WRITE);
#endif
    writebackFrom_ = written_;
}

void AtomicTextFile::flush()
{
    writeRaw(buffer_.get(), used_);
    used_ = 0;
}

void AtomicTextFile::makeRoom(size_t n)
{
    flush();
    if (n > capacity_) {
        buffer_ = std::make_unique<char[]>(n);
        capacity_ = n;
    }
}

// Data first on the disk (fsync), then the rename, then the directory entry (fsync of the
// folder): after a crash the target is the old file or the whole new one. The temporary file
// stays open (and locked) across the rename so no clean-up takes it away in between.
void AtomicTextFile::commit()
{
    flush();
    errno = 0;
    if (std::fflush(file_) != 0 || std::ferror(file_))
        fail("write failed");
#if defined(__unix__) || defined(__APPLE__)
    if (deferred_) {
        startWriteback();
        commitDeferred();
        return;
    }
    errno = 0;
    if (::fsync(fileno(file_)) != 0)
        fail("write failed (fsync)");
#endif
    keepPermissionsOfTarget();
    const int replaced = openReplaced(target_);
    std::error_code ec;
    std::filesystem::rename(temp_, target_, ec);
    if (ec) {
        releaseReplaced(replaced, false);
        throw Error("cannot write " + quoted(target_) + ": " + ec.message());
    }
    committed_ = true;
    std::fclose(file_); // the data is on the disk: a close error cannot lose it any more
    file_ = nullptr;
    syncDirectory(target_.parent_path());
    releaseReplaced(replaced, true);
}

// With a DeferredSync (a staging folder published later as a whole): the rename inside the
// unpublished folder needs no fsync first, and the fsyncs of the file and the folder are left
// to the folder's owner; the file stays open for them (a duplicate descriptor).
void AtomicTextFile::commitDeferred()
{
#if defined(__unix__) || defined(__APPLE__)
    keepPermissionsOfTarget();
    const int kept = ::fcntl(fileno(file_), F_DUPFD_CLOEXEC, 0);
    if (kept < 0)
        fail("write failed (dup)");
    std::error_code ec;
    std::filesystem::rename(temp_, target_, ec);
    if (ec) {
        ::close(kept);
        throw Error("cannot write " + quoted(target_) + ": " + ec.message());
    }
    committed_ = true;
    deferred_->add(kept, target_);
    std::fclose(file_);
    file_ = nullptr;
#endif
}

namespace text {

namespace {
inline char* two(char* p, unsigned v)
{
    p[0] = static_cast<char>('0' + v / 10);
    p[1] = static_cast<char>('0' + v % 10);
    return p + 2;
}
} // namespace

// std::to_chars(double) runs Ryu and then picks between fixed and scientific form; that cost
// dominates an export of money columns. The shortcut: when v is n / 10^4 exactly as the
// parser would read it (n / 1e4 in double arithmetic is correctly rounded, so the comparison
// is exact), the decimal text of n / 10^4 reads back to v. Below 2^36 a double's spacing is
// under 10^-5, so no other decimal with as few characters (a multiple of 10^-5 at the finest)
// reads back to v: that text is the shortest, the one to_chars picks. to_chars would switch to
// scientific form only where it is shorter: below 0.001 (one digit, "1e-04") and for whole
// numbers from 10^5 on ("1e+05"); both are left to to_chars, as are 0, -0, NaN and infinity.
char* writeDouble(char* p, double v)
{
    constexpr double kScale = 10000.0;
    constexpr double kLimit = 68719476736.0; // 2^36
    const double magnitude = v < 0 ? -v : v;
    if (magnitude >= 0.001 && magnitude < kLimit) { // false for NaN
        const double scaled = v * kScale;
        // |error of scaled| < 0.08 here, so rounding finds n whenever one exists.
        const auto n = static_cast<int64_t>(scaled < 0 ? scaled - 0.5 : scaled + 0.5);
        if (static_cast<double>(n) / kScale == v) {
            const uint64_t m = n < 0 ? 0 - static_cast<uint64_t>(n) : static_cast<uint64_t>(n);
            const uint64_t whole = m / 10000;
            const auto fraction = static_cast<unsigned>(m % 10000);
            if (fraction != 0 || whole < 100000) {
                if (n < 0)
                    *p++ = '-';
                p = writeUInt(p, whole);
                if (fraction != 0) { // four digits, then without the trailing zeros
                    *p++ = '.';
                    p[0] = static_cast<char>('0' + fraction / 1000);
                    p[1] = static_cast<char>('0' + fraction / 100 % 10);
                    p[2] = static_cast<char>('0' + fraction / 10 % 10);
                    p[3] = static_cast<char>('0' + fraction % 10);
                    int digits = 4;
                    while (p[digits - 1] == '0')
                        --digits;
                    p += digits;
                }
                return p;
            }
        }
    }
    return std::to_chars(p, p + 32, v).ptr;
}

char* writeFixed(char* p, int64_t scaled, int decimals)
{
    uint64_t magnitude = scaled < 0 ? 0 - static_cast<uint64_t>(scaled) : static_cast<uint64_t>(scaled);
    if (scaled < 0)
        *p++ = '-';
    uint64_t unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    p = writeUInt(p, magnitude / unit);
    if (decimals > 0) {
        *p++ = '.';
        uint64_t fraction = magnitude % unit;
        for (int i = decimals - 1; i >= 0; --i) {
            p[i] = static_cast<char>('0' + fraction % 10);
            fraction /= 10;
        }
        p += decimals;
    }
    return p;
}

char* writeDate(char* p, int32_t days)
{
    int y;
    unsigned m, d;
    civilFromDays(days, y, m, d);
    if (y < 0 || y > 9999) { // outside the four-digit range: the slow, general form
        const std::string s = formatDate(days);
        std::memcpy(p, s.data(), s.size());
        return p + s.size();
    }
    p = two(p, static_cast<unsigned>(y) / 100);
    p = two(p, static_cast<unsigned>(y) % 100);
    *p++ = '-';
    p = two(p, m);
    *p++ = '-';
    return two(p, d);
}

char* writeTimestamp(char* p, int64_t micros)
{
    const int32_t day = dayOfTimestamp(micros);
    const int64_t rest = micros - day * kMicrosPerDay;
    const auto seconds = static_cast<unsigned>(rest / kMicrosPerSecond);
    const int64_t fraction = rest % kMicrosPerSecond;
    p = writeDate(p, day);
    *p++ = ' ';
    p = two(p, seconds / 3600);
    *p++ = ':';
    p = two(p, seconds / 60 % 60);
    *p++ = ':';
    p = two(p, seconds % 60);
    if (fraction != 0) {
        *p++ = '.';
        auto digits = static_cast<uint64_t>(fraction);
        for (int i = 5; i >= 0; --i) {
            p[i] = static_cast<char>('0' + digits % 10);
            digits /= 10;
        }
        p += 6;
    }
    return p;
}

} // namespace text

} // namespace seg
