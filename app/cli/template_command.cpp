// template: the ready-made graphs of core/templates from the command line.
//   segstudio-cli template list
//   segstudio-cli template new vip-by-spend --customers c.csv --map spend=total_spend --out vip.segment.json
// The data is imported first (the roles are checked against its real columns and event types),
// and the graph is written with dataset paths relative to it, ready for `run`.
#include "args.h"
#include "commands.h"

#include "data/import_preview.h"
#include "graph/graph_io.h"
#include "templates/graph_templates.h"
#include "util/error.h"

#include <filesystem>
#include <iostream>

namespace seg::cli {

namespace {

namespace fs = std::filesystem;

int listTemplates()
{
    for (const GraphTemplate& t : graphTemplates()) {
        std::cout << t.id << (t.needsEvents ? "  (needs --events)" : "") << "\n  " << t.name << ": " << t.description
                  << "\n  roles:";
        for (const TemplateRole& r : t.roles)
            std::cout << " " << r.id;
        std::cout << "\n";
        for (const TemplateRole& r : t.roles)
            std::cout << "    " << r.id << ": " << r.title
                      << (r.kind == RoleKind::EventType ? " (an event type)" : " (" + std::string(roleNeedText(r.need)) + ")")
                      << "\n";
    }
    return kExitOk;
}

RoleMapping parseMap(const ParsedArgs& parsed)
{
    RoleMapping mapping;
    const std::string text = parsed.value("--map").value_or("");
    size_t start = 0;
    while (start < text.size()) {
        const size_t comma = text.find(',', start);
        const std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        start = comma == std::string::npos ? text.size() : comma + 1;
        const size_t eq = item.find('=');
        if (eq == std::string::npos || eq == 0 || eq + 1 == item.size())
            parsed.fail("option '--map' takes role=COLUMN pairs separated by commas, got '" + item + "'");
        mapping[item.substr(0, eq)] = item.substr(eq + 1);
    }
    return mapping;
}

// Columns of a CSV as the preview infers them; detected dd-mm-yyyy style layouts become type
// overrides of the spec, as the import wizard does.
std::vector<std::pair<std::string, DataType>> previewColumns(const fs::path& path, DatasetSpec& spec)
{
    const ImportPreview preview = previewImport(path, PreviewOptions{});
    std::vector<std::pair<std::string, DataType>> columns;
    for (size_t c = 0; c < preview.columns.size(); ++c) {
        DataType type = preview.columns[c].inferred;
        const DateLayoutGuess layout = sampleDateLayout(preview, c);
        if (layout.found() && !layout.ambiguous()) {
            spec.columnTypes.emplace_back(preview.columns[c].name, typeSpecText(layout.spec()));
            type = layout.spec().type;
        }
        columns.emplace_back(preview.columns[c].name, type);
    }
    return columns;
}

// The value of a dataset role: --map, else a guess from the preview's columns.
std::string datasetRole(const GraphTemplate& t, const char* id, const RoleMapping& mapping, const TemplateData& preview)
{
    if (auto it = mapping.find(id); it != mapping.end())
        return it->second;
    const RoleMapping guesses = guessRoles(t, preview);
    const auto it = guesses.find(id);
    return it == guesses.end() ? std::string() : it->second;
}

int newFromTemplate(const ParsedArgs& parsed)
{
    if (parsed.positionals().size() != 2)
        parsed.fail("'template new' needs the template's name (see 'segstudio-cli template list')");
    const std::string& name = parsed.positionals()[1];
    const GraphTemplate* tmpl = findTemplate(name);
    if (!tmpl) {
        std::string names;
        for (const GraphTemplate& t : graphTemplates())
            names += (names.empty() ? "" : ", ") + t.id;
        parsed.fail("unknown template '" + name + "' (templates: " + names + ")");
    }
    const fs::path customersPath = parsed.required("--customers");
    const fs::path out = parsed.required("--out");
    const std::optional<std::string> eventsFile = parsed.value("--events");
    if (tmpl->needsEvents && !eventsFile)
        parsed.fail("template '" + tmpl->id + "' works on events: give the events file with --events FILE.csv");
    const RoleMapping given = parseMap(parsed);

    // What the files hold, to settle the datasets' own roles before importing.
    DatasetSpec customers;
    TemplateData preview;
    preview.customerColumns = previewColumns(customersPath, customers);
    const std::string key = datasetRole(*tmpl, "customer_key", given, preview);
    if (!key.empty() && key != "_row")
        customers.key = key;
    std::optional<DatasetSpec> events;
    if (eventsFile) {
        events.emplace();
        preview.hasEvents = true;
        preview.eventColumns = previewColumns(*eventsFile, *events);
        preview.customerKey = key;
        events->key = datasetRole(*tmpl, "event_customer", given, preview);
        for (const auto& [column, type] : preview.eventColumns)
            if (column == key && !given.contains("event_customer"))
                events->key = key; // the customers' key name, when the events use it too
        events->time = datasetRole(*tmpl, "event_time", given, preview);
        events->type = datasetRole(*tmpl, "event_type_column", given, preview);
        std::string columns;
        for (const auto& [column, type] : preview.eventColumns)
            columns += (columns.empty() ? "" : ", ") + column;
        for (const auto& [role, value] : {std::pair{"event_customer", *events->key}, std::pair{"event_time", events->time},
                                          std::pair{"event_type_column", events->type}})
            if (value.empty())
                throw Error(*eventsFile + ": cannot tell which column is the " + role + ": pass --map " + role
                            + "=COLUMN (columns: " + columns + ")");
    }

    Dataset data = loadDataset(customers, customersPath, events, eventsFile ? std::optional<fs::path>(*eventsFile) : std::nullopt);
    if (!data.eventsError.empty())
        throw Error(data.eventsError);
    const TemplateData facts = templateDataOf(data, events);
    RoleMapping mapping = guessRoles(*tmpl, facts);
    for (const auto& [role, value] : given)
        mapping[role] = value;
    const std::vector<std::string> problems = checkMapping(*tmpl, mapping, facts);
    if (!problems.empty()) {
        for (const std::string& p : problems)
            std::cerr << "error: " << p << "\n";
        std::cerr << "Map the roles with --map role=COLUMN,... (see 'segstudio-cli template list').\n";
        return kExitInvalidInput;
    }

    const fs::path outDir = fs::absolute(out).parent_path();
    customers.path = datasetPathForGraphDir(fs::absolute(customersPath).string(), {}, outDir);
    if (events)
        events->path = datasetPathForGraphDir(fs::absolute(*eventsFile).string(), {}, outDir);
    Graph graph = instantiateTemplate(*tmpl, mapping, facts, customers, tmpl->needsEvents ? events : std::nullopt, outDir);
    saveGraphFile(graph, out);

    std::cout << "wrote " << out.string() << ": " << tmpl->name << " with";
    for (const TemplateRole& r : tmpl->roles)
        if (!r.dataset || r.id == "customer_key")
            std::cout << " " << r.id << "=" << mapping.at(r.id);
    if (graph.asOf)
        std::cout << ", as of " << formatDate(*graph.asOf) << " (the data's last day)";
    std::cout << "\nrun it with: segstudio-cli run " << out.string() << "\n";
    return kExitOk;
}

} // namespace

int templateCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("template", args, {{"--customers"}, {"--events"}, {"--map"}, {"--out"}}, 1, 2);
    const std::string& action = parsed.positionals()[0];
    if (action == "list") {
        if (parsed.positionals().size() > 1)
            parsed.fail("'template list' takes no name");
        return listTemplates();
    }
    if (action == "new")
        return newFromTemplate(parsed);
    parsed.fail("unknown template action '" + action + "' (use 'list' or 'new')");
}

} // namespace seg::cli
