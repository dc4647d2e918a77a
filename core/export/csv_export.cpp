#include "export/csv_export.h"

#include "export/atomic_text_file.h"
#include "export/csv_rows.h"
#include "export/key_order.h"
#include "util/error.h"

#include <tbb/enumerable_thread_specific.h>
#include <tbb/parallel_for.h>
#include <tbb/task_group.h>

#include <algorithm>
#include <optional>

namespace seg {

namespace {

// Member rows are formatted a morsel at a time, each morsel into its own buffer, several in
// parallel; the calling thread writes the buffers in order (and reports progress, checks the
// cancel flag) while the other threads already format the next batch.
constexpr size_t kMorselRows = 8192;
constexpr size_t kBatchMorsels = 8;
constexpr size_t kBatchRows = kMorselRows * kBatchMorsels; // progress is reported per batch

std::string fileName(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

std::vector<const Column*> resolveColumns(
    const CustomerTable& customers,
    const std::map<std::string, std::shared_ptr<const Column>, std::less<>>& derived,
    const std::vector<std::string>& names, const std::filesystem::path& file)
{
    std::vector<const Column*> columns;
    if (names.empty()) {
        columns.push_back(&customers.key());
        return columns;
    }
    for (const std::string& name : names) {
        const Column* column = customers.table.find(name);
        if (!column) {
            const auto it = derived.find(name);
            if (it != derived.end())
                column = it->second.get();
        }
        if (!column)
            throw Error("cannot export to " + fileName(file) + ": unknown column '" + name + "'");
        if (column->size() != customers.rows())
            throw Error("cannot export to " + fileName(file) + ": column '" + name + "' has "
                        + std::to_string(column->size()) + " rows, the customers have "
                        + std::to_string(customers.rows()));
        columns.push_back(column);
    }
    return columns;
}

// One attempt at writing the file: header, then the rows in the order given. With
// `checkKeyOrder`, the rows are in row order and trusted to be in key order too, which the
// formatting checks on the keys it gathers: throws NotInKeyOrder (and leaves no file) if not.
struct NotInKeyOrder {};

void writeCsv(const std::filesystem::path& file, const std::vector<const Column*>& columns,
              const std::vector<std::string>& headerNames, const std::vector<uint32_t>& rows, const Column* checkKeyOrder,
              const ExportOptions& options, uint64_t& reported)
{
    const char delimiter = options.delimiter;
    const std::string_view lineEnd = options.crlf ? std::string_view("\r\n") : std::string_view("\n");
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    auto progress = [&](uint64_t done) { // never backwards, also when a second attempt starts over
        if (options.progress && done > reported) {
            reported = done;
            options.progress(done, rows.size());
        }
    };

    AtomicTextFile out(file, options.deferredSync);
    if (options.bom)
        out.append("\xEF\xBB\xBF");
    // Header cells are text a spreadsheet would evaluate too, so they get the same protection.
    {
        csv::RowBuffer header;
        char* p = header.begin(0);
        for (size_t c = 0; c < headerNames.size(); ++c) {
            p = header.room(p, 1 + csv::textCellRoom(headerNames[c].size()));
            if (c)
                *p++ = delimiter;
            p = csv::writeTextCell(p, headerNames[c], delimiter, options.spreadsheetSafe);
        }
        header.end(p);
        out.append(std::string_view(header.data(), header.size()));
        out.append(lineEnd);
    }

    const csv::RowFormatter formatter(columns, delimiter, options.spreadsheetSafe, lineEnd, rows.size(), checkKeyOrder);
    tbb::enumerable_thread_specific<csv::RowScratch> scratch;
    struct Morsel {
        csv::RowBuffer text;
        csv::KeyRun keys;
    };
    std::vector<Morsel> morsels(2 * kBatchMorsels); // two batches: one written, one formatted
    const size_t batches = (rows.size() + kBatchRows - 1) / kBatchRows;
    std::atomic<bool> skipped{false}; // a morsel was left unformatted because of a cancel
    auto morselsIn = [&](size_t batch) {
        return std::min(kBatchMorsels, (rows.size() - batch * kBatchRows + kMorselRows - 1) / kMorselRows);
    };
    auto formatBatch = [&](size_t batch) {
        tbb::parallel_for(size_t{0}, morselsIn(batch), [&](size_t m) {
            if (cancelled()) {
                skipped = true;
                return;
            }
            const size_t first = batch * kBatchRows + m * kMorselRows;
            Morsel& morsel = morsels[(batch % 2) * kBatchMorsels + m];
            morsel.text.clear();
            morsel.text.reserve(kMorselRows * formatter.rowBytesEstimate());
            morsel.keys = formatter.format(rows.data() + first, std::min(kMorselRows, rows.size() - first),
                                           scratch.local(), morsel.text);
        });
    };

    tbb::task_group ahead; // formats batch b + 1 while batch b is written
    try {
        if (batches)
            formatBatch(0);
        std::optional<uint64_t> lastKey;
        for (size_t batch = 0; batch < batches; ++batch) {
            if (batch + 1 < batches)
                ahead.run([&formatBatch, batch] { formatBatch(batch + 1); });
            if (batch != 0)
                progress(batch * kBatchRows);
            if (skipped || cancelled())
                throw Cancelled(); // ~AtomicTextFile removes the temporary file
            for (size_t m = 0; m < morselsIn(batch); ++m) {
                const Morsel& morsel = morsels[(batch % 2) * kBatchMorsels + m];
                if (checkKeyOrder) {
                    if (!morsel.keys.ascending || (lastKey && morsel.keys.first < *lastKey))
                        throw NotInKeyOrder();
                    lastKey = morsel.keys.last;
                }
                out.append(std::string_view(morsel.text.data(), morsel.text.size()));
            }
            ahead.wait();
        }
    } catch (...) {
        // The morsels and the formatter must outlive the batch still being formatted.
        ahead.cancel();
        try {
            ahead.wait();
        } catch (...) { // the first failure is the one to report
        }
        throw;
    }
    if (skipped || cancelled())
        throw Cancelled();
    out.commit();
    if (options.progress)
        options.progress(rows.size(), rows.size());
}

} // namespace

void exportMembersCsv(const CustomerTable& customers,
                      const std::map<std::string, std::shared_ptr<const Column>, std::less<>>& derived,
                      const Bitset& members, const std::filesystem::path& file, const ExportOptions& options)
{
    // Everything that can be checked up front is, before a temporary file exists.
    const char delimiter = options.delimiter;
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n' || delimiter == '\0')
        throw Error("cannot export to " + fileName(file) + ": the delimiter cannot be a quote, a line break or NUL");
    if (customers.keyColumn < 0 || static_cast<size_t>(customers.keyColumn) >= customers.table.columns.size())
        throw Error("cannot export to " + fileName(file) + ": the customers have no key column");
    if (members.size() != customers.rows())
        throw Error("cannot export to " + fileName(file) + ": the member set covers " + std::to_string(members.size())
                    + " rows, the customers have " + std::to_string(customers.rows()));
    const std::vector<const Column*> columns = resolveColumns(customers, derived, options.columns, file);
    const std::vector<std::string> headerNames =
        options.columns.empty() ? std::vector<std::string>{customers.key().name()} : options.columns;

    // Rows go out in key order. For a numeric key without NULLs, row order usually is key order
    // (files are mostly written that way): when a sample agrees, the rows are formatted in row
    // order and the formatting checks the keys it gathers, which spares a pass over the key
    // column; should the check fail after all, the rows are sorted and written again.
    const Column& key = customers.key();
    const bool numericKey = key.type() != DataType::String && !key.hasNulls();
    std::vector<uint32_t> rows = numericKey ? csv::memberRows(members) : membersInKeyOrder(key, members);
    const bool trustRowOrder = numericKey && csv::sampleInKeyOrder(key, rows, 4096);
    if (numericKey && !trustRowOrder)
        csv::sortByNumericKey(key, rows);
    if (options.cancel && options.cancel->load())
        throw Cancelled();

    uint64_t reported = 0;
    try {
        writeCsv(file, columns, headerNames, rows, trustRowOrder ? &key : nullptr, options, reported);
    } catch (const NotInKeyOrder&) {
        csv::sortByNumericKey(key, rows);
        writeCsv(file, columns, headerNames, rows, nullptr, options, reported);
    }
}

} // namespace seg
