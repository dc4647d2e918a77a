#include "graph/export_settings.h"

#include "graph/export_settings_reader.h"
#include "graph/field_reader.h"

#include <algorithm>
#include <cctype>

namespace seg {

namespace {
constexpr std::array<std::string_view, kIdentifierCount> kNames = {"key",       "email",   "phone", "first_name",
                                                                  "last_name", "country", "zip"};
}

std::string_view identifierName(Identifier id) { return kNames[static_cast<size_t>(id)]; }

std::optional<Identifier> parseIdentifier(std::string_view name)
{
    for (size_t i = 0; i < kNames.size(); ++i)
        if (kNames[i] == name)
            return static_cast<Identifier>(i);
    return std::nullopt;
}

const std::vector<std::string_view>& destinationPresetNames()
{
    static const std::vector<std::string_view> names = {"mailchimp", "klaviyo", "google-customer-match",
                                                        "meta-custom-audiences", "linkedin-matched-audiences",
                                                        "csv", "excel"};
    return names;
}

Json exportSettingsToJson(const GraphExportSettings& settings)
{
    Json j = Json::object();
    if (!settings.preset.empty())
        j["preset"] = settings.preset;
    if (!settings.columns.empty()) {
        Json map = Json::object();
        for (const auto& [id, column] : settings.columns)
            map[std::string(identifierName(id))] = column;
        j["columns"] = std::move(map);
    }
    if (!settings.defaultRegion.empty())
        j["default_region"] = settings.defaultRegion;
    if (!settings.suppressionLists.empty()) {
        Json lists = Json::array();
        for (const SuppressionListRef& list : settings.suppressionLists)
            lists.push_back({{"name", list.name}, {"file", list.file}, {"always", list.always}});
        j["suppression_lists"] = std::move(lists);
    }
    return j;
}

void readExportSettings(const FieldReader& top, GraphExportSettings& out)
{
    const Json* section = top.find("export");
    if (!section)
        return;
    if (!section->is_object()) {
        top.wrongType("export", "an object {\"preset\": ..., \"columns\": {...}, \"suppression_lists\": [...]}");
        return;
    }
    const FieldReader x(*section, top.pointer("export"), "export.", "", top.reporter());
    x.rejectUnknown({"preset", "columns", "default_region", "suppression_lists"}, "'export'");
    if (const auto preset = x.text("preset", Need::Optional)) {
        const auto& names = destinationPresetNames();
        if (std::find(names.begin(), names.end(), *preset) == names.end()) {
            const auto guess = closestName(*preset, names);
            x.error("preset", "unknown destination preset '" + printable(*preset) + "'"
                                  + (guess ? "; did you mean '" + std::string(*guess) + "'?"
                                           : "; presets: " + joinNames(names)));
        } else {
            out.preset = *preset;
        }
    }
    if (const Json* columns = x.find("columns")) {
        if (!columns->is_object()) {
            x.wrongType("columns", "an object {\"email\": \"<column>\", ...}");
        } else {
            const FieldReader c(*columns, x.pointer("columns"), "export.columns.", "", top.reporter());
            std::vector<std::string_view> allowed(kNames.begin(), kNames.end());
            c.rejectUnknown(allowed, "'export.columns'");
            for (const Identifier id : kAllIdentifiers)
                if (const auto column = c.nonEmptyText(identifierName(id), Need::Optional))
                    out.columns[id] = *column;
        }
    }
    if (const auto region = x.text("default_region", Need::Optional)) {
        if (region->size() == 2 && std::isalpha(static_cast<unsigned char>((*region)[0]))
            && std::isalpha(static_cast<unsigned char>((*region)[1])))
            out.defaultRegion = {static_cast<char>(std::toupper(static_cast<unsigned char>((*region)[0]))),
                                 static_cast<char>(std::toupper(static_cast<unsigned char>((*region)[1])))};
        else
            x.error("default_region", "'export.default_region' must be a two-letter country code such as \"DE\"");
    }
    if (const Json* lists = x.find("suppression_lists")) {
        if (!lists->is_array()) {
            x.wrongType("suppression_lists", "a list of {\"name\": ..., \"file\": ..., \"always\": true|false}");
            return;
        }
        for (size_t i = 0; i < lists->size(); ++i) {
            const std::string label = "export.suppression_lists[" + std::to_string(i) + "].";
            const std::string pointer = jsonPointerChild(x.pointer("suppression_lists"), i);
            const Json& item = (*lists)[i];
            if (!item.is_object()) {
                top.reporter().report("", pointer, "'" + label.substr(0, label.size() - 1) + "' must be an object");
                continue;
            }
            const FieldReader l(item, pointer, label, "", top.reporter());
            l.rejectUnknown({"name", "file", "always"}, "a suppression list");
            SuppressionListRef ref;
            const auto name = l.nonEmptyText("name", Need::Required);
            const auto file = l.nonEmptyText("file", Need::Required);
            ref.always = l.boolean("always").value_or(false);
            if (!name || !file)
                continue;
            ref.name = *name;
            ref.file = *file;
            bool duplicate = false;
            for (const SuppressionListRef& other : out.suppressionLists)
                duplicate |= other.name == ref.name;
            if (duplicate)
                l.error("name", "two suppression lists are named '" + printable(ref.name) + "'");
            else
                out.suppressionLists.push_back(std::move(ref));
        }
    }
}

} // namespace seg
