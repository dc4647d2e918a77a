// The Run History dock on a workspace built here: ten customers aged 1..10, a condition
// "age >= T" feeding segment s1 (expected 3..8), recorded three times with T = 6, 4, 9, so the
// sizes are 5, 7, 2 by hand. The panel must list the runs newest first with their changes, draw
// three points and the expected band, and show the alerts of the latest run.
#include "document/document.h"
#include "document/selection.h"
#include "exec/runner.h"
#include "graph/graph_io.h"
#include "history/run_history_chart.h"
#include "history/run_history_panel.h"
#include "workspace/run_history.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::ui;
namespace fs = std::filesystem;

namespace {

std::string graphText(int threshold)
{
    return R"({"format": "segment-studio/graph", "format_version": 1, "name": "ages", "as_of": "2024-12-31",
  "datasets": {"customers": {"path": "customers.csv", "key": "customer_id"}},
  "nodes": [
    {"id": "c1", "type": "condition", "field": "age", "op": "ge", "value": )" + std::to_string(threshold) + R"(},
    {"id": "s1", "type": "segment", "name": "Grown-ups", "input": "c1", "expected": {"min": 3, "max": 8}}
  ]})";
}

Graph parsed(const std::string& text, const fs::path& dir)
{
    GraphLoadResult r = parseGraph(text, "test", dir);
    if (!r.ok())
        throw std::runtime_error(r.diagnostics.empty() ? "bad graph" : r.diagnostics.front().toString());
    return *r.graph;
}

} // namespace

class TestRunHistoryPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsTheSelectedSegmentsRunsChangesBandAndAlerts()
    {
        QTemporaryDir tmp;
        const fs::path dir = tmp.path().toStdString();
        {
            QFile csv(tmp.filePath("customers.csv"));
            QVERIFY(csv.open(QIODevice::WriteOnly));
            csv.write("customer_id,age\n");
            for (int i = 1; i <= 10; ++i)
                csv.write(QStringLiteral("k%1,%1\n").arg(i).toUtf8());
        }
        Graph first = parsed(graphText(6), dir);
        const Dataset data = loadDataset(first.customers, dir / "customers.csv", std::nullopt, std::nullopt);
        const fs::path file = dir / "ages.segstudio";
        WorkspaceSave save;
        save.graphText = graphText(6);
        save.baseDir = dir;
        save.data = &data;
        save.customersPath = (dir / "customers.csv").string();
        saveWorkspace(file, save);
        const WorkspaceInfo info = openWorkspace(file);
        for (int threshold : {6, 4, 9}) {
            const Graph g = parsed(graphText(threshold), dir);
            RunResult run = runGraph(g, data, RunOptions{});
            recordRun(info, g, run, "test");
        }

        Document document;
        Selection selection;
        QStringList errors;
        QVERIFY2(document.loadText(graphText(9), dir, QString::fromStdString(file.string()), &errors),
                 qPrintable(errors.join("\n")));
        RunHistoryPanel panel(&document, &selection);
        QVERIFY(panel.summaryText().contains("workspaces")); // no workspace yet: the hint
        panel.setWorkspace(QString::fromStdString(file.string()));
        selection.set({"s1"});
        QCOMPARE(panel.segmentId(), QString("s1"));
        QCOMPARE(panel.runs().size(), size_t(3));

        // Newest first: sizes 2, 7, 5; changes -5 (-71.4 %), +2 (+40.0 %), none for the first.
        QTableWidget* table = panel.table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, 2)->text(), QString("2"));
        QCOMPARE(table->item(1, 2)->text(), QString("7"));
        QCOMPARE(table->item(2, 2)->text(), QString("5"));
        QCOMPARE(table->item(0, 3)->text(), QLocale().toString(-5) + " (" + QLocale().toString(-71.4, 'f', 1) + " %)");
        QCOMPARE(table->item(1, 3)->text(), "+2 (+" + QLocale().toString(40.0, 'f', 1) + " %)");
        QCOMPARE(table->item(2, 3)->text(), QString("—"));
        QCOMPARE(table->item(0, 4)->text(), QString("changed c1"));
        QCOMPARE(table->item(2, 4)->text(), QString("first run"));
        QVERIFY(panel.summaryText().contains("2 members"));
        // The latest run: below the expected 3..8, and -66.7 % against the median 6 of {7, 5}.
        QVERIFY2(panel.alertsText().contains("moved -66.7 % against the median 6 of the last 2 runs"),
                 qPrintable(panel.alertsText()));
        QVERIFY2(panel.alertsText().contains("expected"), qPrintable(panel.alertsText()));
        QCOMPARE(panel.chart()->pointCount(), 3);
        QVERIFY(panel.chart()->showsExpectedBand());

        // Selecting something that is not a segment keeps the segment shown.
        selection.set({"c1"});
        QCOMPARE(panel.segmentId(), QString("s1"));
        QCOMPARE(panel.table()->rowCount(), 3);
    }
};

QTEST_MAIN(TestRunHistoryPanel)
#include "test_run_history_panel.moc"
