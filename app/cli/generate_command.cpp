// generate: a deterministic synthetic data set (customers, events) plus a demo graph over it.
#include "args.h"
#include "commands.h"

#include "generate/generator.h"

#include <iostream>
#include <limits>

namespace seg::cli {

int generateCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("generate", args,
                            {{"--customers"}, {"--events"}, {"--seed"}, {"--out"}, {"--as-of"}}, 0, 0);
    constexpr uint64_t kMaxRows = 10'000'000'000ULL; // far beyond any disk; catches typos like 1e12
    GenerateOptions options;
    parsed.required("--customers");
    parsed.required("--events");
    parsed.required("--seed");
    options.customers = *parsed.count("--customers", 1, kMaxRows);
    options.events = *parsed.count("--events", 0, kMaxRows);
    options.seed = *parsed.count("--seed", 0, std::numeric_limits<uint64_t>::max());
    options.outDir = parsed.required("--out");
    if (options.outDir.empty())
        parsed.fail("option '--out' needs a directory");
    if (auto asOf = parsed.date("--as-of"))
        options.asOf = *asOf;

    generateDataset(options); // throws seg::Error naming the file it could not write
    std::cout << "Wrote " << options.customers << " customers to " << (options.outDir / "customers.csv").string()
              << "\n";
    if (options.events > 0)
        std::cout << "Wrote " << options.events << " events to " << (options.outDir / "events.csv").string() << "\n";
    std::cout << "Wrote the demo graph " << (options.outDir / "demo.segment.json").string() << "\n";
    return kExitOk;
}

} // namespace seg::cli
