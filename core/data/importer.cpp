// Customers import: the universe U. Rows with a NULL key are rejected; duplicate keys follow
// on_duplicate_key; without a key column the synthetic int column "_row" is the key.
#include "data/importer.h"

#include "data/import_session.h"
#include "data/row_index.h"
#include "util/error.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <limits>
#include <mutex>
#include <optional>

namespace seg {

namespace {

constexpr std::string_view kRowColumn = "_row";

// Finds, for each row of the loaded key column in file order, an earlier row with the same
// key. Keys are compared as typed values ("007" and "7" are the same int key). Files sorted by
// key are common: while keys only grow there is nothing to look up, and the hash index is
// built only when the first key out of order arrives. String keys use the dictionary codes.
class DuplicateKeyFinder {
public:
    explicit DuplicateKeyFinder(const Column& key)
        : key_(key), index_(key.type() == DataType::String ? 0 : key.size())
    {
        if (key.type() == DataType::String)
            rowOfCode_.assign(key.dict().size(), RowIndex::kNone);
    }

    static uint64_t hashOf(int64_t code) { return mixHash(static_cast<uint64_t>(code)); }
    auto equalTo(int64_t code) const
    {
        return [this, code](uint32_t r) { return keyCodeAt(key_, r) == code; };
    }

    // The latest earlier row with row's key (or kNone); then row becomes the latest one.
    uint32_t previousAndRemember(uint32_t row)
    {
        if (key_.type() == DataType::String) {
            uint32_t& latest = rowOfCode_[static_cast<size_t>(key_.codes()[row])];
            const uint32_t previous = latest;
            latest = row;
            return previous;
        }
        const int64_t code = keyCodeAt(key_, row);
        if (ascending_) {
            if (row == 0 || code > keyCodeAt(key_, row - 1))
                return RowIndex::kNone;
            ascending_ = false;
            for (uint32_t r = 0; r < row; ++r)
                index_.insertOrReplace(hashOf(keyCodeAt(key_, r)), r, equalTo(keyCodeAt(key_, r)));
        }
        return index_.insertOrReplace(hashOf(code), row, equalTo(code));
    }

private:

    const Column& key_;
    RowIndex index_;
    std::vector<uint32_t> rowOfCode_;
    bool ascending_ = true;
};

// True when `text` is exactly what a 64-bit integer prints as: no sign but '-', no leading
// zeros, no "-0", at most int64's range. Only such keys may be stored as ints: "007", "7" and
// "+7" are three customers, and 21-digit ids must not become doubles that merge.
bool roundTripsAsInt64(std::string_view text)
{
    // The common key first (every row's key passes here): an optional '-', a first digit
    // that is not 0 and at most 18 digits in all always round-trips (18 digits < 2^63).
    const size_t digitsFrom = !text.empty() && text[0] == '-' ? 1 : 0;
    if (text.size() > digitsFrom && text.size() - digitsFrom <= 18 && text[digitsFrom] != '0') {
        bool digits = true;
        for (size_t i = digitsFrom; i < text.size(); ++i)
            digits &= text[i] >= '0' && text[i] <= '9';
        if (digits)
            return true;
    }
    int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || stop != end || text.empty())
        return false;
    char printed[24];
    const auto [printedEnd, ec2] = std::to_chars(printed, printed + sizeof printed, value);
    return ec2 == std::errc() && std::string_view(printed, static_cast<size_t>(printedEnd - printed)) == text;
}

// Counts the keys that do not round-trip as int64 and keeps one as an example for the note.
// Called from the import's worker threads; the example is the shortest (then smallest) such
// key, so it does not depend on the thread count.
class KeyTextWitness {
public:
    void see(std::string_view key)
    {
        count_.fetch_add(1, std::memory_order_relaxed);
        const std::lock_guard<std::mutex> lock(mutex_);
        if (example_.empty() || key.size() < example_.size() || (key.size() == example_.size() && key < example_))
            example_ = std::string(key);
    }
    size_t count() const { return count_.load(std::memory_order_relaxed); }
    const std::string& example() const { return example_; }

private:
    std::atomic<size_t> count_{0};
    std::mutex mutex_;
    std::string example_;
};

std::string policyHint()
{
    return "set \"on_duplicate_key\" to \"keep_last\" or \"keep_first\" to import anyway";
}

} // namespace

