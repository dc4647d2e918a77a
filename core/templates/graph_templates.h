#pragma once
// Ready-made segment graphs (File > New from Template, `segstudio-cli template`): win-back,
// cart abandonment, VIP by spend, churn risk, new-customer welcome and RFM tiers.
//
// A template is a graph with placeholders plus the roles that fill them ("total spend column",
// "purchase event type" ...). The caller maps each role to a column or event type of the
// loaded data (guessRoles pre-fills the mapping from names and types), checkMapping says what
// does not fit, and instantiateTemplate returns the graph, laid out and ready to run:
//
//   const GraphTemplate* t = findTemplate("vip-by-spend");
//   const TemplateData data = templateDataOf(dataset, eventsSpec);
//   RoleMapping mapping = guessRoles(*t, data);
//   mapping["spend"] = "total_spend";
//   if (auto problems = checkMapping(*t, mapping, data); problems.empty())
//       Graph g = instantiateTemplate(*t, mapping, data, customersSpec, eventsSpec, baseDir);
#include "data/dataset.h"
#include "graph/graph.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

enum class RoleKind {
    CustomerColumn, // a column of the customers table
    EventColumn,    // a column of the events table
    EventType,      // a value of the events' type column ("purchase")
};

enum class RoleNeed { Any, Number, Temporal, Text };

struct TemplateRole {
    std::string id;    // placeholder name, also the key of --map ("spend")
    std::string title; // "total spend column"
    RoleKind kind = RoleKind::CustomerColumn;
    RoleNeed need = RoleNeed::Any;
    std::vector<std::string> hints; // lower-case names that suggest the role, best first
    bool dataset = false; // the dataset's own settings (key, time, type column), not a rule's
};

struct GraphTemplate {
    std::string id;          // "win-back"
    std::string name;        // "Win-back"
    std::string description; // one or two sentences for the chooser
    bool needsEvents = false;
    std::vector<TemplateRole> roles; // dataset roles first, then the rules' roles
    std::string graphJson;   // nodes with "{{role}}" string values
};

const std::vector<GraphTemplate>& graphTemplates();
const GraphTemplate* findTemplate(std::string_view id);

// What the loaded data offers to the roles.
struct TemplateData {
    std::vector<std::pair<std::string, DataType>> customerColumns;
    std::vector<std::pair<std::string, DataType>> eventColumns;
    std::vector<std::pair<std::string, size_t>> eventTypes; // value and count, most frequent first
    std::optional<int32_t> lastEventDay;                     // the day of the latest event
    std::map<std::string, int32_t> lastDayOfColumn;          // latest day of each temporal customer column
    bool hasEvents = false;
    // The datasets' own settings, for the dataset roles (the key, time and type columns).
    std::string customerKey, eventKey, eventTime, eventTypeColumn;
};
// `events`: the spec the events were imported with (their key, time and type columns).
TemplateData templateDataOf(const Dataset& data, const std::optional<DatasetSpec>& events);

using RoleMapping = std::map<std::string, std::string>; // role id -> column name or event type

// A guess for every role that has one: the dataset's own settings for dataset roles, else a
// column / event type whose lower-case name equals, then contains, a hint, with a fitting type.
RoleMapping guessRoles(const GraphTemplate& tmpl, const TemplateData& data);

// Every problem of a mapping, one sentence each naming the role: unknown roles, roles without a
// value, missing columns or event types (with what the data has), types that do not fit.
std::vector<std::string> checkMapping(const GraphTemplate& tmpl, const RoleMapping& mapping, const TemplateData& data);

// The graph of the template with the mapping applied: datasets from the specs (the dataset
// roles set their key / time / type), as_of set to the data's last day (the latest event, else
// the latest day of the template's date columns) so relative windows find the data, and every
// node placed (ui.positions, left to right by depth). Throws seg::Error listing checkMapping's
// problems when there are any.
Graph instantiateTemplate(const GraphTemplate& tmpl, const RoleMapping& mapping, const TemplateData& data,
                          DatasetSpec customers, std::optional<DatasetSpec> events,
                          const std::filesystem::path& baseDir);

std::string_view roleNeedText(RoleNeed need); // "a number column", "a date column" ...
// Whether a column of `type` can play a role that needs `need` (the dialog lists only these).
bool roleFits(RoleNeed need, DataType type);

} // namespace seg
