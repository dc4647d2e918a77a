#pragma once
// The two-pass CSV import shared by customers and events (internal to core/data).
// The file is cut into chunks of ~1 MiB at line starts. Pass 1 (scan) reads the chunks in
// parallel: it rejects what cannot be read, asks the dataset-specific check about the rest and
// infers column types over the kept rows, remembering which records it kept (one bit each).
// A chunk start that turns out to lie inside a quoted field (the previous chunk's last record
// runs past it) is scanned again from the true record start.
// Pass 1 also parses every kept value as the type its chunk's values agree on so far
// (ChunkColumn), so that the file is usually read only once. Pass 2 (loadColumns) re-reads a
// chunk only for the columns where that guess differs from the final type (a column that is
// int in one chunk and text in another, say), then appends the chunks in file order.
// Chunks are merged in file order, so results do not depend on the number of threads.
// Merging starts during pass 1 (EagerColumn): the pipeline's in-order stage appends each
// scanned chunk's columns to the final columns while the other threads scan the next chunks,
// so the string dictionaries are merged in parallel with the scan, a chunk's values are
// copied while they are still in the cache, and their memory is reused by the next chunks.
#include "data/bitset.h"
#include "data/csv_reader.h"
#include "data/importer.h"
#include "data/input_spool.h"
#include "data/text_encoding.h"
#include "data/type_inference.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace seg::detail {

struct ImportColumn {
    std::string name;
    TypeSpec spec;
    bool fixed = false;      // type given (override or forced by the dataset role), not inferred
    bool validate = false;   // pass 1 rejects rows whose value does not fit `spec`
    bool overridden = false; // from the dataset's `columns`
    bool role = false;       // read by the dataset's pass-1 check (key, time): always normalized
    TypeInference inference; // merged from the chunks of pass 1
};

// Text helpers shared by both passes.
// Spaces at both ends. Tabs are data (issue 16 finding 7): trimming "\t=1+1" to "=1+1" would
// change a value, and would turn text a spreadsheet shows as text into a formula.
inline std::string_view trimSpaces(std::string_view v)
{
    while (!v.empty() && v.front() == ' ')
        v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ')
        v.remove_suffix(1);
    return v;
}
std::string quoteProblemText(QuoteProblem problem);
// The reason a row with a broken quote is rejected (says when reading resumed on the next line).
std::string brokenRecordText(const CsvRecord& record);
std::string invalidUtf8Reason(std::string_view value, size_t offset);

// The dataset-specific verdict on a readable row in pass 1.
struct RowVerdict {
    enum Kind { Keep, Skip, Reject };
    Kind kind = Keep;
    int column = -1; // for Reject: the column at fault, -1 for the whole row
    std::string reason;
    uint32_t tag = 0; // for Keep: a value kept per row when the session collects tags

    static RowVerdict keep(uint32_t tag = 0) { return {Keep, -1, {}, tag}; }
    static RowVerdict skip() { return {Skip, -1, {}, 0}; }
    static RowVerdict reject(int column, std::string reason) { return {Reject, column, std::move(reason), 0}; }
};

// One record's values, trimmed and in UTF-8, with their NULL flags. In pass 1 only the
// columns marked `role` are guaranteed to be filled in for the check.
struct RowValues {
    std::vector<std::string_view> values;
    std::vector<uint8_t> nulls;
    std::vector<std::string> converted; // per column: the field re-encoded as UTF-8
    size_t line = 0;

    std::string_view operator[](int c) const { return values[static_cast<size_t>(c)]; }
    bool isNull(int c) const { return nulls[static_cast<size_t>(c)] != 0; }
};

// One column's values over the kept rows of one chunk, parsed in pass 1 (see above).
struct ChunkColumn {
    enum class State : uint8_t {
        Empty,     // no non-NULL value yet: `nulls` NULLs so far
        Typed,     // `values` holds every kept row, as values.type()
        Abandoned, // the type guess failed part way: pass 2 re-reads this column of the chunk
        Merged,    // appended to the column's EagerColumn during pass 1 (nothing left here)
    };
    State state = State::Empty;
    bool negativeZero = false; // an int column holds "-0", which as a double would be -0.0
    size_t nulls = 0;
    Column values;
};

// A column's chunks merged in file order during pass 1, as long as every chunk so far could
// be appended (typed, and of one type, ints widening to doubles). The first chunk that cannot
// (a column abandoned by its guess, or a type the merged values cannot take) ends it: that
// chunk and the later ones are merged by loadColumns. When the final type turns out to be one
// the merged values do not have, the merged chunks are read again like abandoned ones.
struct EagerColumn {
    bool open = true;          // every chunk so far was appended
    bool typed = false;        // `values` has a type (false: all rows so far were NULL)
    bool negativeZero = false; // int values include "-0" (cannot widen to double)
    size_t chunks = 0;         // leading chunks appended
    size_t nullRows = 0;       // rows before `typed` (all NULL)
    size_t reservedRows = 0;   // room reserved in `values`
    size_t reservedDistinct = 0;
    Column values;
};

