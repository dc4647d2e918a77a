#pragma once
// A workspace (.segstudio): one SQLite file that keeps a project whole: the graph (its JSON text
// unchanged), the imported datasets as typed column chunks (workspace/column_codec.h), the
// import records with their data-quality profiles, the run history and the settings.
// Schema and versions: docs/workspace.md.
//
// Writing: a new or replaced workspace (save, reload data) is written to a temporary file in the
// same folder, fsynced, renamed over the target and the folder fsynced, so a crash or a full
// disk leaves the old file whole. Small additions (a run, a setting) are SQLite transactions on
// the file itself (SQLite's rollback journal makes them atomic).
// Opening checks the file before anything is read: a file that is not a workspace, truncated,
// damaged, locked by another process's write, or of a newer schema version is refused with a
// seg::Error naming the file and the reason, and is left as it was.
#include "data/dataset.h"
#include "util/json.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace seg {

namespace ws {
class Db;
}

inline constexpr int kWorkspaceSchemaVersion = 1;
inline constexpr std::string_view kWorkspaceExtension = ".segstudio";
inline constexpr uint32_t kWorkspaceApplicationId = 0x53475357; // "SGSW" in SQLite's header

// One step of the schema's upgrade path: rewrites a file of `fromVersion` into fromVersion + 1
// inside the migration's transaction (the caller sets the version).
struct WorkspaceMigration {
    int fromVersion;
    void (*upgrade)(ws::Db& db);
};
// This program's steps. Version 1 is the first schema, so there are none yet.
std::span<const WorkspaceMigration> workspaceMigrations();

struct WorkspaceOpenOptions {
    int busyTimeoutMs = 2000; // how long to wait for another process's write before "locked"
    // Tests pass a synthetic upgrade path; programs keep the defaults.
    std::span<const WorkspaceMigration> migrations = workspaceMigrations();
    int currentVersion = kWorkspaceSchemaVersion;
};

// What was imported, when, from which file: the data's fingerprint and its quality profile.
struct ImportRecord {
    int64_t id = 0;
    std::string dataset;   // "customers" or "events"
    std::string at;        // UTC, "YYYY-MM-DD HH:MM:SS"
    std::string path;      // the file as resolved at import time
    uint64_t fileSize = 0;
    std::string fileHash;  // 16 hex digits (workspace/file_hash.h)
    size_t rows = 0;
    ImportReport report;
    std::vector<std::string> drift; // warnings against the previous import of this dataset
};

struct WorkspaceInfo {
    std::filesystem::path file;
    int schemaVersion = 0;
    std::string graphText;          // the graph's JSON as saved
    std::filesystem::path baseDir;  // the graph's folder: dataset paths are relative to it
    ImportRecord customers;
    std::optional<ImportRecord> events;
    std::optional<std::filesystem::path> migratedBackup; // set when opening migrated the file
};

// True when the file starts with SQLite's header (a workspace or another SQLite file): the CLI
// and the editor take such a file as a workspace, anything else as a graph.
bool looksLikeWorkspace(const std::filesystem::path& file);

// Checks and opens (migrating an older schema after keeping a backup copy). Throws seg::Error.
WorkspaceInfo openWorkspace(const std::filesystem::path& file, const WorkspaceOpenOptions& options = {});

// The datasets as they were saved, decoded on up to `threads` threads (0: all cores).
Dataset loadWorkspaceData(const WorkspaceInfo& info, int threads = 0);

// Settings (alert thresholds ...): the stored values over the defaults (docs/workspace.md).
Json workspaceSettings(const std::filesystem::path& file);
void setWorkspaceSetting(const std::filesystem::path& file, const std::string& key, const Json& value);
Json defaultWorkspaceSettings();

struct WorkspaceSave {
    std::string graphText;
    std::filesystem::path baseDir;
    const Dataset* data = nullptr;
    // The data was (re)imported from its files (a new import record, compared with the last one
    // for drift). False: the data is the one already in `keepHistoryFrom` (graph edits only).
    bool newImport = true;
    std::string customersPath, eventsPath; // resolved files, for the fingerprint (new imports)
    // An existing workspace whose imports, runs and settings are carried over.
    std::optional<std::filesystem::path> keepHistoryFrom;
};

struct WorkspaceSaveResult {
    int64_t customersImport = 0;
    std::optional<int64_t> eventsImport;
    std::vector<std::string> drift; // "customers: ..." / "events: ..." warnings of a new import
};

// Writes the whole workspace through the temporary-file path described above.
WorkspaceSaveResult saveWorkspace(const std::filesystem::path& target, const WorkspaceSave& save);

// Drift of a new import against the previous one of the same dataset (thresholds from the
// settings): a column whose type changed, that appeared or disappeared, a NULL share up by more
// than drift_null_share_points, a string column's distinct count changed by more than
// drift_distinct_percent, rows down by more than drift_rows_drop_percent, rejected rows or
// duplicate keys up.
std::vector<std::string> importDrift(const ImportReport& previous, const ImportReport& current, const Json& settings);

} // namespace seg
