#pragma once
// run --export with a destination preset (issue 17): the flags, the mapping (--map over the
// graph's "export" section), the suppression lists, the export and its summary.
#include "args.h"
#include "commands.h"
#include "destinations/normalize.h"

#include <optional>

namespace seg::cli {

// The flags `run` takes for destination exports.
#define SEG_CLI_DESTINATION_FLAGS                                                                                     \
    {"--preset"}, {"--map"}, {"--suppress", true, true}, {"--suppression-lists"}, {"--default-region"},  \
        {"--phone-check"}

struct DestinationRequest {
    std::string preset;
    std::map<Identifier, std::string> columns;
    std::string defaultRegion;
    PhoneCheck phoneCheck = PhoneCheck::Length;        // --phone-check
    std::vector<std::string> extraLists;               // --suppress files
    std::optional<std::vector<std::string>> listNames; // --suppression-lists (none: the "always" lists)
};

// Null when the run exports classic CSVs (no --preset and no preset saved in the graph).
// Throws UsageError for bad flags.
std::optional<DestinationRequest> destinationRequest(const ParsedArgs& parsed, const Graph& graph, bool exporting);

// Exports every computed segment for the destination; prints the summary (stdout unless
// quiet) and warnings (stderr). Returns the number of segments exported.
size_t exportSegmentsForDestination(const Graph& graph, const Dataset& data, const RunResult& result,
                                    const std::filesystem::path& dir, const DestinationRequest& request, bool quiet);

// "--map email=COL,phone=COL": throws UsageError naming the bad part.
std::map<Identifier, std::string> parseColumnMap(const ParsedArgs& parsed, const std::string& text);

} // namespace seg::cli
