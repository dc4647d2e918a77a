// Monitoring in the window (issue 15) on a workspace built here: ten customers k1..k10 aged
// 1..10, three segments, and a history of three runs in which "Grown-ups" (age >= 6) had 5
// members. The workspace's graph now says age >= 9, so by hand:
//   s1 Grown-ups (expected 1..8): 2 members, -60.0 % against the median 5 of the last 3 runs;
//   s2 Nobody (age > 100): empty;
//   s3 Most (age >= 2, expected at most 5): 9 members, above the expected maximum.
// Each alert must show on the card, in the preview and in Problems; the threshold set in the
// Run History dock is the workspace setting the CLI reads. Then Reload Data after the file
// changed (age became text, half the rows gone) writes a new import with its drift at once.
#include "canvas/node_editor_widget.h"
#include "canvas/node_item.h"
#include "canvas/node_scene.h"
#include "document/document.h"
#include "document/selection.h"
#include "exec/runner.h"
#include "graph/graph_io.h"
#include "history/run_history_panel.h"
#include "history/segment_alerts.h"
#include "importing/import_report_view.h"
#include "importing/import_wizard.h"
#include "mainwindow/data_panel.h"
#include "mainwindow/main_window.h"
#include "mainwindow/problems_panel.h"
#include "preview/preview_panel.h"
#include "preview/segment_size_chart.h"
#include "session/data_session.h"
#include "session/preview_runner.h"
#include "workspace/run_history.h"
#include "workspace/workspace.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace seg;
using namespace seg::ui;
namespace fs = std::filesystem;

namespace {

// Worked by hand from the ages (see the top): the alerts each segment must show.
const QString kMoved = QStringLiteral("size 2 moved -60.0 % against the median 5 of the last 3 runs");
const QString kEmpty = QStringLiteral("segment is empty");
const QString kAbove = QStringLiteral("size 9 is above the expected maximum 5");

std::string graphText(int grownUpAge)
{
    return R"({"format": "segment-studio/graph", "format_version": 1, "name": "ages", "as_of": "2024-12-31",
  "datasets": {"customers": {"path": "customers.csv", "key": "customer_id"}},
  "nodes": [
    {"id": "c1", "type": "condition", "field": "age", "op": "ge", "value": )" + std::to_string(grownUpAge) + R"(},
    {"id": "s1", "type": "segment", "name": "Grown-ups", "input": "c1", "expected": {"min": 1, "max": 8}},
    {"id": "c2", "type": "condition", "field": "age", "op": "gt", "value": 100},
    {"id": "s2", "type": "segment", "name": "Nobody", "input": "c2"},
    {"id": "c3", "type": "condition", "field": "age", "op": "ge", "value": 2},
    {"id": "s3", "type": "segment", "name": "Most", "input": "c3", "expected": {"max": 5}}
  ]})";
}

void writeCustomers(const QString& path, const QStringList& rows)
{
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly | QIODevice::Truncate));
    csv.write("customer_id,age\n");
    for (const QString& row : rows)
        csv.write((row + "\n").toUtf8());
}

QStringList agesOneToTen()
{
    QStringList rows;
    for (int i = 1; i <= 10; ++i)
        rows << QStringLiteral("k%1,%1").arg(i);
    return rows;
}

// The workspace with three recorded runs of "age >= 6" and the graph "age >= 9".
QString makeWorkspace(const QTemporaryDir& tmp)
{
    const fs::path dir = tmp.path().toStdString();
    writeCustomers(tmp.filePath("customers.csv"), agesOneToTen());
    const GraphLoadResult now = parseGraph(graphText(9), "now", dir);
    const GraphLoadResult before = parseGraph(graphText(6), "before", dir);
    if (!now.ok() || !before.ok())
        return {};
    const Dataset data = loadDataset(now.graph->customers, dir / "customers.csv", std::nullopt, std::nullopt);
    const fs::path file = dir / "ages.segstudio";
    WorkspaceSave save;
    save.graphText = graphText(9);
    save.baseDir = dir;
    save.data = &data;
    save.customersPath = (dir / "customers.csv").string();
    saveWorkspace(file, save);
    const WorkspaceInfo info = openWorkspace(file);
    for (int i = 0; i < 3; ++i) {
        RunResult run = runGraph(*before.graph, data, RunOptions{});
        recordRun(info, *before.graph, run, "test");
    }
    return QString::fromStdString(file.string());
}

bool openAndSettle(MainWindow& window, const QString& path)
{
    if (!window.openFile(path, true))
        return false;
    window.dataSession()->waitForImport();
    return window.dataSession()->dataset() && window.previewRunner()->waitForIdle(60000) &&
           window.segmentAlerts()->waitForIdle();
}

