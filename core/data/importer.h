#pragma once
// CSV/TSV import into the column store (spec section 2). Streams the file twice: the first
// pass infers column types, the second parses values straight into typed columns, so memory
// stays close to the size of the typed data, not of the text.
#include "data/dataset_spec.h"
#include "data/table.h"

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

struct ImportReport {
    std::string path;
    char delimiter = ',';
    std::string encoding = "utf-8";
    bool hadBom = false;
    size_t dataRows = 0;       // records after the header
    size_t rows = 0;           // rows kept
    size_t rejected = 0;       // == rejects.size()
    size_t duplicateKeys = 0;  // customers: rows whose key was seen before
    size_t unknownKeys = 0;    // events: rows whose key is not a customer (ignored)
    std::vector<RejectedRow> rejects;
    std::vector<ColumnProfile> columns;
};

struct ImportOptions {
    DatasetSpec spec;
    // Called now and then with bytes read and total bytes; may be empty.
    std::function<void(uint64_t done, uint64_t total)> progress;
    const std::atomic<bool>* cancel = nullptr; // when set and true: throws seg::Cancelled
};

// Throws seg::Error naming the file (and line) when the file cannot be used at all:
// missing, unreadable, empty, no header, unknown key column, duplicate key with policy "error".
CustomerTable importCustomers(const std::filesystem::path& path, const ImportOptions& options,
                              ImportReport& report);

// Events: key matched to customer keys by value (ints as ints, else exact text); `time` must be a
// date or timestamp column and `type` becomes a string column. Rows sorted by (customer, time).
EventTable importEvents(const std::filesystem::path& path, const ImportOptions& options,
                        const CustomerTable& customers, ImportReport& report);

// Import report as JSON (describe command, run report's "import" section details).
std::string importReportToText(const ImportReport& report);

} // namespace seg
