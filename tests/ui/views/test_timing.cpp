// The timing profile: Gantt bars equal the NodeRun timings (a hand-made run and a real one),
// and "compare strategies" finds the same members with all three strategies and a time for
// each, in the background with progress and cancel.
#include "views_fixture.h"

#include "document/selection.h"
#include "graph/graph_io.h"
#include "preview/qcp.h"
#include "session/data_session.h"
#include "session/preview_runner.h"
#include "timing/gantt_chart.h"
#include "timing/strategy_compare.h"
#include "timing/strategy_compare_view.h"
#include "timing/timing_panel.h"
#include "util/error.h"

#include <QApplication>
#include <QTableWidget>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

NodeRun nodeRun(const char* id, NodeType type, int worker, double start, double end, bool cached = false,
                NodeStatus status = NodeStatus::Ok)
{
    NodeRun n;
    n.id = id;
    n.type = type;
    n.worker = worker;
    n.startMs = start;
    n.endMs = end;
    n.cached = cached;
    n.status = status;
    return n;
}

Graph tenCustomersGraph()
{
    GraphLoadResult loaded = parseGraph(test::kTenCustomersGraph, "views.segment.json", ".");
    if (!loaded.ok())
        qFatal("fixture graph does not load");
    return *loaded.graph;
}

} // namespace

