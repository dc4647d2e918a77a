// The SQL push-down on a 2-shard ClickHouse cluster (Debian 12's clickhouse-server 18.16)
// through its HTTP interface. The test starts two servers itself (scripts/sql-servers.sh:
// temporary directories, 127.0.0.1 on free ports, cluster `two` with one shard each) and stops
// them at the end; `load` creates a MergeTree table on each shard and a Distributed table over
// them. A server that cannot start fails the test with the script's reason; nothing is
// skipped. SEG_SQL_GRAPHS=N sets how many random graphs the differential test runs (default 40).
#include "engine_checks.h"
#include "sql_differential.h"

#include "sql/http_client.h"

#include <QProcess>
#include <QTcpServer>

#include <cstdlib>
#include <thread>

using namespace seg;
using namespace seg::sqltest;

namespace {

const QString kScript = QStringLiteral(SEG_SOURCE_DIR "/scripts/sql-servers.sh");

// Four distinct free ports, probed while all are held so none repeats.
std::vector<quint16> freeLoopbackPorts(int n)
{
    std::vector<std::unique_ptr<QTcpServer>> probes;
    std::vector<quint16> ports;
    for (int i = 0; i < n; ++i) {
        probes.push_back(std::make_unique<QTcpServer>());
        if (!probes.back()->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.push_back(probes.back()->serverPort());
    }
    return ports;
}

} // namespace

class SqlClickHouseTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        serverDir_ = dir_.filePath("ch");
        const std::vector<quint16> ports = freeLoopbackPorts(4);
        QVERIFY2(ports.size() == 4, "no free loopback ports");
        QProcess start;
        start.start("bash", {kScript, "clickhouse-start", serverDir_, QString::number(ports[0]), QString::number(ports[1]),
                             QString::number(ports[2]), QString::number(ports[3]),
                             QString::number(QCoreApplication::applicationPid())});
        QVERIFY2(start.waitForFinished(180'000), "the server script did not finish in 3 minutes");
        const QString err = QString::fromUtf8(start.readAllStandardError());
        QVERIFY2(start.exitStatus() == QProcess::NormalExit && start.exitCode() == 0,
                 qPrintable("ClickHouse could not be started: " + err));
        started_ = true;
        base_ = "clickhouse://127.0.0.1:" + std::to_string(ports[0]) + "/default";
        // Both shards' HTTP ports: load creates the MergeTree tables on each.
        cluster_ = "cluster=two&shards=127.0.0.1:" + std::to_string(ports[0]) + ",127.0.0.1:" + std::to_string(ports[2]);
        shard2_ = {"127.0.0.1", ports[2]};
    }

    void cleanupTestCase()
    {
        if (!started_)
            return;
        QProcess stop;
        stop.start("bash", {kScript, "clickhouse-stop", serverDir_});
        stop.waitForFinished(60'000);
    }

    void connectionProblemsAreExplained()
    {
        const std::string refused = errorOf([&] { SqlEngine e("clickhouse://127.0.0.1:1/default"); });
        QVERIFY2(refused.starts_with("cannot connect to 127.0.0.1:1: "), refused.c_str());
        const std::string badUrl = errorOf([&] { SqlEngine e("clickhouse:///default"); });
        QVERIFY2(badUrl.find("no host:port after 'clickhouse://'") != std::string::npos, badUrl.c_str());
        const std::string badParam = errorOf([&] { SqlEngine e(base_ + "?colour=red"); });
        QVERIFY2(badParam.find("unknown parameter 'colour'") != std::string::npos, badParam.c_str());
        const std::string noDb = errorOf([&] { SqlEngine e("clickhouse://127.0.0.1:" + std::to_string(shard2_.port) + "/nosuchdb"); });
        QVERIFY2(noDb.find("nosuchdb") != std::string::npos && noDb.find("HTTP") != std::string::npos, noDb.c_str());
    }

    void literalsAreEscapedAndExact()
    {
        const auto d = makeDialect(DialectKind::ClickHouse);
        // Worked by hand: backslash escapes for ' and \ and (issue 16) control characters,
        // everything else as is.
        QCOMPARE(d->literal(Value::ofString("it's \\ '; DROP TABLE customers; --")),
                 std::string("'it\\'s \\\\ \\'; DROP TABLE customers; --'"));
        QCOMPARE(d->literal(Value::ofString("Zürich ✓\ttab")), std::string("'Zürich ✓\\ttab'"));
        QCOMPARE(d->quoteIdentifier("we`ird\\name"), std::string("`we\\`ird\\\\name`"));
        const std::string nul = errorOf([&] { d->literal(Value::ofString(std::string("a\0b", 3))); });
        QVERIFY2(nul.find("NUL character") != std::string::npos, nul.c_str());
        // Doubles: an exact integer, an integer over a power of ten, or the bits.
        QCOMPARE(d->literal(Value::ofDouble(0.7)), std::string("(toFloat64(7) / 10)"));
        QCOMPARE(d->literal(Value::ofDouble(-1.84)), std::string("(toFloat64(-184) / 100)"));
        QCOMPARE(d->literal(Value::ofDouble(1000)), std::string("toFloat64(1000)"));
        QCOMPARE(d->literal(Value::ofDouble(1e300)), std::string("reinterpretAsFloat64(unhex('9C7500883CE4377E'))"));
        QCOMPARE(d->literal(Value::ofDate(18262)), std::string("toInt32(18262)"));
        QCOMPARE(d->literal(Value::nullOf(DataType::Int)), std::string("CAST(NULL AS Nullable(Int64))"));
    }

    void chunkedBodiesAreDecodedOrRefused()
    {
        QCOMPARE(decodeChunked("4\r\nWiki\r\n5;x=y\r\npedia\r\n0\r\n\r\n"), std::string("Wikipedia"));
        const std::string cut = errorOf([] { decodeChunked("a\r\nshort\r\n"); });
        QVERIFY2(cut.find("chunk at byte 3 is cut short") != std::string::npos, cut.c_str());
        const std::string bad = errorOf([] { decodeChunked("zz\r\n"); });
        QVERIFY2(bad.find("bad chunk size at byte 0") != std::string::npos, bad.c_str());
        const std::string open = errorOf([] { decodeChunked("4"); });
        QVERIFY2(open.find("not terminated at byte 0") != std::string::npos, open.c_str());
    }

    void hostileStringsMatchTheSameCustomers()
    {
        // ClickHouse escapes with backslashes; nodes become tables, not CTEs.
        checkHostileStrings(base_ + "?table=hostile&" + cluster_, "'\\'; DROP TABLE customers; --'",
                            "-- eq0 (condition)\nCREATE TABLE `eq0` ENGINE = Memory AS ");
    }

    void loadSpreadsRowsOverBothShards()
    {
        QTemporaryDir dir;
        std::string csv = "id,v\n";
        for (int i = 1; i <= 200; ++i)
            csv += std::to_string(i) + "," + std::to_string(i % 7) + "\n";
        writeText(dir.filePath("customers.csv"), csv);
        const Json nodes = Json::array({{{"id", "c"}, {"type", "condition"}, {"field", "v"}, {"op", "eq"}, {"value", 3}},
                                        {{"id", "s"}, {"type", "segment"}, {"name", "S"}, {"input", "c"}}});
        writeText(dir.filePath("g.segment.json"), graphJson(nodes).dump());
        const GraphLoadResult g = loadGraphFile(dir.filePath("g.segment.json").toStdString());
        QVERIFY(g.ok());
        const Dataset data = loadDataset(g.graph->customers, g.graph->resolve("customers.csv"), std::nullopt, std::nullopt);
        SqlEngine engine(base_ + "?table=spread&" + cluster_);
        const LoadSummary loaded = engine.load(*g.graph, data);
        QCOMPARE(loaded.customers, size_t{200});
        // Shard 2 holds part of the rows in its own MergeTree table, not all and not none.
        const HttpResponse onShard2 = httpPost(shard2_, "/", "SELECT count() FROM spread_shard");
        QCOMPARE(onShard2.status, 200);
        const int shard2Rows = std::atoi(onShard2.body.c_str());
        QVERIFY2(shard2Rows > 20 && shard2Rows < 180, onShard2.body.c_str());
        // Members of v = 3: i % 7 == 3 for i in 1..200, worked by hand: 3, 10, ..., 199 (29 rows).
        const RemoteRun r = engine.run(*g.graph, RunOptions{});
        QCOMPARE(r.result.node("s")->size.value_or(0), size_t{29});
        QVERIFY(r.result.strategyReason.find("remote run on clickhouse://") != std::string::npos);
    }

    // Issue 16 finding 12: without shards=, both shards of this one-machine cluster map to the
    // URL's server; load says so before creating anything, instead of failing later with
    // "Table default.X_shard doesn't exist".
    void finding12_loadWithoutShardsOnOneMachineAsksForShards()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("customers.csv"), "id,v\n1,2\n");
        const Json nodes = Json::array({{{"id", "c"}, {"type", "condition"}, {"field", "v"}, {"op", "eq"}, {"value", 2}},
                                        {{"id", "s"}, {"type", "segment"}, {"name", "S"}, {"input", "c"}}});
        writeText(dir.filePath("g.segment.json"), graphJson(nodes).dump());
        const GraphLoadResult g = loadGraphFile(dir.filePath("g.segment.json").toStdString());
        QVERIFY(g.ok());
        const Dataset data = loadDataset(g.graph->customers, g.graph->resolve("customers.csv"), std::nullopt, std::nullopt);
        SqlEngine engine(base_ + "?table=sameaddr&cluster=two");
        const std::string why = errorOf([&] { engine.load(*g.graph, data); });
        QVERIFY2(why.find("ClickHouse cluster 'two': shards 1 and 2 both resolve to 127.0.0.1:") != std::string::npos,
                 why.c_str());
        QVERIFY2(why.find("&shards=host:port,host:port") != std::string::npos, why.c_str());
        const HttpResponse leftover = httpPost(shard2_, "/", "EXISTS TABLE sameaddr_shard");
        QCOMPARE(leftover.body, std::string("0\n")); // nothing was created on shard 2
    }

