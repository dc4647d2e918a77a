#include "export/csv_export.h"

#include "export/atomic_text_file.h"
#include "util/error.h"

#include <algorithm>
#include <cstring>

namespace seg {

namespace {

constexpr size_t kChunkRows = 4096;     // rows gathered at a time (and between cancel checks)
constexpr size_t kProgressRows = 65536; // a multiple of kChunkRows
constexpr size_t kPrefetchRows = 8;

std::string fileName(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

bool startsLikeFormula(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

// Quoting per RFC 4180, plus: empty strings (so they differ from NULL) and values with
// surrounding spaces/tabs (the importer trims unquoted fields) are quoted too.
bool needsQuotes(std::string_view s, char delimiter)
{
    if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t')
        return true;
    for (const char c : s)
        if (c == delimiter || c == '"' || c == '\n' || c == '\r')
            return true;
    return false;
}

void writeText(AtomicTextFile& out, std::string_view s, char delimiter, bool spreadsheetSafe)
{
    const bool guard = spreadsheetSafe && !s.empty() && startsLikeFormula(s.front());
    const bool quote = needsQuotes(s, delimiter);
    if (!guard && !quote) {
        out.append(s);
        return;
    }
    char* p = out.reserve(s.size() * 2 + 3);
    if (quote)
        *p++ = '"';
    if (guard)
        *p++ = '\'';
    for (const char c : s) {
        if (c == '"')
            *p++ = '"';
        *p++ = c;
    }
    if (quote)
        *p++ = '"';
    out.advance(p);
}

// One column's values for a chunk of member rows, copied out column by column. Member rows in
// key order can jump all over the table; a tight gather loop per column lets the CPU overlap
// those cache misses, where formatting row by row would wait for each one in turn.
class ChunkColumn {
public:
    explicit ChunkColumn(const Column& column) : column_(column) {}

    void gather(const uint32_t* rows, size_t n)
    {
        nulls_.assign(n, 0);
        if (column_.hasNulls())
            for (size_t k = 0; k < n; ++k)
                nulls_[k] = column_.isNull(rows[k]);
        switch (column_.type()) {
        case DataType::Int:
        case DataType::Timestamp: gatherFrom(column_.ints(), rows, n, ints_); break;
        case DataType::Double: gatherFrom(column_.doubles(), rows, n, doubles_); break;
        case DataType::Bool: gatherFrom(column_.bools(), rows, n, ints_); break;
        case DataType::Date: gatherFrom(column_.codes(), rows, n, ints_); break;
        case DataType::String: {
            texts_.resize(n);
            const std::vector<int32_t>& codes = column_.codes();
            const std::vector<std::string>& dict = column_.dict();
            for (size_t k = 0; k < n; ++k)
                texts_[k] = nulls_[k] ? std::string_view() : std::string_view(dict[static_cast<size_t>(codes[rows[k]])]);
            break;
        }
        }
    }

    // Asks for the text bytes of a row a few rows ahead (they are scattered when keys are).
    void prefetch(size_t k) const
    {
#if defined(__GNUC__)
        if (k < texts_.size())
            __builtin_prefetch(texts_[k].data());
#else
        (void)k;
#endif
    }

    void write(AtomicTextFile& out, size_t k, char delimiter, bool spreadsheetSafe) const
    {
        if (nulls_[k])
            return;
        if (column_.type() == DataType::String) {
            writeText(out, texts_[k], delimiter, spreadsheetSafe);
            return;
        }
        char* p = out.reserve(text::kMaxNumberChars);
        switch (column_.type()) {
        case DataType::Int: p = text::writeInt(p, ints_[k]); break;
        case DataType::Timestamp: p = text::writeTimestamp(p, ints_[k]); break;
        case DataType::Double: p = text::writeDouble(p, doubles_[k]); break;
        case DataType::Bool:
            std::memcpy(p, ints_[k] ? "true" : "false", ints_[k] ? 4 : 5);
            p += ints_[k] ? 4 : 5;
            break;
        case DataType::Date: p = text::writeDate(p, static_cast<int32_t>(ints_[k])); break;
        case DataType::String: break;
        }
        out.advance(p);
    }

private:
    template <class From, class To>
    static void gatherFrom(const std::vector<From>& values, const uint32_t* rows, size_t n, std::vector<To>& into)
    {
        into.resize(n);
        for (size_t k = 0; k < n; ++k)
            into[k] = static_cast<To>(values[rows[k]]);
    }

    const Column& column_;
    std::vector<uint8_t> nulls_;
    std::vector<int64_t> ints_;
    std::vector<double> doubles_;
    std::vector<std::string_view> texts_;
};

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

    const std::vector<uint32_t> rows = membersInKeyOrder(customers.key(), members);
    const std::string_view lineEnd = options.crlf ? std::string_view("\r\n") : std::string_view("\n");
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    if (cancelled())
        throw Cancelled();

    AtomicTextFile out(file);
    if (options.bom)
        out.append("\xEF\xBB\xBF");
    // Header cells are text a spreadsheet would evaluate too, so they get the same protection.
    for (size_t c = 0; c < headerNames.size(); ++c) {
        if (c)
            out.put(delimiter);
        writeText(out, headerNames[c], delimiter, options.spreadsheetSafe);
    }
    out.append(lineEnd);

    std::vector<ChunkColumn> chunk;
    chunk.reserve(columns.size());
    for (const Column* column : columns)
        chunk.emplace_back(*column);
    for (size_t first = 0; first < rows.size(); first += kChunkRows) {
        if (cancelled())
            throw Cancelled(); // ~AtomicTextFile removes the temporary file
        if (options.progress && first != 0 && first % kProgressRows == 0)
            options.progress(first, rows.size());
        const size_t n = std::min(kChunkRows, rows.size() - first);
        for (ChunkColumn& column : chunk)
            column.gather(rows.data() + first, n);
        for (size_t k = 0; k < n; ++k) {
            for (const ChunkColumn& column : chunk)
                column.prefetch(k + kPrefetchRows);
            for (size_t c = 0; c < chunk.size(); ++c) {
                if (c)
                    out.put(delimiter);
                chunk[c].write(out, k, delimiter, options.spreadsheetSafe);
            }
            out.append(lineEnd);
        }
    }
    if (cancelled())
        throw Cancelled();
    out.commit();
    if (options.progress)
        options.progress(rows.size(), rows.size());
}

} // namespace seg
