// Crash recovery (issue 16), with the real main window in a helper process (recovery_helper)
// that the test kills with SIGKILL: while it saves the project and autosaves, every file is
// always a complete version (the old or the new one); an instance that crashed is offered at
// the next start with its file name and time and restores exactly what it had; a live
// instance's entry is never offered or touched; a clean exit and a save remove the entry.
#include "document/document.h"
#include "document/graph_settings.h"
#include "graph/graph_io.h"
#include "mainwindow/main_window.h"
#include "session/data_session.h"
#include "workspace/workspace.h"
#include "recovery/crash_recovery.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <random>

using namespace seg;
using namespace seg::ui;

namespace {

constexpr int kNodes = 400; // ~60 KB of JSON: a kill often lands inside a write

QString graphText(int version)
{
    QString nodes;
    for (int i = 1; i <= kNodes; ++i)
        nodes += QStringLiteral(R"(  {"id": "c%1", "type": "condition", "field": "spend", "op": "ge", "value": %1},
)").arg(i);
    return QStringLiteral(R"({"format": "segment-studio/graph", "format_version": 1, "name": "version %1",
 "datasets": {"customers": {"path": "customers.csv", "key": "id"}},
 "nodes": [
%2  {"id": "s1", "type": "segment", "name": "Big", "input": "c1"}
 ]}
)").arg(version).arg(nodes);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A project folder with data and the project at version 0; `nodes` the reference node list.
struct Project {
    QTemporaryDir dir;
    QString file = dir.filePath("campaign.segment.json");
    QString recovery = dir.filePath("recovery");
    Json nodes;
    Project()
    {
        writeFile(dir.filePath("customers.csv"), "id,spend\n1,10\n2,500\n");
        // Version 0 as the app writes it, so every check below can ask for the writer's bytes.
        const GraphLoadResult base = parseGraph(graphText(0).toStdString(), "base", dir.path().toStdString());
        if (!base.ok())
            qFatal("the test graph does not load");
        saveGraphFile(*base.graph, file.toStdString());
        nodes = Json::parse(readFile(file).toStdString())["nodes"];
    }
};

// The version a file holds, after checking that it is whole: the exact bytes the writer
// makes of its own JSON, a graph that loads without a problem, all nodes. -1 when not.
int checkedVersion(const QString& path, const Json& nodes, QString* why)
{
    const QByteArray bytes = readFile(path);
    Json j;
    try {
        j = Json::parse(bytes.toStdString());
    } catch (const std::exception& e) {
        *why = path + ": not JSON (" + e.what() + "), " + QString::number(bytes.size()) + " bytes";
        return -1;
    }
    if (QByteArray::fromStdString(j.dump(2) + "\n") != bytes) {
        *why = path + ": not the writer's text";
        return -1;
    }
    const GraphLoadResult loaded = parseGraph(bytes.toStdString(), path.toStdString(), {});
    if (!loaded.ok() || j["nodes"] != nodes) {
        *why = path + ": not a complete project";
        return -1;
    }
    return std::stoi(j["name"].get<std::string>().substr(8));
}

QStringList entries(const QString& folder, const QString& pattern)
{
    return QDir(folder).entryList({pattern}, QDir::Files | QDir::Hidden, QDir::Name);
}

// Starts the helper and waits for its first line; returns the lines read so far. Each helper
// gets settings of its own: a process killed inside QSettings' write leaves its lock file, and
// the next one would wait for it to go stale (and the user's own settings stay untouched).
QStringList startHelper(QProcess& p, const QStringList& args)
{
    static QTemporaryDir settings;
    static int started = 0;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("XDG_CONFIG_HOME", settings.filePath(QString::number(++started)));
    p.setProcessEnvironment(environment);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(SEG_RECOVERY_HELPER, args);
    QStringList lines;
    while (lines.isEmpty() && p.waitForReadyRead(20000))
        while (p.canReadLine())
            lines << QString::fromUtf8(p.readLine()).trimmed();
    return lines;
}

void kill9(QProcess& p)
{
    ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
    p.waitForFinished();
}

} // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killDuringSavesAndAutosavesLeavesOldOrNewVersions();
    void restoreOffersTheCrashedProjectWithItsFileAndTime();
    void newProjectsAreRecoveredNewestFirst();
    void cleanExitRemovesTheEntry();
    void savingRemovesTheEntry();
    void restoreOfAProjectOpenedFromAWorkspaceUsesItsStoredData();
};

