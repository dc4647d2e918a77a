// Opening a workspace: the checks before anything is read, the version check and the migration
// with its backup copy, and the settings.
#include "workspace/schema.h"
#include "workspace/workspace_internal.h"

#include "util/error.h"

#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace seg {

namespace fs = std::filesystem;

namespace {

constexpr char kSqliteMagic[16] = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};

uint32_t bigEndian32(const unsigned char* p)
{
    return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

// What SQLite's 100-byte header says, checked before SQLite sees the file: SQLite itself opens
// a truncated file without complaint and fails only on the first page that is missing.
void checkHeader(const fs::path& file)
{
    const std::string name = file.string();
    std::error_code ec;
    if (!fs::exists(file, ec))
        throw Error("workspace " + name + " does not exist");
    if (!fs::is_regular_file(file, ec))
        throw Error("workspace " + name + " is not a file");
    const uintmax_t size = fs::file_size(file, ec);
    if (ec)
        throw Error("cannot read workspace " + name + ": " + ec.message());
    unsigned char header[100] = {};
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error("cannot read workspace " + name);
    in.read(reinterpret_cast<char*>(header), sizeof header);
    if (size < sizeof header || std::memcmp(header, kSqliteMagic, sizeof kSqliteMagic) != 0)
        throw Error("workspace " + name + " is not a Segment Studio workspace (not an SQLite file" +
                    std::string(size < sizeof header ? ", only " + std::to_string(size) + " bytes" : "") + ")");
    const uint32_t rawPageSize = (uint32_t{header[16]} << 8) | header[17];
    const uint64_t pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const uint64_t pages = bigEndian32(header + 28);
    if (bigEndian32(header + 68) != kWorkspaceApplicationId)
        throw Error("workspace " + name + " is an SQLite database but not a Segment Studio workspace");
    if (pageSize < 512 || pages == 0)
        throw Error("workspace " + name + " is damaged (its header is not valid). Nothing was changed.");
    if (size < pageSize * pages)
        throw Error("workspace " + name + " is truncated: " + std::to_string(size) + " bytes of " +
                    std::to_string(pageSize * pages) + " (an interrupted copy?). Nothing was changed.");
}

int schemaVersionOf(ws::Db& db)
{
    ws::Stmt s(db, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (!s.step())
        throw Error("workspace " + db.file().string() + " is damaged (it has no schema version). Nothing was changed.");
    const std::string text = s.text(0);
    try {
        return std::stoi(text);
    } catch (const std::exception&) {
        throw Error("workspace " + db.file().string() + " is damaged (schema version '" + text + "'). Nothing was changed.");
    }
}

// "<file>.v<N>.bak", or "<file>.v<N>-2.bak" ... when that exists: an earlier backup is never replaced.
fs::path backupPath(const fs::path& file, int version)
{
    const std::string stem = file.string() + ".v" + std::to_string(version);
    fs::path candidate = stem + ".bak";
    for (int i = 2; fs::exists(candidate); ++i)
        candidate = stem + "-" + std::to_string(i) + ".bak";
    return candidate;
}

void fsyncPath(const fs::path& path, bool directory)
{
    const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

fs::path migrate(const fs::path& file, int from, const WorkspaceOpenOptions& options)
{
    // Every step must be there before anything is written.
    for (int v = from; v < options.currentVersion; ++v) {
        bool found = false;
        for (const WorkspaceMigration& m : options.migrations)
            found |= m.fromVersion == v;
        if (!found)
            throw Error("workspace " + file.string() + " has schema version " + std::to_string(from) +
                        ", which this program cannot upgrade (no step from version " + std::to_string(v) +
                        "). Nothing was changed.");
    }
    const fs::path backup = backupPath(file, from);
    std::error_code ec;
    fs::copy_file(file, backup, fs::copy_options::none, ec);
    if (ec)
        throw Error("cannot keep a backup of workspace " + file.string() + " before upgrading it (" + backup.string() +
                    ": " + ec.message() + "). Nothing was changed.");
    fsyncPath(backup, false);
    fsyncPath(backup.parent_path().empty() ? fs::path(".") : backup.parent_path(), true);

    ws::Db db(file, ws::Db::Mode::ReadWrite, options.busyTimeoutMs);
    ws::Transaction txn(db);
    for (int v = from; v < options.currentVersion; ++v)
        for (const WorkspaceMigration& m : options.migrations)
            if (m.fromVersion == v)
                m.upgrade(db);
    ws::Stmt set(db, "UPDATE meta SET value = ? WHERE key = 'schema_version'");
    set.bind(1, std::to_string(options.currentVersion)).run();
    db.exec("PRAGMA user_version = " + std::to_string(options.currentVersion));
    txn.commit();
    return backup;
}

} // namespace

namespace ws {

std::string utcNow()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M:%S", &tm);
    return buffer;
}

Db openChecked(const fs::path& file, bool write, int busyTimeoutMs)
{
    checkHeader(file);
    return Db(file, write ? Db::Mode::ReadWrite : Db::Mode::ReadOnly, busyTimeoutMs);
}

} // namespace ws

std::span<const WorkspaceMigration> workspaceMigrations()
{
    return {};
}

bool looksLikeWorkspace(const fs::path& file)
{
    char header[16] = {};
    std::ifstream in(file, std::ios::binary);
    return in.read(header, sizeof header) && std::memcmp(header, kSqliteMagic, sizeof header) == 0;
}

WorkspaceInfo openWorkspace(const fs::path& file, const WorkspaceOpenOptions& options)
{
    WorkspaceInfo info;
    info.file = file;
    int version = 0;
    {
        ws::Db db = ws::openChecked(file, false, options.busyTimeoutMs);
        version = schemaVersionOf(db);
    }
    if (version > options.currentVersion)
        throw Error("workspace " + file.string() + " was written by a newer Segment Studio (workspace schema version " +
                    std::to_string(version) + "); this program reads versions up to " +
                    std::to_string(options.currentVersion) + ". Open it with a Segment Studio that reads version " +
                    std::to_string(version) + ". Nothing was changed.");
    if (version < options.currentVersion)
        info.migratedBackup = migrate(file, version, options);
    info.schemaVersion = options.currentVersion;

    ws::Db db = ws::openChecked(file, false, options.busyTimeoutMs);
    {
        ws::Stmt g(db, "SELECT json, base_dir FROM graph WHERE id = 1");
        if (!g.step())
            throw Error("workspace " + file.string() + " is damaged (it holds no graph). Nothing was changed.");
        info.graphText = g.text(0);
        info.baseDir = g.text(1);
    }
    ws::Stmt d(db, "SELECT name, import_id FROM datasets WHERE name IN ('customers', 'events')");
    bool haveCustomers = false;
    while (d.step()) {
        const std::string name = d.text(0);
        ImportRecord record = d.isNull(1) ? ImportRecord{} : ws::readImport(db, d.integer(1));
        record.dataset = name;
        if (name == "customers") {
            info.customers = std::move(record);
            haveCustomers = true;
        } else {
            info.events = std::move(record);
        }
    }
    if (!haveCustomers)
        throw Error("workspace " + file.string() + " is damaged (it holds no customers). Nothing was changed.");
    return info;
}

Json defaultWorkspaceSettings()
{
    return Json{{"alert_change_percent", 20.0},   // a segment that moved more than this against...
                {"alert_window", 5},              // ...the median of this many previous runs
                {"drift_null_share_points", 10.0},
                {"drift_distinct_percent", 50.0},
                {"drift_rows_drop_percent", 20.0},
                {"record_runs", true},
                {"keep_member_sets", true}};
}

Json workspaceSettings(const fs::path& file)
{
    Json settings = defaultWorkspaceSettings();
    ws::Db db = ws::openChecked(file, false);
    ws::Stmt s(db, "SELECT key, value FROM settings ORDER BY key");
    while (s.step()) {
        Json value = Json::parse(s.text(1), nullptr, false);
        if (!value.is_discarded())
            settings[s.text(0)] = std::move(value);
    }
    return settings;
}

void setWorkspaceSetting(const fs::path& file, const std::string& key, const Json& value)
{
    const Json defaults = defaultWorkspaceSettings();
    if (defaults.contains(key) && defaults[key].type() != value.type() &&
        !(defaults[key].is_number() && value.is_number()))
        throw Error("setting '" + key + "' takes a " + std::string(defaults[key].type_name()) + ", not " + value.dump());
    ws::Db db = ws::openChecked(file, true);
    ws::Transaction txn(db);
    ws::Stmt s(db, "INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    s.bind(1, key).bind(2, value.dump()).run();
    txn.commit();
}

} // namespace seg
