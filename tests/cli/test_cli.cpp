// segstudio-cli end to end: a tiny hand-made customer file and graph, members worked out by hand
// in the comments, and every bad-input path with the message the user gets.
#include "cli_runner.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Five customers in file order 3, 1, 2, 5, 4 (keys out of order on purpose: exports sort by key).
//   id country spend  joined      vip
//   3  US      600.5  2024-01-10  true
//   1  CA      120    2023-05-01  false
//   2  US      NULL   2024-11-30  false
//   5  DE      900    2022-02-02  true
//   4  US      510    2024-12-01  false
const QByteArray kCustomers = "customer_id,name,country,total_spend,joined,vip\n"
                              "3,\"Ann \"\"A\"\"\",US,600.5,2024-01-10,true\n"
                              "1,Bob,CA,120,2023-05-01,false\n"
                              "2,Cid,US,,2024-11-30,false\n"
                              "5,Dee,DE,900,2022-02-02,true\n"
                              "4,Eve,US,510,2024-12-01,false\n";

// c_us = {2,3,4}; c_spend (> 500; NULL never matches) = {3,4,5}; a1 = c_us and c_spend = {3,4};
// n1 = not c_spend = {1,2} (includes the NULL spender); c_new (joined within 30 days of
// 2024-12-31, i.e. 2024-12-01 .. 2024-12-31) = {4}.
const QByteArray kNodes = R"([
  {"id": "c_us", "type": "condition", "field": "country", "op": "eq", "value": "US"},
  {"id": "c_spend", "type": "condition", "field": "total_spend", "op": "gt", "value": 500},
  {"id": "a1", "type": "and", "inputs": ["c_us", "c_spend"]},
  {"id": "s_big", "type": "segment", "name": "US big spenders", "input": "a1",
   "export": {"columns": ["customer_id", "name"]}},
  {"id": "n1", "type": "not", "input": "c_spend"},
  {"id": "s_small", "type": "segment", "name": "Small or unknown spend", "input": "n1"},
  {"id": "c_new", "type": "condition", "field": "joined", "op": "within_last_days", "days": 30},
  {"id": "s_new", "type": "segment", "name": "Joined last 30 days", "input": "c_new"}
])";

QByteArray graphJson(const QByteArray& nodes, const QByteArray& datasets = R"({"customers": {"path": "customers.csv", "key": "customer_id"}})")
{
    return "{\n  \"format\": \"segment-studio/graph\",\n  \"format_version\": 1,\n  \"name\": \"CLI test\",\n"
           "  \"as_of\": \"2024-12-31\",\n  \"datasets\": " + datasets + ",\n  \"nodes\": " + nodes + "\n}\n";
}

// Writes customers.csv and graph.segment.json into dir; returns the graph path.
QString makeProject(const QTemporaryDir& dir, const QByteArray& nodes = kNodes, const QByteArray& customers = kCustomers)
{
    writeFile(dir.filePath("customers.csv"), customers);
    writeFile(dir.filePath("graph.segment.json"), graphJson(nodes));
    return dir.filePath("graph.segment.json");
}

QJsonObject readJson(const QString& path)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(readFile(path), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << path << error.errorString();
    return doc.object();
}

QByteArray lf(QByteArray text) { return text.replace("\r\n", "\n"); }

