#include "data/import_preview.h"

#include "data/csv_reader.h"
#include "data/import_session.h"
#include "data/text_encoding.h"
#include "util/error.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace seg {

namespace {

constexpr size_t kEncodingSampleBytes = 64 * 1024;

// The importer's NULL rule: markers are compared after trimming; "" makes empty cells NULL.
class NullMarkers {
public:
    explicit NullMarkers(const std::vector<std::string>& values)
    {
        for (const auto& v : values) {
            const std::string_view t = detail::trimSpaces(v);
            if (t.empty())
                emptyIsNull_ = true;
            else
                tokens_.emplace_back(t);
        }
    }
    bool isNull(std::string_view trimmed) const
    {
        if (trimmed.empty())
            return emptyIsNull_;
        return std::find(tokens_.begin(), tokens_.end(), trimmed) != tokens_.end();
    }

private:
    std::vector<std::string> tokens_;
    bool emptyIsNull_ = false;
};

PreviewCell makeCell(std::string_view raw, TextEncoding encoding, const NullMarkers& nulls)
{
    const std::string_view trimmed = detail::trimSpaces(raw);
    PreviewCell cell;
    if (encoding != TextEncoding::Utf8 && !isAscii(trimmed))
        appendAsUtf8(trimmed, encoding, cell.text);
    else
        cell.text.assign(trimmed);
    cell.null = nulls.isNull(cell.text);
    return cell;
}

// The importer's verdict on a record's shape and bytes (the same texts as its rejects).
std::string recordProblem(const CsvRecord& record, const std::vector<PreviewColumn>& columns, TextEncoding encoding)
{
    const size_t n = columns.size();
    auto inColumn = [&](size_t c, const std::string& reason) {
        return c < n ? "column '" + columns[c].name + "': " + reason : reason;
    };
    if (record.brokenQuote)
        return inColumn(record.brokenField, detail::quoteProblemText(record.quoteProblem));
    if (record.fields.size() != n)
        return "has " + std::to_string(record.fields.size()) + (record.fields.size() == 1 ? " field" : " fields")
               + ", expected " + std::to_string(n);
    if (encoding == TextEncoding::Utf8 && !isAscii(record.raw)) {
        for (size_t c = 0; c < n; ++c) {
            const std::string_view v = detail::trimSpaces(record.fields[c]);
            if (const size_t bad = findInvalidUtf8(v); bad != std::string_view::npos)
                return inColumn(c, detail::invalidUtf8Reason(v, bad));
        }
    }
    return {};
}

} // namespace

std::string detectTextEncoding(const std::filesystem::path& path)
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f)
        throw Error(path.string() + ": cannot open: " + std::strerror(errno));
    std::string sample(kEncodingSampleBytes, '\0');
    const size_t got = std::fread(sample.data(), 1, sample.size(), f);
    std::fclose(f);
    sample.resize(got);
    const bool truncated = got == kEncodingSampleBytes;
    if (sample.rfind("\xEF\xBB\xBF", 0) == 0)
        return "utf-8";
    const size_t bad = findInvalidUtf8(sample);
    // A multi-byte character cut by the end of the sample is not an error.
    if (bad == std::string::npos || (truncated && bad + 4 > sample.size()))
        return "utf-8";
    const bool c1Bytes = std::any_of(sample.begin(), sample.end(), [](char c) {
        const auto b = static_cast<unsigned char>(c);
        return b >= 0x80 && b <= 0x9F;
    });
    return c1Bytes ? "windows-1252" : "latin-1";
}

ImportPreview previewImport(const std::filesystem::path& path, const PreviewOptions& options)
{
    ImportPreview preview;
    preview.path = path.string();
    preview.encodingDetected = !options.encoding.has_value();
    preview.delimiterDetected = !options.delimiter.has_value();

    // The header goes through the importer's own checks, so the preview refuses exactly what
    // the import would refuse (and with the same message).
    ImportOptions importOptions;
    importOptions.spec.delimiter = options.delimiter;
    importOptions.spec.encoding = options.encoding ? *options.encoding : detectTextEncoding(path);
    importOptions.spec.nullValues = options.nullValues;
    ImportReport report;
    detail::ImportSession session(path, importOptions, report);
    session.open();
    preview.delimiter = report.delimiter;
    preview.encoding = report.encoding;
    preview.hadBom = report.hadBom;
    for (const auto& column : session.columns())
        preview.columns.push_back({column.name, DataType::String, 0, 0});
    const TextEncoding encoding = *parseEncodingName(preview.encoding);
    const size_t n = preview.columns.size();

    const NullMarkers nulls(options.nullValues);
    std::vector<TypeInference> inference(n);
    CsvReader reader(path, preview.delimiter);
    preview.fileSize = reader.fileSize();
    CsvRecord record;
    reader.next(record); // the header, checked above
    const uint64_t dataStart = reader.position();
    const size_t wanted = std::max(options.rows, options.sampleRows);
    bool more = true;
    while (preview.sampledRows < wanted && reader.position() - dataStart < options.sampleBytes) {
        if (!reader.next(record)) {
            more = false;
            break;
        }
        ++preview.sampledRows;
        PreviewRow row;
        row.line = record.line;
        row.problem = recordProblem(record, preview.columns, encoding);
        row.cells.reserve(n);
        for (size_t c = 0; c < n; ++c)
            row.cells.push_back(c < record.fields.size() ? makeCell(record.fields[c], encoding, nulls) : PreviewCell{});
        if (row.problem.empty()) {
            for (size_t c = 0; c < n; ++c) {
                const PreviewCell& cell = row.cells[c];
                if (cell.null) {
                    ++preview.columns[c].sampleNulls;
                } else {
                    ++preview.columns[c].sampleValues;
                    inference[c].add(cell.text);
                }
            }
            preview.sample.push_back(row.cells);
        } else {
            ++preview.sampleProblems;
        }
        if (preview.rows.size() < options.rows)
            preview.rows.push_back(std::move(row));
    }
    preview.wholeFile = !more || !reader.next(record);
    for (size_t c = 0; c < n; ++c)
        preview.columns[c].inferred = inference[c].result();
    return preview;
}

FitCheck checkSampleFit(const ImportPreview& preview, size_t column, const TypeSpec& spec)
{
    FitCheck check;
    for (const auto& cells : preview.sample) {
        if (column >= cells.size() || cells[column].null || valueFits(spec, cells[column].text))
            continue;
        if (check.mismatches++ == 0)
            check.firstMismatch = cells[column].text;
    }
    return check;
}

DateLayoutGuess sampleDateLayout(const ImportPreview& preview, size_t column)
{
    if (column >= preview.columns.size() || preview.columns[column].inferred != DataType::String)
        return {};
    DateLayoutDetector detector;
    for (const auto& cells : preview.sample)
        if (column < cells.size() && !cells[column].null)
            detector.add(cells[column].text);
    return detector.guess();
}

} // namespace seg