QStringList barWarnings(const SegmentSizeChart* chart, const std::string& id)
{
    QStringList out;
    for (const SegmentBar& b : chart->bars())
        if (b.id == id)
            for (const std::string& w : b.warnings)
                out << QString::fromStdString(w);
    return out;
}

QString cliRun(const QString& workspace)
{
    QProcess cli;
    cli.start(SEG_CLI_PATH, {"run", workspace, "--no-history"});
    cli.waitForFinished(60000);
    return QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
}

} // namespace

class TestMonitoringGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void alertsShowOnTheCardThePreviewAndProblems()
    {
        QTemporaryDir tmp;
        const QString workspace = makeWorkspace(tmp);
        QVERIFY(!workspace.isEmpty());
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(openAndSettle(window, workspace));

        // The canvas: a badge on the three segments' cards, each alert in words in the tooltip.
        NodeScene* scene = window.editor()->scene();
        const std::map<QString, QString> expected{{"s1", kMoved}, {"s2", kEmpty}, {"s3", kAbove}};
        for (const auto& [id, alert] : expected) {
            NodeItem* card = scene->nodeItem(id);
            QVERIFY(card);
            QVERIFY2(card->showsAlertBadge(), qPrintable(id));
            QVERIFY2(card->toolTip().contains(alert.toHtmlEscaped()), qPrintable(card->toolTip()));
        }
        QVERIFY(!scene->nodeItem("c1")->showsAlertBadge()); // rules carry no alerts
        QCOMPARE(scene->nodeItem("s1")->liveState().alerts, QStringList{kMoved});

        // The preview: the segment's bar is amber with the alert, the chart's tooltip says it.
        const SegmentSizeChart* chart = window.findChild<PreviewPanel*>()->sizeChart();
        QCOMPARE(barWarnings(chart, "s1"), QStringList{kMoved});
        QCOMPARE(barWarnings(chart, "s2"), QStringList{kEmpty});
        QCOMPARE(barWarnings(chart, "s3"), QStringList{kAbove});
        QVERIFY2(chart->toolTip().contains("Grown-ups: " + kMoved), qPrintable(chart->toolTip()));

        // Problems: a row per alert; a double-click selects the segment.
        auto* problems = window.findChild<ProblemsPanel*>();
        const QStringList rows = problems->problemTexts();
        for (const auto& [id, alert] : expected)
            QVERIFY2(rows.contains(id + ": " + alert), qPrintable(rows.join("\n")));
        auto* tree = problems->findChild<QTreeWidget*>();
        const auto found = tree->findItems(kMoved, Qt::MatchExactly, 2);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first()->text(1), QString("Alert"));
        window.selection()->set({});
        Q_EMIT tree->itemDoubleClicked(found.first(), 0);
        QCOMPARE(window.selection()->current(), QString("s1"));

        // The CLI says the same with the same setting.
        QVERIFY2(cliRun(workspace).contains(kMoved), qPrintable(cliRun(workspace)));
    }

    void theThresholdIsTheWorkspaceSettingTheCliReads()
    {
        QTemporaryDir tmp;
        const QString workspace = makeWorkspace(tmp);
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(openAndSettle(window, workspace));
        auto* history = window.findChild<RunHistoryPanel*>();
        QCOMPARE(history->alertThreshold(), 20.0); // the default
        QVERIFY(history->thresholdBox()->isEnabled());
        QSignalSpy changed(history, &RunHistoryPanel::alertSettingChanged);
        history->setAlertThreshold(70); // |-60 %| is within it now
        QVERIFY(changed.wait(10000));
        QVERIFY(changed.first().at(0).toBool());
        QCOMPARE(workspaceSettings(workspace.toStdString())["alert_change_percent"].get<double>(), 70.0);
        QVERIFY(window.segmentAlerts()->waitForIdle());
        QCOMPARE(window.segmentAlerts()->alertsOf("s1"), QStringList());
        QVERIFY(!window.editor()->scene()->nodeItem("s1")->showsAlertBadge());
        QCOMPARE(window.segmentAlerts()->alertsOf("s2"), QStringList{kEmpty}); // not a move: stays
        QVERIFY(!window.findChild<ProblemsPanel*>()->problemTexts().contains("s1: " + kMoved));
        QVERIFY(!window.document()->isModified()); // a setting, not an edit: no undo step
        QCOMPARE(window.document()->undoStack()->count(), 0);
        const QString cli = cliRun(workspace);
        QVERIFY2(!cli.contains("moved") && cli.contains(kEmpty), qPrintable(cli));
    }

    void reloadDataWritesTheImportAndItsDriftIntoTheWorkspace()
    {
        QTemporaryDir tmp;
        const QString workspace = makeWorkspace(tmp);
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(openAndSettle(window, workspace));
        QCOMPARE(window.dataDrift(), QStringList()); // the first import has nothing to compare
        // The file changes: five rows left, and "age" holds words now.
        writeCustomers(tmp.filePath("customers.csv"), {"k1,young", "k2,old", "k3,7", "k4,8", "k5,9"});
        QSignalSpy saved(&window, &MainWindow::workspaceSaved);
        window.reloadDataFromFiles();
        QVERIFY(saved.wait(60000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(saved.first().at(1).toString()));
        QCOMPARE(window.dataSession()->dataset()->customers.rows(), size_t(5));

        // By hand: rows 10 -> 5 is -50 %, over the 20 % default; the type went from int to string.
        const QString rowsFell = "customers: rows fell from 10 to 5 (-50.0 %)";
        const QString typeChanged = "customers: column 'age' changed type from int to string";
        QVERIFY2(window.dataDrift().contains(rowsFell), qPrintable(window.dataDrift().join("\n")));
        QVERIFY2(window.dataDrift().contains(typeChanged), qPrintable(window.dataDrift().join("\n")));
        const QString dock = window.findChild<DataPanel*>()->driftText();
        QVERIFY2(dock.contains(rowsFell) && dock.contains(typeChanged), qPrintable(dock));

        // Written at once: reopened, the workspace has import 2 with that drift, history kept.
        const WorkspaceInfo info = openWorkspace(workspace.toStdString());
        QCOMPARE(info.customers.id, int64_t(2));
        QCOMPARE(info.customers.rows, size_t(5));
        QVERIFY(std::find(info.customers.drift.begin(), info.customers.drift.end(),
                          "column 'age' changed type from int to string") != info.customers.drift.end());
        QCOMPARE(runHistory(workspace.toStdString()).size(), size_t(3));
        QVERIFY(!window.document()->isModified());

        // A fresh window on the workspace shows the same drift in its Data dock.
        MainWindow reopened;
        reopened.setInteractive(false);
        QVERIFY(openAndSettle(reopened, workspace));
        QVERIFY2(reopened.dataDrift().contains(typeChanged), qPrintable(reopened.dataDrift().join("\n")));
    }

    void aFailedReloadLeavesTheWorkspaceAsItWas()
    {
        QTemporaryDir tmp;
        const QString workspace = makeWorkspace(tmp);
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(openAndSettle(window, workspace));
        QFile before(workspace);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        QVERIFY(QFile::remove(tmp.filePath("customers.csv")));
        QSignalSpy finished(window.dataSession(), &DataSession::importFinished);
        window.reloadDataFromFiles();
        QVERIFY(finished.wait(30000));
        QVERIFY(!finished.first().at(0).toBool());
        QFile after(workspace);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
        QCOMPARE(window.dataSession()->dataset()->customers.rows(), size_t(10)); // the data stays
    }

    void theImportReportShowsTheDriftAgainstTheWorkspacesLastImport()
    {
        QTemporaryDir tmp;
        const QString workspace = makeWorkspace(tmp);
        writeCustomers(tmp.filePath("changed.csv"), {"k1,young", "k2,old", "k3,7", "k4,8", "k5,9"});
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(openAndSettle(window, workspace));
        window.importCustomers(tmp.filePath("changed.csv")); // File > Import Customers on the workspace
        auto* wizard = window.findChild<ImportWizard*>();
        QVERIFY(wizard);
        wizard->setKeyColumn("customer_id");
        QSignalSpy done(wizard, &ImportWizard::importFinished);
        wizard->startImport();
        QVERIFY(done.wait(30000));
        QVERIFY(done.first().at(0).toBool());
        // By hand, against the workspace's import of ten integer ages.
        const QString typeChanged = "column 'age' changed type from int to string";
        const QString rowsFell = "rows fell from 10 to 5 (-50.0 %)";
        QVERIFY2(wizard->drift().contains(typeChanged), qPrintable(wizard->drift().join("\n")));
        QVERIFY2(wizard->drift().contains(rowsFell), qPrintable(wizard->drift().join("\n")));
        const QString shown = wizard->findChild<ImportReportView*>()->driftText();
        QVERIFY2(shown.contains(typeChanged) && shown.contains(rowsFell), qPrintable(shown));
        // The Data dock says the same of the data now loaded (not yet in the workspace).
        QVERIFY2(window.dataDrift().contains("customers: " + typeChanged), qPrintable(window.dataDrift().join("\n")));
        wizard->reject();
    }
};

QTEST_MAIN(TestMonitoringGui)
#include "test_monitoring_gui.moc"
