#include "export/csv_export.h"

#include "export/atomic_text_file.h"
#include "util/error.h"

#include <cstring>

namespace seg {

namespace {

constexpr size_t kCancelCheckRows = 4096;
constexpr size_t kProgressRows = 65536;

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

void writeCell(AtomicTextFile& out, const Column& column, size_t row, char delimiter, bool spreadsheetSafe)
{
    if (column.isNull(row))
        return;
    if (column.type() == DataType::String) {
        writeText(out, column.stringAt(row), delimiter, spreadsheetSafe);
        return;
    }
    char* p = out.reserve(text::kMaxNumberChars);
    switch (column.type()) {
    case DataType::Int: p = text::writeInt(p, column.intAt(row)); break;
    case DataType::Double: p = text::writeDouble(p, column.doubleAt(row)); break;
    case DataType::Bool:
        std::memcpy(p, column.boolAt(row) ? "true" : "false", column.boolAt(row) ? 4 : 5);
        p += column.boolAt(row) ? 4 : 5;
        break;
    case DataType::Date: p = text::writeDate(p, column.dateAt(row)); break;
    case DataType::Timestamp: p = text::writeTimestamp(p, column.intAt(row)); break;
    case DataType::String: break;
    }
    out.advance(p);
}

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

    for (size_t i = 0; i < rows.size(); ++i) {
        if (i % kCancelCheckRows == 0 && i != 0) {
            if (cancelled())
                throw Cancelled(); // ~AtomicTextFile removes the temporary file
            if (options.progress && i % kProgressRows == 0)
                options.progress(i, rows.size());
        }
        const size_t row = rows[i];
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c)
                out.put(delimiter);
            writeCell(out, *columns[c], row, delimiter, options.spreadsheetSafe);
        }
        out.append(lineEnd);
    }
    if (cancelled())
        throw Cancelled();
    out.commit();
    if (options.progress)
        options.progress(rows.size(), rows.size());
}

} // namespace seg
