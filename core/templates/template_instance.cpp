// Filling a template: what the data offers, guesses per role, the checks, and the graph.
#include "templates/graph_templates.h"

#include "graph/graph_io.h"
#include "util/error.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

namespace seg {

namespace {

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

const std::vector<std::pair<std::string, DataType>>& columnsFor(const TemplateRole& role, const TemplateData& data)
{
    return role.kind == RoleKind::EventColumn ? data.eventColumns : data.customerColumns;
}

// The first name whose lower-case form equals a hint (hints in order), else contains one (hints
// of 3+ characters: "id" would be found inside "paid").
template <typename Names>
std::string bestByHints(const std::vector<std::string>& hints, const Names& names)
{
    for (const std::string& hint : hints)
        for (const std::string& name : names)
            if (lower(name) == hint)
                return name;
    for (const std::string& hint : hints)
        if (hint.size() >= 3)
            for (const std::string& name : names)
                if (lower(name).find(hint) != std::string::npos)
                    return name;
    return {};
}

std::string listOf(const std::vector<std::string>& items, size_t max = 12)
{
    std::string out;
    for (size_t i = 0; i < items.size() && i < max; ++i)
        out += (i ? ", " : "") + items[i];
    if (items.size() > max)
        out += ", ... (" + std::to_string(items.size()) + " in all)";
    return out.empty() ? "none" : out;
}

std::string datasetRoleValue(const TemplateRole& role, const TemplateData& data)
{
    if (role.id == "customer_key")
        return data.customerKey;
    if (role.id == "event_customer")
        return data.eventKey;
    if (role.id == "event_time")
        return data.eventTime;
    if (role.id == "event_type_column")
        return data.eventTypeColumn;
    return {};
}

// Replaces every string value "{{role}}" by the role's value.
void fillPlaceholders(Json& j, const RoleMapping& mapping)
{
    if (j.is_string()) {
        const std::string& s = j.get_ref<const std::string&>();
        if (s.size() > 4 && s.starts_with("{{") && s.ends_with("}}"))
            if (auto it = mapping.find(s.substr(2, s.size() - 4)); it != mapping.end())
                j = it->second;
        return;
    }
    if (j.is_array() || j.is_object())
        for (auto& child : j)
            fillPlaceholders(child, mapping);
}

// Left to right by depth (a node one column right of its deepest input), top to bottom in
// file order: the canvas opens readable, nothing stacked.
Json layeredPositions(const Graph& graph)
{
    std::unordered_map<std::string, int> depth;
    std::unordered_map<int, int> rowsInColumn;
    Json positions = Json::object();
    for (const Node& n : graph.nodes) { // templates list inputs before their users
        int d = 0;
        for (const std::string& input : n.inputs) {
            const auto it = depth.find(input.substr(0, input.find(':')));
            if (it != depth.end())
                d = std::max(d, it->second + 1);
        }
        depth[n.id] = d;
        const int row = rowsInColumn[d]++;
        positions[n.id] = Json::array({40 + 280 * d, 40 + 130 * row});
    }
    return positions;
}

} // namespace

bool roleFits(RoleNeed need, DataType type)
{
    switch (need) {
    case RoleNeed::Any: return true;
    case RoleNeed::Number: return isNumeric(type);
    case RoleNeed::Temporal: return isTemporal(type);
    case RoleNeed::Text: return type == DataType::String;
    }
    return false;
}


std::string_view roleNeedText(RoleNeed need)
{
    switch (need) {
    case RoleNeed::Any: return "a column";
    case RoleNeed::Number: return "a number column";
    case RoleNeed::Temporal: return "a date or timestamp column";
    case RoleNeed::Text: return "a text column";
    }
    return "a column";
}

TemplateData templateDataOf(const Dataset& data, const std::optional<DatasetSpec>& events)
{
    TemplateData out;
    const Table& table = data.customers.table;
    for (const Column& c : table.columns) {
        out.customerColumns.emplace_back(c.name(), c.type());
        if (!isTemporal(c.type()))
            continue;
        std::optional<int32_t> last;
        for (size_t r = 0; r < c.size(); ++r)
            if (!c.isNull(r)) {
                const int32_t day = c.type() == DataType::Date ? c.dateAt(r) : dayOfTimestamp(c.intAt(r));
                last = last ? std::max(*last, day) : day;
            }
        if (last)
            out.lastDayOfColumn[c.name()] = *last;
    }
    if (data.customers.keyColumn >= 0)
        out.customerKey = data.customers.key().name();
    if (data.events && events) {
        out.hasEvents = true;
        const EventTable& ev = *data.events;
        for (const Column& c : ev.table.columns)
            out.eventColumns.emplace_back(c.name(), c.type());
        out.eventKey = events->key.value_or("");
        out.eventTime = events->time;
        out.eventTypeColumn = events->type;
        if (ev.timeColumn >= 0) {
            const Column& time = ev.table.columns[static_cast<size_t>(ev.timeColumn)];
            for (size_t r = 0; r < time.size(); ++r)
                if (!time.isNull(r)) {
                    const int32_t day = time.type() == DataType::Date ? time.dateAt(r) : dayOfTimestamp(time.intAt(r));
                    out.lastEventDay = out.lastEventDay ? std::max(*out.lastEventDay, day) : day;
                }
        }
        if (ev.typeColumn >= 0) {
            const Column& type = ev.table.columns[static_cast<size_t>(ev.typeColumn)];
            std::map<std::string, size_t> counts;
            for (size_t r = 0; r < type.size(); ++r)
                if (!type.isNull(r))
                    ++counts[type.textAt(r)];
            out.eventTypes.assign(counts.begin(), counts.end());
            std::stable_sort(out.eventTypes.begin(), out.eventTypes.end(),
                             [](const auto& a, const auto& b) { return a.second > b.second; });
        }
    }
    return out;
}

RoleMapping guessRoles(const GraphTemplate& tmpl, const TemplateData& data)
{
    RoleMapping mapping;
    std::set<std::string> used; // one column per role where the data allows
    for (const TemplateRole& role : tmpl.roles) {
        std::string value = role.dataset ? datasetRoleValue(role, data) : std::string();
        if (value.empty() && role.kind == RoleKind::EventType) {
            std::vector<std::string> types;
            for (const auto& [type, count] : data.eventTypes)
                types.push_back(type);
            value = bestByHints(role.hints, types);
        } else if (value.empty()) {
            std::vector<std::string> candidates;
            for (const auto& [name, type] : columnsFor(role, data))
                if (roleFits(role.need, type) && !used.contains(name))
                    candidates.push_back(name);
            value = bestByHints(role.hints, candidates);
        }
        if (value.empty())
            continue;
        if (role.kind != RoleKind::EventType)
            used.insert(value);
        mapping[role.id] = value;
    }
    return mapping;
}

std::vector<std::string> checkMapping(const GraphTemplate& tmpl, const RoleMapping& mapping, const TemplateData& data)
{
    std::vector<std::string> problems;
    std::vector<std::string> roleIds;
    for (const TemplateRole& role : tmpl.roles)
        roleIds.push_back(role.id);
    for (const auto& [id, value] : mapping)
        if (std::find(roleIds.begin(), roleIds.end(), id) == roleIds.end())
            problems.push_back("unknown role '" + id + "' for template '" + tmpl.id + "' (its roles: " + listOf(roleIds)
                               + ")");
    if (tmpl.needsEvents && !data.hasEvents)
        problems.push_back("template '" + tmpl.id + "' needs events: import an events file first (CLI: --events FILE.csv)");
    for (const TemplateRole& role : tmpl.roles) {
        const std::string place = "role '" + role.id + "' (" + role.title + ")";
        const auto it = mapping.find(role.id);
        const std::string value = it == mapping.end() ? std::string() : it->second;
        if (role.kind != RoleKind::CustomerColumn && !data.hasEvents)
            continue; // said once above
        if (role.kind == RoleKind::EventType) {
            std::vector<std::string> types;
            bool found = false;
            for (const auto& [type, count] : data.eventTypes) {
                types.push_back(type + " (" + std::to_string(count) + ")");
                found = found || type == value;
            }
            if (value.empty())
                problems.push_back(place + " has no value: choose one of the event types " + listOf(types));
            else if (!found)
                problems.push_back(place + ": no event has the type '" + value + "' (event types: " + listOf(types) + ")");
            continue;
        }
        const auto& columns = columnsFor(role, data);
        std::vector<std::string> fitting;
        for (const auto& [name, type] : columns)
            if (roleFits(role.need, type))
                fitting.push_back(name);
        const auto column = std::find_if(columns.begin(), columns.end(), [&](const auto& c) { return c.first == value; });
        const std::string table = role.kind == RoleKind::EventColumn ? "events" : "customers";
        if (value.empty())
            problems.push_back(place + " has no column: choose " + std::string(roleNeedText(role.need)) + " of the "
                               + table + " (" + listOf(fitting) + ")");
        else if (column == columns.end())
            problems.push_back(place + ": the " + table + " have no column '" + value + "' (" + std::string(roleNeedText(role.need))
                               + " is needed: " + listOf(fitting) + ")");
        else if (!roleFits(role.need, column->second))
            problems.push_back(place + ": '" + value + "' is " + std::string(typeName(column->second)) + ", but "
                               + std::string(roleNeedText(role.need)) + " is needed (" + listOf(fitting) + ")");
    }
    return problems;
}

Graph instantiateTemplate(const GraphTemplate& tmpl, const RoleMapping& mapping, const TemplateData& data,
                          DatasetSpec customers, std::optional<DatasetSpec> events, const std::filesystem::path& baseDir)
{
    const std::vector<std::string> problems = checkMapping(tmpl, mapping, data);
    if (!problems.empty()) {
        std::string text = "template '" + tmpl.id + "': the roles do not fit the data:";
        for (const std::string& p : problems)
            text += "\n  " + p;
        throw Error(text);
    }
    Json doc = Json::object();
    doc["format"] = "segment-studio/graph";
    doc["format_version"] = kGraphFormatVersion;
    doc["name"] = tmpl.name;
    doc["datasets"] = Json{{"customers", Json{{"path", "customers.csv"}}}};
    Json nodes = Json::parse(tmpl.graphJson);
    fillPlaceholders(nodes, mapping);
    doc["nodes"] = std::move(nodes);
    GraphLoadResult loaded = parseGraph(doc.dump(), "template '" + tmpl.id + "'", baseDir);
    if (!loaded.ok()) { // a template the engine does not read is a bug here, not the user's
        std::string text = "template '" + tmpl.id + "' is broken:";
        for (const Diagnostic& d : loaded.diagnostics)
            text += "\n  " + d.toString();
        throw Error(text);
    }
    Graph graph = std::move(*loaded.graph);

    const std::string key = mapping.at("customer_key");
    customers.key = key == "_row" ? std::nullopt : std::optional<std::string>(key);
    graph.customers = std::move(customers);
    if (tmpl.needsEvents && events) {
        events->key = mapping.at("event_customer");
        events->time = mapping.at("event_time");
        events->type = mapping.at("event_type_column");
    }
    graph.events = std::move(events);

    std::optional<int32_t> lastDay = data.hasEvents ? data.lastEventDay : std::nullopt;
    for (const TemplateRole& role : tmpl.roles)
        if (role.kind == RoleKind::CustomerColumn && role.need == RoleNeed::Temporal)
            if (auto it = data.lastDayOfColumn.find(mapping.at(role.id)); it != data.lastDayOfColumn.end())
                lastDay = lastDay ? std::max(*lastDay, it->second) : it->second;
    graph.asOf = lastDay;
    graph.ui["positions"] = layeredPositions(graph);
    return graph;
}

} // namespace seg
