#pragma once
// Helpers of the destination tests: small customer tables built in code, and the files of an
// export folder read back.
#include "data/table.h"

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace seg::test {

inline Column textColumn(std::string name, const std::vector<std::optional<std::string>>& values)
{
    Column c(std::move(name), DataType::String);
    for (const auto& v : values)
        v ? c.appendString(*v) : c.appendNull();
    c.finish();
    return c;
}

inline Column idColumn(std::string name, size_t rows)
{
    Column c(std::move(name), DataType::Int);
    for (size_t i = 0; i < rows; ++i)
        c.appendInt(static_cast<int64_t>(i + 1));
    return c;
}

inline CustomerTable customersOf(std::vector<Column> columns)
{
    CustomerTable t;
    t.table.rows = columns.front().size();
    t.table.columns = std::move(columns);
    t.keyColumn = 0;
    return t;
}

inline std::string fileText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Lines without their CRLF / LF.
inline std::vector<std::string> fileLines(const std::filesystem::path& path)
{
    std::vector<std::string> lines;
    std::istringstream in(fileText(path));
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

inline std::vector<std::string> splitCells(const std::string& line)
{
    std::vector<std::string> cells(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"')
                cells.back() += '"', ++i;
            else if (c == '"')
                quoted = false;
            else
                cells.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    return cells;
}

} // namespace seg::test
