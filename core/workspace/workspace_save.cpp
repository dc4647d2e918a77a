// Writing a whole workspace: a temporary file in the target's folder, filled in one transaction,
// fsynced, renamed over the target, and the folder fsynced.
#include "workspace/file_hash.h"
#include "workspace/schema.h"
#include "workspace/workspace_internal.h"

#include "export/atomic_text_file.h"
#include "util/error.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace seg {

namespace fs = std::filesystem;

namespace {

void syncOrThrow(const fs::path& path, bool directory)
{
    const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        const std::string reason = std::strerror(errno);
        if (fd >= 0)
            ::close(fd);
        if (!directory) // some file systems refuse fsync on folders; the file itself must be durable
            throw Error("cannot write workspace " + path.string() + ": " + reason);
        return;
    }
    ::close(fd);
}

// The temporary file, removed unless released. It is named and locked as AtomicTextFile's
// are, so the leftover of a save that was killed is removed by the next write to the folder
// (the lock is an flock on our descriptor; SQLite's own locks on its descriptor are fcntl
// locks and do not meet it).
class TempFile {
public:
    explicit TempFile(const fs::path& target) : lock_(AtomicTextFile::openTemporary(target, path_))
    {
        (void)::fchmod(fileno(lock_), 0600); // a workspace holds the customers' data: owner only
    }
    ~TempFile()
    {
        if (lock_)
            std::fclose(lock_);
        if (!path_.empty()) {
            std::error_code ec;
            fs::remove(path_, ec);
        }
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const fs::path& path() const { return path_; }
    void release() { path_.clear(); }

private:
    fs::path path_;
    std::FILE* lock_ = nullptr;
};

int64_t nextImportId(ws::Db& db)
{
    return db.scalar("SELECT COALESCE(MAX(id), 0) + 1 FROM imports").value_or(1);
}

std::optional<ImportReport> previousReport(ws::Db& db, const std::string& dataset)
{
    ws::Stmt s(db, "SELECT report FROM imports WHERE dataset = ? ORDER BY id DESC LIMIT 1");
    s.bind(1, dataset);
    if (!s.step())
        return std::nullopt;
    return ws::reportFromJson(Json::parse(s.text(0)));
}

int64_t recordImport(ws::Db& db, const std::string& dataset, const std::string& file, const ImportReport& report,
                     const Json& settings, std::vector<std::string>& driftOut)
{
    std::vector<std::string> drift;
    if (const auto previous = previousReport(db, dataset))
        drift = importDrift(*previous, report, settings);
    for (const std::string& d : drift)
        driftOut.push_back(dataset + ": " + d);
    std::error_code ec;
    const uintmax_t size = fs::file_size(file, ec);
    const int64_t id = nextImportId(db);
    ws::Stmt s(db, "INSERT INTO imports(id, dataset, at, path, file_size, file_hash, rows, report, drift) "
                   "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, id).bind(2, dataset).bind(3, ws::utcNow()).bind(4, file);
    s.bind(5, static_cast<int64_t>(ec ? 0 : size)).bind(6, ws::fileHash(file));
    s.bind(7, static_cast<int64_t>(report.rows)).bind(8, importReportToJson(report).dump());
    s.bind(9, Json(drift).dump()).run();
    return id;
}

void copyHistory(ws::Db& db)
{
    db.exec("INSERT INTO settings SELECT * FROM old.settings");
    db.exec("INSERT INTO imports SELECT * FROM old.imports");
    db.exec("INSERT INTO graphs SELECT * FROM old.graphs");
    db.exec("INSERT INTO runs SELECT * FROM old.runs");
    db.exec("INSERT INTO run_segments SELECT * FROM old.run_segments");
    db.exec("INSERT INTO run_nodes SELECT * FROM old.run_nodes");
    // Key columns of earlier imports (what diff needs to name the members of their runs).
    db.exec("INSERT INTO datasets SELECT * FROM old.datasets WHERE name LIKE 'keys/%'");
    db.exec("INSERT INTO columns SELECT * FROM old.columns WHERE dataset LIKE 'keys/%'");
    db.exec("INSERT INTO chunks(dataset, position, part, chunk, data) "
            "SELECT dataset, position, part, chunk, data FROM old.chunks WHERE dataset LIKE 'keys/%' ORDER BY id");
}

// The customer keys of the import being replaced, kept when a run of the history refers to it.
void keepReplacedKeys(ws::Db& db)
{
    ws::Stmt s(db, "SELECT import_id, key_column FROM old.datasets WHERE name = 'customers'");
    if (!s.step() || s.isNull(0))
        return;
    const int64_t importId = s.integer(0), keyColumn = s.integer(1);
    ws::Stmt used(db, "SELECT 1 FROM runs WHERE customers_import = ? LIMIT 1");
    used.bind(1, importId);
    if (!used.step())
        return;
    const std::string name = "keys/" + std::to_string(importId);
    ws::Stmt d(db, "INSERT OR IGNORE INTO datasets SELECT ?, import_id, rows, 0, -1, -1 FROM old.datasets WHERE name = 'customers'");
    d.bind(1, name).run();
    ws::Stmt c(db, "INSERT OR IGNORE INTO columns SELECT ?, 0, name, type, nulls, dict_entries, dict_bytes "
                   "FROM old.columns WHERE dataset = 'customers' AND position = ?");
    c.bind(1, name).bind(2, keyColumn).run();
    ws::Stmt k(db, "INSERT OR IGNORE INTO chunks(dataset, position, part, chunk, data) SELECT ?, 0, part, chunk, data "
                   "FROM old.chunks WHERE dataset = 'customers' AND position = ? ORDER BY id");
    k.bind(1, name).bind(2, keyColumn).run();
}

void copyCurrentData(ws::Db& db)
{
    const char* const current = "('customers', 'events', 'events.counts')";
    db.exec(std::string("INSERT INTO datasets SELECT * FROM old.datasets WHERE name IN ") + current);
    db.exec(std::string("INSERT INTO columns SELECT * FROM old.columns WHERE dataset IN ") + current);
    db.exec(std::string("INSERT INTO chunks(dataset, position, part, chunk, data) SELECT dataset, position, part, "
                        "chunk, data FROM old.chunks WHERE dataset IN ") + current + " ORDER BY id");
}

Table eventCounts(const EventTable& events)
{
    std::vector<int64_t> counts(events.offsets.size() - 1);
    for (size_t i = 0; i < counts.size(); ++i)
        counts[i] = static_cast<int64_t>(events.offsets[i + 1] - events.offsets[i]);
    Table t;
    t.rows = counts.size();
    t.columns.push_back(Column::fromInts("count", DataType::Int, std::move(counts), Bitset(t.rows, true)));
    return t;
}

} // namespace

WorkspaceSaveResult saveWorkspace(const fs::path& targetIn, const WorkspaceSave& save)
{
    const fs::path target = fs::absolute(targetIn);
    if (save.newImport && !save.data)
        throw Error("saving workspace " + target.string() + ": no data to save");
    if (!save.newImport && !save.keepHistoryFrom)
        throw Error("saving workspace " + target.string() + ": no data to keep");
    if (save.keepHistoryFrom)
        openWorkspace(*save.keepHistoryFrom); // refuses a damaged, locked or newer file before anything is written

    TempFile temp(target);
    WorkspaceSaveResult result;
    {
        ws::Db db(temp.path(), ws::Db::Mode::ReadWrite);
        // Large pages: the column chunks are megabytes, so fewer overflow pages to chain.
        db.exec("PRAGMA page_size = 65536");
        db.exec("PRAGMA journal_mode = OFF"); // the temporary file is the journal: it replaces the target whole
        db.exec("PRAGMA synchronous = OFF");  // fsynced once, below
        db.exec("PRAGMA application_id = " + std::to_string(kWorkspaceApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(kWorkspaceSchemaVersion));
        ws::Transaction txn(db);
        db.exec(ws::kSchemaV1);
        ws::Stmt meta(db, "INSERT INTO meta(key, value) VALUES(?, ?)");
        meta.bind(1, std::string("format")).bind(2, std::string("segment-studio/workspace")).run();
        meta.bind(1, std::string("schema_version")).bind(2, std::to_string(kWorkspaceSchemaVersion)).run();
        meta.bind(1, std::string("saved_at")).bind(2, ws::utcNow()).run();
        ws::Stmt graph(db, "INSERT INTO graph(id, json, base_dir, saved_at) VALUES(1, ?, ?, ?)");
        graph.bind(1, save.graphText).bind(2, fs::absolute(save.baseDir).lexically_normal().string());
        graph.bind(3, ws::utcNow()).run();

        if (save.keepHistoryFrom) {
            ws::Stmt attach(db, "ATTACH DATABASE ? AS old");
            attach.bind(1, save.keepHistoryFrom->string()).run();
            copyHistory(db);
        }
        Json settings = defaultWorkspaceSettings();
        {
            ws::Stmt s(db, "SELECT key, value FROM settings");
            while (s.step())
                settings[s.text(0)] = Json::parse(s.text(1), nullptr, false);
        }
        if (save.newImport) {
            const Dataset& data = *save.data;
            result.customersImport =
                recordImport(db, "customers", save.customersPath, data.customersReport, settings, result.drift);
            if (data.events && data.eventsReport)
                result.eventsImport = recordImport(db, "events", save.eventsPath, *data.eventsReport, settings, result.drift);
            if (save.keepHistoryFrom)
                keepReplacedKeys(db);
            ws::writeTable(db, "customers", data.customers.table, result.customersImport, data.customers.keyColumn, -1, -1);
            if (data.events) {
                ws::writeTable(db, "events", data.events->table, result.eventsImport, data.events->keyColumn,
                               data.events->timeColumn, data.events->typeColumn);
                ws::writeTable(db, "events.counts", eventCounts(*data.events), std::nullopt, -1, -1, -1);
            }
        } else {
            copyCurrentData(db);
            result.customersImport = db.scalar("SELECT import_id FROM datasets WHERE name = 'customers'").value_or(0);
            result.eventsImport = db.scalar("SELECT import_id FROM datasets WHERE name = 'events'");
        }
        txn.commit();
        if (save.keepHistoryFrom)
            db.exec("DETACH DATABASE old");
    }
    syncOrThrow(temp.path(), false);
    std::error_code ec;
    fs::rename(temp.path(), target, ec);
    if (ec)
        throw Error("cannot write workspace " + target.string() + ": " + ec.message());
    temp.release();
    syncOrThrow(target.parent_path(), true);
    return result;
}

} // namespace seg
