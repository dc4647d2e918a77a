// The DAG view against the planner and the hand-built graph of views_fixture.h: levels as
// columns, the implicit derive edge dashed, the critical path equal to the planner's, and the
// numbered steps following the chosen strategy.
#include "views_fixture.h"

#include "dag/dag_scene.h"
#include "dag/dag_view.h"
#include "document/rule_text.h"
#include "document/selection.h"
#include "session/data_session.h"
#include "session/preview_runner.h"

#include <QApplication>
#include <QClipboard>
#include <QGraphicsPathItem>
#include <QGraphicsView>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

#include <set>

using namespace seg;
using namespace seg::ui;

namespace {

const DagEdge* findEdge(const DagScene& scene, const char* from, const char* to)
{
    for (const DagEdge& e : scene.edges())
        if (e.from == from && e.to == to)
            return &e;
    return nullptr;
}

struct Fixture {
    QTemporaryDir dir;
    Document doc;
    DataSession data;
    PreviewRunner runner{&doc, &data};
    Selection selection;
    Fixture()
    {
        runner.setAutoRun(false);
        test::loadTenCustomersGraph(doc, dir);
        data.setDataset(test::tenCustomers());
    }
};

} // namespace

class TestDagView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void levelsEdgesAndCriticalPathMatchThePlanner()
    {
        Fixture f;
        DagView view(&f.doc, &f.data, &f.runner, &f.selection);
        view.setThreads(2);
        view.setStrategy(Strategy::Hybrid);
        QVERIFY2(view.plan().has_value(), qPrintable(view.message()));
        QVERIFY(view.message().isEmpty());
        DagScene& scene = *view.scene();
        QCOMPARE(scene.nodeIds().size(), 9);

        // Levels: sources 0; c_big waits for the derived column; o1 for c_big; s_reach for o1.
        const std::map<QString, int> levels{{"d_double", 0}, {"c_old", 0}, {"c_de", 0},    {"c_spend", 0}, {"c_big", 1},
                                            {"s_old", 1},    {"o1", 2},    {"s_spend", 1}, {"s_reach", 3}};
        for (const auto& [id, level] : levels) {
            const DagNodeItem* item = scene.nodeItem(id);
            QVERIFY2(item, qPrintable(id));
            QCOMPARE(item->level(), level);
        }
        // One column per level, left to right.
        QVERIFY(scene.nodeItem("d_double")->x() < scene.nodeItem("c_big")->x());
        QVERIFY(scene.nodeItem("c_big")->x() < scene.nodeItem("o1")->x());
        QVERIFY(scene.nodeItem("o1")->x() < scene.nodeItem("s_reach")->x());
        QCOMPARE(scene.nodeItem("c_old")->x(), scene.nodeItem("c_de")->x());

        // Edges: the derived column is an implicit (dashed) edge, inputs are solid.
        QCOMPARE(scene.edges().size(), size_t{6});
        const DagEdge* implicit = findEdge(scene, "d_double", "c_big");
        QVERIFY(implicit);
        QVERIFY(implicit->implicit);
        QCOMPARE(implicit->item->pen().style(), Qt::DashLine);
        const DagEdge* input = findEdge(scene, "c_de", "o1");
        QVERIFY(input);
        QVERIFY(!input->implicit);
        QCOMPARE(input->item->pen().style(), Qt::SolidLine);

        // The critical path is the planner's own, for the same graph, data, strategy and threads.
        const Plan reference = planGraph(f.doc.graph(), *f.data.dataset(), Strategy::Hybrid, 2);
        QCOMPARE(view.plan()->criticalPath, reference.criticalPath);
        QVERIFY(reference.criticalPath.size() >= 2);
        std::set<QString> onPath;
        for (const auto& id : reference.criticalPath)
            onPath.insert(QString::fromStdString(id));
        for (const QString& id : scene.nodeIds())
            QCOMPARE(scene.nodeItem(id)->critical(), onPath.count(id) == 1);
        for (const DagEdge& e : scene.edges()) {
            const auto at = std::find(reference.criticalPath.begin(), reference.criticalPath.end(), e.from.toStdString());
            const bool consecutive = at != reference.criticalPath.end() && at + 1 != reference.criticalPath.end()
                && *(at + 1) == e.to.toStdString();
            QCOMPARE(e.critical, consecutive);
        }
    }

    void strategyChangeRenumbersTheSteps()
    {
        Fixture f;
        DagView view(&f.doc, &f.data, &f.runner, &f.selection);
        view.setThreads(2);
        QSignalSpy replanned(&view, &DagView::planChanged);
        view.setStrategy(Strategy::Hybrid);
        QCOMPARE(replanned.count(), 1);
        QVERIFY2(view.plan().has_value(), qPrintable(view.message()));
        // Hybrid runs each level at once: 4 steps, the level + 1 is the step.
        QCOMPARE(view.plan()->stages.size(), size_t{4});
        QCOMPARE(view.scene()->nodeItem("c_de")->stage(), 1);
        QCOMPARE(view.scene()->nodeItem("c_big")->stage(), 2);
        QCOMPARE(view.scene()->nodeItem("s_reach")->stage(), 4);
        QCOMPARE(f.runner.strategy(), Strategy::Hybrid); // the preview runs what the view shows

        view.setStrategy(Strategy::Sequential);
        QCOMPARE(view.plan()->strategy, Strategy::Sequential);
        QCOMPARE(view.plan()->stages.size(), size_t{9}); // one node per step
        std::set<int> steps;
        for (const QString& id : view.scene()->nodeIds())
            steps.insert(view.scene()->nodeItem(id)->stage());
        QCOMPARE(steps.size(), size_t{9});
        QCOMPARE(*steps.begin(), 1);
        QCOMPARE(*steps.rbegin(), 9);
        QCOMPARE(f.runner.strategy(), Strategy::Sequential);

        view.setStrategy(Strategy::Auto);
        QCOMPARE(view.plan()->requested, Strategy::Auto);
        QVERIFY(QString::fromStdString(view.plan()->reason).startsWith("auto chose"));
    }

    void replansAfterAnEditAndExplainsAnInvalidGraph()
    {
        Fixture f;
        DagView view(&f.doc, &f.data, &f.runner, &f.selection);
        Node broken = *f.doc.node("c_old");
        broken.condition.field = "shoe_size";
        f.doc.changeNode(broken);
        QSignalSpy replanned(&view, &DagView::planChanged);
        QVERIFY(replanned.wait(2000)); // debounced re-plan after the edit
        QVERIFY(!view.plan());
        QVERIFY2(view.message().contains("c_old") && view.message().contains("shoe_size"), qPrintable(view.message()));
        QVERIFY(view.scene()->nodeIds().isEmpty());

        f.doc.undoStack()->undo();
        QVERIFY(replanned.wait(2000));
        QVERIFY(view.plan());
        QCOMPARE(view.scene()->nodeIds().size(), 9);
    }

    // Two conditions on one column without inputs are read in one pass: the view names them.
    void scanGroupsAreNamedUnderTheReason()
    {
        Fixture f;
        DagView view(&f.doc, &f.data, &f.runner, &f.selection);
        auto reasonText = [&] {
            for (QLabel* l : view.findChildren<QLabel*>())
                if (l->text().startsWith("Why: "))
                    return l->text();
            return QString();
        };
        QVERIFY(view.plan().has_value());
        QVERIFY(!reasonText().isEmpty());
        QVERIFY(!reasonText().contains("Read together"));
        Node spend = *f.doc.node("c_spend");
        spend.condition.field = "age";
        f.doc.changeNode(spend);
        QSignalSpy replanned(&view, &DagView::planChanged);
        QVERIFY(replanned.wait(2000));
        QVERIFY2(view.plan().has_value(), qPrintable(view.message()));
        QCOMPARE(view.plan()->scanGroups.size(), size_t{1});
        QVERIFY2(reasonText().endsWith("\nRead together, one pass over the column: age (c_old, c_spend)"),
                 qPrintable(reasonText()));
    }

    void withoutDataItAsksForAnImport()
    {
        QTemporaryDir dir;
        Document doc;
        test::loadTenCustomersGraph(doc, dir);
        DataSession data;
        DagView view(&doc, &data, nullptr, nullptr);
        QVERIFY(!view.plan());
        QVERIFY2(view.message().contains("Import customers"), qPrintable(view.message()));
        data.setDataset(test::tenCustomers());
        QSignalSpy replanned(&view, &DagView::planChanged);
        QVERIFY(replanned.wait(2000));
        QVERIFY(view.plan());
    }

    void copyButtonsAndClickingSelects()
    {
        Fixture f;
        DagView view(&f.doc, &f.data, &f.runner, &f.selection);
        view.setStrategy(Strategy::Parallel);
        QVERIFY2(view.plan().has_value(), qPrintable(view.message()));
        for (QPushButton* b : view.findChildren<QPushButton*>()) {
            if (b->text() == "Copy as text") {
                b->click();
                QCOMPARE(QApplication::clipboard()->text(), QString::fromStdString(planToText(*view.plan())));
                QVERIFY(QApplication::clipboard()->text().contains("Strategy: parallel"));
            } else if (b->text() == "Copy as DOT") {
                b->click();
                QVERIFY(QApplication::clipboard()->text().startsWith("digraph"));
            }
        }
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        DagNodeItem* item = view.scene()->nodeItem("o1");
        const QPoint at = view.view()->mapFromScene(item->sceneBoundingRect().center());
        QTest::mouseClick(view.view()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(f.selection.current(), QString("o1"));
        // Every node's tooltip names its estimated cost.
        QVERIFY(item->toolTip().contains("Estimated cost"));
        // The box shows the node's rule in plain words, as the canvas card does.
        QCOMPARE(item->rule(), ruleSentence(*f.doc.node("o1"), &f.doc.graph()));
        QVERIFY(!item->rule().isEmpty() && item->toolTip().contains(item->rule().toHtmlEscaped()));
        // In a small dock, Fit keeps the text readable (scale 0.6 at least) and shows the sources.
        view.resize(420, 260);
        QApplication::processEvents();
        view.fitToView();
        QVERIFY(view.view()->transform().m11() >= 0.6 - 1e-9);
        for (const QString& id : view.scene()->nodeIds())
            if (view.scene()->nodeItem(id)->level() == 0) {
                const QRectF box = view.scene()->nodeItem(id)->sceneBoundingRect();
                QVERIFY(view.view()->mapToScene(view.view()->viewport()->rect()).boundingRect().left() <= box.left());
            }
        if (qEnvironmentVariableIsSet("SEG_SCREENSHOT_DIR"))
            view.grab().save(qEnvironmentVariable("SEG_SCREENSHOT_DIR") + "/dag_view.png");
    }
};

QTEST_MAIN(TestDagView)
#include "test_dag_view.moc"
