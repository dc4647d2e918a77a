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
            "                  [--suppress LIST.csv ...] [--suppression-lists NAME,...|none] [--default-region CC]\n"
            "                  [--phone-check length|valid] [--timings]\n"
            "                  (a workspace W.segstudio, or --workspace W, in place of the graph: [--fail-on-warning] [--no-history])"},
    {"suppress", "segstudio-cli suppress <graph.segment.json> LIST.csv --name NAME [--always] [--default-region CC]"},
    {"stream", "segstudio-cli stream <graph.segment.json> --from FILE.ndjson|-|redis://...|amqp://... --notify PATH|-|redis://... ...\n"
               "                  [--dead-letter PATH] [--clock wall|events|YYYY-MM-DD] [--replay-speed N] [--lateness-days N]\n"
               "                  [--max-future-days N] [--dedup-days N] [--dedup-ids N] [--report FILE.json] [--export DIR]\n"
               "                  [--quiet] [--metrics HOST:PORT] [--partition i/N [--top-cut redis://...]]\n"
               "                  [--http-token-file FILE] (--from http://127.0.0.1:PORT/events)\n"
               "                  [--webhook-secret-file FILE] (--notify http[s]://... webhooks)\n"
               "                  [--state DIR [--state-reset] [--snapshot-messages N] [--snapshot-seconds S]]"},
    {"publish", "segstudio-cli publish <messages.ndjson|-> --to redis://...?stream=S|amqp://...?queue=Q|amqp://...?exchange=X\n"
                "                  [--partitions N] [--key FIELD] [--rate N] [--quiet]"},
    {"generate", "segstudio-cli generate --customers N --events M --seed S --out DIR [--as-of YYYY-MM-DD]"},
    {"sql", "segstudio-cli sql <graph.segment.json> --dialect sqlite|postgres|clickhouse [--engine URL] [--as-of YYYY-MM-DD]"},
    {"load", "segstudio-cli load --engine URL <graph.segment.json> [--quiet]"},
    {"explain", "segstudio-cli explain <graph.segment.json> --key KEY [--segment ID] [--json] [--as-of YYYY-MM-DD]\n"
                "                  [--threads N]"},
    {"template", "segstudio-cli template list\n"
                 "  segstudio-cli template new NAME --customers FILE.csv [--events FILE.csv]\n"
                 "                  [--map role=COLUMN,...] --out GRAPH.segment.json"},
    {"workspace", "segstudio-cli workspace save <graph.segment.json> --out W.segstudio [--force] [--quiet]\n"
                  "  segstudio-cli workspace reload W.segstudio [--quiet]\n"
                  "  segstudio-cli workspace info W.segstudio [--json]\n"
                  "  segstudio-cli workspace set W.segstudio SETTING VALUE\n"
                  "  segstudio-cli workspace graph W.segstudio --out GRAPH.segment.json | --from GRAPH.segment.json"},
    {"history", "segstudio-cli history W.segstudio [--segment ID] [--json]"},
    {"diff", "segstudio-cli diff W.segstudio --from RUN --to RUN|now --segment ID [--as-of YYYY-MM-DD]\n"
             "                  [--export DIR] [--json]"},
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
            "  publish    send NDJSON messages to a Redis stream or RabbitMQ queue (one per partition, by customer key)\n"
            "  generate   write a deterministic synthetic customers/events data set and a demo graph\n"
            "  sql        print the graph compiled to SQL (one CTE per node) for a dialect or an engine\n"
            "  load       bulk-load the graph's datasets into an SQL engine's tables\n"
            "  explain    why one customer is or is not in each segment: every node with the value it read\n"
            "  template   list the ready-made graphs, or make one for your data (win-back, VIP ...)\n"
            "  workspace  keep graph, data, run history and settings in one .segstudio file; reload its data\n"
            "  history    the runs recorded in a workspace: sizes, changes, alerts\n"
            "  diff       who entered and left a segment between two recorded runs (CSV with --export)\n"
            "  suppress   import a suppression list (opt-outs...) into a project, stored normalised and hashed\n"
            "A workspace (.segstudio) is accepted wherever a graph is; 'run' records the run in it.\n"
            "Engines (--engine): sqlite:FILE.db, postgres://user@host:port/db?table=customers&events=events\n\n"
            "Exit codes: 0 success, 1 invalid input (graph or data), 2 usage error,\n"
            "            3 the run finished but some nodes failed,\n"
            "            4 run --fail-on-warning: the run finished with a segment alert or data drift.\n"
            "The graph format is described in docs/segment-graph.md.\n";
    return text;
}

} // namespace seg::cli
