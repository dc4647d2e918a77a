// The workspace file: round trips against the CSV import, and every way an unusable file is
// refused without being changed (docs/workspace.md).
#include "workspace_test_util.h"

#include "exec/runner.h"
#include "util/error.h"
#include "workspace/sqlite_db.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sqlite3.h>

using namespace seg;
namespace fs = std::filesystem;

namespace {

// The message of the seg::Error that f throws, or "" when it throws none.
template <class F> std::string errorOf(F&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

void sql(const fs::path& file, const std::string& statement)
{
    ws::Db db(file, ws::Db::Mode::Create);
    db.exec(statement);
}

size_t filesIn(const fs::path& dir)
{
    size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir))
        ++n;
    return n;
}

// A synthetic upgrade path for the migration test: "version 0" lacked the settings table.
void addSettingsTable(ws::Db& db)
{
    db.exec("CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    db.exec("INSERT INTO settings VALUES('migrated_from_0', '\"yes\"')"); // values are JSON
}
constexpr WorkspaceMigration kTestSteps[] = {{0, &addSettingsTable}};

} // namespace

class WorkspaceFileTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    test::Project project_;
    fs::path saved_; // a workspace of project_, made once

    fs::path copyOfSaved(const std::string& name)
    {
        const fs::path p = fs::path(tmp_.path().toStdString()) / name;
        fs::copy_file(saved_, p, fs::copy_options::overwrite_existing);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        const fs::path dir = fs::path(tmp_.path().toStdString()) / "project";
        project_ = test::makeProject(dir, 3000, 20000);
        QVERIFY(project_.data.events.has_value());
        saved_ = fs::path(tmp_.path().toStdString()) / "demo.segstudio";
        WorkspaceSave save;
        save.graphText = project_.graphText;
        save.baseDir = project_.dir;
        save.data = &project_.data;
        save.customersPath = (project_.dir / "customers.csv").string();
        save.eventsPath = (project_.dir / "events.csv").string();
        saveWorkspace(saved_, save);
    }

    void reopenedDatasetsEqualTheCsvImport()
    {
        const WorkspaceInfo info = openWorkspace(saved_);
        QCOMPARE(info.schemaVersion, kWorkspaceSchemaVersion);
        QCOMPARE(info.graphText, project_.graphText); // the graph's JSON unchanged
        QCOMPARE(info.baseDir, fs::absolute(project_.dir).lexically_normal());
        QCOMPARE(info.customers.rows, project_.data.customers.rows());
        QCOMPARE(info.customers.fileSize, fs::file_size(project_.dir / "customers.csv"));
        QCOMPARE(info.customers.fileHash.size(), size_t{16});
        QVERIFY(info.events.has_value());
        for (const int threads : {1, 3}) {
            const Dataset back = loadWorkspaceData(info, threads);
            const std::string difference = test::compareDatasets(project_.data, back);
            QVERIFY2(difference.empty(), difference.c_str());
        }
    }

    void reopenedWorkspaceRunsLikeTheCsvImport()
    {
        const Dataset back = loadWorkspaceData(openWorkspace(saved_));
        const RunResult a = runGraph(project_.graph, project_.data, RunOptions{});
        const RunResult b = runGraph(project_.graph, back, RunOptions{});
        QCOMPARE(a.segments.size(), b.segments.size());
        QVERIFY(!a.segments.empty());
        for (size_t i = 0; i < a.segments.size(); ++i) {
            QCOMPARE(a.segments[i].size, b.segments[i].size);
            QVERIFY(*a.members(a.segments[i].id) == *b.members(b.segments[i].id));
        }
    }

    void savingLeavesNoTemporaryFileAndReplacesAsAWhole()
    {
        const fs::path dir = fs::path(tmp_.path().toStdString()) / "replace";
        fs::create_directories(dir);
        const fs::path file = dir / "w.segstudio";
        WorkspaceSave save;
        save.graphText = project_.graphText;
        save.baseDir = project_.dir;
        save.data = &project_.data;
        save.customersPath = (project_.dir / "customers.csv").string();
        save.eventsPath = (project_.dir / "events.csv").string();
        saveWorkspace(file, save);
        save.graphText = R"({"format": "segment-studio/graph", "format_version": 1, "changed": true})";
        save.newImport = false;
        save.keepHistoryFrom = file;
        saveWorkspace(file, save); // graph-only save over itself, data carried over
        QCOMPARE(filesIn(dir), size_t{1});
        const WorkspaceInfo info = openWorkspace(file);
        QCOMPARE(info.graphText, save.graphText);
        const std::string difference = test::compareDatasets(project_.data, loadWorkspaceData(info));
        QVERIFY2(difference.empty(), difference.c_str());
    }

    // Issue 16 finding 8 for workspaces: the temporary file of a save that was killed
    // ("<file>.tmp-<12>", nobody holding its lock) is removed by the next save to the folder;
    // the saved workspace is for its owner only.
    void finding8_aKilledSavesLeftoverIsRemovedByTheNextSave()
    {
        const fs::path dir = fs::path(tmp_.path().toStdString()) / "leftover";
        fs::create_directories(dir);
        const fs::path file = dir / "w.segstudio";
        const fs::path leftover = dir / "w.segstudio.tmp-0123456789ab";
        test::writeBytes(leftover, std::string(4096, 'x'));
        QVERIFY(fs::exists(leftover));
        WorkspaceSave save;
        save.graphText = project_.graphText;
        save.baseDir = project_.dir;
        save.data = &project_.data;
        save.customersPath = (project_.dir / "customers.csv").string();
        save.eventsPath = (project_.dir / "events.csv").string();
        saveWorkspace(file, save);
        QVERIFY(!fs::exists(leftover));
        QCOMPARE(filesIn(dir), size_t{1});
        QCOMPARE(fs::status(file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    }

    void newerSchemaIsRefusedNamingTheVersion()
    {
        const fs::path file = copyOfSaved("newer.segstudio");
        sql(file, "UPDATE meta SET value = '2' WHERE key = 'schema_version'");
        const std::string before = test::readBytes(file);
        const std::string message = errorOf([&] { openWorkspace(file); });
        QVERIFY2(message.find("schema version 2") != std::string::npos, message.c_str());
        QVERIFY2(message.find("reads versions up to 1") != std::string::npos, message.c_str());
        QCOMPARE(test::readBytes(file), before);
    }

    void olderSchemaIsMigratedAfterABackup()
    {
        const fs::path file = copyOfSaved("old.segstudio");
        sql(file, "DROP TABLE settings");
        sql(file, "UPDATE meta SET value = '0' WHERE key = 'schema_version'");
        const std::string before = test::readBytes(file);

        // This program has no step from version 0: refused, nothing written, no backup.
        const std::string message = errorOf([&] { openWorkspace(file); });
        QVERIFY2(message.find("no step from version 0") != std::string::npos, message.c_str());
        QCOMPARE(test::readBytes(file), before);
        QVERIFY(!fs::exists(file.string() + ".v0.bak"));

        // With an upgrade path (the synthetic version 0 -> 1 step): backup first, then upgraded.
        WorkspaceOpenOptions options;
        options.migrations = kTestSteps;
        const WorkspaceInfo info = openWorkspace(file, options);
        QCOMPARE(info.schemaVersion, 1);
        QVERIFY(info.migratedBackup.has_value());
        QCOMPARE(info.migratedBackup->string(), file.string() + ".v0.bak");
        QCOMPARE(test::readBytes(*info.migratedBackup), before);
        QCOMPARE(workspaceSettings(file).value("migrated_from_0", std::string()), std::string("yes"));
        QCOMPARE(openWorkspace(file).schemaVersion, 1); // a second open finds nothing to do
        const std::string difference = test::compareDatasets(project_.data, loadWorkspaceData(info));
        QVERIFY2(difference.empty(), difference.c_str());
    }

    void truncatedFileIsRefused()
    {
        const fs::path file = copyOfSaved("cut.segstudio");
        const std::string whole = test::readBytes(file);
        test::writeBytes(file, whole.substr(0, whole.size() / 2));
        const std::string message = errorOf([&] { openWorkspace(file); });
        QVERIFY2(message.find("is truncated") != std::string::npos, message.c_str());
        QCOMPARE(test::readBytes(file).size(), whole.size() / 2);
    }

    void damagedFileIsRefused()
    {
        const fs::path file = copyOfSaved("damaged.segstudio");
        std::string bytes = test::readBytes(file);
        // Page 1 holds the schema's b-tree right after the 100-byte header.
        for (size_t i = 100; i < 400; ++i)
            bytes[i] = static_cast<char>(0xA5);
        test::writeBytes(file, bytes);
        const std::string message = errorOf([&] { loadWorkspaceData(openWorkspace(file)); });
        QVERIFY2(message.find("damaged") != std::string::npos, message.c_str());
        QCOMPARE(test::readBytes(file), bytes);
    }

    void damagedChunkIsRefused()
    {
        const fs::path file = copyOfSaved("chunk.segstudio");
        sql(file, "UPDATE chunks SET data = substr(data, 1, length(data) - 3) WHERE id = "
                  "(SELECT id FROM chunks WHERE part = 0 ORDER BY id LIMIT 1 OFFSET 4)");
        const std::string message = errorOf([&] { loadWorkspaceData(openWorkspace(file)); });
        QVERIFY2(message.find("damaged") != std::string::npos, message.c_str());
        sql(file, "DELETE FROM chunks WHERE part = 0 AND id = (SELECT MAX(id) FROM chunks WHERE part = 0)");
        const std::string missing = errorOf([&] { loadWorkspaceData(openWorkspace(file)); });
        QVERIFY2(missing.find("missing chunks") != std::string::npos, missing.c_str());
    }

    void lockedFileIsRefused()
    {
        const fs::path file = copyOfSaved("locked.segstudio");
        ws::Db other(file, ws::Db::Mode::ReadWrite);
        other.exec("BEGIN EXCLUSIVE"); // another process in the middle of writing
        WorkspaceOpenOptions options;
        options.busyTimeoutMs = 50;
        const std::string message = errorOf([&] { openWorkspace(file, options); });
        QVERIFY2(message.find("locked by another process") != std::string::npos, message.c_str());
        other.exec("ROLLBACK");
        QCOMPARE(openWorkspace(file, options).schemaVersion, 1);
    }

    void otherFilesAreNotWorkspaces()
    {
        const std::string graph = errorOf([&] { openWorkspace(project_.graphFile); });
        QVERIFY2(graph.find("not a Segment Studio workspace (not an SQLite file") != std::string::npos, graph.c_str());
        QVERIFY(!looksLikeWorkspace(project_.graphFile));
        QVERIFY(looksLikeWorkspace(saved_));

        const fs::path other = fs::path(tmp_.path().toStdString()) / "other.db";
        sql(other, "CREATE TABLE t(x)");
        const std::string message = errorOf([&] { openWorkspace(other); });
        QVERIFY2(message.find("an SQLite database but not a Segment Studio workspace") != std::string::npos,
                 message.c_str());
        const fs::path empty = fs::path(tmp_.path().toStdString()) / "empty.segstudio";
        test::writeBytes(empty, "");
        QVERIFY(errorOf([&] { openWorkspace(empty); }).find("only 0 bytes") != std::string::npos);
        QVERIFY(errorOf([&] { openWorkspace(empty.string() + ".missing"); }).find("does not exist") != std::string::npos);
    }

    void settingsKeepTheirTypes()
    {
        const fs::path file = copyOfSaved("settings.segstudio");
        QCOMPARE(workspaceSettings(file)["alert_change_percent"].get<double>(), 20.0);
        setWorkspaceSetting(file, "alert_change_percent", Json(35));
        QCOMPARE(workspaceSettings(file)["alert_change_percent"].get<double>(), 35.0);
        const std::string message = errorOf([&] { setWorkspaceSetting(file, "alert_window", Json("five")); });
        QVERIFY2(message.find("alert_window") != std::string::npos, message.c_str());
    }
};

QTEST_GUILESS_MAIN(WorkspaceFileTest)
#include "test_workspace_file.moc"
