// Import records: the import report kept as JSON, read back, and compared with the previous
// import of the same dataset (data drift).
#include "workspace/workspace_internal.h"

#include "util/error.h"

#include <cmath>
#include <cstdio>
#include <map>

namespace seg {

namespace ws {

ImportReport reportFromJson(const Json& j)
{
    ImportReport r;
    if (!j.is_object())
        return r;
    r.path = j.value("path", "");
    const std::string delimiter = j.value("delimiter", ",");
    r.delimiter = delimiter.empty() ? ',' : delimiter[0];
    r.encoding = j.value("encoding", "utf-8");
    r.hadBom = j.value("bom", false);
    r.dataRows = j.value("data_rows", size_t{0});
    r.rows = j.value("rows", size_t{0});
    r.rejected = j.value("rejected", size_t{0});
    r.duplicateKeys = j.value("duplicate_keys", size_t{0});
    r.unknownKeys = j.value("unknown_keys", size_t{0});
    if (j.contains("rejects") && j["rejects"].is_array())
        for (const Json& x : j["rejects"])
            r.rejects.push_back({x.value("line", size_t{0}), x["column"].is_string() ? x["column"].get<std::string>() : "",
                                 x.value("reason", "")});
    if (j.contains("notes") && j["notes"].is_array())
        for (const Json& x : j["notes"])
            if (x.is_string())
                r.notes.push_back(x.get<std::string>());
    if (j.contains("columns") && j["columns"].is_array())
        for (const Json& x : j["columns"]) {
            ColumnProfile c;
            c.name = x.value("name", "");
            c.type = parseTypeName(x.value("type", "string")).value_or(DataType::String);
            c.overridden = x.value("overridden", false);
            c.nulls = x.value("nulls", size_t{0});
            c.distinct = x["distinct"].is_number() ? x["distinct"].get<size_t>() : 0;
            r.columns.push_back(std::move(c));
        }
    return r;
}

ImportRecord readImport(Db& db, int64_t id)
{
    Stmt s(db, "SELECT dataset, at, path, file_size, file_hash, rows, report, drift FROM imports WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        throw Error("workspace " + db.file().string() + " is damaged (import " + std::to_string(id) +
                    " is missing). Nothing was changed.");
    ImportRecord r;
    r.id = id;
    r.dataset = s.text(0);
    r.at = s.text(1);
    r.path = s.text(2);
    r.fileSize = static_cast<uint64_t>(s.integer(3));
    r.fileHash = s.text(4);
    r.rows = static_cast<size_t>(s.integer(5));
    r.report = reportFromJson(Json::parse(s.text(6), nullptr, false));
    r.report.isEvents = r.dataset == "events";
    const Json drift = Json::parse(s.text(7), nullptr, false);
    if (drift.is_array())
        for (const Json& d : drift)
            if (d.is_string())
                r.drift.push_back(d.get<std::string>());
    return r;
}

} // namespace ws

namespace {

std::string percentText(double p)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f %%", p);
    return buffer;
}

double share(size_t part, size_t whole) { return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole); }

} // namespace

std::vector<std::string> importDrift(const ImportReport& previous, const ImportReport& current, const Json& settings)
{
    const double nullPoints = settings.value("drift_null_share_points", 10.0);
    const double distinctPercent = settings.value("drift_distinct_percent", 50.0);
    const double rowsDrop = settings.value("drift_rows_drop_percent", 20.0);
    std::vector<std::string> out;
    if (previous.rows > 0 && current.rows < previous.rows &&
        share(previous.rows - current.rows, previous.rows) > rowsDrop)
        out.push_back("rows fell from " + std::to_string(previous.rows) + " to " + std::to_string(current.rows) + " (-" +
                      percentText(share(previous.rows - current.rows, previous.rows)) + ")");
    if (current.rejected > previous.rejected)
        out.push_back("rejected rows rose from " + std::to_string(previous.rejected) + " to " +
                      std::to_string(current.rejected));
    if (!current.isEvents && current.duplicateKeys > previous.duplicateKeys)
        out.push_back("duplicate keys rose from " + std::to_string(previous.duplicateKeys) + " to " +
                      std::to_string(current.duplicateKeys));
    std::map<std::string, const ColumnProfile*> before;
    for (const ColumnProfile& c : previous.columns)
        before[c.name] = &c;
    for (const ColumnProfile& c : current.columns) {
        const auto it = before.find(c.name);
        if (it == before.end()) {
            out.push_back("new column '" + c.name + "' (" + std::string(typeName(c.type)) + ")");
            continue;
        }
        const ColumnProfile& p = *it->second;
        before.erase(it);
        if (p.type != c.type) {
            out.push_back("column '" + c.name + "' changed type from " + std::string(typeName(p.type)) + " to " +
                          std::string(typeName(c.type)));
            continue;
        }
        const double nullsBefore = share(p.nulls, previous.rows), nullsNow = share(c.nulls, current.rows);
        if (nullsNow - nullsBefore > nullPoints)
            out.push_back("column '" + c.name + "': NULL share rose from " + percentText(nullsBefore) + " to " +
                          percentText(nullsNow));
        if (c.type == DataType::String && p.distinct > 0) {
            const double change = 100.0 * std::fabs(static_cast<double>(c.distinct) - static_cast<double>(p.distinct)) /
                static_cast<double>(p.distinct);
            if (change > distinctPercent)
                out.push_back("column '" + c.name + "': distinct values went from " + std::to_string(p.distinct) +
                              " to " + std::to_string(c.distinct));
        }
    }
    for (const auto& [name, profile] : before)
        out.push_back("column '" + name + "' is gone (was " + std::string(typeName(profile->type)) + ")");
    return out;
}

} // namespace seg