QSet<QString> filesUnder(const QString& dir)
{
    QSet<QString> names;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.insert(QDir(dir).relativeFilePath(it.next()));
    return names;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void helpAndVersion()
    {
        const CliResult help = runCli({"help"});
        EXPECT_CLI(help, 0);
        for (const char* command : {"describe", "validate", "plan", "run", "generate"})
            QVERIFY2(help.out.contains(QString("segstudio-cli ") + command), command);
        const CliResult version = runCli({"--version"});
        EXPECT_CLI(version, 0);
        QVERIFY(version.out.contains(QRegularExpression(R"(^segstudio-cli \d+\.\d+\.\d+\n$)")));
    }

    void usageErrorsExit2WithHint_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("usage");
        const QString g = "graph.segment.json";
        QTest::newRow("no command") << QStringList{} << "missing command" << "";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command 'frobnicate'" << "";
        QTest::newRow("unknown flag") << QStringList{"run", g, "--bogus"} << "unknown option '--bogus'" << "run";
        QTest::newRow("flag twice") << QStringList{"run", g, "--quiet", "--quiet"} << "'--quiet' given more than once" << "run";
        QTest::newRow("switch with value") << QStringList{"run", g, "--quiet=yes"} << "'--quiet' takes no value" << "run";
        QTest::newRow("threads word") << QStringList{"run", g, "--threads", "abc"}
                                      << "'--threads' expects a whole number from 1 to 1024, got 'abc'" << "run";
        QTest::newRow("threads zero") << QStringList{"run", g, "--threads=0"} << "got '0'" << "run";
        QTest::newRow("threads negative") << QStringList{"plan", g, "--threads", "-2"} << "got '-2'" << "plan";
        QTest::newRow("threads huge") << QStringList{"run", g, "--threads", "99999999999999999999"}
                                      << "got '99999999999999999999'" << "run";
        QTest::newRow("threads missing") << QStringList{"run", g, "--threads"} << "'--threads' needs a value" << "run";
        QTest::newRow("as-of not a day") << QStringList{"run", g, "--as-of", "2024-02-30"}
                                         << "'--as-of' expects a date YYYY-MM-DD, got '2024-02-30'" << "run";
        QTest::newRow("as-of text") << QStringList{"run", g, "--as-of", "yesterday"} << "got 'yesterday'" << "run";
        QTest::newRow("strategy") << QStringList{"run", g, "--strategy", "fast"}
                                  << "'--strategy' expects sequential, parallel, hybrid or auto, got 'fast'" << "run";
        QTest::newRow("plan format") << QStringList{"plan", g, "--format", "svg"}
                                     << "'--format' expects text, json or dot, got 'svg'" << "plan";
        QTest::newRow("run without graph") << QStringList{"run"} << "missing argument" << "run";
        QTest::newRow("two graphs") << QStringList{"validate", g, "other.json"} << "unexpected argument 'other.json'"
                                    << "validate";
        QTest::newRow("describe delimiter") << QStringList{"describe", "x.csv", "--delimiter", "ab"}
                                            << "'--delimiter' expects one punctuation character" << "describe";
        QTest::newRow("generate no out") << QStringList{"generate", "--customers", "10", "--events", "0", "--seed", "1"}
                                         << "missing required option '--out'" << "generate";
        QTest::newRow("generate bad count") << QStringList{"generate", "--customers", "1e6", "--events", "0", "--seed",
                                                           "1", "--out", "x"}
                                            << "'--customers' expects a whole number" << "generate";
    }
    void usageErrorsExit2WithHint()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(QString, usage);
        const CliResult r = runCli(args);
        EXPECT_CLI(r, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.contains("segstudio-cli help"), qPrintable(r.err));
        if (!usage.isEmpty())
            QVERIFY2(r.err.contains("usage: segstudio-cli " + usage), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void runPrintsTableAndWritesReport()
    {
        QTemporaryDir dir;
        const QString graph = makeProject(dir);
        const QString report = dir.filePath("report.json");
        const CliResult r = runCli({"run", graph, "--strategy", "sequential", "--threads", "1", "--report", report});
        EXPECT_CLI(r, 0);
        // Table rows: name, size, share of the 5 customers.
        QVERIFY2(r.out.contains(QRegularExpression(R"(US big spenders\s+2\s+40\.0%)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(R"(Small or unknown spend\s+2\s+40\.0%)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QRegularExpression(R"(Joined last 30 days\s+1\s+20\.0%)")), qPrintable(r.out));
        QVERIFY2(r.out.contains("strategy sequential, 1 thread"), qPrintable(r.out));
        QVERIFY2(r.out.contains("as of 2024-12-31"), qPrintable(r.out));

        const QJsonObject json = readJson(report);
        for (const char* key : {"rows", "events", "strategy", "threads", "as_of", "total_ms", "segments", "nodes", "import"})
            QVERIFY2(json.contains(key), key);
        QCOMPARE(json["rows"].toInt(), 5);
        QCOMPARE(json["events"].toInt(), 0);
        QCOMPARE(json["strategy"].toString(), QString("sequential"));
        QCOMPARE(json["threads"].toInt(), 1);
        QCOMPARE(json["as_of"].toString(), QString("2024-12-31"));
        const QJsonArray segments = json["segments"].toArray();
        QCOMPARE(segments.size(), 3);
        QCOMPARE(segments[0]["id"].toString(), QString("s_big"));
        QCOMPARE(segments[0]["name"].toString(), QString("US big spenders"));
        QCOMPARE(segments[0]["size"].toInt(), 2);
        QCOMPARE(segments[1]["size"].toInt(), 2);
        QCOMPARE(segments[2]["size"].toInt(), 1);
        QVERIFY(segments[0]["warnings"].isArray());
        QMap<QString, int> nodeSizes;
        for (const QJsonValue& value : json["nodes"].toArray()) {
            const QJsonObject n = value.toObject();
            QCOMPARE(n["status"].toString(), QString("ok"));
            QVERIFY(n.contains("start_ms") && n.contains("worker"));
            if (n.contains("size"))
                nodeSizes[n["id"].toString()] = n["size"].toInt();
        }
        QCOMPARE(nodeSizes.value("c_us"), 3);
        QCOMPARE(nodeSizes.value("c_spend"), 3);
        QCOMPARE(nodeSizes.value("a1"), 2);
        QCOMPARE(nodeSizes.value("n1"), 2);
        QCOMPARE(nodeSizes.value("c_new"), 1);
        const QJsonObject imported = json["import"]["customers"].toObject();
        QCOMPARE(imported["rows"].toInt(), 5);
        QCOMPARE(imported["rejected"].toInt(), 0);
        QCOMPARE(imported["duplicate_keys"].toInt(), 0);
    }

    void asOfFlagOverridesGraph()
    {
        // As of 2024-12-30 the 30-day window is 2024-11-30 .. 2024-12-30: customers 2 and 4.
        QTemporaryDir dir;
        const QString graph = makeProject(dir);
        const QString report = dir.filePath("r.json");
        const CliResult r = runCli({"run", graph, "--as-of", "2024-12-30", "--quiet", "--report", report});
        EXPECT_CLI(r, 0);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // --quiet
        const QJsonObject json = readJson(report);
        QCOMPARE(json["as_of"].toString(), QString("2024-12-30"));
        QCOMPARE(json["segments"].toArray().at(2)["size"].toInt(), 2);
    }

    void strategiesGiveTheSameSizes()
    {
        QTemporaryDir dir;
        const QString graph = makeProject(dir);
        for (const char* strategy : {"sequential", "parallel", "hybrid", "auto"}) {
            const QString report = dir.filePath(QString("r-%1.json").arg(strategy));
            const CliResult r = runCli({"run", graph, "--strategy", strategy, "--threads", "2", "--report", report});
            EXPECT_CLI(r, 0);
            const QJsonArray segments = readJson(report)["segments"].toArray();
            QCOMPARE(segments.size(), 3);
            QCOMPARE(segments[0]["size"].toInt(), 2);
            QCOMPARE(segments[1]["size"].toInt(), 2);
            QCOMPARE(segments[2]["size"].toInt(), 1);
        }
    }

    void exportWritesOneCsvPerSegment()
    {
        QTemporaryDir dir;
        const QString graph = makeProject(dir);
        const QString out = dir.filePath("out/nested");
        const CliResult r = runCli({"run", graph, "--export", out});
        EXPECT_CLI(r, 0);
        QCOMPARE(filesUnder(out), (QSet<QString>{"us-big-spenders.csv", "small-or-unknown-spend.csv",
                                                 "joined-last-30-days.csv"}));
        // Members in ascending key order, export columns as listed, RFC 4180 quoting.
        QCOMPARE(lf(readFile(out + "/us-big-spenders.csv")), QByteArray("customer_id,name\n3,\"Ann \"\"A\"\"\"\n4,Eve\n"));
        QCOMPARE(lf(readFile(out + "/small-or-unknown-spend.csv")), QByteArray("customer_id\n1\n2\n"));
        QCOMPARE(lf(readFile(out + "/joined-last-30-days.csv")), QByteArray("customer_id\n4\n"));
        QVERIFY2(r.out.contains("Exported 3 segments to " + out), qPrintable(r.out));
    }

    void hostileSegmentNamesGiveSafeFileNames()
    {
        // Plain literals, not a raw string: moc misreads quotes and apostrophes inside R"(...)".
        const QByteArray nodes =
            "[{\"id\": \"c\", \"type\": \"condition\", \"field\": \"country\", \"op\": \"eq\", \"value\": \"US\"},"
            " {\"id\": \"s1\", \"type\": \"segment\", \"name\": \"../../etc/passwd\", \"input\": \"c\"},"
            " {\"id\": \"s2\", \"type\": \"segment\", \"name\": \"Quote \\\"me\\\" & 'you'\", \"input\": \"c\"},"
            " {\"id\": \"s3\", \"type\": \"segment\", \"name\": \"***\", \"input\": \"c\"},"
            " {\"id\": \"s4\", \"type\": \"segment\", \"name\": \"Dup\", \"input\": \"c\"},"
            " {\"id\": \"s5\", \"type\": \"segment\", \"name\": \"dup\", \"input\": \"c\"},"
            " {\"id\": \"s6\", \"type\": \"segment\", \"name\": \"/abs/path\\\\..\\\\x\", \"input\": \"c\"}]";
        QTemporaryDir dir;
        const QString graph = makeProject(dir, nodes);
        const CliResult r = runCli({"run", graph, "--export", dir.filePath("out")});
        EXPECT_CLI(r, 0);
        QCOMPARE(filesUnder(dir.filePath("out")),
                 (QSet<QString>{"etc-passwd.csv", "quote-me-you.csv", "segment.csv", "dup.csv", "dup-2.csv",
                                "abs-path-x.csv"}));
        // Nothing was written outside the export folder.
        QCOMPARE(filesUnder(dir.path()), (QSet<QString>{"customers.csv", "graph.segment.json", "out/etc-passwd.csv",
                                                       "out/quote-me-you.csv", "out/segment.csv", "out/dup.csv",
                                                       "out/dup-2.csv", "out/abs-path-x.csv"}));
        QCOMPARE(lf(readFile(dir.filePath("out/dup-2.csv"))), QByteArray("customer_id\n2\n3\n4\n"));
    }

    void exportIntoAFileFails()
    {
        QTemporaryDir dir;
        const QString graph = makeProject(dir);
        writeFile(dir.filePath("taken"), "not a folder");
        const CliResult r = runCli({"run", graph, "--export", dir.filePath("taken")});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains("export directory") && r.err.contains("taken"), qPrintable(r.err));
    }

    void reportIntoAMissingFolderFails()
    {
        QTemporaryDir dir;
        const QString graph = makeProject(dir);
        const QString report = dir.filePath("no/such/folder/report.json");
        const CliResult r = runCli({"run", graph, "--quiet", "--report", report});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains("cannot write the run report to " + report), qPrintable(r.err));
    }

    void planFormats()
    {
        QTemporaryDir dir;
        const QString graph = makeProject(dir);
        const CliResult dot = runCli({"plan", graph, "--format", "dot", "--threads", "2"});
        EXPECT_CLI(dot, 0);
        QVERIFY2(dot.out.startsWith("digraph"), qPrintable(dot.out));
        QVERIFY(dot.out.contains("c_spend") && dot.out.contains("s_new"));
        const CliResult json = runCli({"plan", graph, "--format", "json", "--strategy", "parallel"});
        EXPECT_CLI(json, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const CliResult text = runCli({"plan", graph});
        EXPECT_CLI(text, 0);
        QVERIFY(text.out.contains("a1") && text.out.contains("s_big"));
    }

    void validateAcceptsAGoodGraph()
    {
        QTemporaryDir dir;
        const QString graph = makeProject(dir);
        const CliResult r = runCli({"validate", graph});
        EXPECT_CLI(r, 0);
        QVERIFY2(r.out.contains("valid (8 nodes, 3 segments, 5 customers)"), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void missingGraphFile()
    {
        QTemporaryDir dir;
        for (const char* command : {"validate", "plan", "run"}) {
            const CliResult r = runCli({command, dir.filePath("nope.segment.json")});
            EXPECT_CLI(r, 1);
            QVERIFY2(r.err.contains("nope.segment.json"), qPrintable(r.err));
        }
    }

    void jsonSyntaxErrorNamesLineAndColumn()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("bad.segment.json"), "{\n  \"format\": \"segment-studio/graph\",\n  \"format_version\": 1,,\n}\n");
        for (const char* command : {"validate", "run"}) {
            const CliResult r = runCli({command, dir.filePath("bad.segment.json")});
            EXPECT_CLI(r, 1);
            QVERIFY2(r.err.contains(QRegularExpression(R"(bad\.segment\.json:3:\d+:)")), qPrintable(r.err));
        }
    }

    void hostileGraphFilesExit1NamingTheFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\x01", 5);
        QTest::newRow("array") << QByteArray("[1, 2, 3]");
        QTest::newRow("nodes not a list") << graphJson(R"({"id": "x"})");
        QTest::newRow("deep nesting") << QByteArray(5000, '[') + QByteArray(5000, ']');
        QTest::newRow("newer version") << QByteArray(R"({"format": "segment-studio/graph", "format_version": 99})");
    }
    void hostileGraphFilesExit1NamingTheFile()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        writeFile(dir.filePath("customers.csv"), kCustomers);
        writeFile(dir.filePath("hostile.segment.json"), content);
        for (const char* command : {"validate", "plan", "run"}) {
            const CliResult r = runCli({command, dir.filePath("hostile.segment.json")});
            EXPECT_CLI(r, 1);
            QVERIFY2(r.err.contains("hostile.segment.json"), qPrintable(r.err));
        }
    }

    void graphPathIsADirectory()
    {
        QTemporaryDir dir;
        const CliResult r = runCli({"run", dir.path()});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains(dir.path()), qPrintable(r.err));
    }

    void emptyCustomersFile()
    {
        QTemporaryDir dir;
        const QString graph = makeProject(dir, kNodes, QByteArray());
        const CliResult r = runCli({"run", graph});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains("customers.csv"), qPrintable(r.err));
    }

    void unknownNodeTypeNamesNode()
    {
        QTemporaryDir dir;
        const QString graph = makeProject(dir, R"([
          {"id": "weird1", "type": "magic"},
          {"id": "s", "type": "segment", "name": "S", "input": "weird1"}])");
        const CliResult r = runCli({"validate", graph});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains("weird1") && r.err.contains("magic"), qPrintable(r.err));
        EXPECT_CLI(runCli({"run", graph}), 1);
    }

    void unknownColumnNamesNodeAndColumn()
    {
        QTemporaryDir dir;
        const QString graph = makeProject(dir, R"([
          {"id": "c_bad", "type": "condition", "field": "spend", "op": "gt", "value": 1},
          {"id": "s", "type": "segment", "name": "S", "input": "c_bad"}])");
        for (const char* command : {"validate", "plan", "run"}) {
            const CliResult r = runCli({command, graph});
            EXPECT_CLI(r, 1);
            QVERIFY2(r.err.contains("c_bad") && r.err.contains("spend"), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }

    void missingCustomersFile()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("g.segment.json"),
                  graphJson(R"([{"id": "s", "type": "segment", "name": "All", "input": "n"},
                                {"id": "n", "type": "not", "input": "c"},
                                {"id": "c", "type": "condition", "field": "x", "op": "is_null"}])",
                            R"({"customers": {"path": "missing.csv"}})"));
        for (const char* command : {"validate", "run"}) {
            const CliResult r = runCli({command, dir.filePath("g.segment.json")});
            EXPECT_CLI(r, 1);
            QVERIFY2(r.err.contains("missing.csv"), qPrintable(r.err));
        }
    }

    void unreadableEventsFailOnlyTheirNodes()
    {
        // events.csv does not exist: the behavior node fails, its segment is skipped, the
        // customer-only segment still runs (c_us = {2,3,4}); exit 3 and the report is written.
        QTemporaryDir dir;
        writeFile(dir.filePath("customers.csv"), kCustomers);
        writeFile(dir.filePath("g.segment.json"),
                  graphJson(R"([
                    {"id": "c_us", "type": "condition", "field": "country", "op": "eq", "value": "US"},
                    {"id": "s_us", "type": "segment", "name": "US", "input": "c_us"},
                    {"id": "b1", "type": "behavior", "event": "purchase", "aggregate": "count", "op": "ge", "value": 1},
                    {"id": "s_buyers", "type": "segment", "name": "Buyers", "input": "b1"}])",
                            R"({"customers": {"path": "customers.csv", "key": "customer_id"},
                                "events": {"path": "events.csv", "key": "customer_id", "time": "ts", "type": "event_type"}})"));
        const QString graph = dir.filePath("g.segment.json");
        const QString report = dir.filePath("r.json");
        const CliResult r = runCli({"run", graph, "--report", report, "--export", dir.filePath("out")});
        EXPECT_CLI(r, 3);
        QVERIFY2(r.err.contains("node 'b1' failed:") && r.err.contains("events.csv"), qPrintable(r.err));
        QVERIFY2(r.err.contains("node 's_buyers' skipped:"), qPrintable(r.err));
        QVERIFY2(r.out.contains(QRegularExpression(R"(US\s+3\s+60\.0%)")), qPrintable(r.out));
        const QJsonObject json = readJson(report);
        QMap<QString, QString> status;
        for (const QJsonValue& n : json["nodes"].toArray())
            status[n.toObject()["id"].toString()] = n.toObject()["status"].toString();
        QCOMPARE(status.value("c_us"), QString("ok"));
        QCOMPARE(status.value("b1"), QString("failed"));
        QCOMPARE(status.value("s_buyers"), QString("skipped"));
        // Only the segment that finished is exported.
        QCOMPARE(filesUnder(dir.filePath("out")), QSet<QString>{"us.csv"});
        QCOMPARE(lf(readFile(dir.filePath("out/us.csv"))), QByteArray("customer_id\n2\n3\n4\n"));

        const CliResult validated = runCli({"validate", graph});
        EXPECT_CLI(validated, 1);
        QVERIFY2(validated.err.contains("events.csv"), qPrintable(validated.err));
    }

    void rejectedRowsAreReportedButTheRunGoesOn()
    {
        // Line 3 has five fields instead of six: rejected, the other rows run.
        const QByteArray customers = "customer_id,name,country,total_spend,joined,vip\n"
                                     "1,Bob,CA,120,2023-05-01,false\n"
                                     "2,Cid,US,,2024-11-30\n"
                                     "3,Ann,US,600.5,2024-01-10,true\n";
        QTemporaryDir dir;
        const QString graph = makeProject(dir, kNodes, customers);
        const QString report = dir.filePath("r.json");
        const CliResult r = runCli({"run", graph, "--report", report});
        EXPECT_CLI(r, 0);
        QVERIFY2(r.err.contains("1 row rejected in customers.csv (see describe)"), qPrintable(r.err));
        const QJsonObject json = readJson(report);
        QCOMPARE(json["rows"].toInt(), 2);
        QCOMPARE(json["import"]["customers"]["rejected"].toInt(), 1);
        QCOMPARE(json["segments"].toArray().at(0)["size"].toInt(), 1); // US and > 500: customer 3

        const CliResult described = runCli({"describe", dir.filePath("customers.csv")});
        EXPECT_CLI(described, 0);
        QVERIFY2(described.out.contains(QRegularExpression(R"(\bline 3\b)")), qPrintable(described.out));
    }

    void describeShowsInferredTypes()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("c.csv"), kCustomers);
        const CliResult r = runCli({"describe", dir.filePath("c.csv"), "--key", "customer_id"});
        EXPECT_CLI(r, 0);
        const QStringList lines = r.out.split('\n');
        auto lineOf = [&](const QString& column) { // the last match: the column table follows any header
            for (auto it = lines.rbegin(); it != lines.rend(); ++it)
                if (it->contains(QRegularExpression("^\\s*" + column + "\\s")))
                    return *it;
            return QString();
        };
        QVERIFY2(lineOf("customer_id").contains(QRegularExpression(R"(\bint\b)")), qPrintable(r.out));
        QVERIFY2(lineOf("name").contains(QRegularExpression(R"(\bstring\b)")), qPrintable(r.out));
        QVERIFY2(lineOf("total_spend").contains(QRegularExpression(R"(\bdouble\b)")), qPrintable(r.out));
        QVERIFY2(lineOf("joined").contains(QRegularExpression(R"(\bdate\b)")), qPrintable(r.out));
        QVERIFY2(lineOf("vip").contains(QRegularExpression(R"(\bbool\b)")), qPrintable(r.out));
    }

    void describeJson()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("c.tsv"), QByteArray(kCustomers).replace(',', '\t'));
        const CliResult r = runCli({"describe", dir.filePath("c.tsv"), "--delimiter", "tab", "--json"});
        EXPECT_CLI(r, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QMap<QString, QString> types;
        for (const QJsonValue& c : doc.object()["columns"].toArray())
            types[c.toObject()["name"].toString()] = c.toObject()["type"].toString();
        QCOMPARE(types.value("customer_id"), QString("int"));
        QCOMPARE(types.value("name"), QString("string"));
        QCOMPARE(types.value("total_spend"), QString("double"));
        QCOMPARE(types.value("joined"), QString("date"));
        QCOMPARE(types.value("vip"), QString("bool"));
        QCOMPARE(doc.object()["rows"].toInt(), 5);
    }

    void describeMissingFile()
    {
        const CliResult r = runCli({"describe", "/nonexistent/dir/people.csv"});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains("people.csv"), qPrintable(r.err));
    }

    void generateThenValidateAndRun()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath("gen");
        const CliResult g = runCli({"generate", "--customers", "300", "--events", "2000", "--seed", "7", "--out", out,
                                    "--as-of", "2024-06-30"});
        EXPECT_CLI(g, 0);
        QVERIFY(QFileInfo::exists(out + "/customers.csv"));
        QVERIFY(QFileInfo::exists(out + "/events.csv"));
        QVERIFY(QFileInfo::exists(out + "/demo.segment.json"));
        // 300 customers + header (records may not contain raw newlines in generated data).
        QCOMPARE(lf(readFile(out + "/customers.csv")).count('\n'), 301);
        EXPECT_CLI(runCli({"validate", out + "/demo.segment.json"}), 0);
        const QString report = dir.filePath("gen-report.json");
        EXPECT_CLI(runCli({"run", out + "/demo.segment.json", "--quiet", "--report", report}), 0);
        const QJsonObject json = readJson(report);
        QCOMPARE(json["rows"].toInt(), 300);
        QCOMPARE(json["as_of"].toString(), QString("2024-06-30"));
    }

    void demoProjectRuns()
    {
        const QString demo = QStringLiteral(SEG_SOURCE_DIR) + "/resources/demo/retail.segment.json";
        QVERIFY2(QFileInfo::exists(demo), qPrintable(demo));
        EXPECT_CLI(runCli({"validate", demo}), 0);
        QTemporaryDir dir;
        const CliResult r = runCli({"run", demo, "--report", dir.filePath("r.json"), "--export", dir.filePath("out")});
        EXPECT_CLI(r, 0);
        const QJsonArray segments = readJson(dir.filePath("r.json"))["segments"].toArray();
        QVERIFY(segments.size() >= 3);
        QCOMPARE(qsizetype(filesUnder(dir.filePath("out")).size()), segments.size());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
