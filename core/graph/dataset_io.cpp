// datasets.customers / datasets.events (spec section 1): how to read each CSV file.
#include "data/types.h"
#include "graph/graph_internal.h"
#include "graph/graph_io.h"

namespace seg {

namespace {

const std::vector<std::string> kDefaultNullValues = DatasetSpec{}.nullValues;

// Returns what is wrong with a column type override such as "date:%d-%m-%Y", or "".
std::string checkTypeOverride(std::string_view spec)
{
    const size_t colon = spec.find(':');
    const std::string_view base = spec.substr(0, colon);
    const auto type = parseTypeName(base);
    if (!type)
        return "unknown type '" + printable(base)
            + "' (expected int, double, bool, date, timestamp or string; date and timestamp may add a format, "
              "e.g. \"date:%d-%m-%Y\")";
    if (colon == std::string_view::npos)
        return {};
    if (!isTemporal(*type))
        return "only date and timestamp take a format, got \"" + printable(spec) + "\"";
    const std::string_view format = spec.substr(colon + 1);
    if (format.empty())
        return "the format after '" + std::string(base) + ":' is empty";
    bool year = false, month = false, day = false;
    for (size_t i = 0; i < format.size(); ++i) {
        if (format[i] != '%')
            continue;
        if (i + 1 == format.size())
            return "format '" + printable(format) + "' ends with a lone '%' (write %% for a percent sign)";
        const char directive = format[++i];
        if (std::string_view("YmdHMS%").find(directive) == std::string_view::npos)
            return "format '" + printable(format) + "' uses %" + printable(std::string_view(&directive, 1))
                + "; formats may use %Y %m %d %H %M %S and %%";
        year |= directive == 'Y';
        month |= directive == 'm';
        day |= directive == 'd';
    }
    if (!year || !month || !day)
        return "format '" + printable(format) + "' needs %Y, %m and %d";
    return {};
}

void parseDelimiter(const FieldReader& r, DatasetSpec& spec)
{
    const auto text = r.text("delimiter", Need::Optional);
    if (!text)
        return;
    if (text->size() != 1 || static_cast<unsigned char>((*text)[0]) >= 0x80) {
        r.wrongType("delimiter", "one character such as \",\", \";\", \"|\" or \"\\t\"");
        return;
    }
    const char c = (*text)[0];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        r.error("delimiter", "'" + r.name("delimiter") + "' must not be a letter or digit, got \"" + *text + "\"");
        return;
    }
    if (c == '"' || c == '\n' || c == '\r' || c == '\0') {
        r.error("delimiter", "'" + r.name("delimiter") + "' cannot be a quote or line break, got "
                                 + describeJson(Json(*text)));
        return;
    }
    spec.delimiter = c;
}

void parseColumnTypes(const FieldReader& r, DatasetSpec& spec)
{
    const Json* columns = r.find("columns");
    if (!columns)
        return;
    if (!columns->is_object()) {
        r.wrongType("columns", "an object of column types, e.g. {\"zip\": \"string\"}");
        return;
    }
    FieldReader c(*columns, r.pointer("columns"), r.name("columns") + ".", "", r.reporter());
    for (const auto& [column, type] : columns->items()) {
        if (column.empty()) {
            c.error(column, "'" + r.name("columns") + "' has an empty column name");
            continue;
        }
        if (!type.is_string()) {
            c.wrongType(column, "a type name such as \"string\" or \"date:%d-%m-%Y\"");
            continue;
        }
        const std::string problem = checkTypeOverride(type.get_ref<const std::string&>());
        if (!problem.empty()) {
            c.error(column, "'" + c.name(printable(column)) + "': " + problem);
            continue;
        }
        spec.columnTypes.emplace_back(column, type.get<std::string>());
    }
}

} // namespace

