#pragma once
// Streaming RFC 4180 record reader: quoted fields with doubled quotes and embedded newlines,
// CRLF, LF or lone CR line ends, UTF-8 BOM skipped. Reads the file in blocks; memory does not
// grow with file size (only with the longest record).
// Leniencies (documented in docs/segment-graph.md section 6): blank lines are skipped, spaces
// around a quoted field are allowed, a quote inside an unquoted field is literal text.
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
};

struct CsvRecord {
    std::vector<std::string_view> fields; // valid until the next call to next()
    std::string_view raw;                 // the record's bytes as in the file, without the line end
    uint64_t offset = 0;                  // file offset of the record's first byte
    size_t line = 0;                      // 1-based line where the record starts
    bool brokenQuote = false;             // a quote was never closed, or text followed a closing quote
    QuoteProblem quoteProblem = QuoteProblem::None;
    size_t brokenField = 0;               // 0-based field where the quote problem is (when brokenQuote)
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

    // Looks at the first lines and picks , ; tab or | (never a letter or digit). Falls back to ','.
    static char detectDelimiter(const std::filesystem::path& path);

private:
    enum class Parse { Record, NeedMore, End };
    bool fill();
    Parse parseRecord(CsvRecord& record);
    // The common record: no quote up to its line end, which is in the buffer. False (and
    // nothing consumed) otherwise, and parseRecord's general code reads it.
    bool parsePlainRecord(CsvRecord& record);
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
    size_t line_ = 1;
    // Unescaped text of fields with doubled quotes, as large as buffer_ (never reallocated
    // mid-record); most files never need it.
    std::unique_ptr<char[]> fieldStorage_;
    std::function<void(uint64_t)> onBlock_;
    bool isSpecial_[256] = {};
};

} // namespace seg
