#pragma once
// Streaming RFC 4180 record reader: quoted fields with doubled quotes and embedded newlines,
// CRLF or LF, UTF-8 BOM skipped. Reads the file in blocks; memory does not grow with file size.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

struct CsvRecord {
    std::vector<std::string_view> fields; // valid until the next call to next()
    size_t line = 0;                      // 1-based line where the record starts
    bool brokenQuote = false;             // a quote was never closed, or text followed a closing quote
};

class CsvReader {
public:
    // Throws seg::Error when the file cannot be opened.
    CsvReader(const std::filesystem::path& path, char delimiter);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    bool next(CsvRecord& record); // false at end of file
    bool hadBom() const { return hadBom_; }
    uint64_t bytesRead() const { return consumed_; }
    uint64_t fileSize() const { return fileSize_; }

    // Looks at the first lines and picks , ; tab or | (never a letter or digit). Falls back to ','.
    static char detectDelimiter(const std::filesystem::path& path);

private:
    bool fill();

    std::FILE* file_ = nullptr;
    char delimiter_;
    std::string buffer_;
    size_t pos_ = 0;
    bool eof_ = false;
    bool hadBom_ = false;
    uint64_t consumed_ = 0;
    uint64_t fileSize_ = 0;
    size_t line_ = 1;
    std::string fieldStorage_;
    std::vector<size_t> fieldEnds_;
};

} // namespace seg
