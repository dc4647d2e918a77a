#pragma once
// A deliberately small RFC 4180 reader for the tests, independent of the importer, so the
// export and the generator are checked against a second implementation of the format.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace seg::test {

using CsvRows = std::vector<std::vector<std::string>>;

// Fields in quotes may hold delimiters, doubled quotes and line breaks; records end in LF or CRLF.
inline CsvRows parseCsvText(const std::string& text, char delimiter = ',')
{
    CsvRows rows;
    std::vector<std::string> record;
    std::string field;
    bool inQuotes = false, fieldStarted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            record.push_back(field);
            field.clear();
            fieldStarted = true;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        } else if (c == '\n') {
            record.push_back(field);
            rows.push_back(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !record.empty()) {
        record.push_back(field);
        rows.push_back(record);
    }
    return rows;
}

inline std::string readFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void writeFile(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary);
    out << bytes;
}

// Files whose name contains ".tmp-" (the atomic writers' temporaries).
inline std::vector<std::string> tempFilesIn(const std::filesystem::path& dir)
{
    std::vector<std::string> found;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().filename().string().find(".tmp-") != std::string::npos)
            found.push_back(entry.path().filename().string());
    return found;
}

} // namespace seg::test
