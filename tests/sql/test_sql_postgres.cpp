// The SQL push-down on PostgreSQL 15 through libpq. The test starts its own server
// (scripts/sql-servers.sh: initdb in a temporary directory, 127.0.0.1 on a free port, as the
// `postgres` user when run as root) and stops it at the end. A server that cannot start fails
// the test with the script's reason; nothing is skipped. SEG_SQL_GRAPHS=N sets how many random
// graphs the differential test runs (default 40; soaks also need QTEST_FUNCTION_TIMEOUT).
#include "engine_checks.h"
#include "sql_differential.h"

#include <QProcess>
#include <QTcpServer>

#include <cstdlib>

using namespace seg;
using namespace seg::sqltest;

namespace {

const QString kScript = QStringLiteral(SEG_SOURCE_DIR "/scripts/sql-servers.sh");

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class SqlPostgresTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        serverDir_ = dir_.filePath("pg");
        const quint16 port = freeLoopbackPort();
        QVERIFY2(port != 0, "no free loopback port");
        QProcess start;
        // Our pid: the script's watcher stops the server even if this test is killed.
        start.start("bash", {kScript, "postgres-start", serverDir_, QString::number(port),
                             QString::number(QCoreApplication::applicationPid())});
        QVERIFY2(start.waitForFinished(120'000), "the server script did not finish in 2 minutes");
        const QString err = QString::fromUtf8(start.readAllStandardError());
        QVERIFY2(start.exitStatus() == QProcess::NormalExit && start.exitCode() == 0,
                 qPrintable("PostgreSQL could not be started: " + err));
        url_ = QString::fromUtf8(start.readAllStandardOutput()).trimmed().toStdString();
        started_ = true;
        QVERIFY2(url_.starts_with("postgres://"), url_.c_str());
    }

    void cleanupTestCase()
    {
        if (!started_)
            return;
        QProcess stop;
        stop.start("bash", {kScript, "postgres-stop", serverDir_});
        stop.waitForFinished(60'000);
    }

    void connectionProblemsAreExplained()
    {
        const std::string why = errorOf([&] { SqlEngine e("postgres://nobody@127.0.0.1:1/none"); });
        QVERIFY2(why.starts_with("cannot connect to PostgreSQL: "), why.c_str());
    }

    void hostileStringsMatchTheSameCustomers() { checkHostileStrings(url_ + "?table=hostile"); }

    void failingNodeIsReportedAndDependentsSkipped()
    {
        // 2^62 * 4 overflows bigint: PostgreSQL raises an error, so the node fails with the
        // engine's message and the segment that needs it is skipped, as in memory.
        QTemporaryDir dir;
        writeText(dir.filePath("customers.csv"), "id,n\n1,4611686018427387904\n2,1\n");
        const Json nodes = Json::array({{{"id", "x"}, {"type", "expression"}, {"expr", "n * 4 > 0"}},
                                        {{"id", "s"}, {"type", "segment"}, {"name", "S"}, {"input", "x"}},
                                        {{"id", "ok"}, {"type", "condition"}, {"field", "n"}, {"op", "eq"}, {"value", 1}},
                                        {{"id", "s2"}, {"type", "segment"}, {"name", "S2"}, {"input", "ok"}}});
        writeText(dir.filePath("g.segment.json"), graphJson(nodes).dump());
        const GraphLoadResult g = loadGraphFile(dir.filePath("g.segment.json").toStdString());
        QVERIFY(g.ok());
        const Dataset data = loadDataset(g.graph->customers, g.graph->resolve("customers.csv"), std::nullopt, std::nullopt);
        SqlEngine engine(url_ + "?table=overflow");
        engine.load(*g.graph, data);
        const RemoteRun r = engine.run(*g.graph, RunOptions{});
        QCOMPARE(r.result.node("x")->status, NodeStatus::Failed);
        QVERIFY2(r.result.node("x")->error.find("bigint out of range") != std::string::npos, r.result.node("x")->error.c_str());
        QCOMPARE(r.result.node("s")->status, NodeStatus::Skipped);
        QCOMPARE(r.result.node("s")->error, std::string("input 'x' failed"));
        QCOMPARE(r.result.node("s2")->size.value_or(99), size_t{1});
        QVERIFY(r.result.partialFailure());
    }

    void randomGraphsMatchInMemory()
    {
        const uint64_t graphs = differentialGraphCount(40);
        const DifferentialOutcome out = runDifferential(url_, 10, 10 + graphs - 1);
        requireNoDisagreement(out);
    }

private:
    QTemporaryDir dir_;
    QString serverDir_;
    std::string url_;
    bool started_ = false;
};

QTEST_GUILESS_MAIN(SqlPostgresTest)
#include "test_sql_postgres.moc"
