// suppress: imports a suppression list (opt-outs, unsubscribes, GDPR objections, existing
// customers) into a project: stored normalised and SHA-256 hashed next to the graph file as
// "<slug>.suppression.csv" (owner-only), and named in the graph's "export" section.
#include "args.h"
#include "commands.h"
#include "project.h"

#include "destinations/normalize.h"
#include "destinations/suppression.h"
#include "export/csv_export.h"
#include "graph/graph_io.h"
#include "util/error.h"

#include <iostream>

namespace seg::cli {

int suppressCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("suppress", args, {{"--name"}, {"--always", false}, {"--default-region"}}, 2, 2);
    const std::string graphPath = parsed.positionals()[0];
    const std::string listPath = parsed.positionals()[1];
    const std::string name = parsed.required("--name");
    if (name.empty())
        parsed.fail("option '--name' needs a non-empty name");
    std::optional<Graph> graph = loadGraphOrReport(graphPath);
    if (!graph)
        return kExitInvalidInput;
    std::string region = graph->exportSettings.defaultRegion;
    if (const auto r = parsed.value("--default-region")) {
        region = *r;
        for (char& c : region)
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (!PhoneNormalizer::knownRegion(region))
            parsed.fail("option '--default-region' takes a two-letter country code such as DE or US; got '" + *r + "'");
    }

    SuppressionImportReport report;
    SuppressionList list = importSuppressionCsv(listPath, name, region, report);
    list.always = parsed.has("--always");
    const std::string file = segmentFileSlug(name) + ".suppression.csv";
    saveSuppressionList(list, graph->resolve(file));

    auto& lists = graph->exportSettings.suppressionLists;
    const auto existing = std::find_if(lists.begin(), lists.end(), [&](const SuppressionListRef& r) { return r.name == name; });
    const SuppressionListRef ref{name, file, list.always};
    if (existing != lists.end())
        *existing = ref;
    else
        lists.push_back(ref);
    saveGraphFile(*graph, graphPath);

    std::cout << "Suppression list '" << name << "': " << report.entries << " identifiers from " << report.lines
              << " lines, stored as " << file << (list.always ? " (applied to every export)" : "") << "\n";
    if (report.invalid) {
        std::cerr << "warning: " << report.invalid << " entries could not be read and were left out (line";
        for (size_t i = 0; i < report.invalidLines.size(); ++i)
            std::cerr << (i ? ", " : report.invalidLines.size() > 1 ? "s " : " ") << report.invalidLines[i];
        std::cerr << (report.invalid > report.invalidLines.size() ? ", ...)\n" : ")\n");
    }
    return kExitOk;
}

} // namespace seg::cli
