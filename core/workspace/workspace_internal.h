#pragma once
// Pieces shared by the workspace's source files (not part of its interface).
#include "workspace/sqlite_db.h"
#include "workspace/workspace.h"

#include <string>

namespace seg::ws {

std::string utcNow(); // "YYYY-MM-DD HH:MM:SS"

// Writes one table's columns as chunks under `dataset` (rows in `datasets` included).
void writeTable(Db& db, const std::string& dataset, const Table& table, std::optional<int64_t> importId,
                int keyColumn, int timeColumn, int typeColumn);
// Reads the tables named in `datasets` back (parallel decode); throws seg::Error on damage.
struct TableRead {
    Table table;
    int keyColumn = -1, timeColumn = -1, typeColumn = -1;
};
// keyOnly: only each dataset's key column (then keyColumn is 0).
std::vector<TableRead> readTables(const std::filesystem::path& file, const std::vector<std::string>& datasets,
                                  int threads, bool keyOnly = false);

ImportReport reportFromJson(const Json& j);
ImportRecord readImport(Db& db, int64_t id);

// Opens a checked workspace for reading or writing (busy timeout as given).
Db openChecked(const std::filesystem::path& file, bool write, int busyTimeoutMs = 2000);

} // namespace seg::ws
