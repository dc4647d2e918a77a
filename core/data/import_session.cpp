#include "data/import_session.h"

#include "util/error.h"

#include <algorithm>
#include <cstdio>

namespace seg::detail {

namespace {

std::string_view trimSpaces(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

std::string quoteProblemText(QuoteProblem problem)
{
    switch (problem) {
    case QuoteProblem::Unclosed: return "quote is never closed (the rest of the file was read as one field)";
    case QuoteProblem::TextAfterQuote: return "text after a closing quote";
    case QuoteProblem::None: break;
    }
    return "broken quote";
}

std::string invalidUtf8Reason(std::string_view value, size_t offset)
{
    char buf[160];
    std::snprintf(buf, sizeof buf,
                  "invalid UTF-8 (byte 0x%02X at byte %zu of the value); if the file is not UTF-8, "
                  "set its \"encoding\" (e.g. \"latin-1\")",
                  static_cast<unsigned>(static_cast<unsigned char>(value[offset])), offset + 1);
    return buf;
}

bool acceptableDelimiter(char c)
{
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return !alnum && c != '"' && c != '\r' && c != '\n' && c != ' ' && c != '\0';
}

} // namespace

ImportSession::ImportSession(const std::filesystem::path& path, const ImportOptions& options, ImportReport& report)
    : path_(path), options_(options), report_(report)
{
}

std::string ImportSession::where(size_t line) const
{
    std::string w = path_.string();
    if (line > 0)
        w += ":" + std::to_string(line);
    return w;
}

void ImportSession::failChanged(size_t line) const
{
    throw Error(where(line) + ": the file changed while it was being imported; import it again");
}

int ImportSession::columnIndex(std::string_view name) const
{
    for (size_t i = 0; i < columns_.size(); ++i)
        if (columns_[i].name == name)
            return static_cast<int>(i);
    return -1;
}

int ImportSession::requireColumn(std::string_view name, std::string_view role) const
{
    const int i = columnIndex(name);
    if (i >= 0)
        return i;
    throw Error(where() + ": " + std::string(role) + " column '" + std::string(name)
                + "' is not in the file (columns: " + columnList() + ")");
}

std::string ImportSession::columnList() const
{
    constexpr size_t kMaxNames = 20;
    std::string list;
    for (size_t c = 0; c < columns_.size() && c < kMaxNames; ++c)
        list += (c ? ", " : "") + columns_[c].name;
    if (columns_.size() > kMaxNames)
        list += ", ... (" + std::to_string(columns_.size()) + " in all)";
    return list;
}

void ImportSession::open()
{
    const DatasetSpec& spec = options_.spec;
    report_.path = path_.string();
    const auto encoding = parseEncodingName(spec.encoding);
    if (!encoding)
        throw Error(where() + ": unknown encoding '" + spec.encoding
                    + "' (use utf-8, latin-1, iso-8859-1 or windows-1252)");
    encoding_ = *encoding;
    report_.encoding = std::string(encodingName(encoding_));

    if (spec.delimiter) {
        if (!acceptableDelimiter(*spec.delimiter))
            throw Error(where() + ": '" + std::string(1, *spec.delimiter)
                        + "' cannot be a delimiter (use , ; tab | or another punctuation character)");
        delimiter_ = *spec.delimiter;
    } else {
        delimiter_ = CsvReader::detectDelimiter(path_);
    }
    report_.delimiter = delimiter_;

    for (const auto& token : spec.nullValues) {
        nullTokens_.emplace_back(trimSpaces(token));
        if (nullTokens_.back().size() < 64)
            nullLengths_ |= uint64_t{1} << nullTokens_.back().size();
    }

    CsvReader reader(path_, delimiter_);
    CsvRecord header;
    if (!reader.next(header))
        throw Error(where() + ": empty file (no header line)");
    report_.hadBom = reader.hadBom();
    if (header.brokenQuote)
        throw Error(where(header.line) + ": header line: " + quoteProblemText(header.quoteProblem));

    const size_t n = header.fields.size();
    converted_.resize(n);
    columns_.resize(n);
    for (size_t c = 0; c < n; ++c) {
        std::string_view name = trimSpaces(header.fields[c]);
        if (encoding_ != TextEncoding::Utf8 && !isAscii(name)) {
            appendAsUtf8(name, encoding_, converted_[c]);
            name = converted_[c];
        } else if (const size_t bad = findInvalidUtf8(name); bad != std::string_view::npos) {
            throw Error(where(header.line) + ": column " + std::to_string(c + 1)
                        + " name: " + invalidUtf8Reason(name, bad));
        }
        if (name.empty())
            throw Error(where(header.line) + ": column " + std::to_string(c + 1) + " has an empty name");
        const int previous = columnIndex(name);
        if (previous >= 0)
            throw Error(where(header.line) + ": duplicate column name '" + std::string(name) + "' (columns "
                        + std::to_string(previous + 1) + " and " + std::to_string(c + 1) + ")");
        columns_[c].name = std::string(name);
    }

    for (const auto& [name, typeText] : spec.columnTypes) {
        const int c = columnIndex(name);
        if (c < 0)
            throw Error(where() + ": \"columns\" gives a type for '" + name
                        + "', which is not a column of the file (columns: " + columnList() + ")");
        std::string error;
        const auto parsed = parseTypeSpec(typeText, error);
        if (!parsed)
            throw Error(where() + ": \"columns\" type of '" + name + "': " + error);
        ImportColumn& column = columns_[static_cast<size_t>(c)];
        column.spec = *parsed;
        column.fixed = column.validate = column.overridden = true;
    }

    row_.values.resize(n);
    row_.nulls.resize(n);
}

void ImportSession::beginPass(CsvReader& reader, int pass)
{
    if (options_.cancel && options_.cancel->load(std::memory_order_relaxed))
        throw Cancelled();
    const uint64_t size = reader.fileSize();
    const uint64_t base = static_cast<uint64_t>(pass) * size;
    reader.setBlockCallback([this, base, size](uint64_t done) {
        if (options_.cancel && options_.cancel->load(std::memory_order_relaxed))
            throw Cancelled();
        if (options_.progress)
            options_.progress(base + std::min(done, size), 2 * size);
    });
}

void ImportSession::normalize(size_t c, std::string_view raw)
{
    std::string_view v = trimSpaces(raw);
    if (encoding_ != TextEncoding::Utf8 && !isAscii(v)) {
        converted_[c].clear();
        appendAsUtf8(v, encoding_, converted_[c]);
        v = converted_[c];
    }
    bool isNull = false;
    if (v.size() >= 64 || (nullLengths_ >> v.size()) & 1u)
        for (const auto& token : nullTokens_)
            if (token == v) {
                isNull = true;
                break;
            }
    row_.values[c] = v;
    row_.nulls[c] = isNull;
}

RowVerdict ImportSession::readRow(const CsvRecord& record, bool firstPass)
{
    row_.line = record.line;
    if (record.brokenQuote) {
        const int column = record.brokenField < columns_.size() ? static_cast<int>(record.brokenField) : -1;
        return RowVerdict::reject(column, quoteProblemText(record.quoteProblem));
    }
    const size_t n = columns_.size();
    if (record.fields.size() != n)
        return RowVerdict::reject(-1, "has " + std::to_string(record.fields.size())
                                          + (record.fields.size() == 1 ? " field" : " fields") + ", expected "
                                          + std::to_string(n));
    for (size_t c = 0; c < n; ++c)
        normalize(c, record.fields[c]);
    if (!firstPass)
        return RowVerdict::keep();

    for (size_t c = 0; c < n; ++c) {
        if (row_.nulls[c])
            continue;
        const std::string_view v = row_.values[c];
        if (encoding_ == TextEncoding::Utf8 && !isAscii(v)) {
            if (const size_t bad = findInvalidUtf8(v); bad != std::string_view::npos)
                return RowVerdict::reject(static_cast<int>(c), invalidUtf8Reason(v, bad));
        }
        if (columns_[c].validate && !valueFits(columns_[c].spec, v))
            return RowVerdict::reject(static_cast<int>(c), mismatchReason(columns_[c].spec, v));
    }
    return RowVerdict::keep();
}

void ImportSession::inferRow()
{
    for (size_t c = 0; c < columns_.size(); ++c)
        if (!columns_[c].fixed && !row_.nulls[c])
            columns_[c].inference.add(row_.values[c]);
}

void ImportSession::addReject(size_t line, int column, std::string reason)
{
    ++report_.rejected;
    if (report_.rejects.size() < kMaxListedRejects)
        report_.rejects.push_back(
            {line, column >= 0 ? columns_[static_cast<size_t>(column)].name : std::string(), std::move(reason)});
}

void ImportSession::resolveTypes()
{
    for (auto& column : columns_)
        if (!column.fixed)
            column.spec = TypeSpec{column.inference.result(), {}};
}

std::vector<Column> ImportSession::makeColumns() const
{
    std::vector<Column> out;
    out.reserve(columns_.size() + 1);
    for (const auto& c : columns_) {
        out.emplace_back(c.name, c.spec.type);
        out.back().reserve(kept_);
    }
    return out;
}

void ImportSession::appendRow(std::vector<Column>& columns, const RowValues& row) const
{
    for (size_t c = 0; c < columns_.size(); ++c) {
        if (row.nulls[c])
            columns[c].appendNull();
        else if (!appendParsed(columns[c], columns_[c].spec, row.values[c]))
            failChanged(row.line);
    }
}

void ImportSession::fillColumnProfiles(const Table& table) const
{
    report_.columns.clear();
    for (const Column& column : table.columns) {
        ColumnProfile profile;
        profile.name = column.name();
        profile.type = column.type();
        const int source = columnIndex(column.name());
        profile.overridden = source >= 0 && columns_[static_cast<size_t>(source)].overridden;
        profile.nulls = column.nullCount();
        if (column.type() == DataType::String) {
            // Count codes still in use: rows dropped as duplicates may have left unused entries.
            std::vector<uint8_t> used(column.dict().size(), 0);
            const auto& codes = column.codes();
            for (size_t r = 0; r < column.size(); ++r)
                if (!column.isNull(r))
                    used[static_cast<size_t>(codes[r])] = 1;
            profile.distinct = static_cast<size_t>(std::count(used.begin(), used.end(), 1));
        }
        report_.columns.push_back(std::move(profile));
    }
}

} // namespace seg::detail
