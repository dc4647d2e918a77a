// Golden tests of the whole engine: import -> graph load -> validate -> plan -> run, for every
// case folder under tests/data/golden/, every strategy and 1, 2 and 4 threads. Expected results
// are worked out by hand from the data and the spec (see each case's expected.json "notes"),
// so these tests say whether the engine follows the spec, not whether it is unchanged.
#include "golden_case.h"

#include "data/dataset.h"
#include "exec/runner.h"
#include "graph/graph_io.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
namespace fs = std::filesystem;

namespace {

Dataset loadCaseData(const Graph& graph)
{
    std::optional<fs::path> eventsPath;
    if (graph.events)
        eventsPath = graph.resolve(graph.events->path);
    return loadDataset(graph.customers, graph.resolve(graph.customers.path), graph.events, eventsPath);
}

// QtTest cuts long failure messages, so every line also goes to the log in full.
QString joined(const std::vector<std::string>& lines)
{
    QString out;
    for (const auto& l : lines) {
        qWarning("%s", l.c_str());
        out += "\n  " + QString::fromStdString(l);
    }
    return out;
}

} // namespace

class TestGolden : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void casesExist()
    {
        // A broken discovery must not pass by running nothing.
        QVERIFY(golden::discoverCases(SEG_GOLDEN_DIR).size() >= 10);
    }

    void run_data()
    {
        QTest::addColumn<QString>("caseDir");
        QTest::addColumn<int>("strategy");
        QTest::addColumn<int>("threads");
        const Strategy strategies[] = {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid, Strategy::Auto};
        for (const fs::path& dir : golden::discoverCases(SEG_GOLDEN_DIR))
            for (Strategy s : strategies)
                for (int threads : {1, 2, 4}) {
                    const std::string row = dir.filename().string() + "/" + std::string(strategyName(s)) + "/t"
                        + std::to_string(threads);
                    QTest::newRow(row.c_str()) << QString::fromStdString(dir.string()) << static_cast<int>(s) << threads;
                }
    }

    void run()
    {
        QFETCH(QString, caseDir);
        QFETCH(int, strategy);
        QFETCH(int, threads);
        const fs::path dir = caseDir.toStdString();
        Json expected;
        try {
            expected = golden::readExpected(dir);
        } catch (const Error& e) {
            QFAIL(e.what());
        }

        GraphLoadResult loaded = loadGraphFile(dir / "graph.segment.json");
        std::vector<Diagnostic> diagnostics = loaded.diagnostics;
        const bool expectInvalid = expected.contains("validation_errors");
        if (!expectInvalid && !loaded.ok()) {
            std::vector<std::string> texts;
            for (const auto& d : diagnostics)
                texts.push_back(d.toString());
            QFAIL(qPrintable("graph did not load cleanly:" + joined(texts)));
        }
        if (!loaded.graph) { // unusable file: only the loader's diagnostics can be checked
            const auto diffs = golden::compareDiagnostics(expected, diagnostics);
            QVERIFY2(diffs.empty(), qPrintable(joined(diffs)));
            return;
        }
        const Graph& graph = *loaded.graph;
        Dataset data;
        try {
            data = loadCaseData(graph);
        } catch (const Error& e) {
            QFAIL(qPrintable(QString("data did not load: ") + e.what()));
        }

        RunOptions options;
        options.strategy = static_cast<Strategy>(strategy);
        options.threads = threads;
        options.allNodes = true; // so every node's set can be checked, not only segment ancestors

        if (expectInvalid) {
            for (auto& d : validateGraph(graph, data))
                diagnostics.push_back(std::move(d));
            const auto diffs = golden::compareDiagnostics(expected, diagnostics);
            QVERIFY2(diffs.empty(), qPrintable(joined(diffs)));
            // A graph with validation errors is never run.
            bool refused = false;
            try {
                (void)runGraph(graph, data, options);
            } catch (const Error&) {
                refused = true;
            }
            QVERIFY2(refused, "runGraph ran a graph that has validation errors");
            return;
        }

        QVERIFY2(validateGraph(graph, data).empty(), "graph has validation errors");
        RunResult result;
        try {
            result = runGraph(graph, data, options);
        } catch (const Error& e) {
            QFAIL(qPrintable(QString("run failed: ") + e.what()));
        }
        QVERIFY(result.strategy != Strategy::Auto);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        auto diffs = golden::compareRun(expected, graph, data, result, scratch.path().toStdString());

        // The CLI evaluates only what segments need; that pruned plan must agree as well.
        options.allNodes = false;
        try {
            const RunResult pruned = runGraph(graph, data, options);
            for (auto& d : golden::compareSegmentsOnlyRun(expected, data, pruned))
                diffs.push_back(std::move(d));
        } catch (const Error& e) {
            diffs.push_back(std::string("segments-only run failed: ") + e.what());
        }
        QVERIFY2(diffs.empty(), qPrintable(joined(diffs)));
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "test_golden.moc"
