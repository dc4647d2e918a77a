#pragma once
// Input that cannot be read more than once (stdin as "-", a pipe, a FIFO, a character device
// such as /dev/zero) is read exactly once into a temporary file, which the import then reads
// like any file (several times, in parallel parts). The limits apply while copying, so an
// endless input is refused after at most CsvLimits::maxRecordBytes without a line end or
// CsvLimits::maxInputBytes in all, never by filling the memory or the disk.
#include "data/csv_reader.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

namespace seg {

class SpooledInput {
public:
    // Null when `path` is a regular file (read in place); otherwise the copy. Throws seg::Error
    // naming `path` (and the line) when it cannot be read or breaks a limit.
    static std::unique_ptr<SpooledInput> spoolIfNeeded(const std::filesystem::path& path, const CsvLimits& limits);
    // The file `path` (from byte `skip`, e.g. after a byte order mark) converted from
    // `encoding` to UTF-8 by glibc's iconv, as a temporary file. Throws seg::Error naming
    // `name` and the line when a byte sequence is not valid in that encoding.
    static std::unique_ptr<SpooledInput> transcodeToUtf8(const std::filesystem::path& path, const std::string& name,
                                                         const std::string& encoding, uint64_t skip,
                                                         const CsvLimits& limits);
    ~SpooledInput(); // removes the copy
    SpooledInput(const SpooledInput&) = delete;
    SpooledInput& operator=(const SpooledInput&) = delete;

    const std::filesystem::path& path() const { return copy_; }

    static bool isStdin(const std::filesystem::path& path) { return path == "-"; }

private:
    explicit SpooledInput(std::filesystem::path copy) : copy_(std::move(copy)) {}
    // A new empty temporary file (its descriptor in `fd`), removed again by the destructor.
    static std::unique_ptr<SpooledInput> createTemporary(const std::string& name, int& fd);
    std::filesystem::path copy_;
};

} // namespace seg
