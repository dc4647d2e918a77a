#pragma once
// Checks shared by the per-engine SQL tests (SQLite, PostgreSQL): hostile strings and LIKE
// wildcards must find exactly the customers the in-memory engine finds.
#include "exec/runner.h"
#include "graph/graph_io.h"
#include "sql/sql_engine.h"
#include "sql_differential.h"

#include <QtTest/QtTest>

#include <cstdlib>
#include <fstream>
#include <functional>

namespace seg::sqltest {

// How many random graphs the differential test runs: SEG_SQL_GRAPHS, else `fallback`.
inline uint64_t differentialGraphCount(uint64_t fallback)
{
    const char* env = std::getenv("SEG_SQL_GRAPHS");
    return env && *env ? std::strtoull(env, nullptr, 10) : fallback;
}

// Logs what the differential test compared and fails the test on any disagreement.
inline void requireNoDisagreement(const DifferentialOutcome& out)
{
    qInfo("%d graphs, %d sets compared", out.graphs, out.sets);
    if (!out.detail.empty())
        qWarning().noquote() << QString::fromStdString(out.detail);
    for (const auto& p : out.problems)
        qWarning().noquote() << QString::fromStdString(p);
    QVERIFY(out.graphs > 0);
    QVERIFY2(out.problems.empty(), (std::to_string(out.problems.size()) + " disagreements in " + std::to_string(out.graphs)
                                    + " graphs, " + std::to_string(out.sets) + " sets")
                                       .c_str());
}

inline std::string errorOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const std::exception& e) {
        return e.what();
    }
    return "(no error)";
}

inline void writeText(const QString& path, const std::string& text)
{
    std::ofstream out(path.toStdString(), std::ios::binary);
    out << text;
}

// Customers with strings an attacker or a careless export would produce.
inline const std::vector<std::string> kHostile{
    "it's", "back\\slash", "'; DROP TABLE customers; --", "Zürich ✓ 日本", "\"quoted\"", "50%_off*?[x]", "tab\there",
};

inline std::string hostileCsv()
{
    std::string csv = "id,name\n";
    for (size_t i = 0; i < kHostile.size(); ++i) {
        std::string quoted = "\"";
        for (char c : kHostile[i])
            quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
        csv += std::to_string(i + 1) + "," + quoted + "\"\n";
    }
    return csv;
}

inline Json graphJson(const Json& nodes)
{
    return Json{{"format", "segment-studio/graph"}, {"format_version", 1}, {"as_of", "2024-12-31"},
                {"datasets", {{"customers", {{"path", "customers.csv"}, {"key", "id"}}}}}, {"nodes", nodes}};
}

inline std::vector<std::string> keysOf(const Column& key, const Bitset* set)
{
    std::vector<std::string> out;
    if (set)
        set->forEach([&](size_t r) { out.push_back(key.textAt(r)); });
    std::sort(out.begin(), out.end());
    return out;
}