CustomerTable importCustomers(const std::filesystem::path& path, const ImportOptions& options, ImportReport& report)
{
    report = ImportReport{};
    detail::ImportSession session(path, options, report);
    session.open();
    const DatasetSpec& spec = options.spec;

    int keyIndex = -1;
    if (spec.key) {
        keyIndex = session.requireColumn(*spec.key, "key");
        session.markRole(keyIndex);
    } else if (session.columnIndex(kRowColumn) >= 0)
        throw Error(session.where() + ": the file has a column named '_row', which is the name of the row-number key "
                    + "used when \"key\" is not given; set \"key\"");

    const bool failOnDuplicate = keyIndex >= 0 && spec.onDuplicateKey == DuplicateKeyPolicy::Error;
    if (failOnDuplicate)
        session.collectLines(); // the message names the lines of both rows
    // Lossless keys: a key column is an int column only when every key reads back unchanged.
    const bool keyTypeGiven = keyIndex >= 0 && session.columns()[static_cast<size_t>(keyIndex)].fixed;
    KeyTextWitness keyText;
    session.scan([&](const detail::RowValues& row) {
        if (keyIndex >= 0 && row.isNull(keyIndex))
            return detail::RowVerdict::reject(keyIndex, "customer key is NULL");
        if (keyIndex >= 0 && !keyTypeGiven && !roundTripsAsInt64(row[keyIndex]))
            keyText.see(row[keyIndex]);
        return detail::RowVerdict::keep();
    });
    session.resolveTypes();
    if (keyIndex >= 0 && !keyTypeGiven) {
        detail::ImportColumn& key = session.columns()[static_cast<size_t>(keyIndex)];
        if (key.spec.type != DataType::String && keyText.count() > 0) {
            report.notes.push_back("key column '" + key.name + "' is read as text: " + std::to_string(keyText.count())
                                   + (keyText.count() == 1 ? " key" : " keys") + " (e.g. '" + keyText.example()
                                   + "') would not read back unchanged as a 64-bit integer, and as numbers "
                                     "distinct keys could merge");
            key.spec = TypeSpec{DataType::String, {}};
        }
        else if (key.spec.type != DataType::String && key.spec.type != DataType::Int)
            key.spec = TypeSpec{DataType::Int, {}}; // e.g. only 0 and 1, read as bool: all are exact ints
    }
    if (session.keptRows() >= std::numeric_limits<uint32_t>::max())
        throw Error(session.where() + ": too many rows (at most 4294967294 customers)");

    std::vector<size_t> lineOfRow; // only for the message of on_duplicate_key "error"
    std::vector<Column> columns = session.loadColumns(failOnDuplicate ? &lineOfRow : nullptr);
    size_t rows = session.keptRows();

    if (keyIndex >= 0) {
        // keep_first drops the later row, keep_last the earlier one: the kept row stays at its
        // own place in the file.
        std::vector<uint8_t> dropped;
        DuplicateKeyFinder finder(columns[static_cast<size_t>(keyIndex)]);
        for (uint32_t r = 0; r < rows; ++r) {
            const uint32_t previous = finder.previousAndRemember(r);
            if (previous == RowIndex::kNone)
                continue;
            ++report.duplicateKeys;
            if (failOnDuplicate)
                throw Error(session.where(lineOfRow[r]) + ": duplicate customer key '"
                            + columns[static_cast<size_t>(keyIndex)].textAt(r) + "' (first on line "
                            + std::to_string(lineOfRow[previous]) + "); " + policyHint());
            if (dropped.empty())
                dropped.assign(rows, 0);
            dropped[spec.onDuplicateKey == DuplicateKeyPolicy::KeepFirst ? r : previous] = 1;
        }
        if (!dropped.empty()) {
            std::vector<uint32_t> kept;
            kept.reserve(rows - report.duplicateKeys);
            for (uint32_t r = 0; r < rows; ++r)
                if (!dropped[r])
                    kept.push_back(r);
            for (auto& column : columns)
                column.gather(kept);
            rows = kept.size();
        }
    }

    CustomerTable customers;
    customers.table.rows = rows;
    if (keyIndex >= 0) {
        customers.keyColumn = keyIndex;
    } else {
        std::vector<int64_t> rowNumbers = session.keptRecordNumbers();
        Bitset valid(rowNumbers.size(), true);
        columns.insert(columns.begin(),
                       Column::fromInts(std::string(kRowColumn), DataType::Int, std::move(rowNumbers), std::move(valid)));
        customers.keyColumn = 0;
    }
    for (auto& column : columns)
        column.finish();
    customers.table.columns = std::move(columns);
    report.rows = customers.table.rows;
    session.fillColumnProfiles(customers.table);
    return customers;
}

} // namespace seg
