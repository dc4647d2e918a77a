#include "export/export_set.h"

#include "util/error.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <cctype>
#include <random>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seg {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kStagingMark = ".export-";
constexpr size_t kSuffixLength = 12;

std::string osReason(int err) { return std::strerror(err); }

std::string randomSuffix()
{
    thread_local std::mt19937_64 generator(std::random_device{}()
                                           ^ static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
    static constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    uint64_t x = generator();
    std::string s(kSuffixLength, '0');
    for (char& c : s) {
        c = kDigits[x % 36];
        x /= 36;
    }
    return s;
}

std::string stagingPrefix(const fs::path& folder) { return "." + folder.filename().string() + std::string(kStagingMark); }

bool isStagingOf(const fs::path& folder, const std::string& name)
{
    const std::string prefix = stagingPrefix(folder);
    if (name.size() != prefix.size() + kSuffixLength || name.compare(0, prefix.size(), prefix) != 0)
        return false;
    return std::all_of(name.begin() + static_cast<std::ptrdiff_t>(prefix.size()), name.end(),
                       [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'); });
}

// Exclusive, non-blocking lock on a folder; the fd (to keep) or -1 when someone holds it.
int lockFolder(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

void syncFolder(const fs::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

bool isCsvName(const std::string& name)
{
    if (name.size() < 4)
        return false;
    std::string ext = name.substr(name.size() - 4);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (ext == ".csv")
        return true;
    // A destination export's manifests (core/destinations/manifest.h) belong to the set too.
    static constexpr std::string_view kManifest = ".manifest.json";
    return name.size() > kManifest.size() && name.compare(name.size() - kManifest.size(), kManifest.size(), kManifest) == 0;
}

} // namespace

size_t ExportSet::removeLeftovers(const fs::path& folder)
{
    size_t removed = 0;
    std::error_code ec;
    const fs::path parent = folder.parent_path();
    for (fs::directory_iterator it(parent, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        if (!isStagingOf(folder, it->path().filename().string()))
            continue;
        const int fd = lockFolder(it->path());
        if (fd < 0)
            continue; // a living export holds it (or it is no folder)
        std::error_code removeError;
        fs::remove_all(it->path(), removeError);
        removed += removeError ? 0 : 1;
        ::close(fd);
    }
    return removed;
}

std::vector<std::string> ExportSet::previousExport(const fs::path& folder)
{
    std::vector<std::string> names;
    std::FILE* f = std::fopen((folder / kListName).c_str(), "rb");
    if (!f)
        return names;
    char line[4096];
    while (std::fgets(line, sizeof line, f)) {
        std::string name(line);
        while (!name.empty() && (name.back() == '\n' || name.back() == '\r'))
            name.pop_back();
        // Plain file names only: a list edited by hand never reaches outside the folder.
        if (!name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos && name != kListName)
            names.push_back(name);
    }
    std::fclose(f);
    return names;
}

bool ExportSet::belongsToExport(const std::string& name) const
{
    if (name == kListName || std::find(names_.begin(), names_.end(), name) != names_.end())
        return true;
    if (ownership_ == Ownership::AllCsvFiles)
        return isCsvName(name);
    return std::find(previous_.begin(), previous_.end(), name) != previous_.end();
}

ExportSet::ExportSet(fs::path folder, Ownership ownership) : ownership_(ownership)
{
    std::error_code ec;
    folder_ = fs::weakly_canonical(fs::absolute(folder, ec), ec); // through links; no trailing '/'
    if (ec || folder_.filename().empty())
        folder_ = fs::absolute(folder);
    if (fs::exists(folder_, ec) && !fs::is_directory(folder_, ec))
        throw Error("cannot create the export directory " + folder.string() + ": it is a file");
    fs::create_directories(folder_.parent_path(), ec);
    if (ec)
        throw Error("cannot create the export directory " + folder.string() + ": " + ec.message());
    removeLeftovers(folder_);
    if (ownership_ == Ownership::ListedFiles)
        previous_ = previousExport(folder_);
    for (int attempt = 0; attempt < 8 && lockFd_ < 0; ++attempt) {
        staging_ = folder_.parent_path() / (stagingPrefix(folder_) + randomSuffix());
        if (::mkdir(staging_.c_str(), 0777) != 0) {
            if (errno == EEXIST)
                continue;
            throw Error("cannot create the export directory " + folder.string() + ": cannot create "
                        + staging_.string() + ": " + osReason(errno));
        }
        lockFd_ = lockFolder(staging_); // -1: another export's clean-up took it just now
    }
    if (lockFd_ < 0)
        throw Error("cannot create the export directory " + folder.string() + ": no staging folder could be locked");
}

ExportSet::~ExportSet()
{
    if (!committed_) {
        std::error_code ec;
        fs::remove_all(staging_, ec);
    }
    if (lockFd_ >= 0)
        ::close(lockFd_);
}

fs::path ExportSet::pathFor(const std::string& name)
{
    names_.push_back(name);
    return staging_ / name;
}

void ExportSet::renameFile(const std::string& from, const std::string& to)
{
    std::error_code ec;
    fs::rename(staging_ / from, staging_ / to, ec);
    if (ec)
        throw Error("cannot write '" + (folder_ / to).string() + "': " + ec.message());
    for (std::string& name : names_)
        if (name == from)
            name = to;
}

// Regular files of the old folder other than CSV files stay (hard links: no copy, and the old
// folder keeps them until it is removed). Anything else makes the set swap unsafe.
void ExportSet::carryOverForeignFiles()
{
    std::error_code ec;
    if (!fs::is_directory(folder_, ec))
        return;
    for (fs::directory_iterator it(folder_, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        // Checked before ownership: a folder named like an export file ("big.csv/") is not
        // the export's to remove with the old set.
        std::error_code typeError;
        if (!it->is_regular_file(typeError) || it->is_symlink(typeError)) {
            asSet_ = false;
            return;
        }
        if (belongsToExport(name))
            continue;
        std::error_code linkError;
        fs::create_hard_link(it->path(), staging_ / name, linkError);
        if (linkError) {
            asSet_ = false;
            return;
        }
    }
    if (ec)
        throw Error("cannot read the export directory " + folder_.string() + ": " + ec.message());
}

void ExportSet::moveIntoPlaceOneByOne()
{
    std::error_code ec;
    fs::create_directories(folder_, ec);
    if (ec)
        throw Error("cannot create the export directory " + folder_.string() + ": " + ec.message());
    // A name taken by a folder would fail half-way through: refuse before anything moves.
    for (const std::string& name : names_)
        if (fs::is_directory(fs::symlink_status(folder_ / name, ec)))
            throw Error("cannot write '" + (folder_ / name).string() + "': " + osReason(EISDIR));
    for (const std::string& name : names_) {
        fs::rename(staging_ / name, folder_ / name, ec);
        if (ec)
            throw Error("cannot write '" + (folder_ / name).string() + "': " + ec.message());
    }
    if (ownership_ == Ownership::ListedFiles) { // the new list, then the last export's files not written now
        fs::rename(staging_ / kListName, folder_ / kListName, ec);
        if (ec)
            throw Error("cannot write '" + (folder_ / kListName).string() + "': " + ec.message());
        for (const std::string& name : previous_)
            if (std::find(names_.begin(), names_.end(), name) == names_.end())
                fs::remove(folder_ / name, ec);
    }
    syncFolder(folder_);
}

// After the exchange the old folder sits at staging_. A file another program put into it
// after carryOverForeignFiles() (a project saved at that moment) is not in the new set, or
// is there as the older version: move it over.
void ExportSet::bringBackLateFiles()
{
    std::error_code ec;
    for (fs::directory_iterator it(staging_, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (belongsToExport(name))
            continue;
        struct stat old{}, now{};
        if (::lstat(it->path().c_str(), &old) != 0)
            continue;
        if (::lstat((folder_ / name).c_str(), &now) == 0 && now.st_ino == old.st_ino && now.st_dev == old.st_dev)
            continue; // the hard link made before the swap: the same file
        std::error_code moveError;
        fs::rename(it->path(), folder_ / name, moveError);
    }
}

void ExportSet::commit()
{
    deferred_.syncAll(); // the files written with deferredSync(): data on the disk first
    if (ownership_ == Ownership::ListedFiles) {
        std::string list;
        for (const std::string& name : names_)
            list += name + "\n";
        std::FILE* f = std::fopen((staging_ / kListName).c_str(), "wb");
        const bool ok = f && std::fwrite(list.data(), 1, list.size(), f) == list.size() && std::fflush(f) == 0
                        && ::fsync(fileno(f)) == 0;
        const int err = errno;
        if (f)
            std::fclose(f);
        if (!ok)
            throw Error("cannot write '" + (folder_ / kListName).string() + "': " + osReason(err));
    }
    syncFolder(staging_);
    carryOverForeignFiles();
    std::error_code ec;
    const bool exists = fs::exists(folder_, ec);
    if (asSet_) {
        const int rc = exists ? ::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, folder_.c_str(), RENAME_EXCHANGE)
                              : ::rename(staging_.c_str(), folder_.c_str());
        if (rc == 0) {
            committed_ = true;
            syncFolder(folder_.parent_path());
            if (exists)
                bringBackLateFiles();
            fs::remove_all(staging_, ec); // now the old set (or nothing, after a plain rename)
            return;
        }
        if (errno != EINVAL && errno != ENOSYS && errno != EBUSY && errno != EXDEV && errno != ENOTSUP)
            throw Error("cannot replace the export directory " + folder_.string() + ": " + osReason(errno));
        asSet_ = false;
    }
    moveIntoPlaceOneByOne();
    committed_ = true;
    fs::remove_all(staging_, ec);
}

} // namespace seg