void TestCrashRecovery::killDuringSavesAndAutosavesLeavesOldOrNewVersions()
{
    Project project;
    std::mt19937 random(16);
    int leftovers = 0, rounds = 25;
    for (int round = 0; round < rounds; ++round) {
        QProcess helper;
        QStringList lines = startHelper(helper, {"churn", project.file, project.recovery});
        QVERIFY2(!lines.isEmpty(), "the helper printed nothing");
        QTest::qWait(static_cast<int>(random() % 60));
        kill9(helper);
        lines += QString::fromUtf8(helper.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        bool ok = false;
        const int last = lines.last().toInt(&ok); // the last version whose save finished
        QVERIFY2(ok, qPrintable(lines.join(" | ")));
        QString why;
        const int saved = checkedVersion(project.file, project.nodes, &why);
        QVERIFY2(saved == last || saved == last + 1, qPrintable(QStringLiteral("round %1: project holds %2 after %3 %4")
                                                                  .arg(round).arg(saved).arg(last).arg(why)));
        for (const QString& name : entries(project.recovery, "*.segment.json")) {
            const int version = checkedVersion(project.recovery + "/" + name, project.nodes, &why);
            QVERIFY2(version >= 1 && version <= last + 1, qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));
        }
        leftovers += static_cast<int>(entries(project.dir.path(), "*.tmp-*").size() + entries(project.recovery, "*.tmp-*").size());
    }
    qInfo("%d kills left %d temporary files behind", rounds, leftovers);
    // The next writes into both folders remove what the killed ones left.
    QProcess clean;
    startHelper(clean, {"clean", project.file, project.recovery});
    QVERIFY(clean.waitForFinished(20000));
    QCOMPARE(clean.exitCode(), 0);
    QCOMPARE(entries(project.dir.path(), "*.tmp-*"), QStringList());
    QCOMPARE(entries(project.recovery, "*.tmp-*"), QStringList());
}

void TestCrashRecovery::restoreOffersTheCrashedProjectWithItsFileAndTime()
{
    Project project, other;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QProcess crashed, alive;
    QCOMPARE(startHelper(crashed, {"crash", project.file, project.recovery, "7"}), QStringList{"ready"});
    kill9(crashed);
    QCOMPARE(startHelper(alive, {"crash", other.file, project.recovery, "9"}), QStringList{"ready"});
    const QStringList aliveEntry = entries(project.recovery, QString::number(alive.processId()) + "-*.segment.json");
    QCOMPARE(aliveEntry.size(), 1);
    const QByteArray aliveBytes = readFile(project.recovery + "/" + aliveEntry.first());

    MainWindow window;
    window.setInteractive(false);
    CrashRecovery recovery(&window, project.recovery);
    QList<RecoveryEntry> asked;
    QStringList questions;
    recovery.setChooser([&](const RecoveryEntry& entry, const QString& question) {
        asked << entry;
        questions << question;
        return RecoveryChoice::Restore;
    });
    QVERIFY(recovery.offerRestore());

    QCOMPARE(asked.size(), 1); // the living instance's entry is not offered
    QCOMPARE(asked[0].originalPath, project.file);
    QVERIFY(asked[0].savedAt >= before && asked[0].savedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY2(questions[0].contains("campaign.segment.json"), qPrintable(questions[0]));
    QVERIFY2(questions[0].contains(QLocale().toString(asked[0].savedAt.toLocalTime(), QLocale::ShortFormat)),
             qPrintable(questions[0]));

    Document& doc = *window.document();
    QCOMPARE(doc.graph().name, std::string("version 7"));
    QCOMPARE(doc.filePath(), project.file);
    QVERIFY(doc.isModified());
    QString why;
    QCOMPARE(checkedVersion(project.file, project.nodes, &why), 0); // the user's file untouched
    // The orphan is gone, the living instance's entry is as it was, ours holds the restored work.
    QCOMPARE(entries(project.recovery, QString::number(crashed.processId()) + "-*"), QStringList());
    QCOMPARE(readFile(project.recovery + "/" + aliveEntry.first()), aliveBytes);
    QCOMPARE(checkedVersion(recovery.store()->ownFile(), project.nodes, &why), 7);

    // Saving writes the restored work to the original file, with its dataset path relative again.
    QVERIFY(window.saveTo(doc.filePath()));
    QCOMPARE(checkedVersion(project.file, project.nodes, &why), 7);
    QCOMPARE(Json::parse(readFile(project.file).toStdString())["datasets"]["customers"]["path"], Json("customers.csv"));
    kill9(alive);
}

void TestCrashRecovery::newProjectsAreRecoveredNewestFirst()
{
    Project project;
    QProcess first, second, third;
    QCOMPARE(startHelper(first, {"crash", "-", project.recovery, "3"}), QStringList{"ready"});
    kill9(first);
    QTest::qWait(20); // distinct times
    QCOMPARE(startHelper(second, {"crash", "-", project.recovery, "5"}), QStringList{"ready"});
    kill9(second);

    MainWindow window;
    window.setInteractive(false);
    {
        CrashRecovery later(&window, project.recovery);
        later.setChooser([](const RecoveryEntry&, const QString&) { return RecoveryChoice::Later; });
        QVERIFY(!later.offerRestore());
    }
    QCOMPARE(entries(project.recovery, "*.segment.json").size(), 2); // "Not now" keeps both

    CrashRecovery recovery(&window, project.recovery);
    QStringList names, questions;
    recovery.setChooser([&](const RecoveryEntry& entry, const QString& question) {
        names << entry.projectName;
        questions << question;
        return names.size() == 1 ? RecoveryChoice::Discard : RecoveryChoice::Restore;
    });
    QVERIFY(recovery.offerRestore());
    QCOMPARE(names, (QStringList{"version 5", "version 3"}));
    QVERIFY2(questions[0].contains(CrashRecovery::tr("a new project that was never saved")), qPrintable(questions[0]));
    QCOMPARE(window.document()->graph().name, std::string("version 3"));
    QCOMPARE(window.document()->filePath(), QString());
    QVERIFY(window.document()->isModified());
    QCOMPARE(entries(project.recovery, "*.segment.json"), QStringList{QFileInfo(recovery.store()->ownFile()).fileName()});
}

void TestCrashRecovery::cleanExitRemovesTheEntry()
{
    Project project;
    QProcess helper;
    const QStringList lines = startHelper(helper, {"clean", project.file, project.recovery});
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines[0].startsWith("entry ") && lines[0].endsWith(" written"), qPrintable(lines[0]));
    QVERIFY(helper.waitForFinished(20000));
    QCOMPARE(helper.exitCode(), 0);
    QCOMPARE(entries(project.recovery, "*"), QStringList()); // neither entry nor lock
}

