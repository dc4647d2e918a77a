// sql and load: the SQL push-down commands. `run --engine` is in run_command.cpp.
#include "args.h"
#include "commands.h"
#include "project.h"

#include "sql/sql_compiler.h"
#include "sql/sql_engine.h"
#include "util/error.h"

#include <iostream>

namespace seg::cli {

int sqlCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("sql", args, {{"--dialect"}, {"--engine"}, {"--as-of"}}, 1, 1);
    const auto engineUrl = parsed.value("--engine");
    const auto dialectText = parsed.value("--dialect");
    if (!engineUrl && !dialectText)
        parsed.fail("give '--dialect sqlite|postgres|clickhouse' (schema from the graph's datasets) or '--engine URL'");
    std::optional<DialectKind> dialect;
    if (dialectText) {
        dialect = parseDialect(*dialectText);
        if (!dialect)
            parsed.fail("option '--dialect' expects sqlite, postgres or clickhouse, got '" + *dialectText + "'");
    }
    const std::optional<int32_t> asOf = parsed.date("--as-of");

    std::optional<Graph> graph = loadGraphOrReport(parsed.positionals()[0]);
    if (!graph)
        return kExitInvalidInput;
    if (engineUrl) {
        // The schema (and the table names) of the engine; the dialect is the engine's.
        SqlEngine engine(*engineUrl);
        if (dialect && *dialect != engine.url().dialect)
            parsed.fail("option '--dialect' " + *dialectText + " does not match the engine " + engine.url().display);
        std::cout << engine.compile(*graph, asOf);
        return kExitOk;
    }
    const Dataset data = loadGraphData(*graph);
    std::cout << compileGraphSql(*graph, data, *dialect, SqlTables{}, asOf);
    return kExitOk;
}

int loadCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("load", args, {{"--engine"}, {"--quiet", false}}, 1, 1);
    const std::string url = parsed.required("--engine");
    std::optional<Graph> graph = loadGraphOrReport(parsed.positionals()[0]);
    if (!graph)
        return kExitInvalidInput;
    const Dataset data = loadGraphData(*graph);
    if (graph->events && !data.eventsError.empty())
        throw Error(data.eventsError);
    SqlEngine engine(url);
    const LoadSummary s = engine.load(*graph, data);
    if (!parsed.has("--quiet")) {
        std::cout << "Loaded " << s.customers << " customers into table " << engine.url().tables.customers;
        if (graph->events)
            std::cout << " and " << s.events << " events into table " << engine.url().tables.events;
        std::cout << " of " << engine.url().display << " (" << static_cast<long long>(s.ms) << " ms)\n";
    }
    return kExitOk;
}

} // namespace seg::cli