bool parseDataset(const Json& object, const std::string& pointer, bool isEvents, Reporter& reporter, DatasetSpec& spec)
{
    const std::string label = isEvents ? "datasets.events" : "datasets.customers";
    const size_t before = reporter.count();
    if (!object.is_object()) {
        reporter.report("", pointer, "'" + label + "' must be an object {\"path\": ...}, got " + describeJson(object));
        return false;
    }
    FieldReader r(object, pointer, label + ".", "", reporter);
    if (isEvents) {
        if (r.has("on_duplicate_key"))
            r.error("on_duplicate_key", "'" + r.name("on_duplicate_key")
                                            + "' is for customers only (a customer may have many events)");
        r.rejectUnknown({"path", "key", "time", "type", "delimiter", "encoding", "null_values", "columns",
                         "on_duplicate_key"},
                        "'" + label + "'");
    } else {
        for (std::string_view eventsOnly : {"time", "type"})
            if (r.has(eventsOnly))
                r.error(eventsOnly, "'" + r.name(eventsOnly) + "' is only for the events dataset");
        r.rejectUnknown({"path", "key", "delimiter", "encoding", "null_values", "columns", "on_duplicate_key", "time",
                         "type"},
                        "'" + label + "'");
    }

    if (const auto path = r.nonEmptyText("path", Need::Required, "the CSV file, relative to the graph file")) {
        if (path->find('\0') != std::string::npos)
            r.error("path", "'" + r.name("path") + "' must not contain a NUL character");
        else
            spec.path = *path;
    }
    if (isEvents) {
        spec.key = r.nonEmptyText("key", Need::Required, "the column with the customer id of each event");
        if (const auto time = r.nonEmptyText("time", Need::Required, "the date or timestamp column of each event"))
            spec.time = *time;
        if (const auto type = r.nonEmptyText("type", Need::Required, "the column with the event name"))
            spec.type = *type;
    } else {
        spec.key = r.nonEmptyText("key", Need::Optional);
        if (const auto policy = r.text("on_duplicate_key", Need::Optional)) {
            if (*policy == "keep_last")
                spec.onDuplicateKey = DuplicateKeyPolicy::KeepLast;
            else if (*policy == "keep_first")
                spec.onDuplicateKey = DuplicateKeyPolicy::KeepFirst;
            else if (*policy == "error")
                spec.onDuplicateKey = DuplicateKeyPolicy::Error;
            else
                r.wrongType("on_duplicate_key", "\"keep_last\", \"keep_first\" or \"error\"");
        }
    }
    parseDelimiter(r, spec);
    if (const auto encoding = r.nonEmptyText("encoding", Need::Optional))
        spec.encoding = *encoding;
    if (auto nullValues = r.textList("null_values", Need::Optional, false))
        spec.nullValues = std::move(*nullValues);
    parseColumnTypes(r, spec);
    return reporter.count() == before;
}

std::string datasetPathForGraphDir(const std::string& path, const std::filesystem::path& oldBase,
                                   const std::filesystem::path& graphDir)
{
    if (path.empty())
        return path;
    std::filesystem::path absolute(path);
    if (absolute.is_relative() && !oldBase.empty())
        absolute = oldBase / absolute;
    absolute = absolute.lexically_normal();
    if (absolute.is_relative() || graphDir.empty())
        return path; // nothing to resolve against: keep what the user wrote
    const std::filesystem::path dir = graphDir.lexically_normal();
    // Relative only through a shared folder below the root: "../../../srv/x.csv" from a home
    // folder would break as soon as the project moves, an absolute path would not.
    auto a = absolute.begin(), d = dir.begin();
    int shared = 0;
    for (; a != absolute.end() && d != dir.end() && *a == *d; ++a, ++d)
        if (!a->empty() && *a != absolute.root_name() && *a != absolute.root_directory())
            ++shared;
    const std::filesystem::path relative = absolute.lexically_relative(dir);
    if (relative.empty() || shared == 0)
        return absolute.generic_string();
    return relative.generic_string();
}

Json datasetToJson(const DatasetSpec& spec, bool isEvents)
{
    Json j = Json::object();
    j["path"] = spec.path;
    if (spec.key)
        j["key"] = *spec.key;
    if (isEvents) {
        j["time"] = spec.time;
        j["type"] = spec.type;
    }
    if (spec.delimiter)
        j["delimiter"] = std::string(1, *spec.delimiter);
    if (spec.encoding != "utf-8")
        j["encoding"] = spec.encoding;
    if (spec.nullValues != kDefaultNullValues)
        j["null_values"] = spec.nullValues;
    if (!spec.columnTypes.empty()) {
        Json columns = Json::object();
        for (const auto& [column, type] : spec.columnTypes)
            columns[column] = type;
        j["columns"] = std::move(columns);
    }
    if (!isEvents && spec.onDuplicateKey != DuplicateKeyPolicy::KeepLast)
        j["on_duplicate_key"] = spec.onDuplicateKey == DuplicateKeyPolicy::KeepFirst ? "keep_first" : "error";
    return j;
}

} // namespace seg
