#pragma once
// CSV/TSV import into the column store (spec section 2). Streams the file once in parallel
// chunks, inferring column types and parsing each chunk's values as the type its values agree
// on; only the columns of chunks where that guess was not the final type are read again. Memory
// stays close to the size of the typed data, not of the text.
#include "data/csv_reader.h"
#include "data/dataset_spec.h"
#include "data/table.h"
#include "util/json.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace seg {

struct RejectedRow {
    size_t line = 0;     // 1-based physical line where the record starts
    std::string column;  // empty when the whole row is bad (ragged, broken quote)
    std::string reason;
};

struct ColumnProfile {
    std::string name;
    DataType type = DataType::String;
    bool overridden = false; // type came from the dataset's `columns` override
    size_t nulls = 0;
    size_t distinct = 0;     // strings only (dictionary size); 0 otherwise
};

// Rejected rows beyond this many are counted in ImportReport::rejected but not listed, so a
// file full of bad rows cannot exhaust memory.
inline constexpr size_t kMaxListedRejects = 10000;

struct ImportReport {
    std::string path;
    bool isEvents = false;     // events file (unknown keys apply) rather than customers (duplicates)
    char delimiter = ',';
    std::string encoding = "utf-8";
    bool hadBom = false;
    size_t dataRows = 0;       // records after the header
    size_t rows = 0;           // rows kept
    size_t rejected = 0;       // all rejected rows; == rejects.size() up to kMaxListedRejects
    size_t duplicateKeys = 0;  // customers: rows whose key was seen before
    size_t unknownKeys = 0;    // events: rows whose key is not a customer (ignored)
    std::vector<RejectedRow> rejects; // in file order, at most kMaxListedRejects
    std::vector<ColumnProfile> columns;
    // Things the user should know that are not errors (e.g. why the key column is text).
    std::vector<std::string> notes;
};

struct ImportOptions {
    DatasetSpec spec;
    // Called now and then (per ~1 MiB chunk) with bytes done and total bytes (twice the file
    // size, from when the file was always read twice; pass 1 now parses the values as well,
    // so each of its chunks counts twice its bytes); may be empty. Calls never overlap but may
    // come from a worker thread of the import, not the caller's.
    std::function<void(uint64_t done, uint64_t total)> progress;
    const std::atomic<bool>* cancel = nullptr; // when set and true: throws seg::Cancelled
    CsvLimits limits;                          // field, record and input size limits
    // How the work is cut up; results never depend on these (tests compare them on small
    // files). Pass 1's chunk size in bytes (0: 1 MiB), and whether chunks are merged into the
    // final columns during pass 1 (see data/import_session.h) or all after it.
    uint64_t chunkBytes = 0;
    bool mergeDuringScan = true;
};

// Throws seg::Error naming the file (and line) when the file cannot be used at all:
// missing, unreadable, empty, no header, unknown key column, duplicate key with policy "error".
CustomerTable importCustomers(const std::filesystem::path& path, const ImportOptions& options,
                              ImportReport& report);

// Events: key matched to customer keys by value (parsed as the customer key's type, so "007"
// finds int key 7; strings by exact bytes); rows whose key is no customer are counted in
// report.unknownKeys and dropped. `time` must be a date or timestamp column (NULL time: row
// rejected); `type` becomes a string column and may be left empty (typeColumn -1).
// Rows sorted by (customer, time), equal times in file order; offsets has customers.rows()+1 entries.
EventTable importEvents(const std::filesystem::path& path, const ImportOptions& options,
                        const CustomerTable& customers, ImportReport& report);

// Import report as text for `segstudio-cli describe`: file, delimiter, encoding, row counts,
// the first rejected rows with line and reason, and a table of columns.
std::string importReportToText(const ImportReport& report);
// The same as JSON (describe --json, run report's "import" section details). Keys: path,
// delimiter, encoding, bom, data_rows, rows, rejected, duplicate_keys, unknown_keys,
// rejects [{line, column, reason}], columns [{name, type, overridden, nulls, distinct}].
Json importReportToJson(const ImportReport& report);

} // namespace seg
