// The demo project end to end: load the graph, import the data, run with every strategy,
// check each segment against sizes worked out independently (a separate reference evaluator
// of the spec over resources/demo), then export every segment with its export columns.
#include "csv_test_util.h"
#include "data/dataset.h"
#include "exec/runner.h"
#include "export/csv_export.h"
#include "generate/generator.h"
#include "graph/graph_io.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace seg;

namespace {

std::string diagnosticsText(const std::vector<Diagnostic>& diagnostics)
{
    std::string text;
    for (const auto& d : diagnostics)
        text += d.toString() + "\n";
    return text;
}

Dataset loadData(const Graph& g)
{
    std::optional<std::filesystem::path> eventsPath;
    if (g.events)
        eventsPath = g.resolve(g.events->path);
    return loadDataset(g.customers, g.resolve(g.customers.path), g.events, eventsPath);
}

Graph loadGraph(const std::filesystem::path& file)
{
    GraphLoadResult loaded = loadGraphFile(file);
    if (!loaded.ok())
        throw std::runtime_error(diagnosticsText(loaded.diagnostics));
    return *loaded.graph;
}

} // namespace

class TestDemoRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void retailDemoSegments()
    {
        const Graph g = loadGraph(std::filesystem::path(SEG_SOURCE_DIR) / "resources" / "demo" / "retail.segment.json");
        const Dataset data = loadData(g);
        QCOMPARE(data.customers.rows(), size_t{2000});
        const auto problems = validateGraph(g, data);
        QVERIFY2(problems.empty(), diagnosticsText(problems).c_str());

        // Sizes from an independent evaluation of the graph over the demo data.
        const std::map<std::string, size_t> expected{
            {"s_vip", 66}, {"s_hv_risk", 33}, {"s_winback", 433}, {"s_welcome", 55},
            {"s_cart", 69}, {"s_sms_only", 230}, {"s_vip_big_basket", 43}, {"s_winback_test", 390},
            {"s_winback_control", 43}, {"s_wave_hv_risk", 33}, {"s_wave_winback", 431}};
        for (Strategy strategy : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid}) {
            RunOptions options;
            options.strategy = strategy;
            options.threads = 2;
            const RunResult r = runGraph(g, data, options);
            QVERIFY(!r.partialFailure());
            QCOMPARE(r.segments.size(), expected.size());
            for (const SegmentRun& s : r.segments) {
                QVERIFY2(expected.count(s.id), s.id.c_str());
                QCOMPARE(s.size, expected.at(s.id));
                QVERIFY2(s.warnings.empty(), (s.id + ": " + (s.warnings.empty() ? "" : s.warnings[0])).c_str());
            }
        }
    }

    void retailDemoExports()
    {
        const Graph g = loadGraph(std::filesystem::path(SEG_SOURCE_DIR) / "resources" / "demo" / "retail.segment.json");
        const Dataset data = loadData(g);
        RunOptions options;
        options.threads = 2;
        const RunResult r = runGraph(g, data, options);
        QTemporaryDir dir;
        std::vector<std::string> names;
        std::vector<const Node*> segments;
        for (const Node& n : g.nodes)
            if (n.type == NodeType::Segment) {
                names.push_back(n.name);
                segments.push_back(&n);
            }
        const std::vector<std::string> slugs = uniqueSlugs(names);
        QCOMPARE(slugs[0], std::string("vip-early-access"));
        for (size_t i = 0; i < segments.size(); ++i) {
            const Bitset* members = r.members(segments[i]->id);
            QVERIFY(members);
            ExportOptions exportOptions;
            exportOptions.columns = segments[i]->exportColumns;
            const auto file = std::filesystem::path(dir.path().toStdString()) / (slugs[i] + ".csv");
            exportMembersCsv(data.customers, r.derived, *members, file, exportOptions);
            const auto rows = seg::test::parseCsvText(seg::test::readFile(file));
            QCOMPARE(rows.size(), members->count() + 1);
            const std::vector<std::string> header =
                exportOptions.columns.empty() ? std::vector<std::string>{"customer_id"} : exportOptions.columns;
            QCOMPARE(rows[0], header);
        }
        // The VIP export carries the derived 12-month spend, never empty for a top-by-spend member.
        const auto vip = seg::test::parseCsvText(
            seg::test::readFile(std::filesystem::path(dir.path().toStdString()) / "vip-early-access.csv"));
        for (size_t row = 1; row < vip.size(); ++row)
            QVERIFY(!vip[row][5].empty());
    }

    void generatedDemoRunsCleanly()
    {
        for (size_t events : {size_t{0}, size_t{40000}}) {
            QTemporaryDir dir;
            GenerateOptions o;
            o.customers = 3000;
            o.events = events;
            o.seed = 123;
            o.outDir = dir.path().toStdString();
            generateDataset(o);
            const Graph g = loadGraph(o.outDir / "demo.segment.json");
            const Dataset data = loadData(g);
            const auto problems = validateGraph(g, data);
            QVERIFY2(problems.empty(), diagnosticsText(problems).c_str());
            RunOptions options;
            options.threads = 2;
            const RunResult r = runGraph(g, data, options);
            QVERIFY(!r.partialFailure());
            for (const SegmentRun& s : r.segments) {
                QVERIFY2(s.size > 0, s.id.c_str());
                QVERIFY2(s.warnings.empty(), (s.id + ": " + (s.warnings.empty() ? "" : s.warnings[0])).c_str());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoRun)
#include "test_demo_run.moc"