class TestTiming : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void ganttBarsOfAHandMadeRun()
    {
        auto run = std::make_shared<RunResult>();
        run->totalMs = 40;
        run->nodes = {nodeRun("c1", NodeType::Condition, 1, 0, 12.5),
                      nodeRun("c2", NodeType::Condition, 2, 1, 30),
                      nodeRun("a1", NodeType::And, 1, 30, 36, /*cached=*/true),
                      nodeRun("s1", NodeType::Segment, 2, 36, 39.5),
                      nodeRun("skip", NodeType::Segment, 0, 0, 0, false, NodeStatus::Skipped)};
        GanttChart chart;
        chart.setRun(run, nullptr);
        QCOMPARE(chart.bars().size(), size_t{4}); // the skipped node never ran
        QCOMPARE(chart.plot()->itemCount(), 8); // a bar and its name per node
        for (size_t i = 0; i < 4; ++i) {
            const NodeRun& n = run->nodes[i];
            const GanttBar& b = chart.bars()[i];
            QCOMPARE(b.id, n.id);
            QCOMPARE(b.worker, n.worker);
            QCOMPARE(b.startMs, n.startMs);
            QCOMPARE(b.endMs, n.endMs);
            const QCPItemRect* r = chart.barItem(i);
            QCOMPARE(r->topLeft->coords().x(), n.startMs);
            QCOMPARE(r->bottomRight->coords().x(), n.endMs);
            QVERIFY(r->topLeft->coords().y() < n.worker && r->bottomRight->coords().y() > n.worker);
        }
        QVERIFY(chart.bars()[2].cached);
        QCOMPARE(chart.barItem(2)->brush().style(), Qt::BDiagPattern); // cached: hatched
        QCOMPARE(chart.barItem(0)->brush().style(), Qt::SolidPattern);
        const QString tip = chart.barToolTip(2);
        QVERIFY2(tip.contains("a1") && tip.contains("Worker 1") && tip.contains("30.0 → 36.0 ms") && tip.contains("cache"),
                 qPrintable(tip));
    }

    void ganttBarsAreLabelledWithNodeNames()
    {
        Graph graph;
        for (const char* id : {"c1", "c2", "s1"}) {
            Node n;
            n.id = id;
            graph.nodes.push_back(n);
        }
        graph.nodes[0].label = "Customers in Germany";
        graph.nodes[1].label = "Bought at least twice in the last thirty days with a basket of 20 or more";
        auto run = std::make_shared<RunResult>();
        run->totalMs = 100;
        run->nodes = {nodeRun("c1", NodeType::Condition, 1, 0, 60), nodeRun("c2", NodeType::Behavior, 2, 0, 25),
                      nodeRun("s1", NodeType::Segment, 1, 60, 60.05)};
        GanttChart chart;
        chart.resize(900, 300);
        chart.setRun(run, &graph);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.plot()->replot();
        // A wide bar shows the whole name; a shorter one the start of it, elided; a sliver none.
        QCOMPARE(chart.barText(0), QString("Customers in Germany"));
        const QString elided = chart.barText(1);
        QVERIFY2(elided.endsWith(QChar(0x2026)) && graph.nodes[1].label.starts_with(elided.chopped(1).toStdString()),
                 qPrintable(elided));
        QVERIFY(elided.size() > 5);
        QVERIFY(chart.barText(2).isEmpty());
        // The tooltip always has the full name.
        QVERIFY(chart.barToolTip(1).startsWith(QString::fromStdString(graph.nodes[1].label)));
        // Narrower chart: the labels follow the bars' new widths.
        chart.resize(400, 300);
        QApplication::processEvents();
        chart.plot()->replot();
        QVERIFY(chart.barText(0).size() <= QString("Customers in Germany").size());
        QVERIFY(chart.barText(1).size() < elided.size());
    }

    void ganttOfARealPreviewRun()
    {
        QTemporaryDir dir;
        Document doc;
        test::loadTenCustomersGraph(doc, dir);
        DataSession data;
        PreviewRunner runner(&doc, &data);
        runner.setAutoRun(false);
        runner.setStrategy(Strategy::Hybrid);
        runner.setThreads(2);
        TimingPanel panel(&doc, &data, &runner, nullptr);
        data.setDataset(test::tenCustomers());
        runner.runNow();
        QVERIFY(runner.waitForIdle());
        const RunResult& run = *runner.lastResult()->run;
        const std::vector<GanttBar>& bars = panel.gantt()->bars();
        QCOMPARE(bars.size(), run.nodes.size()); // every node ran
        for (size_t i = 0; i < bars.size(); ++i) {
            QCOMPARE(bars[i].id, run.nodes[i].id);
            QCOMPARE(bars[i].worker, run.nodes[i].worker);
            QCOMPARE(bars[i].startMs, run.nodes[i].startMs);
            QCOMPARE(bars[i].endMs, run.nodes[i].endMs);
            QCOMPARE(panel.gantt()->barItem(i)->topLeft->coords().x(), run.nodes[i].startMs);
        }
        QCOMPARE(bars[1].label, QString("Age 40+")); // display names from the graph
        QVERIFY2(panel.summaryText().contains("hybrid") && panel.summaryText().contains("9 nodes, 0 from the cache"),
                 qPrintable(panel.summaryText()));

        // An edit of one node: the rerun takes the others from the cache and marks them.
        Node changed = *doc.node("c_spend");
        changed.condition.cmp.value = 100;
        doc.changeNode(changed);
        runner.runNow();
        QVERIFY(runner.waitForIdle());
        size_t cached = 0;
        for (const GanttBar& b : panel.gantt()->bars())
            cached += b.cached ? 1 : 0;
        QVERIFY2(cached >= 5, qPrintable(panel.summaryText()));
        if (qEnvironmentVariableIsSet("SEG_SCREENSHOT_DIR")) {
            panel.resize(760, 560);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            panel.compareView()->start();
            QVERIFY(panel.compareView()->waitForFinished());
            panel.grab().save(qEnvironmentVariable("SEG_SCREENSHOT_DIR") + "/timing.png");
        }
    }

    void compareStrategiesAgreeOnMembers()
    {
        const auto data = test::tenCustomers();
        int progressCalls = 0, lastDone = 0;
        const StrategyComparison c = compareStrategies(tenCustomersGraph(), *data, 2, 3, [&](int done, int total) {
            ++progressCalls;
            lastDone = done;
            QCOMPARE(total, 9);
        });
        QCOMPARE(progressCalls, 9);
        QCOMPARE(lastDone, 9);
        QCOMPARE(c.segmentIds, (std::vector<std::string>{"s_old", "s_reach", "s_spend"}));
        QCOMPARE(c.timings.size(), size_t{3});
        QCOMPARE(c.timings[0].strategy, Strategy::Sequential);
        QCOMPARE(c.timings[1].strategy, Strategy::Parallel);
        QCOMPARE(c.timings[2].strategy, Strategy::Hybrid);
        for (const StrategyTiming& t : c.timings) {
            QCOMPARE(t.segmentSizes, (std::vector<size_t>{5, 7, 5})); // hand-counted in views_fixture.h
            QCOMPARE(t.runsMs.size(), size_t{3});
            QVERIFY(t.medianMs > 0);
            QCOMPARE(t.medianMs, medianOf(t.runsMs));
        }
        QCOMPARE(c.timings[0].threads, 1);
        QCOMPARE(c.timings[2].threads, 2);
        QVERIFY(c.sameResults());
        QCOMPARE(c.speedup(0), 1.0);
        QCOMPARE(c.speedup(1), c.timings[0].medianMs / c.timings[1].medianMs);
    }

    void medianOfOddAndEvenCounts()
    {
        QCOMPARE(medianOf({5, 1, 3}), 3.0);
        QCOMPARE(medianOf({4, 1, 3, 2}), 2.5);
        QCOMPARE(medianOf({}), 0.0);
    }

    void compareRefusesAnInvalidGraphAndStopsOnCancel()
    {
        const auto data = test::tenCustomers();
        Graph g = tenCustomersGraph();
        g.find("c_old")->condition.field = "shoe_size";
        try {
            compareStrategies(g, *data, 2, 1);
            QFAIL("an invalid graph must not run");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("c_old") && QString(e.what()).contains("shoe_size"), e.what());
        }
        std::atomic<bool> cancel{true};
        QVERIFY_THROWS_EXCEPTION(Cancelled, compareStrategies(tenCustomersGraph(), *data, 2, 1, {}, &cancel));
    }

    void compareViewRunsInTheBackground()
    {
        QTemporaryDir dir;
        Document doc;
        test::loadTenCustomersGraph(doc, dir);
        DataSession data;
        StrategyCompareView view(&doc, &data);
        QSignalSpy finished(&view, &StrategyCompareView::finished);
        view.start(); // no data yet
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(view.statusText().contains("Import customers"));

        data.setDataset(test::tenCustomers());
        view.setThreads(2);
        view.setRepetitions(2);
        view.start();
        QVERIFY(view.isRunning());
        QVERIFY(view.waitForFinished());
        QCOMPARE(finished.count(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), true);
        QVERIFY(view.comparison().has_value());
        QCOMPARE(view.table()->rowCount(), 3);
        QCOMPARE(view.table()->item(0, 0)->text(), QString("Sequential"));
        QCOMPARE(view.table()->item(0, 2)->text(), QString("1.00×"));
        QCOMPARE(view.table()->item(2, 0)->text(), QString("Hybrid"));
        QVERIFY(view.statusText().contains("same members"));

        Node broken = *doc.node("c_de");
        broken.condition.field = "planet";
        doc.changeNode(broken);
        view.start();
        QVERIFY(view.waitForFinished());
        QVERIFY2(view.statusText().contains("c_de") && view.statusText().contains("planet"), qPrintable(view.statusText()));
    }
};

QTEST_MAIN(TestTiming)
#include "test_timing.moc"
