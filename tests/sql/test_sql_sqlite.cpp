// The SQL push-down on SQLite: dialect literals and escaping worked by hand, hostile strings
// and LIKE wildcards through a real database, bad URLs and missing tables, and the
// differential test of random graphs (every node type) against the in-memory engine.
// SEG_SQL_GRAPHS=N changes how many random graphs run (default 60).
#include "engine_checks.h"
#include "sql_differential.h"

#include "exec/runner.h"
#include "graph/graph_io.h"
#include "sql/dialect.h"
#include "sql/sql_compiler.h"
#include "sql/sql_engine.h"
#include "util/error.h"

#include <QtTest/QtTest>

#include <cstdlib>
#include <fstream>

using namespace seg;
using namespace seg::sqltest;

class SqlSqliteTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void literalsAreEscapedPerDialect()
    {
        const auto sqlite = makeDialect(DialectKind::Sqlite);
        const auto pg = makeDialect(DialectKind::Postgres);
        QCOMPARE(sqlite->literal(Value::ofString("it's")), std::string("'it''s'"));
        QCOMPARE(sqlite->literal(Value::ofString("'; DROP TABLE x; --")), std::string("'''; DROP TABLE x; --'"));
        QCOMPARE(sqlite->literal(Value::ofString("a\\b")), std::string("'a\\b'")); // no escapes in SQLite text
        QCOMPARE(pg->literal(Value::ofString("a\\b'c")), std::string("E'a\\\\b''c'"));
        QCOMPARE(pg->literal(Value::ofString("Zürich")), std::string("'Zürich'"));
        QCOMPARE(sqlite->quoteIdentifier("we\"ird"), std::string("\"we\"\"ird\""));
        QCOMPARE(sqlite->literal(Value::ofDouble(3)), std::string("3.0"));
        QCOMPARE(pg->literal(Value::ofDate(0)), std::string("DATE '1970-01-01'"));
        QCOMPARE(sqlite->literal(Value::ofTimestamp(kMicrosPerDay + 1)), std::string("'1970-01-02 00:00:00.000001'"));
        QCOMPARE(pg->placeholder(2, DataType::Timestamp), std::string("CAST($2 AS timestamp)"));
        // NUL cannot be stored in text by either engine: refused with a message, never cut short.
        const std::string nul("a\0b", 3);
        QVERIFY(errorOf([&] { sqlite->literal(Value::ofString(nul)); }).find("NUL character") != std::string::npos);
        QVERIFY(errorOf([&] { pg->quoteIdentifier(nul); }).find("NUL character") != std::string::npos);
    }

    void hostileStringsMatchTheSameCustomers() { sqltest::checkHostileStrings(""); }

    void nulInValuesIsRefusedWithItsPlace()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("customers.csv"), hostileCsv());
        const Json nodes = Json::array({{{"id", "n1"}, {"type", "condition"}, {"field", "name"}, {"op", "eq"},
                                         {"value", std::string("a\0b", 3)}}});
        writeText(dir.filePath("g.segment.json"), graphJson(nodes).dump());
        const GraphLoadResult g = loadGraphFile(dir.filePath("g.segment.json").toStdString());
        QVERIFY(g.ok());
        const Dataset data = loadDataset(g.graph->customers, g.graph->resolve("customers.csv"), std::nullopt, std::nullopt);
        SqlEngine engine("sqlite:" + dir.filePath("t.db").toStdString());
        engine.load(*g.graph, data);
        RunOptions all;
        all.allNodes = true;
        const std::string why = errorOf([&] { engine.run(*g.graph, all); });
        QVERIFY2(why.find("node 'n1': a string value contains a NUL character") != std::string::npos, why.c_str());

        // A NUL inside the data: load names the table, the column and the row.
        Dataset withNul = data;
        Column name("name", DataType::String);
        for (size_t r = 0; r < withNul.customers.rows(); ++r)
            name.appendString(r == 2 ? std::string("x\0y", 3) : std::string("ok"));
        name.finish();
        withNul.customers.table.columns[1] = std::move(name);
        const std::string loadWhy = errorOf([&] { engine.load(*g.graph, withNul); });
        QVERIFY2(loadWhy.find("table customers, column 'name', row 3: the value contains a NUL character")
                     != std::string::npos,
                 loadWhy.c_str());
        // The failed load left the earlier tables as they were (one transaction).
        QCOMPARE(engine.run(*g.graph, RunOptions{}).result.rows, size_t{0} + kHostile.size());
    }

    void cancelStopsTheRunAndTimingsArePerNode()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("customers.csv"), hostileCsv());
        const Json nodes = Json::array({{{"id", "a"}, {"type", "condition"}, {"field", "id"}, {"op", "gt"}, {"value", 2}},
                                        {{"id", "b"}, {"type", "not"}, {"input", "a"}},
                                        {{"id", "s"}, {"type", "segment"}, {"name", "S"}, {"input", "b"}}});
        writeText(dir.filePath("g.segment.json"), graphJson(nodes).dump());
        const GraphLoadResult g = loadGraphFile(dir.filePath("g.segment.json").toStdString());
        QVERIFY(g.ok());
        const Dataset data = loadDataset(g.graph->customers, g.graph->resolve("customers.csv"), std::nullopt, std::nullopt);
        SqlEngine engine("sqlite:" + dir.filePath("t.db").toStdString());
        engine.load(*g.graph, data);
        const RemoteRun done = engine.run(*g.graph, RunOptions{});
        QCOMPARE(done.result.nodes.size(), size_t{3});
        double previousEnd = 0;
        for (const NodeRun& n : done.result.nodes) { // one remote query each, in plan order
            QCOMPARE(n.status, NodeStatus::Ok);
            QVERIFY(n.startMs >= previousEnd && n.endMs >= n.startMs);
            previousEnd = n.endMs;
        }
        QCOMPARE(done.result.segments.at(0).size, size_t{2}); // ids 1 and 2
        std::atomic<bool> cancel{true};
        RunOptions options;
        options.cancel = &cancel;
        const RemoteRun cancelled = engine.run(*g.graph, options);
        QVERIFY(cancelled.result.cancelled);
        for (const NodeRun& n : cancelled.result.nodes) {
            QCOMPARE(n.status, NodeStatus::Cancelled);
            QCOMPARE(n.error, std::string("run cancelled"));
        }
        QVERIFY(cancelled.result.sets.empty());
    }

    void badUrlsAndMissingTablesAreExplained()
    {
        QCOMPARE(errorOf([] { parseEngineUrl("mysql://x"); }).substr(0, 24), std::string("unknown engine 'mysql://"));
        QVERIFY(errorOf([] { parseEngineUrl("sqlite:a.db?tabel=x"); }).find("unknown parameter 'tabel'") != std::string::npos);
        QVERIFY(errorOf([] { parseEngineUrl("sqlite:"); }).find("no database file") != std::string::npos);
        QVERIFY(errorOf([] { parseEngineUrl("sqlite:a.db?table=%zz"); }).find("bad percent escape") != std::string::npos);
        const EngineUrl pg = parseEngineUrl("postgres://ann:s3cret@127.0.0.1:5432/shop?table=cust%20omers&events=ev&sslmode=disable");
        QCOMPARE(pg.display, std::string("postgres://ann:***@127.0.0.1:5432/shop?table=cust%20omers&events=ev&sslmode=disable"));
        QCOMPARE(pg.tables.customers, std::string("cust omers"));
        QCOMPARE(pg.tables.events, std::string("ev"));
        QCOMPARE(pg.location, std::string("postgres://ann:s3cret@127.0.0.1:5432/shop?sslmode=disable"));
        QCOMPARE(urlWithoutPassword("postgres://ann:s3cret@127.0.0.1:5432/shop?table=t"),
                 std::string("postgres://ann@127.0.0.1:5432/shop?table=t"));
        QCOMPARE(urlWithoutPassword("postgres://ann@h/db"), std::string("postgres://ann@h/db"));

        QTemporaryDir dir;
        writeText(dir.filePath("g.segment.json"), graphJson(Json::array()).dump());
        const GraphLoadResult g = loadGraphFile(dir.filePath("g.segment.json").toStdString());
        QVERIFY(g.ok());
        SqlEngine engine("sqlite:" + dir.filePath("empty.db").toStdString());
        const std::string why = errorOf([&] { engine.run(*g.graph, RunOptions{}); });
        QVERIFY2(why.find("table 'customers' does not exist in sqlite:") != std::string::npos, why.c_str());
    }

    void randomGraphsMatchInMemory()
    {
        const uint64_t graphs = sqltest::differentialGraphCount(60);
        QTemporaryDir dir;
        const sqltest::DifferentialOutcome out =
            sqltest::runDifferential("sqlite:" + dir.filePath("diff.db").toStdString(), 10, 10 + graphs - 1);
        for (const char* t : {"condition", "expression", "and", "or", "except", "not", "behavior", "derive", "top",
                              "split", "priority", "segment"})
            QVERIFY2(out.coverage.count("type " + std::string(t)), t);
        QVERIFY2(out.coverage.at("sets proper") > (out.coverage.count("sets trivial") ? out.coverage.at("sets trivial") : 0), "too many empty or full sets");
        sqltest::requireNoDisagreement(out);
    }
};

QTEST_GUILESS_MAIN(SqlSqliteTest)
#include "test_sql_sqlite.moc"