void TestCrashRecovery::savingRemovesTheEntry()
{
    Project project;
    MainWindow window;
    window.setInteractive(false);
    QVERIFY(window.openFile(project.file, true));
    CrashRecovery recovery(&window, project.recovery);
    Document& doc = *window.document();
    GraphSettings settings = GraphSettings::of(doc.graph());
    settings.name = "version 4";
    doc.changeSettings(settings, "rename");
    recovery.autosaver()->saveNow();
    recovery.autosaver()->waitForWrites();
    QString why;
    QCOMPARE(checkedVersion(recovery.store()->ownFile(), project.nodes, &why), 4);
    QCOMPARE(checkedVersion(project.file, project.nodes, &why), 0); // never over the user's file
    QVERIFY(window.saveTo(project.file));
    recovery.autosaver()->saveNow();
    recovery.autosaver()->waitForWrites();
    QVERIFY(!QFile::exists(recovery.store()->ownFile()));
}

// Issue 15: a project opened from a .segstudio workspace crashes; the restore reopens it as that
// workspace, its data from what the workspace keeps (the CSV is gone by then), and Save writes
// the restored graph into the workspace with its history and import kept.
void TestCrashRecovery::restoreOfAProjectOpenedFromAWorkspaceUsesItsStoredData()
{
    Project project;
    const QString workspace = QFileInfo(project.dir.filePath("campaign.segstudio")).absoluteFilePath();
    {
        const std::filesystem::path dir = project.dir.path().toStdString();
        const GraphLoadResult base = parseGraph(graphText(0).toStdString(), "base", dir);
        QVERIFY(base.ok());
        const Dataset data = loadDataset(base.graph->customers, dir / "customers.csv", std::nullopt, std::nullopt);
        WorkspaceSave save;
        save.graphText = graphText(0).toStdString();
        save.baseDir = dir;
        save.data = &data;
        save.customersPath = (dir / "customers.csv").string();
        saveWorkspace(workspace.toStdString(), save);
    }
    QProcess crashed;
    QCOMPARE(startHelper(crashed, {"crash", workspace, project.recovery, "7"}), QStringList{"ready"});
    kill9(crashed);
    QVERIFY(QFile::remove(project.dir.filePath("customers.csv"))); // only the workspace has the data now

    MainWindow window;
    window.setInteractive(false);
    CrashRecovery recovery(&window, project.recovery);
    recovery.setChooser([](const RecoveryEntry&, const QString&) { return RecoveryChoice::Restore; });
    QVERIFY(recovery.offerRestore());
    Document& doc = *window.document();
    QCOMPARE(doc.graph().name, std::string("version 7"));
    QCOMPARE(doc.filePath(), workspace);
    QCOMPARE(window.workspacePath(), workspace);
    window.dataSession()->waitForImport();
    QVERIFY2(window.dataSession()->dataset(), qPrintable(window.lastMessage()));
    QCOMPARE(window.dataSession()->dataset()->customers.rows(), size_t(2));

    QSignalSpy saved(&window, &MainWindow::workspaceSaved);
    QVERIFY(window.save());
    QVERIFY(saved.wait(30000));
    QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
    const WorkspaceInfo info = openWorkspace(workspace.toStdString());
    QCOMPARE(Json::parse(info.graphText)["name"], Json("version 7"));
    QCOMPARE(info.customers.id, int64_t(1)); // the stored data written back, not a new import
    QVERIFY(!doc.isModified());
}

QTEST_MAIN(TestCrashRecovery)
#include "test_crash_recovery.moc"
