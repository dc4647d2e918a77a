#pragma once
// The two-pass CSV import shared by customers and events (internal to core/data).
// Pass 1 (scan) reads every record, rejects what cannot be read, asks the dataset-specific
// check about the rest and infers the column types over the kept rows; it remembers which
// records it kept (one bit each). Pass 2 (load) reads the file again and parses only the kept
// records straight into typed columns reserved to their final size.
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
    TypeInference inference;
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

// One record's values, trimmed and in UTF-8, with their NULL flags.
struct RowValues {
    std::vector<std::string_view> values;
    std::vector<uint8_t> nulls;
    size_t line = 0;
    size_t record = 0; // 0-based data record number (blank lines do not count)

    std::string_view operator[](int c) const { return values[static_cast<size_t>(c)]; }
    bool isNull(int c) const { return nulls[static_cast<size_t>(c)] != 0; }
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

    template <class Check> void scan(Check&& check);
    void resolveTypes(); // after scan: inferred types become final
    size_t keptRows() const { return kept_; }

    // Empty columns with the final types, reserved for keptRows().
    std::vector<Column> makeColumns() const;
    template <class Sink> void load(Sink&& sink);
    // Appends every value of the row to columns[0..n); the row was checked in pass 1.
    void appendRow(std::vector<Column>& columns, const RowValues& row) const;

    void fillColumnProfiles(const Table& table) const;

    std::string where(size_t line = 0) const; // "path" or "path:line"
    [[noreturn]] void failChanged(size_t line) const;

private:
    void beginPass(CsvReader& reader, int pass);
    RowVerdict readRow(const CsvRecord& record, bool firstPass);
    void normalize(size_t column, std::string_view raw);
    void addReject(size_t line, int column, std::string reason);
    void inferRow();
    std::string columnList() const; // for messages: "a, b, c"

    std::filesystem::path path_;
    const ImportOptions& options_;
    ImportReport& report_;
    TextEncoding encoding_ = TextEncoding::Utf8;
    char delimiter_ = ',';
    std::vector<ImportColumn> columns_;
    std::vector<std::string> nullTokens_;
    uint64_t nullLengths_ = 0;          // bit n set: some null token has n bytes (n < 64)
    std::vector<std::string> converted_; // per column: the field re-encoded as UTF-8
    RowValues row_;
    Bitset keep_;                        // pass 1 verdict per data record
    size_t kept_ = 0;
};

template <class Check> void ImportSession::scan(Check&& check)
{
    CsvReader reader(path_, delimiter_);
    beginPass(reader, 0);
    CsvRecord record;
    reader.next(record); // the header, checked by open()
    while (reader.next(record)) {
        row_.record = report_.dataRows++;
        RowVerdict verdict = readRow(record, true);
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
}

template <class Sink> void ImportSession::load(Sink&& sink)
{
    CsvReader reader(path_, delimiter_);
    beginPass(reader, 1);
    CsvRecord record;
    reader.next(record);
    size_t index = 0, loaded = 0;
    while (reader.next(record)) {
        const size_t current = index++;
        if (current >= keep_.size())
            failChanged(record.line);
        if (!keep_.test(current))
            continue;
        row_.record = current;
        if (readRow(record, false).kind != RowVerdict::Keep)
            failChanged(record.line);
        sink(static_cast<const RowValues&>(row_));
        ++loaded;
    }
    if (index != keep_.size() || loaded != kept_)
        failChanged(0);
}

} // namespace seg::detail
