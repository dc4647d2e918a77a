// Issue 16 through the CLI: counts of rejected rows and duplicate keys on stderr, input from
// stdin ("-") and pipes, input limits as flags.
#include "cli_runner.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QByteArray kGraph = R"({
  "format": "segment-studio/graph", "format_version": 1, "name": "integrity", "as_of": "2024-12-31",
  "datasets": {"customers": {"path": "customers.csv", "key": "id"}},
  "nodes": [
    {"id": "c_big", "type": "condition", "field": "spend", "op": "gt", "value": 100},
    {"id": "s_big", "type": "segment", "name": "Big", "input": "c_big", "export": {"columns": ["id", "note"]}}
  ]
})";

CliResult runCliProgram(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    CliResult r;
    r.crashed = !process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

CliResult runWithInput(const QStringList& args, const QString& inputFile)
{
    QProcess process;
    process.setStandardInputFile(inputFile);
    process.start(QStringLiteral(SEG_CLI_PATH), args);
    CliResult r;
    r.crashed = !process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit;
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// The CLI under bash with a file size limit of 1 KiB (`ulimit -f 1`): a write past it fails with
// EFBIG when SIGXFSZ is ignored, or kills the process (like kill -9 mid-write) when not.
CliResult runLimited(const QStringList& args, bool killOnLimit)
{
    const QString script = QString(killOnLimit ? "" : "trap '' XFSZ; ") + "ulimit -f 1; exec \"$0\" \"$@\"";
    return runCliProgram("/bin/bash", QStringList{"-c", script, QStringLiteral(SEG_CLI_PATH)} + args);
}

// Customers 1..n, spend i * 10, a note long enough that every export is over 1 KiB.
QByteArray manyCustomers(int n)
{
    QByteArray text = "id,spend,note\n";
    for (int i = 1; i <= n; ++i)
        text += QByteArray::number(i) + "," + QByteArray::number(i * 10) + ",note for customer " + QByteArray::number(i) + "\n";
    return text;
}

QByteArray twoSegments(const QByteArray& second)
{
    return R"({"format": "segment-studio/graph", "format_version": 1, "name": "sets", "as_of": "2024-12-31",
  "datasets": {"customers": {"path": "customers.csv", "key": "id"}},
  "nodes": [
    {"id": "c_big", "type": "condition", "field": "spend", "op": "gt", "value": 100},
    {"id": "s_big", "type": "segment", "name": "Big", "input": "c_big", "export": {"columns": ["id", "note"]}},
    {"id": "c_two", "type": "condition", "field": "spend", "op": "lt", "value": 2000},
    {"id": "s_two", "type": "segment", "name": ")" + second + R"(", "input": "c_two", "export": {"columns": ["id", "note"]}}
  ]})";
}

