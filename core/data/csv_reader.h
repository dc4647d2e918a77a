#pragma once
// Streaming RFC 4180 record reader: quoted fields with doubled quotes and embedded newlines,
// CRLF, LF or lone CR line ends, UTF-8 BOM skipped. Reads the file in blocks; memory does not
// grow with file size (only with the longest record).
// Leniencies (documented in docs/segment-graph.md section 6): blank lines are skipped, spaces
// around a quoted field are allowed, a quote inside an unquoted field is literal text.
// Integrity: a record with a broken quote (never closed, or text after the closing quote) that
// runs over a line end is cut at its first line end and reading resumes on the next line, so a
// stray quote costs one record, not the rest of the file. A record may hold at most
// CsvLimits::maxRecordBytes: an open quote still open there is a broken quote (resumed as
// above); a record without one that long is refused (seg::Error naming the line). Time is
// linear in the input: a long record is read in geometrically growing steps.
#include "util/error.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

enum class QuoteProblem : uint8_t {
    None,
    Unclosed,         // the file ended inside a quoted field
    TextAfterQuote,   // "abc"def: text between a closing quote and the next delimiter
    UnclosedAtLimit,  // a quoted field still open after CsvLimits::maxRecordBytes
};

// Limits that keep hostile or broken input from exhausting memory (ImportOptions::limits;
// CLI --max-field-bytes, --max-record-bytes, --max-input-bytes).
struct CsvLimits {
    uint64_t maxFieldBytes = uint64_t{16} << 20;  // a longer value rejects its row
    uint64_t maxRecordBytes = uint64_t{64} << 20; // see the header comment
    uint64_t maxInputBytes = uint64_t{64} << 30;  // a larger input is refused

    bool operator==(const CsvLimits&) const = default;
};

struct CsvRecord {
    std::vector<std::string_view> fields; // valid until the next call to next()
    std::string_view raw;                 // the record's bytes as in the file, without the line end
    uint64_t offset = 0;                  // file offset of the record's first byte
    size_t line = 0;                      // 1-based line where the record starts
    bool brokenQuote = false;             // a quote was never closed, or text followed a closing quote
    QuoteProblem quoteProblem = QuoteProblem::None;
    size_t brokenField = 0;               // 0-based field where the quote problem is (when brokenQuote)
    // The broken record ran over a line end: it was cut there (fields hold what its first line
    // holds) and the next record starts on line + 1.
    bool resumedNextLine = false;
    // Every byte of `raw` is ASCII and none is NUL. Set by the reader's fast path, which sees
    // each byte anyway; false means unknown (the general path), so the caller checks itself.
    bool plainBytes = false;
};

// A record over CsvLimits::maxRecordBytes. The message names the file and line; line() and
// detail() let a reader of a part of the file (whose lines count from the part's start)
// name the line in the whole file instead.
class RecordTooLong : public Error {
public:
    RecordTooLong(const std::string& file, size_t line, std::string detail)
        : Error(file + ":" + std::to_string(line) + ": " + detail), line_(line), detail_(std::move(detail)) {}
    size_t line() const { return line_; }
    const std::string& detail() const { return detail_; }

private:
    size_t line_;
    std::string detail_;
};

class CsvReader {
public:
    static constexpr size_t kBlockSize = size_t{1} << 20;
    static constexpr size_t kStepPastLimit = size_t{16} << 10; // see setReadLimit

    // Throws seg::Error when the file cannot be opened.
    CsvReader(const std::filesystem::path& path, char delimiter);
    // Starts at a record boundary found earlier (CsvRecord::offset and line), so that parts of
    // one file can be read in parallel. No BOM check there.
    CsvReader(const std::filesystem::path& path, char delimiter, uint64_t startOffset, size_t startLine);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    bool next(CsvRecord& record); // false at end of file
    bool hadBom() const { return hadBom_; }
    uint64_t bytesRead() const { return consumed_; } // file position reached (start offset included)
    uint64_t fileSize() const { return fileSize_; }
    uint64_t position() const { return consumed_ - (end_ - pos_); } // offset of the next unread byte
    size_t nextLine() const { return line_; }                          // line number there

    // Called after every block read with bytesRead(); may throw (cancellation) and the
    // exception leaves next() with the reader still destructible.
    void setBlockCallback(std::function<void(uint64_t bytesRead)> callback) { onBlock_ = std::move(callback); }
    // Reads no further than `offset` in one go, and past it only in small steps: a caller
    // that reads one part of a file (up to the first record after `offset`) then does not
    // read a whole block beyond it. Records are unaffected.
    void setReadLimit(uint64_t offset) { readLimit_ = offset; }
    void setLimits(const CsvLimits& limits) { limits_ = limits; }
    // The name messages use for the file (a spooled pipe's temporary file is not the name
    // the user gave).
    void setDisplayName(std::string name) { displayName_ = std::move(name); }

    // Looks at the first lines and picks , ; tab or | (never a letter or digit). Falls back to ','.
    static char detectDelimiter(const std::filesystem::path& path);

private:
    enum class Parse { Record, NeedMore, End };
    bool fill();
    Parse parseRecord(CsvRecord& record);
    // The common record: no quote up to its line end, which is in the buffer. False (and
    // nothing consumed) otherwise, and parseRecord's general code reads it.
    bool parsePlainRecord(CsvRecord& record);
    // A broken record over several lines is cut at its first line end (see the header).
    void cutAtFirstLineEnd(CsvRecord& record, size_t recordEnd, size_t& p, size_t& lines) const;
    // Refuses a record over the limit (seg::Error naming the line); a broken quote cut at its
    // first line end is no such record.
    void checkRecordSize(CsvRecord& record) const;
    std::string displayName() const { return displayName_.empty() ? path_.string() : displayName_; }
    [[gnu::always_inline]] inline size_t findSpecial(const char* buf, size_t from, size_t end) const;
    char* storage(); // fieldStorage_, allocated on first use

    // A block buffer: not zero-filled (every byte is read before use), and handed from one
    // reader to the next on the same thread, so that an import reading a file in many chunks
    // does not map (and page-fault) fresh memory for every chunk.
public:
    struct Block {
        std::unique_ptr<char[]> bytes;
        size_t size = 0;
    };
private:
    static constexpr size_t kPooledBlocks = 2; // per thread
    static Block takeBlock(size_t size);
    static void giveBack(Block block);

    std::FILE* file_ = nullptr;
    std::filesystem::path path_;
    char delimiter_;
    Block buffer_;         // bytes [pos_, end_) are unread
    size_t pos_ = 0;
    size_t end_ = 0;
    bool eof_ = false;
    bool hadBom_ = false;
    uint64_t consumed_ = 0;
    uint64_t fileSize_ = 0;
    uint64_t readLimit_ = 0; // 0: none
    CsvLimits limits_;
    std::string displayName_;
    // The last record parsed ran into the record size limit (see the header comment).
    bool hitLimit_ = false;
    size_t line_ = 1;
    // Unescaped text of fields with doubled quotes, as large as buffer_ (never reallocated
    // mid-record); most files never need it.
    std::unique_ptr<char[]> fieldStorage_;
    std::vector<size_t> fieldStarts_; // general path: buffer offset of each field's text
    std::function<void(uint64_t)> onBlock_;
    bool isSpecial_[256] = {};
};

} // namespace seg
