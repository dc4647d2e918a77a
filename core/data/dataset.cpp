#include "data/dataset.h"

#include "data/run_prep.h"
#include "util/error.h"

#include <system_error>

namespace seg {

namespace {

uint64_t fileSizeOrZero(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    return ec ? 0 : static_cast<uint64_t>(size);
}

} // namespace

Dataset loadDataset(const DatasetSpec& customers, const std::filesystem::path& customersPath,
                    const std::optional<DatasetSpec>& events, const std::optional<std::filesystem::path>& eventsPath,
                    const std::function<void(double)>& progress, const std::atomic<bool>* cancel,
                    const CsvLimits& limits)
{
    static std::atomic<uint64_t> versions{0};
    const bool withEvents = events && eventsPath;

    // Progress is split by file size: both files are read twice, so bytes are a fair measure.
    const uint64_t customerBytes = fileSizeOrZero(customersPath);
    const uint64_t eventBytes = withEvents ? fileSizeOrZero(*eventsPath) : 0;
    const double totalBytes = static_cast<double>(customerBytes + eventBytes);
    auto reporter = [&](uint64_t offsetBytes) -> std::function<void(uint64_t, uint64_t)> {
        if (!progress)
            return {};
        return [&progress, offsetBytes, totalBytes](uint64_t done, uint64_t total) {
            if (totalBytes <= 0 || total == 0)
                return;
            const double fileShare = static_cast<double>(done) / static_cast<double>(total); // 0..1 of this file
            const double bytesDone = static_cast<double>(offsetBytes) + fileShare * (total / 2.0);
            progress(std::min(1.0, bytesDone / totalBytes));
        };
    };

    Dataset data;
    ImportOptions customerOptions{customers, reporter(0), cancel, limits};
    data.customers = importCustomers(customersPath, customerOptions, data.customersReport);
    // The scan copies and indexes the first run would otherwise build inside its nodes (issue 18).
    data.prepareTime = prepareForRunTimed(data.customers.table);

    if (withEvents) {
        ImportOptions eventOptions{*events, reporter(customerBytes), cancel, limits};
        ImportReport report;
        try {
            data.events = importEvents(*eventsPath, eventOptions, data.customers, report);
            data.eventsReport = std::move(report);
        } catch (const Cancelled&) {
            throw;
        } catch (const Error& e) {
            // Nodes that need events fail with this message; the rest of the graph still runs.
            data.eventsError = e.what();
        }
    }
    data.version = ++versions;
    if (progress)
        progress(1.0);
    return data;
}

} // namespace seg