// The int column's values as a double column (NULLs kept): what parsing the same texts as
// doubles gives, except for "-0".
Column intsAsDoubles(Column ints);

// Where a verified chunk starts: a record boundary, with the counts before it.
struct ChunkStart {
    uint64_t offset = 0; // file offset of the first record
    size_t line = 0;
    size_t record = 0;   // data records before it
    size_t kept = 0;     // kept rows before it
};

// What pass 1 learns from one chunk; line numbers are relative to the chunk's start (1-based).
struct ScanChunk {
    uint64_t begin = 0;      // where the scan started
    uint64_t next = 0;       // offset of the first record after the chunk (file end at the end)
    size_t linesBeforeNext = 0;
    size_t records = 0;
    size_t kept = 0;
    size_t skipped = 0;
    size_t rejected = 0;
    Bitset keep;
    std::vector<RejectedRow> rejects;
    std::vector<TypeInference> inference;
    std::vector<uint32_t> tags;
    std::vector<ChunkColumn> values; // per column
    std::vector<size_t> lines;       // of the kept rows, when the session collects lines
    // A record over the size limit stopped the scan here (chunk-relative line; 0: none). Only
    // a chunk that starts at a true record start turns it into the import's error.
    size_t tooLongLine = 0;
    std::string tooLongDetail;
};

class ImportSession {
public:
    ImportSession(const std::filesystem::path& path, const ImportOptions& options, ImportReport& report);

    // Checks the encoding and delimiter, reads the header and applies the `columns` overrides.
    void open();

    std::vector<ImportColumn>& columns() { return columns_; }
    int columnIndex(std::string_view name) const;
    // Index of a column the dataset needs; seg::Error naming the file, role and column otherwise.
    int requireColumn(std::string_view name, std::string_view role) const;
    // Marks a column the pass-1 check reads.
    void markRole(int column) { columns_[static_cast<size_t>(column)].role = true; }
    // Keeps RowVerdict::tag of every kept row (in file order), see tags().
    void collectTags() { collectTags_ = true; }
    // Keeps the line of every kept row, for loadColumns(lineOfRow); call before scan().
    void collectLines() { collectLines_ = true; }

    // Pass 1. `check(const RowValues&)` returns a RowVerdict; it is called from several
    // threads at once, so it must only read shared state.
    template <class Check> void scan(Check&& check);
    void resolveTypes(); // after scan: inferred types become final
    size_t keptRows() const { return kept_; }
    size_t skippedRows() const { return skipped_; }
    std::vector<uint32_t>& tags() { return tags_; }
    // 1-based data record numbers of the kept rows (the "_row" key).
    std::vector<int64_t> keptRecordNumbers() const;

    // Pass 2: the kept rows as typed columns in file order. With `lineOfRow` (which needs
    // collectLines()), also the line of every row (for messages that must point back into the file).
    std::vector<Column> loadColumns(std::vector<size_t>* lineOfRow = nullptr);

    void fillColumnProfiles(const Table& table) const;

    std::string where(size_t line = 0) const; // "path" or "path:line"
    [[noreturn]] void failChanged(size_t line) const;

private:
    using ScanRange = std::function<ScanChunk(uint64_t begin, uint64_t end)>;

    // Pass 1 driver: plans the chunks, runs scanRange on them in parallel, verifies and merges.
    void runScan(const ScanRange& scanRange);
    void mergeScanChunk(ScanChunk& chunk);
    ScanChunk newScanChunk(uint64_t begin) const;
    RowVerdict scanRow(const CsvRecord& record, RowValues& row, const ScanChunk& chunk) const;
    RowVerdict normalizeAll(const CsvRecord& record, RowValues& row) const; // scanRow's last step
    void keepScanResult(ScanChunk& chunk, RowVerdict&& verdict, const RowValues& row, size_t line) const;
    void storeValue(ScanChunk& chunk, size_t column, const RowValues& row) const;
    void storeInferred(ChunkColumn& values, TypeInference& inference, std::string_view value) const;
    void sizeChunkColumns(ScanChunk& chunk, uint64_t bytesSoFar, uint64_t chunkBytes) const;
    // In-order stage of pass 1: appends chunk `k`'s column c to eager_[c] (see EagerColumn).
    void mergeEagerly(size_t c, ChunkColumn& part, size_t rows, uint64_t bytesDone);
    // Rows (or distinct strings) the whole file will likely hold, from `count` in `bytesDone`.
    size_t projected(size_t count, uint64_t bytesDone) const;
    // loadColumns: whether eager_[c] can start the final column (else its chunks are re-read).
    bool eagerUsable(size_t c) const;