    void failingNodeIsReportedAndDependentsSkipped()
    {
        // A value with more decimals than the exact sum's Decimal128(20) holds: ClickHouse
        // refuses it, the behavior node fails with that message and its segment is skipped.
        QTemporaryDir dir;
        writeText(dir.filePath("customers.csv"), "id\n1\n2\n");
        writeText(dir.filePath("events.csv"), "id,ts,kind,amount\n1,2024-12-01,buy,1.0000000000000000000001e-30\n2,2024-12-01,buy,2\n");
        Json graph = graphJson(Json::array(
            {{{"id", "b"}, {"type", "behavior"}, {"event", "buy"}, {"aggregate", "sum"}, {"field", "amount"}, {"op", "gt"}, {"value", 1}},
             {{"id", "s"}, {"type", "segment"}, {"name", "S"}, {"input", "b"}},
             {{"id", "ok"}, {"type", "condition"}, {"field", "id"}, {"op", "eq"}, {"value", 2}},
             {{"id", "s2"}, {"type", "segment"}, {"name", "S2"}, {"input", "ok"}}}));
        graph["datasets"]["events"] = {{"path", "events.csv"}, {"key", "id"}, {"time", "ts"}, {"type", "kind"}};
        writeText(dir.filePath("g.segment.json"), graph.dump());
        const GraphLoadResult g = loadGraphFile(dir.filePath("g.segment.json").toStdString());
        QVERIFY2(g.ok(), g.ok() ? "" : g.diagnostics.front().toString().c_str());
        const Dataset data = loadDataset(g.graph->customers, g.graph->resolve("customers.csv"),
                                         g.graph->events, g.graph->resolve("events.csv"));
        SqlEngine engine(base_ + "?table=tiny&events=tiny_events&" + cluster_);
        engine.load(*g.graph, data);
        const RemoteRun r = engine.run(*g.graph, RunOptions{});
        QCOMPARE(r.result.node("b")->status, NodeStatus::Failed);
        QVERIFY2(r.result.node("b")->error.find("ClickHouse at 127.0.0.1:") != std::string::npos, r.result.node("b")->error.c_str());
        QCOMPARE(r.result.node("s")->status, NodeStatus::Skipped);
        QCOMPARE(r.result.node("s")->error, std::string("input 'b' failed"));
        QCOMPARE(r.result.node("s2")->size.value_or(99), size_t{1});
    }

    void randomGraphsMatchInMemory()
    {
        const uint64_t graphs = differentialGraphCount(40);
        const DifferentialOutcome out = runDifferential(base_ + "?" + cluster_, 10, 10 + graphs - 1);
        requireNoDisagreement(out);
    }

private:
    QTemporaryDir dir_;
    QString serverDir_;
    std::string base_, cluster_;
    HttpEndpoint shard2_;
    bool started_ = false;
};

QTEST_GUILESS_MAIN(SqlClickHouseTest)
#include "test_sql_clickhouse.moc"
