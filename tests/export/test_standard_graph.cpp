// The benchmark's standard graph (core/generate/standard_graph): its shape as issue 4 asks,
// and that its hand-written SQL gives the engine's segment sizes (SQLite here; the benchmark
// checks DuckDB the same way), on generated data with and without events.
#include "data/dataset.h"
#include "data/types.h"
#include "exec/runner.h"
#include "generate/generator.h"
#include "generate/standard_graph.h"
#include "graph/graph_io.h"
#include "sqlite_peer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

using namespace seg;

namespace {

std::map<std::string, int> countTypes(const Json& graph)
{
    std::map<std::string, int> n;
    for (const Json& node : graph["nodes"])
        ++n[node["type"].get<std::string>()];
    return n;
}

Graph writeAndLoad(const Json& graph, const std::filesystem::path& file)
{
    std::ofstream(file) << graph.dump(2);
    GraphLoadResult loaded = loadGraphFile(file);
    for (const Diagnostic& d : loaded.diagnostics)
        qWarning("%s", d.toString().c_str());
    if (!loaded.ok())
        throw std::runtime_error("graph does not load");
    return *loaded.graph;
}

} // namespace

class TestStandardGraph : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shapeIsTheIssues()
    {
        const StandardGraph g = standardGraph(StandardGraphOptions{});
        auto n = countTypes(g.graph);
        QCOMPARE(n["condition"] + n["expression"] + n["behavior"] + n["derive"], 50);
        QCOMPARE(n["behavior"], 5);
        QCOMPARE(n["derive"], 2);
        QCOMPARE(n["expression"], 1);
        QCOMPARE(n["segment"], 20);
        QCOMPARE(n["top"], 1);
        QCOMPARE(n["split"], 1);
        QVERIFY(n["and"] > 0 && n["or"] > 0 && n["not"] > 0 && n["except"] > 0);
        QCOMPARE(g.segments.size(), size_t{20});

        // Without events: the same 50 rules, behaviors replaced by customer conditions.
        StandardGraphOptions noEvents;
        noEvents.events = false;
        const StandardGraph c = standardGraph(noEvents);
        n = countTypes(c.graph);
        QCOMPARE(n["behavior"], 0);
        QCOMPARE(n["condition"] + n["expression"] + n["behavior"] + n["derive"], 50);
        QVERIFY(!c.graph["datasets"].contains("events"));
        QVERIFY(c.sql(SqlDialect::SQLite).find("events") == std::string::npos);
    }

    void segmentsOfSegments()
    {
        // Three segments are built on other segments' sets (s01..s17 are segment ids).
        const StandardGraph g = standardGraph(StandardGraphOptions{});
        std::set<std::string> segmentIds(g.segments.begin(), g.segments.end());
        std::map<std::string, Json> byId;
        for (const Json& node : g.graph["nodes"])
            byId[node["id"].get<std::string>()] = node;
        int onSegments = 0;
        for (const std::string& s : g.segments) {
            std::vector<std::string> stack{byId[s]["input"].get<std::string>()};
            bool usesSegment = false;
            while (!stack.empty()) {
                const std::string id = stack.back().substr(0, stack.back().find(':'));
                stack.pop_back();
                if (segmentIds.count(id) && byId[s]["input"] != id + ":test" && byId[s]["input"] != id + ":control") {
                    usesSegment = true;
                    continue;
                }
                const Json& node = byId[id];
                if (node.contains("inputs"))
                    for (const Json& in : node["inputs"])
                        stack.push_back(in.get<std::string>());
                if (node.contains("input") && node["type"] != "split")
                    stack.push_back(node["input"].get<std::string>());
            }
            onSegments += usesSegment;
        }
        QCOMPARE(onSegments, 3);
    }

    void sqlGivesTheEngineSizes_data()
    {
        QTest::addColumn<bool>("events");
        QTest::newRow("with events") << true;
        QTest::newRow("customers only") << false;
    }
    void sqlGivesTheEngineSizes()
    {
        QFETCH(bool, events);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root = dir.path().toStdString();
        GenerateOptions gen;
        gen.customers = 4000;
        gen.events = 60000;
        gen.seed = 7;
        gen.outDir = root;
        generateDataset(gen);

        StandardGraphOptions so;
        so.events = events;
        const StandardGraph sg = standardGraph(so);
        const Graph graph = writeAndLoad(sg.graph, root / "standard.segment.json");
        const Dataset data = loadDataset(graph.customers, graph.resolve(graph.customers.path), graph.events,
                                         graph.events ? std::optional(graph.resolve(graph.events->path)) : std::nullopt);

        std::map<std::string, long long> engine;
        for (Strategy strategy : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid}) {
            RunOptions ro;
            ro.strategy = strategy;
            ro.threads = 2;
            const RunResult r = runGraph(graph, data, ro);
            QVERIFY(!r.partialFailure());
            std::map<std::string, long long> sizes;
            for (const SegmentRun& s : r.segments)
                sizes[s.id] = static_cast<long long>(s.size);
            if (engine.empty())
                engine = sizes;
            QCOMPARE(sizes, engine);
        }
        QCOMPARE(engine.size(), size_t{20});

        bench::SqlitePeer lite(data, events);
        const auto sql = lite.run(sg.sql(SqlDialect::SQLite));
        for (const auto& [id, n] : engine) {
            QVERIFY2(sql.count(id), id.c_str());
            QVERIFY2(sql.at(id) == n, (id + ": engine " + std::to_string(n) + ", SQL " + std::to_string(sql.at(id))).c_str());
        }

        // Hand-counted from the columns: s01 (spent 1,000+ and no order for 180+ days), the top
        // 10 % (ceil of a tenth of the customers with a spend) and the split adding up to s06.
        const Table& t = data.customers.table;
        const Column& spend = *t.find("total_spend");
        const Column& lastOrder = *t.find("last_order_date");
        long long s01 = 0, withSpend = 0;
        for (size_t r = 0; r < t.rows; ++r) {
            withSpend += !spend.isNull(r);
            s01 += !spend.isNull(r) && spend.doubleAt(r) >= 1000 && !lastOrder.isNull(r)
                && lastOrder.dateAt(r) < gen.asOf - 180;
        }
        QCOMPARE(engine["s01"], s01);
        QCOMPARE(engine["s18"], (withSpend + 9) / 10);
        QCOMPARE(engine["s19"] + engine["s20"], engine["s06"]);
        QVERIFY(engine["s01"] > 0 && engine["s19"] > engine["s20"] && engine["s20"] > 0);
    }
    // Issue 18's honest-peer graph: about 60 condition/expression/set nodes, 18 segments, no
    // top, no split, only the 10 columns of the cold-path customers file.
    void honestGraphShape()
    {
        const StandardGraph g = honestGraph(StandardGraphOptions{});
        auto n = countTypes(g.graph);
        QCOMPARE(n["condition"], 36);
        QCOMPARE(n["expression"], 2);
        const int sets = n["and"] + n["or"] + n["not"] + n["except"];
        QCOMPARE(n["condition"] + n["expression"] + sets, 68);
        QCOMPARE(n["segment"], 18);
        QCOMPARE(n["top"] + n["split"] + n["behavior"] + n["derive"], 0);
        QCOMPARE(g.segments.size(), size_t{18});
        const std::vector<std::string>& columns = honestGraphColumns();
        QCOMPARE(columns.size(), size_t{10});
        for (const Json& node : g.graph["nodes"])
            if (node.contains("field"))
                QVERIFY2(std::find(columns.begin(), columns.end(), node["field"].get<std::string>()) != columns.end(),
                         node.dump().c_str());
        const std::string sql = g.sql(SqlDialect::DuckDB);
        QVERIFY(sql.find("row_number") == std::string::npos && sql.find("md5") == std::string::npos);
    }

    // Its one-pass SQL and its rule layer with each segment's predicate (the cold-path
    // benchmark's DuckDB job) give the engine's sizes, here on SQLite.
    void honestSqlGivesTheEngineSizes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root = dir.path().toStdString();
        GenerateOptions gen;
        gen.customers = 5000;
        gen.events = 0;
        gen.seed = 9;
        gen.outDir = root;
        generateDataset(gen);
        const StandardGraph hg = honestGraph(StandardGraphOptions{}); // reads customers.csv's 10 columns
        const Graph graph = writeAndLoad(hg.graph, root / "honest.segment.json");
        const Dataset data = loadDataset(graph.customers, graph.resolve(graph.customers.path), std::nullopt, std::nullopt);
        RunOptions ro;
        ro.threads = 2;
        const RunResult r = runGraph(graph, data, ro);
        QVERIFY(!r.partialFailure());

        bench::SqlitePeer lite(data, false);
        const auto sql = lite.run(hg.sql(SqlDialect::SQLite));
        for (const SegmentRun& s : r.segments) {
            QVERIFY2(sql.count(s.id) && sql.at(s.id) == static_cast<long long>(s.size), s.id.c_str());
            const auto layer = lite.run("WITH r AS (" + hg.ruleLayerSql(SqlDialect::SQLite) + ") SELECT count(*) AS "
                                        + s.id + " FROM r WHERE " + hg.segmentPredicate(s.id));
            QCOMPARE(layer.at(s.id), static_cast<long long>(s.size));
            QVERIFY2(s.size > 0 && s.size < data.customers.rows(), s.id.c_str()); // every rule matters
        }
        // Hand-counted: s10, never ordered and opted out of e-mail.
        const Column& orders = *data.customers.table.find("orders");
        const Column& optIn = *data.customers.table.find("email_opt_in");
        size_t s10 = 0;
        for (size_t row = 0; row < data.customers.rows(); ++row)
            s10 += !orders.isNull(row) && orders.intAt(row) == 0 && !optIn.isNull(row) && !optIn.boolAt(row);
        QCOMPARE(r.segments[9].id, std::string("s10"));
        QCOMPARE(r.segments[9].size, s10);
    }
};

QTEST_GUILESS_MAIN(TestStandardGraph)
#include "test_standard_graph.moc"
