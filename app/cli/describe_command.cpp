// describe: what the importer makes of a CSV file, before it is used in a graph.
#include "args.h"
#include "commands.h"

#include "data/importer.h"

#include <iostream>

namespace seg::cli {

int describeCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("describe", args, {{"--delimiter"}, {"--key"}, {"--json", false}, SEG_CLI_LIMIT_FLAGS}, 1, 1);
    ImportOptions options;
    options.spec.path = parsed.positionals()[0];
    options.spec.delimiter = parsed.delimiter("--delimiter");
    options.limits = parsed.limits();
    if (auto key = parsed.value("--key")) {
        if (key->empty())
            parsed.fail("option '--key' needs a column name");
        options.spec.key = *key;
    }

    ImportReport report;
    importCustomers(options.spec.path, options, report); // throws seg::Error naming the file
    if (parsed.has("--json"))
        std::cout << importReportToJson(report).dump(2) << "\n";
    else
        std::cout << importReportToText(report);
    // Rejected rows are what describe is for: they are listed, and the file is still usable.
    return kExitOk;
}

} // namespace seg::cli
