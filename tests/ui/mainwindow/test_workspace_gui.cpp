// Workspaces in the editor: File > Save Workspace writes a .segstudio that reopens in a fresh
// window with the same graph and the same counts even after the CSV files are gone; a workspace
// and a plain graph never overwrite each other; Run Now on a workspace is recorded in its
// history, a preview refresh is not.
#include "document/document.h"
#include "document/selection.h"
#include "history/run_history_panel.h"
#include "graph/graph_io.h"
#include "mainwindow/main_window.h"
#include "session/data_session.h"
#include "session/preview_runner.h"
#include "workspace/run_history.h"
#include "workspace/workspace.h"

#include <QAction>
#include <QDockWidget>
#include <QTableWidget>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace seg;
using namespace seg::ui;

namespace {

const QString kDemoDir = QStringLiteral(SEG_SOURCE_DIR "/resources/demo");

// The demo project copied into `dir`, so its CSVs can be removed afterwards.
QString copyDemo(const QTemporaryDir& dir)
{
    for (const char* name : {"retail.segment.json", "customers.csv", "events.csv"})
        QFile::copy(kDemoDir + "/" + name, dir.filePath(name));
    return dir.filePath("retail.segment.json");
}

std::map<std::string, size_t> nodeSizes(const RunResult& run)
{
    std::map<std::string, size_t> sizes;
    for (const NodeRun& n : run.nodes)
        if (n.size)
            sizes[n.id] = *n.size;
    return sizes;
}

// Opens `path`, waits for the data and the preview, returns the preview's node sizes.
std::map<std::string, size_t> openAndPreview(MainWindow& window, const QString& path)
{
    if (!window.openFile(path, true))
        return {};
    window.dataSession()->waitForImport();
    if (!window.dataSession()->dataset() || !window.previewRunner()->waitForIdle(60000))
        return {};
    const auto result = window.previewRunner()->lastResult();
    return result && result->run ? nodeSizes(*result->run) : std::map<std::string, size_t>{};
}

std::string graphWithoutUi(const Graph& graph)
{
    Json j = graphToJson(graph);
    j.erase("ui");
    j.erase("datasets"); // paths are relative to the graph's folder: compared resolved below
    return j.dump();
}

bool saveWorkspace(MainWindow& window, const QString& path)
{
    QSignalSpy saved(&window, &MainWindow::workspaceSaved);
    if (!window.saveWorkspaceTo(path) || !saved.wait(60000))
        return false;
    return saved.first().at(0).toBool();
}

} // namespace

class TestWorkspaceGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void savedWorkspaceReopensWithSameGraphAndCountsAfterTheCsvsMoved()
    {
        QTemporaryDir dir;
        const QString graphFile = copyDemo(dir);
        const QString workspace = dir.filePath("retail.segstudio");
        std::map<std::string, size_t> before;
        std::string graphBefore, customersBefore;
        {
            MainWindow window;
            window.setInteractive(false);
            before = openAndPreview(window, graphFile);
            QVERIFY(before.size() > 10);
            QVERIFY(saveWorkspace(window, workspace));
            QVERIFY(looksLikeWorkspace(workspace.toStdString()));
            // The document is now the workspace: Save writes the workspace again, not JSON.
            QCOMPARE(window.document()->filePath(), QFileInfo(workspace).absoluteFilePath());
            QVERIFY(!window.document()->isModified());
            QCOMPARE(window.workspacePath(), QFileInfo(workspace).absoluteFilePath());
            graphBefore = graphWithoutUi(window.document()->graph());
            customersBefore = window.document()->datasetPath(window.document()->graph().customers.path).toStdString();
        }
        // The plain graph was left as it was (the workspace did not overwrite it).
        QVERIFY(!looksLikeWorkspace(graphFile.toStdString()));
        QVERIFY(QFile::remove(dir.filePath("customers.csv")));
        QVERIFY(QFile::remove(dir.filePath("events.csv")));

        MainWindow reopened;
        reopened.setInteractive(false);
        const auto after = openAndPreview(reopened, workspace);
        QCOMPARE(after, before);
        QCOMPARE(graphWithoutUi(reopened.document()->graph()), graphBefore);
        QCOMPARE(reopened.document()->datasetPath(reopened.document()->graph().customers.path).toStdString(),
                 customersBefore);
        QCOMPARE(reopened.dataSession()->dataset()->customers.rows(), openWorkspace(workspace.toStdString()).customers.rows);

        // Save on the workspace keeps it a workspace (graph edits only: no new import).
        QVERIFY(reopened.save());
        QSignalSpy saved(&reopened, &MainWindow::workspaceSaved);
        QVERIFY(saved.wait(60000));
        QVERIFY(saved.first().at(0).toBool());
        QVERIFY(looksLikeWorkspace(workspace.toStdString()));
        QCOMPARE(openWorkspace(workspace.toStdString()).customers.id, int64_t(1));
    }

    void workspaceAndGraphNeverOverwriteEachOther()
    {
        QTemporaryDir dir;
        const QString graphFile = copyDemo(dir);
        const QString workspace = dir.filePath("retail.segstudio");
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(!openAndPreview(window, graphFile).empty());
        QFile original(graphFile);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray graphBytes = original.readAll();
        original.close();
        // A workspace is not written over the plain graph ...
        QVERIFY(!window.saveWorkspaceTo(graphFile));
        QVERIFY(window.lastMessage().contains("not a workspace"));
        QFile again(graphFile);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), graphBytes);
        // ... nor a plain graph over a workspace.
        QVERIFY(saveWorkspace(window, workspace));
        QVERIFY(!window.saveTo(workspace));
        QVERIFY(window.lastMessage().contains("is a workspace"));
        QVERIFY(looksLikeWorkspace(workspace.toStdString()));
        QVERIFY(openWorkspace(workspace.toStdString()).customers.rows > 0);
    }

    void aTruncatedWorkspaceIsRefusedAndTheProjectStays()
    {
        QTemporaryDir dir;
        const QString graphFile = copyDemo(dir);
        const QString workspace = dir.filePath("retail.segstudio");
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(!openAndPreview(window, graphFile).empty());
        QVERIFY(saveWorkspace(window, workspace));
        QFile full(workspace);
        QVERIFY(full.open(QIODevice::ReadOnly));
        const QByteArray head = full.read(full.size() / 2); // the header and half of the pages
        full.close();
        const QString cut = dir.filePath("cut.segstudio");
        QFile out(cut);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(head);
        out.close();
        QVERIFY(!window.openFile(cut, true));
        QVERIFY2(window.lastMessage().contains("truncated"), qPrintable(window.lastMessage()));
        QCOMPARE(window.document()->filePath(), QFileInfo(workspace).absoluteFilePath()); // still the old project
        QCOMPARE(QFileInfo(cut).size(), qint64(head.size()));                             // nothing written
    }

    void runNowOnAWorkspaceIsRecordedButPreviewRefreshesAreNot()
    {
        QTemporaryDir dir;
        const QString workspace = dir.filePath("retail.segstudio");
        {
            MainWindow window;
            window.setInteractive(false);
            QVERIFY(!openAndPreview(window, copyDemo(dir)).empty());
            QVERIFY(saveWorkspace(window, workspace));
        }
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(!openAndPreview(window, workspace).empty());
        QCOMPARE(runHistory(workspace.toStdString()).size(), size_t(0)); // the preview was not recorded

        QSignalSpy recorded(&window, &MainWindow::runRecorded);
        window.findChild<QAction*>("runNowAction")->trigger();
        QVERIFY(recorded.wait(60000));
        QVERIFY2(recorded.first().at(0).toLongLong() > 0, qPrintable(recorded.first().at(1).toString()));
        const auto result = window.previewRunner()->lastResult();
        const auto runs = runHistory(workspace.toStdString());
        QCOMPARE(runs.size(), size_t(1));
        QCOMPARE(runs[0].source, std::string("gui"));
        QCOMPARE(runs[0].segments.size(), result->run->segments.size());
        for (const SegmentRun& s : result->run->segments) {
            QVERIFY(runs[0].segment(s.id));
            QCOMPARE(runs[0].segment(s.id)->size, s.size);
        }
        // The Run History dock (not the undo History dock) shows the recorded run of the segment.
        auto* panel = window.findChild<RunHistoryPanel*>();
        QVERIFY(panel);
        QCOMPARE(window.dock("runHistoryDock")->widget(), static_cast<QWidget*>(panel));
        window.selection()->set({"s_vip"});
        QCOMPARE(panel->runs().size(), size_t(1));
        QCOMPARE(panel->table()->item(0, 2)->text(), QLocale().toString(qulonglong(runs[0].segment("s_vip")->size)));
        // A refresh through the runner (what an edit triggers) adds nothing.
        window.previewRunner()->runNow();
        QVERIFY(window.previewRunner()->waitForIdle(60000));
        QTest::qWait(200);
        QCOMPARE(runHistory(workspace.toStdString()).size(), size_t(1));
    }
};

QTEST_MAIN(TestWorkspaceGui)
#include "test_workspace_gui.moc"
