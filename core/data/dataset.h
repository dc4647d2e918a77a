#pragma once
// The data a graph runs on: customers (the universe U) and optional events, as imported.
#include "data/importer.h"
#include "data/run_prep.h"
#include "data/table.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <optional>

namespace seg {

struct Dataset {
    CustomerTable customers;
    std::optional<EventTable> events;
    ImportReport customersReport;
    std::optional<ImportReport> eventsReport;
    // The graph declares events but they could not be loaded: nodes that need them fail with this.
    std::string eventsError;
    uint64_t version = 0; // changes whenever the data is reloaded (part of result-cache keys)
    // What the loader's prepareForRun (the scan copies built after the customers' import)
    // took, for `run --timings`; zero when the loader did not build them.
    PrepareTime prepareTime;
};

struct DatasetPaths {
    std::filesystem::path customers;
    std::optional<std::filesystem::path> events;
};

// Imports customers, then events (when given). Throws seg::Error naming the file when the
// customers cannot be imported, seg::Cancelled when *cancel becomes true. Events that cannot be
// imported do not throw: `eventsError` holds the message and `events` stays empty.
// Progress is reported as a fraction 0..1 over both files (from one thread at a time, possibly
// an import worker thread).
Dataset loadDataset(const DatasetSpec& customers, const std::filesystem::path& customersPath,
                    const std::optional<DatasetSpec>& events, const std::optional<std::filesystem::path>& eventsPath,
                    const std::function<void(double)>& progress = {}, const std::atomic<bool>* cancel = nullptr,
                    const CsvLimits& limits = {});

} // namespace seg
