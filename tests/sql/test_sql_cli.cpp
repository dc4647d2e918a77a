// segstudio-cli sql / load / run --engine, run as a user would: the remote run on SQLite must
// print the same segment table and write byte-identical exports and the same report segments
// as the in-memory run; usage mistakes exit 2, a bad engine exits 1 with the reason.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest/QtTest>

class SqlCliTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        EXPECT_CLI(runCli({"generate", "--customers", "600", "--events", "3000", "--seed", "11", "--out", dir_.path()}), 0);
        graph_ = dir_.filePath("demo.segment.json");
    }

    void sqlPrintsOneCtePerNode()
    {
        const CliResult r = runCli({"sql", graph_, "--dialect", "sqlite"});
        EXPECT_CLI(r, 0);
        QVERIFY(r.out.contains("WITH\n"));
        QVERIFY(r.out.contains("\"c_big_spender\" AS ( -- Spent 1,000 or more (condition)"));
        QVERIFY(r.out.contains("seg_md5_prefix32("));
        const CliResult pg = runCli({"sql", graph_, "--dialect", "postgres"});
        EXPECT_CLI(pg, 0);
        QVERIFY(pg.out.contains("md5("));
        QVERIFY(pg.out.contains("COLLATE \"C\""));
    }

    void remoteRunMatchesInMemory()
    {
        const QString db = "sqlite:" + dir_.filePath("shop.db");
        const CliResult load = runCli({"load", "--engine", db, graph_});
        EXPECT_CLI(load, 0);
        QVERIFY2(load.out.startsWith("Loaded 600 customers into table customers and "), qPrintable(load.out));
        const CliResult remote =
            runCli({"run", graph_, "--engine", db, "--report", dir_.filePath("remote.json"), "--export", dir_.filePath("remote")});
        EXPECT_CLI(remote, 0);
        const CliResult memory =
            runCli({"run", graph_, "--report", dir_.filePath("memory.json"), "--export", dir_.filePath("memory")});
        EXPECT_CLI(memory, 0);
        // The segment tables (before the timing lines) are identical.
        QCOMPARE(remote.out.section("\n\n", 0, 0), memory.out.section("\n\n", 0, 0));
        QVERIFY(remote.out.contains("Strategy: remote run on sqlite:"));
        const QStringList files = QDir(dir_.filePath("memory")).entryList(QDir::Files);
        QVERIFY(files.size() >= 5);
        QCOMPARE(QDir(dir_.filePath("remote")).entryList(QDir::Files), files);
        for (const QString& f : files)
            QVERIFY2(readFile(dir_.filePath("remote/" + f)) == readFile(dir_.filePath("memory/" + f)), qPrintable(f));
        const QJsonObject a = QJsonDocument::fromJson(readFile(dir_.filePath("remote.json"))).object();
        const QJsonObject b = QJsonDocument::fromJson(readFile(dir_.filePath("memory.json"))).object();
        QCOMPARE(a["segments"].toArray(), b["segments"].toArray());
        QCOMPARE(a["rows"].toInt(), 600);
        QCOMPARE(a["events"].toInt(), b["events"].toInt());
        QCOMPARE(a["nodes"].toArray().size(), b["nodes"].toArray().size());
    }

    void mistakesAreExplained()
    {
        const CliResult noDialect = runCli({"sql", graph_});
        EXPECT_CLI(noDialect, 2);
        QVERIFY(noDialect.err.contains("--dialect sqlite|postgres"));
        EXPECT_CLI(runCli({"sql", graph_, "--dialect", "mysql"}), 2);
        EXPECT_CLI(runCli({"load", graph_}), 2);
        const CliResult threads = runCli({"run", graph_, "--engine", "sqlite:" + dir_.filePath("x.db"), "--threads", "2"});
        EXPECT_CLI(threads, 2);
        QVERIFY(threads.err.contains("do not apply to '--engine' runs"));
        const CliResult bogus = runCli({"run", graph_, "--engine", "oracle://scott:tiger@db/x"});
        EXPECT_CLI(bogus, 1);
        QVERIFY2(bogus.err.contains("unknown engine 'oracle://scott:***@db/x'"), qPrintable(bogus.err));
        QVERIFY(!bogus.err.contains("tiger"));
        const CliResult empty = runCli({"run", graph_, "--engine", "sqlite:" + dir_.filePath("empty.db")});
        EXPECT_CLI(empty, 1);
        QVERIFY2(empty.err.contains("table 'customers' does not exist in sqlite:"), qPrintable(empty.err));
    }

private:
    QTemporaryDir dir_;
    QString graph_;
};

QTEST_GUILESS_MAIN(SqlCliTest)
#include "test_sql_cli.moc"
