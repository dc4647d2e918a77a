#include "commands.h"

#include <array>
#include <utility>

namespace seg::cli {

namespace {
// Sized by its entries, so adding a command cannot miscount.
constexpr std::pair<std::string_view, std::string_view> kUsage[] = {
    {"describe", "segstudio-cli describe <file.csv|-> [--delimiter C] [--key COL] [--json] [--max-field-bytes N]\n"
                 "                  [--max-record-bytes N] [--max-input-bytes N]"},
    {"validate", "segstudio-cli validate <graph.segment.json>"},
    {"plan", "segstudio-cli plan <graph.segment.json> [--strategy S] [--threads N] [--format text|json|dot]"},
    {"run", "segstudio-cli run <graph.segment.json> [--strategy sequential|parallel|hybrid|auto] [--threads N]\n"
            "                  [--as-of YYYY-MM-DD] [--report FILE.json] [--export DIR] [--spreadsheet-safe] [--bom]\n"
            "                  [--quiet] [--engine URL] [--max-field-bytes N] [--max-record-bytes N] [--max-input-bytes N]\n"
            "                  [--preset NAME] [--map email=COL,phone=COL,first_name=COL,last_name=COL,country=COL,zip=COL]\n"
            "                  [--suppress LIST.csv ...] [--suppression-lists NAME,...|none] [--default-region CC]"},
    {"suppress", "segstudio-cli suppress <graph.segment.json> LIST.csv --name NAME [--always] [--default-region CC]"},
    {"stream", "segstudio-cli stream <graph.segment.json> --from FILE.ndjson|- --notify PATH|- [--dead-letter PATH]\n"
               "                  [--clock wall|events|YYYY-MM-DD] [--replay-speed N] [--lateness-days N]\n"
               "                  [--max-future-days N] [--report FILE.json] [--export DIR] [--quiet]"},
    {"generate", "segstudio-cli generate --customers N --events M --seed S --out DIR [--as-of YYYY-MM-DD]"},
    {"sql", "segstudio-cli sql <graph.segment.json> --dialect sqlite|postgres|clickhouse [--engine URL] [--as-of YYYY-MM-DD]"},
    {"load", "segstudio-cli load --engine URL <graph.segment.json> [--quiet]"},
    {"template", "segstudio-cli template list\n"
                 "  segstudio-cli template new NAME --customers FILE.csv [--events FILE.csv]\n"
                 "                  [--map role=COLUMN,...] --out GRAPH.segment.json"},
};
} // namespace

std::string_view commandUsage(std::string_view command)
{
    for (const auto& [name, usage] : kUsage)
        if (name == command)
            return usage;
    return {};
}

std::string helpText()
{
    std::string text = "segstudio-cli: design, check, run and export customer segments without the GUI.\n\nUsage:\n";
    for (const auto& [name, usage] : kUsage)
        text += "  " + std::string(usage) + "\n";
    text += "  segstudio-cli help | --help | --version\n\n"
            "Commands:\n"
            "  describe   inferred column types, null counts, rejected rows and duplicate keys of a CSV file\n"
            "  validate   every problem of a graph, checked against its datasets' schema\n"
            "  plan       the execution plan (dependency levels, stages, cost estimate) as text, JSON or DOT\n"
            "  run        evaluate all segments; print sizes; write a JSON report and CSV exports\n"
            "  stream     keep the segments live over NDJSON events and profile updates; write enter/exit triggers\n"
            "  generate   write a deterministic synthetic customers/events data set and a demo graph\n"
            "  sql        print the graph compiled to SQL (one CTE per node) for a dialect or an engine\n"
            "  load       bulk-load the graph's datasets into an SQL engine's tables\n"
            "  template   list the ready-made graphs, or make one for your data (win-back, VIP ...)\n"
            "  suppress   import a suppression list (opt-outs...) into a project, stored normalised and hashed\n"
            "Engines (--engine): sqlite:FILE.db, postgres://user@host:port/db?table=customers&events=events\n\n"
            "Exit codes: 0 success, 1 invalid input (graph or data), 2 usage error,\n"
            "            3 the run finished but some nodes failed.\n"
            "The graph format is described in docs/segment-graph.md.\n";
    return text;
}

} // namespace seg::cli
