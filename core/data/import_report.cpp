// Import reports for people (describe) and for tools (describe --json, run reports).
#include "data/importer.h"

#include <algorithm>

namespace seg {

namespace {

constexpr size_t kListedInText = 20;

std::string delimiterText(char d)
{
    if (d == '\t')
        return "tab";
    return std::string("'") + d + "'";
}

std::string padded(std::string text, size_t width)
{
    if (text.size() < width)
        text.append(width - text.size(), ' ');
    return text;
}

} // namespace

std::string importReportToText(const ImportReport& r)
{
    std::string out;
    out += "File:      " + r.path + "\n";
    out += "Delimiter: " + delimiterText(r.delimiter) + "\n";
    out += "Encoding:  " + r.encoding + (r.hadBom ? " (with BOM)" : "") + "\n";
    out += "Rows:      " + std::to_string(r.rows) + " imported of " + std::to_string(r.dataRows) + " data rows\n";
    out += "Rejected:  " + std::to_string(r.rejected) + "\n";
    if (r.isEvents)
        out += "Unknown keys: " + std::to_string(r.unknownKeys) + " events with no matching customer (ignored)\n";
    else
        out += "Duplicate keys: " + std::to_string(r.duplicateKeys) + "\n";

    for (const std::string& note : r.notes)
        out += "Note:      " + note + "\n";

    if (r.rejected > 0) {
        out += "\nRejected rows:\n";
        const size_t listed = std::min(r.rejects.size(), kListedInText);
        for (size_t i = 0; i < listed; ++i) {
            const RejectedRow& row = r.rejects[i];
            out += "  line " + std::to_string(row.line) + ": ";
            if (!row.column.empty())
                out += "column '" + row.column + "': ";
            out += row.reason + "\n";
        }
        if (r.rejected > listed)
            out += "  ... and " + std::to_string(r.rejected - listed) + " more\n";
    }

    out += "\nColumns:\n";
    size_t nameWidth = 4;
    for (const auto& c : r.columns)
        nameWidth = std::max(nameWidth, c.name.size());
    nameWidth = std::min<size_t>(nameWidth, 40) + 2;
    out += "  " + padded("name", nameWidth) + padded("type", 12) + padded("nulls", 12) + "distinct\n";
    for (const auto& c : r.columns) {
        std::string type(typeName(c.type));
        if (c.overridden)
            type += " *";
        out += "  " + padded(c.name, nameWidth) + padded(type, 12) + padded(std::to_string(c.nulls), 12)
            + (c.type == DataType::String ? std::to_string(c.distinct) : std::string("-")) + "\n";
    }
    if (std::any_of(r.columns.begin(), r.columns.end(), [](const ColumnProfile& c) { return c.overridden; }))
        out += "  (* type set in \"columns\")\n";
    return out;
}

Json importReportToJson(const ImportReport& r)
{
    Json j;
    j["path"] = r.path;
    j["delimiter"] = std::string(1, r.delimiter);
    j["encoding"] = r.encoding;
    j["bom"] = r.hadBom;
    j["data_rows"] = r.dataRows;
    j["rows"] = r.rows;
    j["rejected"] = r.rejected;
    j["duplicate_keys"] = r.duplicateKeys;
    j["unknown_keys"] = r.unknownKeys;
    Json rejects = Json::array();
    for (const auto& row : r.rejects)
        rejects.push_back({{"line", row.line},
                           {"column", row.column.empty() ? Json(nullptr) : Json(row.column)},
                           {"reason", row.reason}});
    j["rejects"] = std::move(rejects);
    j["notes"] = r.notes;
    Json columns = Json::array();
    for (const auto& c : r.columns) {
        Json col;
        col["name"] = c.name;
        col["type"] = std::string(typeName(c.type));
        col["overridden"] = c.overridden;
        col["nulls"] = c.nulls;
        col["distinct"] = c.type == DataType::String ? Json(c.distinct) : Json(nullptr);
        columns.push_back(std::move(col));
    }
    j["columns"] = std::move(columns);
    return j;
}

} // namespace seg
