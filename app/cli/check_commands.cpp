// validate and plan: the two commands that look at a graph without producing segments.
#include "args.h"
#include "commands.h"
#include "project.h"

#include "diagnose/diagnosis.h"
#include "exec/runner.h"
#include "plan/planner.h"

#include <iostream>

namespace seg::cli {

int validateCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("validate", args, {}, 1, 1);
    const std::string& path = parsed.positionals()[0];
    std::optional<Graph> graph = loadGraphOrReport(path);
    if (!graph)
        return kExitInvalidInput;

    // The schema is needed for the remaining checks, so an unreadable dataset ends here
    // (seg::Error naming the file -> exit 1 in main).
    const Dataset data = loadGraphData(*graph);
    std::vector<Diagnostic> problems = validateGraph(*graph, data);
    // An unreadable events file lets customer-only nodes run (the others fail), but it is
    // still a problem of this graph.
    if (!data.eventsError.empty())
        problems.push_back(Diagnostic{"", "", data.eventsError});
    if (!problems.empty()) {
        printDiagnostics(problems);
        std::cerr << path << ": " << problems.size() << (problems.size() == 1 ? " problem" : " problems") << "\n";
        return kExitInvalidInput;
    }
    size_t segments = 0;
    for (const auto& node : graph->nodes)
        segments += node.type == NodeType::Segment;
    std::cout << path << ": valid (" << graph->nodes.size() << " nodes, " << segments << " segments, "
              << data.customers.rows() << " customers";
    if (data.events)
        std::cout << ", " << data.events->rows() << " events";
    std::cout << ")\n";
    // Data older than the reference date empties every "last N days" window: say so (a
    // warning, the graph is still valid).
    if (const auto late = checkEventsEnd(data, graph->asOf.value_or(todayUtc())))
        std::cerr << "warning: " << late->toString() << " (set \"as_of\" in the graph, or run with --as-of "
                  << formatDate(late->fixDay) << ")\n";
    return kExitOk;
}

int planCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("plan", args, {{"--strategy"}, {"--threads"}, {"--format"}}, 1, 1);
    const Strategy strategy = parsed.strategy("--strategy").value_or(Strategy::Auto);
    const int threads = static_cast<int>(parsed.count("--threads", 1, 1024).value_or(defaultThreads()));
    const std::string format = parsed.value("--format").value_or("text");
    if (format != "text" && format != "json" && format != "dot")
        parsed.fail("option '--format' expects text, json or dot, got '" + format + "'");

    std::optional<Graph> graph = loadGraphOrReport(parsed.positionals()[0]);
    if (!graph)
        return kExitInvalidInput;
    const Dataset data = loadGraphData(*graph);
    const Plan plan = planGraph(*graph, data, strategy, threads);
    if (format == "json")
        std::cout << planToJson(plan).dump(2) << "\n";
    else if (format == "dot")
        std::cout << planToDot(plan);
    else
        std::cout << planToText(plan);
    return kExitOk;
}

} // namespace seg::cli
