// The views on the demo project (resources/demo: 2000 customers, 30000 events, 39 nodes): the
// DAG shows every node and plans fast enough to re-plan after each edit on the GUI thread;
// the preview and the Gantt chart show what the run produced. With SEG_SCREENSHOT_DIR set,
// the widgets are saved as PNGs there (for looking at them and for the README).
#include "dag/dag_scene.h"
#include "dag/dag_view.h"
#include "data/dataset.h"
#include "document/document.h"
#include "document/selection.h"
#include "preview/preview_panel.h"
#include "preview/segment_size_chart.h"
#include "session/data_session.h"
#include "session/preview_runner.h"
#include "timing/gantt_chart.h"
#include "timing/timing_panel.h"

#include <QElapsedTimer>
#include <QTabWidget>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

class TestViewsDemo : public QObject {
    Q_OBJECT
    Document doc_;
    DataSession data_;

private Q_SLOTS:
    void initTestCase()
    {
        const QString graphPath = QStringLiteral(SEG_SOURCE_DIR "/resources/demo/retail.segment.json");
        QStringList errors;
        QVERIFY2(doc_.load(graphPath, &errors), qPrintable(errors.join('\n')));
        const Graph& g = doc_.graph();
        data_.setDataset(std::make_shared<Dataset>(loadDataset(g.customers, g.resolve(g.customers.path), g.events,
                                                               g.resolve(g.events->path))));
    }

    void dagShowsEveryNodeAndPlansQuickly()
    {
        DagView view(&doc_, &data_, nullptr, nullptr);
        view.setThreads(2);
        view.setStrategy(Strategy::Auto);
        QVERIFY2(view.plan().has_value(), qPrintable(view.message()));
        QCOMPARE(view.scene()->nodeIds().size(), static_cast<qsizetype>(doc_.graph().nodes.size()));
        size_t implicitEdges = 0;
        for (const DagEdge& e : view.scene()->edges())
            implicitEdges += e.implicit ? 1 : 0;
        QVERIFY(implicitEdges > 0); // the demo derives columns that conditions use
        // Re-planning happens on the GUI thread after each edit: it must stay far below a frame
        // budget even in a debug build (binding compiles expressions; no data is scanned).
        QElapsedTimer timer;
        timer.start();
        constexpr int kRounds = 10;
        for (int i = 0; i < kRounds; ++i)
            view.replan();
        const double perPlanMs = static_cast<double>(timer.elapsed()) / kRounds;
        qInfo("planning + drawing the demo DAG: %.2f ms (planner alone %.2f ms)", perPlanMs, view.lastPlanningMs());
        QVERIFY2(view.lastPlanningMs() < 50, qPrintable(QString::number(view.lastPlanningMs())));
        if (qEnvironmentVariableIsSet("SEG_SCREENSHOT_DIR")) {
            view.resize(1100, 700);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.replan();
            view.grab().save(qEnvironmentVariable("SEG_SCREENSHOT_DIR") + "/demo_dag.png");
        }
    }

    void previewAndTimingShowTheRun()
    {
        PreviewRunner runner(&doc_, &data_);
        runner.setAutoRun(false);
        runner.setThreads(2);
        Selection selection;
        PreviewPanel preview(&doc_, &data_, &runner, &selection);
        TimingPanel timing(&doc_, &data_, &runner, &selection);
        runner.runNow();
        QVERIFY(runner.waitForIdle());
        const RunResult& run = *runner.lastResult()->run;
        QCOMPARE(preview.sizeChart()->bars().size(), run.segments.size());
        for (size_t i = 0; i < run.segments.size(); ++i)
            QCOMPARE(preview.sizeChart()->bars()[i].size, run.segments[i].size);
        QCOMPARE(timing.gantt()->bars().size(), run.nodes.size());
        if (qEnvironmentVariableIsSet("SEG_SCREENSHOT_DIR")) {
            const QString dir = qEnvironmentVariable("SEG_SCREENSHOT_DIR");
            selection.set({QString::fromStdString(run.segments.front().id)});
            preview.resize(900, 560);
            preview.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preview));
            for (int i = 0; i < preview.tabs()->count(); ++i) {
                preview.tabs()->setCurrentIndex(i);
                QTest::qWait(30);
                preview.grab().save(QString("%1/demo_preview_%2.png").arg(dir).arg(i));
            }
            timing.resize(900, 640);
            timing.show();
            QVERIFY(QTest::qWaitForWindowExposed(&timing));
            timing.grab().save(dir + "/demo_timing.png");
        }
    }
};

QTEST_MAIN(TestViewsDemo)
#include "test_views_demo.moc"
