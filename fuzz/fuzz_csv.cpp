// Fuzz target: the CSV reader and the whole customers import over arbitrary bytes. Checks, on
// top of "no crash, no sanitizer report, no hang": every record the reader returns lies inside
// the input, and the import's counts add up (kept + rejected + duplicates = data rows).
#include "data/csv_reader.h"
#include "data/importer.h"
#include "util/error.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

namespace {

std::filesystem::path inputPath()
{
    static const std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("segstudio-fuzz-csv-" + std::to_string(::getpid()) + ".csv");
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::filesystem::path path = inputPath();
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f)
        return 0;
    if (size > 0)
        std::fwrite(data, 1, size, f);
    std::fclose(f);

    seg::CsvLimits limits;
    limits.maxRecordBytes = 4096; // small, so the limit paths are reached too
    limits.maxFieldBytes = 1024;
    try {
        seg::CsvReader reader(path, size > 0 && data[0] == ';' ? ';' : ',');
        reader.setLimits(limits);
        seg::CsvRecord record;
        while (reader.next(record))
            if (record.offset + record.raw.size() > size || record.raw.size() > limits.maxRecordBytes)
                std::abort(); // a record outside the input, or over the limit
    } catch (const seg::Error&) {
    }
    try {
        seg::ImportOptions options;
        options.limits = limits;
        if (size > 2 && data[0] == 'i' && data[1] == 'd') // a header starting "id": keyed import
            options.spec.key = "id";
        seg::ImportReport report;
        const seg::CustomerTable t = seg::importCustomers(path, options, report);
        if (report.rows + report.rejected + report.duplicateKeys != report.dataRows || t.rows() != report.rows)
            std::abort();
    } catch (const seg::Error&) {
    }
    return 0;
}
