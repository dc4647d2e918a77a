#pragma once
// A quick look at a CSV file before importing it (the GUI's import wizard): the detected
// delimiter and encoding, the header, the first rows as the importer would read them (same
// CsvReader, trimming, NULL markers and encoding conversion) and the column types inferred
// from a sample of the rows. Only the start of the file is read, so it is fast on any size;
// the real import still infers over the whole file.
#include "data/type_inference.h"
#include "data/types.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace seg {

struct PreviewOptions {
    std::optional<char> delimiter;           // absent: detected as the importer does
    std::optional<std::string> encoding;     // absent: detected (see detectTextEncoding)
    std::vector<std::string> nullValues{"", "NULL", "null", "NA", "N/A"};
    size_t rows = 50;                        // rows kept for display
    size_t sampleRows = 2000;                // rows read for type inference (and fit checks)
    size_t sampleBytes = size_t{4} << 20;    // stop sampling after this many bytes
};

struct PreviewCell {
    std::string text; // trimmed, UTF-8
    bool null = false;
};

struct PreviewRow {
    size_t line = 0;               // 1-based physical line where the record starts
    std::vector<PreviewCell> cells; // as many as the header has columns (missing ones empty)
    std::string problem;           // why the importer would reject the row ("" when it is fine)
};

struct PreviewColumn {
    std::string name;
    DataType inferred = DataType::String; // over the sampled rows that can be read
    size_t sampleValues = 0;              // non-null values in the sample
    size_t sampleNulls = 0;
};

struct ImportPreview {
    std::string path;
    char delimiter = ',';
    bool delimiterDetected = false;
    std::string encoding = "utf-8";       // canonical name
    bool encodingDetected = false;
    bool hadBom = false;
    uint64_t fileSize = 0;
    std::vector<PreviewColumn> columns;
    std::vector<PreviewRow> rows;         // the first `rows` data records
    size_t sampledRows = 0;               // data records in the type sample
    size_t sampleProblems = 0;            // of those, rows the importer would reject
    bool wholeFile = false;               // the sample reached the end of the file
    // The sample itself (rows that can be read), for checking a type the user picks.
    std::vector<std::vector<PreviewCell>> sample;
};

// "utf-8" when the start of the file is valid UTF-8 (or has a BOM); otherwise "windows-1252"
// when it has bytes 0x80-0x9F (printable there, control codes in Latin-1), else "latin-1".
std::string detectTextEncoding(const std::filesystem::path& path);

// Throws seg::Error naming the file (and line) when the file cannot be previewed: missing,
// unreadable, empty, an unknown encoding or delimiter, a broken header, empty or duplicate
// column names - the same header checks as the import.
ImportPreview previewImport(const std::filesystem::path& path, const PreviewOptions& options);

// How many non-null sample values of `column` would not fit `spec` (the rows the import would
// reject with this type override), and the first such value.
struct FitCheck {
    size_t mismatches = 0;
    std::string firstMismatch;
};
FitCheck checkSampleFit(const ImportPreview& preview, size_t column, const TypeSpec& spec);

// The non-ISO date/timestamp layout of a column's sample values (see DateLayoutDetector); none
// for columns inferred as anything but string (ISO dates are already dates).
DateLayoutGuess sampleDateLayout(const ImportPreview& preview, size_t column);

} // namespace seg