    // Pass 2: whether a chunk's column from pass 1 can be used as the final column's part.
    bool usable(const ChunkColumn& values, size_t column) const;
    // Re-reads chunk `chunk` and parses the given columns of its kept rows.
    std::vector<Column> reloadChunk(size_t chunk, const std::vector<size_t>& columns) const;
    void appendChunkColumn(Column& to, ChunkColumn&& part, size_t rows) const;
    // Applies the limits and the file's name to a reader, and checks for cancellation after
    // every block (and now).
    void watch(CsvReader& reader) const;
    void checkCancel() const; // throws Cancelled when the caller asked to stop
    // Trims, converts to UTF-8 and marks NULL tokens (once per field of the file: inline).
    void normalize(RowValues& row, size_t column, std::string_view raw) const
    {
        std::string_view v = trimSpaces(raw);
        if (encoding_ != TextEncoding::Utf8 && !isAscii(v))
            v = convertToUtf8(row, column, v); // by value: a view whose address is taken is
                                               // stored in halves and reloaded whole (a stall)
        bool isNull;
        if (v.empty())
            isNull = emptyIsNull_;
        else if (!nullFirstByte_[static_cast<unsigned char>(v.front())])
            isNull = false; // most values: one table look-up, no compare
        else
            isNull = isNullToken(v);
        row.values[column] = v;
        row.nulls[column] = isNull;
    }
    bool isNullToken(std::string_view v) const;
    std::string_view convertToUtf8(RowValues& row, size_t column, std::string_view v) const;
    std::string columnList() const; // for messages: "a, b, c"
    void chooseEncoding();          // sets encoding_ and may replace path_ by a UTF-8 copy
    std::vector<Column> makeColumns(size_t reserveRows) const;
    RowValues makeRowValues() const;
    void reportProgress(uint64_t done) const; // bytes of both passes

    std::filesystem::path path_; // what is read: the file, or the copy of a pipe's input
    std::string name_;           // what messages call it: the path as given ("<stdin>" for "-")
    std::unique_ptr<SpooledInput> spool_;      // a pipe's input, read once
    std::unique_ptr<SpooledInput> transcoded_; // the input converted to UTF-8 (UTF-16, iconv encodings)
    bool bomFromConversion_ = false;
    const ImportOptions& options_;
    ImportReport& report_;
    TextEncoding encoding_ = TextEncoding::Utf8;
    char delimiter_ = ',';
    uint64_t fileSize_ = 0;
    uint64_t dataStart_ = 0;   // offset just after the header
    size_t dataStartLine_ = 0; // line there
    std::vector<ImportColumn> columns_;
    std::vector<std::string> nullTokens_;
    bool emptyIsNull_ = false;
    bool nullFirstByte_[256] = {}; // first bytes of the non-empty null tokens
    bool collectTags_ = false;
    bool collectLines_ = false;
    Bitset keep_;                  // pass 1 verdict per data record
    size_t kept_ = 0;
    size_t skipped_ = 0;
    std::vector<uint32_t> tags_;
    std::vector<ChunkStart> chunks_; // pass 1 -> pass 2; the last entry marks the end
    std::vector<ScanChunk> scanned_; // pass 1 -> pass 2: the merged chunks, in file order
    std::vector<EagerColumn> eager_; // per column, see EagerColumn

    static constexpr size_t kSizingRecords = 256; // records read before a chunk's columns are sized
};

template <class Check> void ImportSession::scan(Check&& check)
{
    runScan([&](uint64_t begin, uint64_t end) {
        ScanChunk chunk = newScanChunk(begin);
        CsvReader reader(path_, delimiter_, begin, 1);
        reader.setReadLimit(end);
        watch(reader);
        CsvRecord record;
        RowValues row = makeRowValues();
        chunk.next = fileSize_;
        try {
            while (reader.next(record)) {
                if (record.offset >= end) { // the next chunk's first record
                    chunk.next = record.offset;
                    chunk.linesBeforeNext = record.line - 1;
                    break;
                }
                if (++chunk.records == kSizingRecords)
                    sizeChunkColumns(chunk, record.offset - begin, std::min(end, fileSize_) - begin);
                RowVerdict verdict = scanRow(record, row, chunk);
                if (verdict.kind == RowVerdict::Keep)
                    verdict = check(static_cast<const RowValues&>(row));
                keepScanResult(chunk, std::move(verdict), row, record.line);
            }
        } catch (const RecordTooLong& e) { // reported by the merge, with the line in the file
            chunk.tooLongLine = e.line();
            chunk.tooLongDetail = e.detail();
        }
        return chunk;
    });
}

} // namespace seg::detail
