// Issue 16 finding 11: printed SQL kept raw CR/LF and right-to-left override characters inside
// string literals, so a line-ending conversion of the printed SQL changed a segment. Literals
// now escape control and bidirectional characters per dialect (worked out by hand below), and
// the printed SQLite SQL, converted CRLF -> LF and LF -> CRLF, selects the same customers as
// the in-memory engine.
#include "engine_checks.h"

#include "exec/runner.h"
#include "graph/graph_io.h"
#include "sql/dialect.h"
#include "sql/sql_compiler.h"
#include "sql/sql_connection.h"
#include "sql/sql_engine.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <map>

using namespace seg;
using namespace seg::sqltest;

namespace {

const std::string kRlo = "\xE2\x80\xAE"; // U+202E right-to-left override

std::string replaceAll(std::string text, const std::string& from, const std::string& to)
{
    for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
    return text;
}

} // namespace

class SqlLiteralsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void finding11_literalsEscapeControlAndBidiCharacters()
    {
        const auto sqlite = makeDialect(DialectKind::Sqlite);
        const auto pg = makeDialect(DialectKind::Postgres);
        QCOMPARE(sqlite->literal(Value::ofString("a\r\nb")), std::string("('a' || char(13) || char(10) || 'b')"));
        QCOMPARE(sqlite->literal(Value::ofString("x" + kRlo + "y's")), std::string("('x' || char(8238) || 'y''s')"));
        QCOMPARE(sqlite->literal(Value::ofString("\tz")), std::string("(char(9) || 'z')"));
        QCOMPARE(sqlite->literal(Value::ofString("plain")), std::string("'plain'"));
        QCOMPARE(pg->literal(Value::ofString("a\r\nb\\")), std::string("E'a\\r\\nb\\\\'"));
        QCOMPARE(pg->literal(Value::ofString("x" + kRlo + "y\x1F")), std::string("E'x\\u202Ey\\x1F'"));
        QCOMPARE(pg->literal(Value::ofString("plain")), std::string("'plain'"));
        QCOMPARE(clickHouseStringLiteral("a\r\n" + kRlo + "'"), std::string("'a\\r\\n\\xE2\\x80\\xAE\\''"));
    }

    void finding11_printedSqlSurvivesLineEndingConversion()
    {
        QTemporaryDir dir;
        // Customer 1's name has CRLF, 2's LF only, 3's a right-to-left override, 4's none of them.
        writeText(dir.filePath("customers.csv"),
                  "id,name\n1,\"a\r\nb\"\n2,\"a\nb\"\n3,\"x" + kRlo + "y\"\n4,xy\n");
        const Json nodes = Json::array({
            {{"id", "crlf"}, {"type", "condition"}, {"field", "name"}, {"op", "eq"}, {"value", "a\r\nb"}},
            {{"id", "s_crlf"}, {"type", "segment"}, {"name", "CRLF"}, {"input", "crlf"}},
            {{"id", "rlo"}, {"type", "condition"}, {"field", "name"}, {"op", "eq"}, {"value", "x" + kRlo + "y"}},
            {{"id", "s_rlo"}, {"type", "segment"}, {"name", "RLO"}, {"input", "rlo"}},
        });
        writeText(dir.filePath("g.segment.json"), graphJson(nodes).dump());
        const GraphLoadResult g = loadGraphFile(dir.filePath("g.segment.json").toStdString());
        QVERIFY(g.ok());
        const Dataset data = loadDataset(g.graph->customers, g.graph->resolve("customers.csv"), std::nullopt, std::nullopt);
        const std::string db = dir.filePath("t.db").toStdString();
        SqlEngine("sqlite:" + db).load(*g.graph, data);

        const std::string printed = compileGraphSql(*g.graph, data, DialectKind::Sqlite, SqlTables{}, std::nullopt);
        for (const std::string& converted : {replaceAll(printed, "\r\n", "\n"), replaceAll(printed, "\n", "\r\n")}) {
            std::map<std::string, std::vector<std::string>> members;
            openSqliteConnection(db)->query(converted, {}, [&](const SqlRow& row) {
                members[std::string(row.text(0))].emplace_back(row.text(1));
            });
            QCOMPARE(members["s_crlf"], (std::vector<std::string>{"1"}));
            QCOMPARE(members["s_rlo"], (std::vector<std::string>{"3"}));
        }
    }
};

QTEST_GUILESS_MAIN(SqlLiteralsTest)
#include "test_sql_literals.moc"
