// Customers import: the universe U. Rows with a NULL key are rejected; duplicate keys follow
// on_duplicate_key; without a key column the synthetic int column "_row" is the key.
#include "data/importer.h"

#include "data/import_session.h"
#include "data/row_index.h"
#include "util/error.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace seg {

namespace {

constexpr std::string_view kRowColumn = "_row";

// Finds earlier rows with the same key while pass 2 appends rows, so duplicates are decided on
// typed values ("007" and "7" are the same int key) without a third pass over the file.
class DuplicateKeyTracker {
public:
    DuplicateKeyTracker(const Column& keyColumn, const TypeSpec& spec, size_t rows)
        : key_(keyColumn), spec_(spec), index_(spec.type == DataType::String ? 0 : rows)
    {
    }

    // Row already holding the key of `value`, or RowIndex::kNone. Remembers the probe so that
    // remember() can store the new row without parsing again.
    uint32_t find(std::string_view value, size_t line, const detail::ImportSession& session)
    {
        if (spec_.type == DataType::String) {
            code_ = key_.findCode(value);
            return code_ >= 0 && static_cast<size_t>(code_) < rowOfCode_.size() ? rowOfCode_[static_cast<size_t>(code_)]
                                                                                  : RowIndex::kNone;
        }
        const auto code = parseKeyCode(spec_, value);
        if (!code)
            session.failChanged(line);
        code_ = *code;
        return index_.find(mixHash(static_cast<uint64_t>(code_)), [&](uint32_t r) { return keyCodeAt(key_, r) == code_; });
    }

    // Called after the row was appended to the key column.
    void remember(uint32_t row)
    {
        if (spec_.type == DataType::String) {
            const auto code = static_cast<size_t>(key_.codes()[row]);
            if (code >= rowOfCode_.size())
                rowOfCode_.resize(code + 1, RowIndex::kNone);
            rowOfCode_[code] = row;
            return;
        }
        index_.insertOrReplace(mixHash(static_cast<uint64_t>(code_)), row,
                               [&](uint32_t r) { return keyCodeAt(key_, r) == code_; });
    }
    bool ok() const { return index_.ok(); }

private:
    const Column& key_;
    const TypeSpec& spec_;
    RowIndex index_;
    std::vector<uint32_t> rowOfCode_; // string keys: the dictionary already deduplicates text
    int64_t code_ = 0;
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
    if (spec.key)
        keyIndex = session.requireColumn(*spec.key, "key");
    else if (session.columnIndex(kRowColumn) >= 0)
        throw Error(session.where() + ": the file has a column named '_row', which is the name of the row-number key "
                    + "used when \"key\" is not given; set \"key\"");

    session.scan([&](const detail::RowValues& row) {
        if (keyIndex >= 0 && row.isNull(keyIndex))
            return detail::RowVerdict::reject(keyIndex, "customer key is NULL");
        return detail::RowVerdict::keep();
    });
    session.resolveTypes();
    if (session.keptRows() >= std::numeric_limits<uint32_t>::max())
        throw Error(session.where() + ": too many rows (at most 4294967294 customers)");

    std::vector<Column> columns = session.makeColumns();
    std::vector<int64_t> rowNumbers; // the "_row" key
    std::vector<uint32_t> droppedRows;   // keep_last: earlier rows replaced by a later duplicate
    std::vector<size_t> lineOfRow;       // on_duplicate_key "error": for the message
    std::optional<DuplicateKeyTracker> tracker;
    if (keyIndex >= 0)
        tracker.emplace(columns[static_cast<size_t>(keyIndex)],
                        session.columns()[static_cast<size_t>(keyIndex)].spec, session.keptRows());
    else
        rowNumbers.reserve(session.keptRows());

    uint32_t nextRow = 0;
    session.load([&](const detail::RowValues& row) {
        if (!tracker) {
            rowNumbers.push_back(static_cast<int64_t>(row.record) + 1);
            session.appendRow(columns, row);
            ++nextRow;
            return;
        }
        const uint32_t previous = tracker->find(row[keyIndex], row.line, session);
        if (previous != RowIndex::kNone) {
            ++report.duplicateKeys;
            switch (spec.onDuplicateKey) {
            case DuplicateKeyPolicy::Error:
                throw Error(session.where(row.line) + ": duplicate customer key '" + std::string(row[keyIndex])
                            + "' (first on line " + std::to_string(lineOfRow[previous]) + "); " + policyHint());
            case DuplicateKeyPolicy::KeepFirst: return;
            case DuplicateKeyPolicy::KeepLast: droppedRows.push_back(previous); break;
            }
        }
        session.appendRow(columns, row);
        tracker->remember(nextRow);
        if (spec.onDuplicateKey == DuplicateKeyPolicy::Error)
            lineOfRow.push_back(row.line);
        ++nextRow;
    });
    if (tracker && !tracker->ok())
        session.failChanged(0);

    // keep_last: the kept row stays where it is in the file (its own, later position).
    if (!droppedRows.empty()) {
        std::sort(droppedRows.begin(), droppedRows.end());
        std::vector<uint32_t> kept;
        kept.reserve(nextRow - droppedRows.size());
        size_t d = 0;
        for (uint32_t r = 0; r < nextRow; ++r) {
            if (d < droppedRows.size() && droppedRows[d] == r)
                ++d;
            else
                kept.push_back(r);
        }
        for (auto& column : columns)
            column.gather(kept);
        nextRow = static_cast<uint32_t>(kept.size());
    }

    CustomerTable customers;
    customers.table.rows = nextRow;
    if (tracker) {
        customers.keyColumn = keyIndex;
    } else {
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
