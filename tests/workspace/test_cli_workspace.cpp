// segstudio-cli with a workspace where a graph goes, and the workspace, history and diff
// commands. Expected results come from the same CLI on the plain graph and CSV files.
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

namespace {

QJsonObject jsonFile(const QString& path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

std::set<QString> keysInCsv(const QString& path)
{
    std::set<QString> keys;
    const QStringList lines = QString::fromUtf8(readFile(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        keys.insert(lines[i]);
    return keys;
}

std::set<QString> minus(const std::set<QString>& a, const std::set<QString>& b)
{
    std::set<QString> out;
    for (const QString& x : a)
        if (!b.count(x))
            out.insert(x);
    return out;
}

} // namespace

class CliWorkspaceTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    QString dir_, graph_, ws_;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        dir_ = tmp_.path();
        EXPECT_CLI(runCli({"generate", "--customers", "3000", "--events", "20000", "--seed", "5", "--out", dir_ + "/data"}), 0);
        graph_ = dir_ + "/data/demo.segment.json";
        ws_ = dir_ + "/w.segstudio";
        const CliResult saved = runCli({"workspace", "save", graph_, "--out", ws_});
        EXPECT_CLI(saved, 0);
        QVERIFY2(saved.out.contains("3000 customers and 20000 events"), qPrintable(saved.out));
    }

    void workspaceRunsLikeItsGraph()
    {
        EXPECT_CLI(runCli({"run", graph_, "--quiet", "--report", dir_ + "/graph.json"}), 0);
        const CliResult run = runCli({"run", ws_, "--report", dir_ + "/ws.json"});
        EXPECT_CLI(run, 0);
        QVERIFY2(run.out.contains("Recorded as run 1 in"), qPrintable(run.out));
        const QJsonArray a = jsonFile(dir_ + "/graph.json")["segments"].toArray();
        const QJsonArray b = jsonFile(dir_ + "/ws.json")["segments"].toArray();
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        for (const char* command : {"validate", "plan"})
            EXPECT_CLI(runCli({command, ws_}), 0);
        const CliResult sql = runCli({"sql", ws_, "--dialect", "sqlite"});
        EXPECT_CLI(sql, 0);
        QCOMPARE(sql.out, runCli({"sql", graph_, "--dialect", "sqlite"}).out);

        // The history shows the run with the report's sizes and a time per node.
        const CliResult history = runCli({"history", ws_, "--json"});
        EXPECT_CLI(history, 0);
        const QJsonArray runs = QJsonDocument::fromJson(history.out.toUtf8()).array();
        QCOMPARE(runs.size(), 1);
        const QJsonObject first = runs[0].toObject();
        QCOMPARE(first["run"].toInt(), 1);
        QCOMPARE(first["data"]["customers"]["rows"].toInt(), 3000);
        QCOMPARE(first["data"]["customers"]["file_hash"].toString().size(), 16);
        QVERIFY(!first["nodes"].toArray().isEmpty());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(first["segments"][i]["size"].toInt(), a[i]["size"].toInt());
        const CliResult one = runCli({"history", ws_, "--segment", "s_vip"});
        EXPECT_CLI(one, 0);
        QVERIFY2(one.out.contains("VIP early access (s_vip): "), qPrintable(one.out));
        EXPECT_CLI(runCli({"history", ws_, "--segment", "nope"}), 1);
    }

    void diffEqualsTheSetDifferenceOfTwoRuns()
    {
        // Two runs a month apart; their exports are the member lists to compare with.
        EXPECT_CLI(runCli({"run", ws_, "--quiet", "--export", dir_ + "/r2"}), 0);
        const CliResult later = runCli({"run", ws_, "--as-of", "2025-01-31", "--export", dir_ + "/r3"});
        EXPECT_CLI(later, 0); // alerts are warnings: exit 0 without --fail-on-warning
        QVERIFY2(later.out.contains("against the median"), qPrintable(later.out));
        const CliResult diff = runCli({"diff", ws_, "--from", "2", "--to", "last", "--segment", "s_winback", "--export",
                                       dir_ + "/diff"});
        EXPECT_CLI(diff, 0);
        const auto before = keysInCsv(dir_ + "/r2/win-back.csv");
        const auto after = keysInCsv(dir_ + "/r3/win-back.csv");
        QVERIFY(!before.empty());
        QCOMPARE(keysInCsv(dir_ + "/diff/s-winback-entered.csv"), minus(after, before));
        QCOMPARE(keysInCsv(dir_ + "/diff/s-winback-left.csv"), minus(before, after));
        QVERIFY(minus(after, before).size() + minus(before, after).size() > 0);
        QVERIFY2(diff.out.contains(QStringLiteral("%1 entered, %2 left").arg(minus(after, before).size()).arg(minus(before, after).size())),
                 qPrintable(diff.out));
        // "now": the graph run on the workspace's data without recording; at run 3's as-of
        // it is run 3 again, at run 2's as-of it gives run 2 -> 3 in reverse.
        const CliResult same = runCli({"diff", ws_, "--from", "last", "--to", "now", "--as-of", "2025-01-31", "--segment", "s_winback"});
        EXPECT_CLI(same, 0);
        QVERIFY2(same.out.contains("-> now: ") && same.out.contains(" 0 entered, 0 left"), qPrintable(same.out));
        const CliResult back = runCli({"diff", ws_, "--from", "last", "--to", "now", "--segment", "s_winback", "--export", dir_ + "/back"});
        EXPECT_CLI(back, 0);
        QCOMPARE(keysInCsv(dir_ + "/back/s-winback-entered.csv"), minus(before, after));
        QCOMPARE(keysInCsv(dir_ + "/back/s-winback-left.csv"), minus(after, before));
        EXPECT_CLI(runCli({"diff", ws_, "--from", "1", "--to", "now", "--segment", "nope"}), 1);
        EXPECT_CLI(runCli({"diff", ws_, "--from", "1", "--to", "99", "--segment", "s_winback"}), 1);
        EXPECT_CLI(runCli({"diff", ws_, "--from", "x", "--to", "2", "--segment", "s_winback"}), 2);
    }

    void streamRecordsItsFinalSnapshot()
    {
        const QString copy = dir_ + "/stream.segstudio";
        QVERIFY(QFile::copy(ws_, copy));
        writeFile(dir_ + "/none.ndjson", QByteArray());
        const CliResult stream = runCli({"stream", copy, "--from", dir_ + "/none.ndjson", "--notify", dir_ + "/t.ndjson"});
        EXPECT_CLI(stream, 0);
        QVERIFY2(stream.err.contains("recorded the final snapshot as run"), qPrintable(stream.err));
        const QJsonArray runs = QJsonDocument::fromJson(runCli({"history", copy, "--json"}).out.toUtf8()).array();
        const QJsonObject last = runs.last().toObject();
        QCOMPARE(last["source"].toString(), QStringLiteral("stream"));
        // No message came in: the snapshot is the batch run on the same data.
        const QJsonArray batch = runs.first()["segments"].toArray();
        for (qsizetype i = 0; i < batch.size(); ++i)
            QCOMPARE(last["segments"][i]["size"].toInt(), batch[i]["size"].toInt());
    }

    void failOnWarningExitsFour()
    {
        const CliResult moved = runCli({"run", ws_, "--quiet", "--as-of", "2025-03-31", "--fail-on-warning", "--no-history"});
        EXPECT_CLI(moved, 4);
        QVERIFY2(moved.err.contains("exit code 4 (--fail-on-warning)"), qPrintable(moved.err));
        EXPECT_CLI(runCli({"run", graph_, "--quiet", "--no-history"}), 2); // only for workspaces
        EXPECT_CLI(runCli({"run", "--workspace", ws_, "--quiet", "--no-history"}), 0);
        EXPECT_CLI(runCli({"run", "--workspace", ws_, ws_}), 2);
        EXPECT_CLI(runCli({"run", "--workspace", graph_}), 1);
        // Loosen the threshold so only real problems remain; the demo's sizes are within range.
        EXPECT_CLI(runCli({"workspace", "set", ws_, "alert_change_percent", "1000"}), 0);
        EXPECT_CLI(runCli({"run", ws_, "--quiet", "--fail-on-warning"}), 0);
        EXPECT_CLI(runCli({"workspace", "set", ws_, "alert_window", "\"many\""}), 1);
        EXPECT_CLI(runCli({"workspace", "set", ws_, "no_such", "1"}), 2);
    }

    void reloadRecordsDriftAndKeepsHistory()
    {
        const QString copy = dir_ + "/reload.segstudio";
        QVERIFY(QFile::copy(ws_, copy));
        // Half the customers gone from the file.
        const QByteArray csv = readFile(dir_ + "/data/customers.csv");
        qsizetype at = 0;
        for (int line = 0; line < 1501; ++line)
            at = csv.indexOf('\n', at) + 1;
        const QByteArray whole = csv;
        writeFile(dir_ + "/data/customers.csv", csv.left(at));
        const CliResult reload = runCli({"workspace", "reload", copy});
        writeFile(dir_ + "/data/customers.csv", whole);
        EXPECT_CLI(reload, 0);
        QVERIFY2(reload.err.contains("data drift: customers: rows fell from 3000 to 1500 (-50.0 %)"), qPrintable(reload.err));
        const CliResult run = runCli({"run", copy, "--quiet", "--fail-on-warning"});
        EXPECT_CLI(run, 4);
        QVERIFY2(run.err.contains("data drift since the previous import: customers: rows fell"), qPrintable(run.err));
        const CliResult info = runCli({"workspace", "info", copy, "--json"});
        EXPECT_CLI(info, 0);
        const QJsonObject j = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(j["customers"]["rows"].toInt(), 1500);
        QVERIFY(j["runs"].toInt() >= 4); // the earlier runs were carried over
    }

    void graphGoesOutAndComesBackKeepingTheHistory()
    {
        const QString copy = dir_ + "/graph.segstudio";
        QVERIFY(QFile::copy(ws_, copy));
        const QString out = dir_ + "/data/out.segment.json";
        EXPECT_CLI(runCli({"workspace", "graph", copy, "--out", out}), 0);
        QCOMPARE(readFile(out), readFile(graph_)); // the JSON text as saved, unchanged
        const int runsBefore = int(QJsonDocument::fromJson(runCli({"history", copy, "--json"}).out.toUtf8()).array().size());

        // An edited graph (a segment renamed) replaces the stored one; data and history stay.
        QByteArray edited = readFile(out);
        QVERIFY(edited.contains("\"VIP early access\""));
        edited.replace("\"VIP early access\"", "\"VIP (renamed)\"");
        writeFile(out, edited);
        const CliResult replaced = runCli({"workspace", "graph", copy, "--from", out});
        EXPECT_CLI(replaced, 0);
        QVERIFY2(!replaced.err.contains("other data files"), qPrintable(replaced.err));
        EXPECT_CLI(runCli({"run", copy, "--quiet"}), 0);
        const QJsonArray runs = QJsonDocument::fromJson(runCli({"history", copy, "--json"}).out.toUtf8()).array();
        QCOMPARE(runs.size(), runsBefore + 1);
        const QJsonObject last = runs.last().toObject();
        QCOMPARE(last["graph_changes"]["changed"].toArray(), QJsonArray{"s_vip"});
        QCOMPARE(last["segments"][0]["name"].toString(), QStringLiteral("VIP (renamed)"));
        QCOMPARE(last["data"]["customers"]["rows"].toInt(), 3000);
        EXPECT_CLI(runCli({"workspace", "graph", copy}), 2);
        EXPECT_CLI(runCli({"workspace", "graph", copy, "--from", dir_ + "/missing.segment.json"}), 1);
    }

    void unusableWorkspacesAreRefusedUnchanged()
    {
        EXPECT_CLI(runCli({"workspace", "save", graph_, "--out", ws_}), 1); // exists, no --force
        const QString cut = dir_ + "/cut.segstudio";
        const QByteArray bytes = readFile(ws_);
        writeFile(cut, bytes.left(bytes.size() / 3));
        const CliResult truncated = runCli({"run", cut});
        EXPECT_CLI(truncated, 1);
        QVERIFY2(truncated.err.contains("is truncated"), qPrintable(truncated.err));
        QCOMPARE(readFile(cut), bytes.left(bytes.size() / 3));
        const QString junk = dir_ + "/junk.segstudio";
        writeFile(junk, QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(200, 'x'));
        const CliResult damaged = runCli({"history", junk});
        EXPECT_CLI(damaged, 1);
        QVERIFY2(damaged.err.contains("not a Segment Studio workspace") || damaged.err.contains("damaged"),
                 qPrintable(damaged.err));
    }
};

QTEST_GUILESS_MAIN(CliWorkspaceTest)
#include "test_cli_workspace.moc"