QStringList entries(const QString& dir, const QString& nameFilter)
{
    return QDir(dir).entryList({nameFilter}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QMap<QString, QByteArray> folderContents(const QString& dir)
{
    QMap<QString, QByteArray> contents;
    for (const QString& name : entries(dir, "*"))
        contents[name] = readFile(dir + "/" + name);
    return contents;
}

} // namespace

class TestCliIntegrity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Rows lost to bad records or duplicate keys are counted on stderr by `run`, not only in
    // the report (issue 16: "The run prints rejected-row and duplicate-key counts on stderr").
    void runCountsRejectedRowsAndDuplicateKeysOnStderr()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("customers.csv"), "id,spend,note\n1,200,a\n2,\"50,b\n3,300,c\n1,150,d\n3,10,e\n4,500,f\n");
        writeFile(dir.filePath("g.segment.json"), kGraph);
        const CliResult r = runCli({"run", dir.filePath("g.segment.json"), "--quiet"});
        EXPECT_CLI(r, 0);
        QVERIFY2(r.err.contains("warning: 1 row rejected in customers.csv"), qPrintable(r.err));
        QVERIFY2(r.err.contains("warning: 2 duplicate keys in customers.csv"), qPrintable(r.err));
    }
    // Finding 5: stdin as "-" (and so any pipe) is read once.
    void finding5_describeReadsStdin()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("in.csv"), "id,spend\n1,10\n2,\"x\n3,30\n");
        const CliResult r = runWithInput({"describe", "-", "--key", "id", "--json"}, dir.filePath("in.csv"));
        EXPECT_CLI(r, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json["path"].toString(), QString("<stdin>"));
        QCOMPARE(json["rows"].toInt(), 2);
        QCOMPARE(json["data_rows"].toInt(), 3);
        QCOMPARE(json["rejected"].toInt(), 1);
    }
    // Finding 4: limits are flags with sizes; a record over the limit is refused with exit 1.
    void finding4_limitFlags()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("c.csv"), "id,note\n1,a\n2," + QByteArray(5000, 'x') + "\n");
        CliResult r = runCli({"describe", dir.filePath("c.csv"), "--max-record-bytes", "1K"});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains("c.csv:3: a record longer than 1024 bytes, the record size limit"), qPrintable(r.err));
        r = runCli({"describe", dir.filePath("c.csv"), "--max-record-bytes", "1K", "--max-field-bytes", "2k"});
        EXPECT_CLI(r, 1);
        r = runCli({"describe", dir.filePath("c.csv"), "--max-field-bytes", "100"});
        EXPECT_CLI(r, 0);
        QVERIFY2(r.out.contains("longer than the field size limit of 100 bytes"), qPrintable(r.out));
        r = runCli({"describe", dir.filePath("c.csv"), "--max-input-bytes", "lots"});
        EXPECT_CLI(r, 2);
        QVERIFY2(r.err.contains("'--max-input-bytes' expects a size in bytes"), qPrintable(r.err));
        r = runCli({"describe", "/dev/zero", "--max-record-bytes", "1M"});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains("/dev/zero:1: a line longer than 1048576 bytes"), qPrintable(r.err));
    }
    // Finding 6: on a full disk the previous report became 4,096 bytes of invalid JSON, and
    // the message gave no OS reason. Finding 8: a killed write left its temporary file forever.
    void finding6_reportIsReplacedWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("customers.csv"), manyCustomers(300));
        writeFile(dir.filePath("g.segment.json"), twoSegments("Two"));
        const QString report = dir.filePath("r.json");
        const QStringList args{"run", dir.filePath("g.segment.json"), "--quiet", "--report", report};
        EXPECT_CLI(runCli(args), 0);
        const QByteArray before = readFile(report);
        QVERIFY(before.size() > 1024);

        const CliResult full = runLimited(args + QStringList{"--as-of", "2020-01-01"}, false);
        EXPECT_CLI(full, 1);
        QVERIFY2(full.err.contains("cannot write the run report to " + report + ": write failed (File too large)"),
                 qPrintable(full.err));
        QCOMPARE(readFile(report), before);
        QCOMPARE(entries(dir.path(), "r.json.tmp-*"), QStringList());

        const CliResult killed = runLimited(args + QStringList{"--as-of", "2020-01-01"}, true);
        QVERIFY(killed.crashed);
        QCOMPARE(readFile(report), before);
        QCOMPARE(entries(dir.path(), "r.json.tmp-*").size(), 1); // what a kill leaves...

        EXPECT_CLI(runCli(args + QStringList{"--as-of", "2020-01-01"}), 0);
        QCOMPARE(entries(dir.path(), "r.json.tmp-*"), QStringList()); // ...the next write removes
        const QJsonObject json = QJsonDocument::fromJson(readFile(report)).object();
        QCOMPARE(json["as_of"].toString(), QString("2020-01-01"));
    }
    // Finding 8: 6 of 20 kill -9 runs left a folder mixing old and new segment files.
    void finding8_exportFolderIsReplacedAsASet()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("customers.csv"), manyCustomers(300));
        writeFile(dir.filePath("g.segment.json"), twoSegments("Two"));
        const QString out = dir.filePath("out");
        EXPECT_CLI(runCli({"run", dir.filePath("g.segment.json"), "--quiet", "--export", out}), 0);
        QCOMPARE(entries(out, "*"), (QStringList{"big.csv", "two.csv"}));
        writeFile(out + "/README.txt", "my notes"); // not the export's: kept
        const QMap<QString, QByteArray> before = folderContents(out);

        // The next run renames a segment and changes the data; it is killed while writing.
        writeFile(dir.filePath("customers.csv"), manyCustomers(400));
        writeFile(dir.filePath("g.segment.json"), twoSegments("Three"));
        const QStringList args{"run", dir.filePath("g.segment.json"), "--quiet", "--export", out};
        QVERIFY(runLimited(args, true).crashed);
        QCOMPARE(folderContents(out), before); // the old set, whole
        QCOMPARE(entries(dir.path(), ".out.export-*").size(), 1);

        EXPECT_CLI(runCli(args), 0);
        QCOMPARE(entries(out, "*"), (QStringList{"README.txt", "big.csv", "three.csv"}));
        QCOMPARE(readFile(out + "/README.txt"), QByteArray("my notes"));
        QVERIFY(readFile(out + "/big.csv").contains("\r\n400,note for customer 400"));
        QCOMPARE(entries(dir.path(), ".out.export-*"), QStringList()); // the leftover is gone
    }
    // Found while moving the app to ExportSet: a folder named like an export file ("big.csv/")
    // counted as the export's and went with the old set, contents and all.
    void finding8_aFolderNamedLikeAnExportFileIsKept()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("customers.csv"), manyCustomers(30));
        writeFile(dir.filePath("g.segment.json"), twoSegments("Two"));
        const QString out = dir.filePath("out");
        QVERIFY(QDir().mkpath(out + "/big.csv"));
        writeFile(out + "/big.csv/keep.txt", "mine");
        const CliResult r = runCli({"run", dir.filePath("g.segment.json"), "--quiet", "--export", out});
        QVERIFY2(r.exitCode != 0 && r.err.contains(out + "/big.csv': Is a directory"), qPrintable(r.err));
        QCOMPARE(readFile(out + "/big.csv/keep.txt"), QByteArray("mine"));
        QCOMPARE(entries(out, "*"), QStringList{"big.csv"}); // nothing half-replaced
        QCOMPARE(entries(dir.path(), ".out.export-*"), QStringList());
    }
    // Finding 7: no spreadsheet-safe mode or BOM option in the CLI, and "spreadsheet_safe" in a
    // graph was a validation error; =HYPERLINK(...), +cmd|... and @SUM(...) were exported raw.
    void finding7_spreadsheetSafeExports()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("customers.csv"), "id,spend,note\n"
                                                 "1,200,=HYPERLINK(\"http://x\")\n"
                                                 "2,200,+cmd|' /C calc'!A0\n"
                                                 "3,200,@SUM(1)\n"
                                                 "4,200,-2+3\n"
                                                 "5,200,\t=1+1\n"
                                                 "6,200,plain\n");
        writeFile(dir.filePath("g.segment.json"), kGraph);
        const QString out = dir.filePath("out");
        const QStringList run{"run", dir.filePath("g.segment.json"), "--quiet", "--export", out};
        EXPECT_CLI(runCli(run), 0);
        const QByteArray raw = readFile(out + "/big.csv");
        QVERIFY2(raw.startsWith("id,note\r\n1,\"=HYPERLINK(\"\"http://x\"\")\"\r\n2,+cmd|' /C calc'!A0\r\n"), raw.constData());

        EXPECT_CLI(runCli(run + QStringList{"--spreadsheet-safe", "--bom"}), 0);
        // An apostrophe before = + - @ tab and CR (OWASP CSV injection); quotes where RFC 4180
        // needs them (the export's rule: a leading tab or a quote inside).
        QCOMPARE(readFile(out + "/big.csv"), QByteArray("\xEF\xBB\xBFid,note\r\n"
                                                        "1,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                                                        "2,'+cmd|' /C calc'!A0\r\n"
                                                        "3,'@SUM(1)\r\n"
                                                        "4,'-2+3\r\n"
                                                        "5,\"'\t=1+1\"\r\n"
                                                        "6,plain\r\n"));

        // The same from the graph, without the flag.
        QByteArray graph = kGraph;
        graph.replace(R"("export": {"columns": ["id", "note"]})",
                      R"("export": {"columns": ["id", "note"], "spreadsheet_safe": true})");
        writeFile(dir.filePath("g.segment.json"), graph);
        EXPECT_CLI(runCli({"validate", dir.filePath("g.segment.json")}), 0);
        EXPECT_CLI(runCli(run), 0);
        QVERIFY(readFile(out + "/big.csv").startsWith("id,note\r\n1,\"'=HYPERLINK("));

        const CliResult usage = runCli({"run", dir.filePath("g.segment.json"), "--bom"});
        EXPECT_CLI(usage, 2);
        QVERIFY2(usage.err.contains("apply to '--export'"), qPrintable(usage.err));
    }
};

QTEST_GUILESS_MAIN(TestCliIntegrity)
#include "test_cli_integrity.moc"
