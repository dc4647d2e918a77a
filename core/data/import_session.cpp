#include "data/import_session.h"

#include "util/error.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace seg::detail {

std::string quoteProblemText(QuoteProblem problem)
{
    switch (problem) {
    case QuoteProblem::Unclosed: return "quote is never closed";
    case QuoteProblem::TextAfterQuote: return "text after a closing quote";
    case QuoteProblem::UnclosedAtLimit:
        return "quote is not closed within the record size limit (--max-record-bytes)";
    case QuoteProblem::None: break;
    }
    return "broken quote";
}

std::string brokenRecordText(const CsvRecord& record)
{
    std::string text = quoteProblemText(record.quoteProblem);
    if (record.resumedNextLine)
        text += "; the row ends at its line end and reading resumed on the next line";
    return text;
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

namespace {

bool acceptableDelimiter(char c)
{
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return !alnum && c != '"' && c != '\r' && c != '\n' && c != ' ' && c != '\0';
}

} // namespace

ImportSession::ImportSession(const std::filesystem::path& path, const ImportOptions& options, ImportReport& report)
    : path_(path), name_(SpooledInput::isStdin(path) ? std::string("<stdin>") : path.string()), options_(options),
      report_(report)
{
}

std::string ImportSession::where(size_t line) const
{
    std::string w = name_;
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

RowValues ImportSession::makeRowValues() const
{
    RowValues row;
    row.values.resize(columns_.size());
    row.nulls.resize(columns_.size());
    row.converted.resize(columns_.size());
    return row;
}

void ImportSession::open()
{
    const DatasetSpec& spec = options_.spec;
    report_.path = name_;
    // Read once: a pipe or stdin is copied to a temporary file first (see input_spool.h).
    spool_ = SpooledInput::spoolIfNeeded(path_, options_.limits);
    if (spool_) {
        path_ = spool_->path();
    } else {
        std::error_code ec;
        const auto size = std::filesystem::file_size(path_, ec);
        if (!ec && size > options_.limits.maxInputBytes)
            throw Error(where() + ": " + std::to_string(size) + " bytes is larger than the input size limit of "
                        + std::to_string(options_.limits.maxInputBytes) + " bytes (raise it with --max-input-bytes)");
    }
    chooseEncoding();

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
        const std::string_view trimmed = trimSpaces(token);
        if (trimmed.empty())
            emptyIsNull_ = true;
        else {
            nullTokens_.emplace_back(trimmed);
            nullFirstByte_[static_cast<unsigned char>(trimmed.front())] = true;
        }
    }

    CsvReader reader(path_, delimiter_);
    watch(reader);
    CsvRecord header;
    if (!reader.next(header))
        throw Error(where() + ": empty file (no header line)");
    report_.hadBom = reader.hadBom() || bomFromConversion_;
    fileSize_ = reader.fileSize();
    dataStart_ = reader.position();
    dataStartLine_ = reader.nextLine();
    if (header.brokenQuote)
        throw Error(where(header.line) + ": header line: " + quoteProblemText(header.quoteProblem));

    if (std::memchr(header.raw.data(), '\0', header.raw.size()) != nullptr)
        throw Error(where(header.line) + ": the header line holds NUL bytes: the file looks like UTF-16 without a "
                    "byte order mark; set its \"encoding\" to \"utf-16le\" or \"utf-16be\"");
    const size_t n = header.fields.size();
    columns_.resize(n);
    for (size_t c = 0; c < n; ++c) {
        std::string_view name = trimSpaces(header.fields[c]);
        std::string convertedName;
        if (encoding_ != TextEncoding::Utf8 && !isAscii(name)) {
            appendAsUtf8(name, encoding_, convertedName);
            name = convertedName;
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

}

namespace {

std::string lowercase(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return text;
}

std::string firstBytes(const std::filesystem::path& path, size_t n)
{
    std::string bytes(n, '\0');
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        return {};
    bytes.resize(std::fread(bytes.data(), 1, n, f));
    std::fclose(f);
    return bytes;
}

} // namespace

// A UTF-16 byte order mark decides the encoding (a declared encoding other than UTF-8 or that
// UTF-16 is an error: one of them is wrong). UTF-16 and every encoding beyond the built-in
// three are converted to UTF-8 as a whole first (glibc iconv), then read as UTF-8.
void ImportSession::chooseEncoding()
{
    const std::string declared = lowercase(options_.spec.encoding);
    const ByteOrderMark bom = detectByteOrderMark(firstBytes(path_, 4));
    std::string convertFrom;
    if (bom.encoding == "utf-16le" || bom.encoding == "utf-16be") {
        const bool agrees = declared == "utf-8" || declared == "utf8" || declared == "utf-16"
            || declared == bom.encoding || declared == lowercase(std::string(bom.encoding)).erase(3, 1);
        if (!agrees)
            throw Error(where() + ": the file starts with a " + std::string(bom.encoding)
                        + " byte order mark, but its \"encoding\" is '" + options_.spec.encoding
                        + "'; remove the \"encoding\" or set it to \"" + std::string(bom.encoding) + "\"");
        convertFrom = bom.encoding;
        report_.encoding = std::string(bom.encoding);
        bomFromConversion_ = true;
    } else if (const auto builtIn = parseEncodingName(declared)) {
        encoding_ = *builtIn;
        report_.encoding = std::string(encodingName(encoding_));
        return;
    } else if (iconvKnows(declared)) {
        convertFrom = declared;
        report_.encoding = declared;
    } else {
        throw Error(where() + ": unknown encoding '" + options_.spec.encoding
                    + "' (use utf-8, latin-1, windows-1252, utf-16le, utf-16be or another name `iconv -l` lists)");
    }
    transcoded_ = SpooledInput::transcodeToUtf8(path_, name_, convertFrom, bom.length, options_.limits);
    path_ = transcoded_->path();
    encoding_ = TextEncoding::Utf8;
}

void ImportSession::checkCancel() const
{
    if (options_.cancel && options_.cancel->load(std::memory_order_relaxed))
        throw Cancelled();
}

void ImportSession::watch(CsvReader& reader) const
{
    reader.setLimits(options_.limits);
    reader.setDisplayName(name_);
    const std::atomic<bool>* cancel = options_.cancel;
    if (cancel && cancel->load(std::memory_order_relaxed))
        throw Cancelled();
    reader.setBlockCallback([cancel](uint64_t) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            throw Cancelled();
    });
}

void ImportSession::reportProgress(uint64_t done) const
{
    if (options_.progress && fileSize_ > 0)
        options_.progress(std::min(done, 2 * fileSize_), 2 * fileSize_);
}

bool ImportSession::isNullToken(std::string_view v) const
{
    return std::find(nullTokens_.begin(), nullTokens_.end(), v) != nullTokens_.end();
}

std::string_view ImportSession::convertToUtf8(RowValues& row, size_t c, std::string_view v) const
{
    row.converted[c].clear();
    appendAsUtf8(v, encoding_, row.converted[c]);
    return row.converted[c];
}

Column intsAsDoubles(Column ints)
{
    const std::vector<int64_t>& from = ints.ints();
    std::vector<double> doubles(from.size());
    for (size_t r = 0; r < from.size(); ++r)
        doubles[r] = static_cast<double>(from[r]); // NULL rows hold 0, so 0.0
    return Column::fromDoubles(ints.name(), std::move(doubles), ints.validity());
}

void ImportSession::resolveTypes()
{
    for (auto& column : columns_)
        if (!column.fixed)
            column.spec = TypeSpec{column.inference.result(), {}};
}

std::vector<int64_t> ImportSession::keptRecordNumbers() const
{
    std::vector<int64_t> numbers;
    numbers.reserve(kept_);
    keep_.forEach([&](size_t record) { numbers.push_back(static_cast<int64_t>(record) + 1); });
    return numbers;
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