// Runs a graph of eq / in / starts_with / contains / LIKE nodes over hostile strings in memory and
// on the engine (`url`; empty: a new SQLite file) and compares every set, plus hand-worked sets.
// `escapedDrop` and `nodeHeader`: how the dialect's printed SQL writes the hostile literal and
// the first node (defaults: SQLite and PostgreSQL).
inline void checkHostileStrings(const std::string& url,
                                const std::string& escapedDrop = "'''; DROP TABLE customers; --'",
                                const std::string& nodeHeader = "\"eq0\" AS ( -- eq0 (condition)")
{
    QTemporaryDir dir;
    writeText(dir.filePath("customers.csv"), hostileCsv());
    Json nodes = Json::array();
    for (size_t i = 0; i < kHostile.size(); ++i) {
        nodes.push_back({{"id", "eq" + std::to_string(i)}, {"type", "condition"}, {"field", "name"}, {"op", "eq"},
                         {"value", kHostile[i]}});
        nodes.push_back({{"id", "sw" + std::to_string(i)}, {"type", "condition"}, {"field", "name"},
                         {"op", "starts_with"}, {"value", kHostile[i].substr(0, 3)}});
    }
    nodes.push_back({{"id", "in"}, {"type", "condition"}, {"field", "name"}, {"op", "in"}, {"values", kHostile}});
    nodes.push_back({{"id", "wild"}, {"type", "condition"}, {"field", "name"}, {"op", "contains"}, {"value", "%_off*?[x"}});
    nodes.push_back({{"id", "star"}, {"type", "condition"}, {"field", "name"}, {"op", "ends_with"}, {"value", "*"}});
    nodes.push_back({{"id", "like1"}, {"type", "expression"}, {"expr", "name LIKE '50!%!_off*?[x]' ESCAPE '!'"}});
    nodes.push_back({{"id", "like2"}, {"type", "expression"}, {"expr", "name LIKE '%\\%' OR name LIKE '_ürich%'"}});
    nodes.push_back({{"id", "like3"}, {"type", "expression"}, {"expr", "name LIKE '%*%' OR name LIKE '%?%'"}});
    nodes.push_back({{"id", "case"}, {"type", "condition"}, {"field", "name"}, {"op", "eq"}, {"value", "ZÜRICH ✓ 日本"},
                     {"ignore_case", true}});
    // A segment over every eq node: printed SQL holds only what segments need (issue 16).
    Json eqs = Json::array();
    for (size_t i = 0; i < kHostile.size(); ++i)
        eqs.push_back("eq" + std::to_string(i));
    nodes.push_back({{"id", "any_eq"}, {"type", "or"}, {"inputs", eqs}});
    nodes.push_back({{"id", "s_any"}, {"type", "segment"}, {"name", "Any"}, {"input", "any_eq"}});
    const std::string path = dir.filePath("g.segment.json").toStdString();
    writeText(dir.filePath("g.segment.json"), graphJson(nodes).dump(1));
    const GraphLoadResult g = loadGraphFile(path);
    QVERIFY(g.ok());
    const Dataset data = loadDataset(g.graph->customers, g.graph->resolve("customers.csv"), std::nullopt, std::nullopt);
    RunOptions options;
    options.allNodes = true;
    options.strategy = Strategy::Sequential;
    const RunResult memory = runGraph(*g.graph, data, options);
    SqlEngine engine(url.empty() ? "sqlite:" + dir.filePath("t.db").toStdString() : url);
    engine.load(*g.graph, data);
    const RemoteRun remote = engine.run(*g.graph, options);
    for (const auto& [ref, set] : memory.sets)
        QCOMPARE(keysOf(remote.data.customers.key(), remote.result.members(ref)), keysOf(data.customers.key(), set.get()));
    // Worked by hand: each eq finds exactly its own row, the wildcards are literal text.
    for (size_t i = 0; i < kHostile.size(); ++i)
        QCOMPARE(keysOf(remote.data.customers.key(), remote.result.members("eq" + std::to_string(i))),
                 std::vector<std::string>{std::to_string(i + 1)});
    QCOMPARE(keysOf(remote.data.customers.key(), remote.result.members("in")).size(), kHostile.size());
    QCOMPARE(keysOf(remote.data.customers.key(), remote.result.members("wild")), std::vector<std::string>{"6"});
    QCOMPARE(keysOf(remote.data.customers.key(), remote.result.members("star")), std::vector<std::string>{});
    QCOMPARE(keysOf(remote.data.customers.key(), remote.result.members("like1")), std::vector<std::string>{"6"});
    QCOMPARE(keysOf(remote.data.customers.key(), remote.result.members("like2")), (std::vector<std::string>{"2", "4"}));
    QCOMPARE(keysOf(remote.data.customers.key(), remote.result.members("like3")), std::vector<std::string>{"6"});
    // ignore_case folds ASCII only: 'Ü' is not 'ü'.
    QCOMPARE(keysOf(remote.data.customers.key(), remote.result.members("case")), std::vector<std::string>{});
    // The table survived "'; DROP TABLE customers; --", and the printed SQL escapes it.
    QCOMPARE(engine.schema(*g.graph).customers.table.columns.size(), size_t{2});
    const std::string sql = engine.compile(*g.graph);
    QVERIFY2(sql.find(escapedDrop) != std::string::npos, sql.c_str());
    QVERIFY2(sql.find(nodeHeader) != std::string::npos, sql.c_str());
}

} // namespace seg::sqltest
