#pragma once
// The two-pass CSV import shared by customers and events (internal to core/data).
// Pass 1 (scan) reads every record, rejects what cannot be read, asks the dataset-specific
// check about the rest and infers the column types over the kept rows; it remembers which
// records it kept (one bit each) and where chunks of ~4 MiB start. Pass 2 (loadColumns) reads
// those chunks in parallel, parses only the kept records straight into typed columns, and
// appends the chunks in file order, so the result does not depend on the thread count.
#include "data/bitset.h"
#include "data/csv_reader.h"
#include "data/importer.h"
#include "data/text_encoding.h"
#include "data/type_inference.h"

#include <cstdint>
#include <filesystem>
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
    TypeInference inference;

    // Pass 1 only looks at values that can still change the outcome: a column already known
    // to be a string, with no check on it, costs nothing there.
    bool neededInScan() const { return role || validate || (!fixed && inference.undecided()); }
};

// The dataset-specific verdict on a readable row in pass 1.
struct RowVerdict {
    enum Kind { Keep, Skip, Reject };
    Kind kind = Keep;
    int column = -1; // for Reject: the column at fault, -1 for the whole row
    std::string reason;

    static RowVerdict keep() { return {}; }
    static RowVerdict skip() { return {Skip, -1, {}}; }
    static RowVerdict reject(int column, std::string reason) { return {Reject, column, std::move(reason)}; }
};

// One record's values, trimmed and in UTF-8, with their NULL flags. In pass 1 only the
// columns marked `role` are guaranteed to be filled in for the check.
struct RowValues {
    std::vector<std::string_view> values;
    std::vector<uint8_t> nulls;
    std::vector<std::string> converted; // per column: the field re-encoded as UTF-8
    size_t line = 0;
    size_t record = 0; // 0-based data record number (blank lines do not count)

    std::string_view operator[](int c) const { return values[static_cast<size_t>(c)]; }
    bool isNull(int c) const { return nulls[static_cast<size_t>(c)] != 0; }
};

// Where pass 2 may start reading: a record boundary seen in pass 1.
struct ChunkStart {
    uint64_t offset = 0; // file offset of the first record
    size_t line = 0;
    size_t record = 0;   // data records before it
    size_t kept = 0;     // kept rows before it
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

    template <class Check> void scan(Check&& check);
    void resolveTypes(); // after scan: inferred types become final
    size_t keptRows() const { return kept_; }
    // 1-based data record numbers of the kept rows (the "_row" key).
    std::vector<int64_t> keptRecordNumbers() const;

    // Pass 2: the kept rows as typed columns in file order. With `lineOfRow`, also the line
    // of every row (for messages that must point back into the file).
    std::vector<Column> loadColumns(std::vector<size_t>* lineOfRow = nullptr);

    void fillColumnProfiles(const Table& table) const;

    std::string where(size_t line = 0) const; // "path" or "path:line"
    [[noreturn]] void failChanged(size_t line) const;

private:
    struct LoadedChunk;
    LoadedChunk loadChunk(size_t chunk, bool wantLines) const;
    // Checks for cancellation after every block (and now); pass 1 also reports progress there.
    void watch(CsvReader& reader, bool reportsProgress) const;
    RowVerdict scanRow(const CsvRecord& record);
    bool loadRow(const CsvRecord& record, RowValues& row) const;
    void normalize(RowValues& row, size_t column, std::string_view raw) const;
    void appendRow(std::vector<Column>& columns, const RowValues& row) const;
    void addReject(size_t line, int column, std::string reason);
    void inferRow();
    std::string columnList() const; // for messages: "a, b, c"
    std::vector<Column> makeColumns(size_t reserveRows) const;
    RowValues makeRowValues() const;

    std::filesystem::path path_;
    const ImportOptions& options_;
    ImportReport& report_;
    TextEncoding encoding_ = TextEncoding::Utf8;
    char delimiter_ = ',';
    uint64_t fileSize_ = 0;
    std::vector<ImportColumn> columns_;
    std::vector<std::string> nullTokens_;
    bool emptyIsNull_ = false;
    bool nullFirstByte_[256] = {}; // first bytes of the non-empty null tokens
    RowValues row_;                // pass 1
    Bitset keep_;                  // pass 1 verdict per data record
    size_t kept_ = 0;
    std::vector<ChunkStart> chunks_; // pass 1 -> pass 2; the last entry marks the end
};

template <class Check> void ImportSession::scan(Check&& check)
{
    static constexpr uint64_t kChunkBytes = uint64_t{4} << 20;
    CsvReader reader(path_, delimiter_);
    fileSize_ = reader.fileSize();
    watch(reader, true);
    CsvRecord record;
    reader.next(record); // the header, checked by open()
    uint64_t nextChunk = 0;
    while (reader.next(record)) {
        if (record.offset >= nextChunk) {
            chunks_.push_back({record.offset, record.line, report_.dataRows, kept_});
            nextChunk = record.offset + kChunkBytes;
        }
        row_.record = report_.dataRows++;
        RowVerdict verdict = scanRow(record);
        if (verdict.kind == RowVerdict::Keep)
            verdict = check(static_cast<const RowValues&>(row_));
        const bool keep = verdict.kind == RowVerdict::Keep;
        keep_.pushBack(keep);
        if (keep) {
            ++kept_;
            inferRow();
        } else if (verdict.kind == RowVerdict::Reject) {
            addReject(record.line, verdict.column, std::move(verdict.reason));
        }
    }
    chunks_.push_back({reader.bytesRead(), 0, report_.dataRows, kept_});
}

} // namespace seg::detail
