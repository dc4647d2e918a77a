#pragma once
// Deterministic synthetic retail data: customers.csv, events.csv and a demo graph over them.
// Used by `segstudio-cli generate`, the benchmarks and the demo project (resources/demo).
//
// Same options -> byte-identical files on every platform: the generator uses its own PRNG
// (xoshiro256**) and integer arithmetic only (no std:: distributions, no libm), and every
// customer's attributes come from a PRNG stream seeded by (seed, customer index), so nothing
// is kept per customer and memory does not grow with the output size.
#include "util/json.h"

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace seg {

struct GenerateOptions {
    size_t customers = 2000;
    size_t events = 30000;  // 0: no events.csv, and the demo graph has no event nodes;
                            // at most 10,000 per customer on average
    uint64_t seed = 1;
    std::filesystem::path outDir; // created when missing
    int32_t asOf = 20088;   // days since 1970-01-01; 2024-12-31
    // Called now and then with work done and total work (rows written, customers + events).
    std::function<void(uint64_t done, uint64_t total)> progress;
    const std::atomic<bool>* cancel = nullptr; // when set and true: throws seg::Cancelled
};

// Writes outDir/customers.csv, outDir/events.csv (when events > 0) and outDir/demo.segment.json.
// Each file is written atomically. Throws seg::Error naming the file that cannot be written,
// seg::Cancelled on cancel (files already completed stay, the one in progress is removed).
void generateDataset(const GenerateOptions& options);

// The columns of the generated files, in file order (part of the generator's contract).
const std::vector<std::string>& generatedCustomerColumns();
const std::vector<std::string>& generatedEventColumns();

// The demo graph written as demo.segment.json: uses every node type (behavior and derive from
// events only when options.events > 0), expected ranges scaled to options.customers,
// ui.positions laid out left to right by dependency level.
Json demoGraphJson(const GenerateOptions& options);

// Editor positions for a graph's nodes: x by dependency level (inputs, and fields or
// expressions that name a derive node's column), y by order within the level.
Json layoutPositions(const Json& nodes);

} // namespace seg
