// The real main window, driven offscreen as a user would: import the demo customers through
// the import wizard, add a condition and a segment on the canvas, connect them, and check the
// live count against a hand count of the CSV and against segstudio-cli on the saved project.
#include "canvas/node_editor_widget.h"
#include "canvas/node_scene.h"
#include "canvas/node_view.h"
#include "cli_runner.h"
#include "document/document.h"
#include "document/selection.h"
#include "exporting/export_dialog.h"
#include "importing/import_wizard.h"
#include "mainwindow/help_dialog.h"
#include "mainwindow/main_window.h"
#include "mainwindow/problems_panel.h"
#include "session/data_session.h"
#include "session/preview_runner.h"
#include "util/json.h"

#include <QApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

const QString kDemoCustomers = QStringLiteral(SEG_SOURCE_DIR "/resources/demo/customers.csv");

// Customers of the demo CSV whose `country` is `code`, counted from the text (no engine).
size_t handCountCountry(const QString& code)
{
    QFile f(kDemoCustomers);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QStringList header = QString::fromUtf8(f.readLine()).trimmed().split(',');
    const auto column = header.indexOf("country");
    size_t n = 0;
    while (!f.atEnd()) {
        const QStringList fields = QString::fromUtf8(f.readLine()).trimmed().split(',');
        n += fields.value(column) == code;
    }
    return n;
}

void importDemoCustomers(MainWindow& window)
{
    window.importCustomers(kDemoCustomers);
    auto* wizard = window.findChild<ImportWizard*>();
    QVERIFY(wizard);
    wizard->setKeyColumn("customer_id");
    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    wizard->startImport();
    QVERIFY(finished.wait(30000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    wizard->accept();
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildASegmentAndMatchTheCli()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setInteractive(false);
        window.show();
        importDemoCustomers(window);
        QVERIFY(window.dataSession()->dataset());
        QCOMPARE(window.dataSession()->dataset()->customers.rows(), size_t{2000});
        QCOMPARE(window.document()->graph().customers.key, std::optional<std::string>("customer_id"));
        QVERIFY(window.document()->isModified());
        QVERIFY(window.windowTitle().contains("Untitled"));

        // Add a condition and a segment on the canvas, connect them with the canvas gesture.
        NodeView* view = window.editor()->view();
        const QString c = view->addNodeAtCenter(NodeType::Condition);
        const QString s = view->addNodeAt(NodeType::Segment, {300, 0});
        Node cond = *window.document()->node(c);
        cond.condition.field = "country";
        cond.condition.cmp.op = CompareOp::Eq;
        cond.condition.cmp.value = "DE";
        window.document()->changeNode(cond);
        Node seg = *window.document()->node(s);
        seg.name = "Germany";
        seg.exportColumns = {"customer_id", "email", "country"};
        window.document()->changeNode(seg);
        QVERIFY(window.editor()->scene()->connectPorts(c, s, {}));

        QVERIFY(window.previewRunner()->waitForIdle());
        const auto result = window.previewRunner()->lastResult();
        QVERIFY(result && result->run);
        const size_t expected = handCountCountry("DE");
        QVERIFY(expected > 0);
        QCOMPARE(result->run->node(s.toStdString())->size, std::optional<size_t>(expected));

        // Save, then the CLI runs the saved file unchanged and finds the same members.
        const QString project = dir.filePath("germany.segment.json");
        QVERIFY(window.saveTo(project));
        QVERIFY(!window.document()->isModified());
        QVERIFY(!window.windowTitle().contains("Untitled"));
        const CliResult cli = runCli({"run", project, "--report", dir.filePath("report.json"), "--export", dir.filePath("out")});
        QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
        QFile reportFile(dir.filePath("report.json"));
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const Json report = Json::parse(reportFile.readAll().toStdString());
        QCOMPARE(report["segments"][0]["size"].get<size_t>(), expected);

        // Export the selected segment from the GUI: the file equals the CLI's export.
        window.selection()->set({s});
        window.exportSegments();
        auto* dialog = window.findChild<ExportDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->checkedSegments(), QStringList{s});
        dialog->setTarget(dir.filePath("gui-germany.csv"));
        QSignalSpy exported(dialog, &ExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QFile gui(dir.filePath("gui-germany.csv"));
        QFile cliFile(dir.filePath("out/germany.csv"));
        QVERIFY(gui.open(QIODevice::ReadOnly));
        QVERIFY2(cliFile.open(QIODevice::ReadOnly), qPrintable(QDir(dir.filePath("out")).entryList().join(",")));
        const QByteArray guiBytes = gui.readAll();
        QCOMPARE(guiBytes, cliFile.readAll());
        QCOMPARE(static_cast<size_t>(guiBytes.count("\r\n")), expected + 1); // header + one line per member
        QVERIFY(guiBytes.startsWith("customer_id,email,country\r\n"));
    }

    void unsavedChangesAreKeptWhenOpeningFails()
    {
        MainWindow window;
        window.setInteractive(false);
        window.editor()->view()->addNodeAtCenter(NodeType::Not);
        QVERIFY(window.document()->isModified());
        // Not interactive: the unsaved-changes prompt counts as "Cancel".
        QVERIFY(!window.openFile(SEG_SOURCE_DIR "/resources/demo/retail.segment.json"));
        QCOMPARE(window.document()->nodeIds().size(), 1);
        QVERIFY(!window.openFile("/nonexistent/x.segment.json", true));
        QVERIFY(window.lastMessage().contains("x.segment.json"));
        QCOMPARE(window.document()->nodeIds().size(), 1);
    }

    void helpShowsTheReadmeUserGuide()
    {
        HelpDialog help;
        const QString guide = help.guideMarkdown();
        QVERIFY2(guide.startsWith("## User guide"), qPrintable(guide.left(80)));
        QVERIFY(guide.contains("Export Segments"));
        QVERIFY(!guide.contains("## The segment graph format")); // only the guide's section
        QVERIFY(QFile::exists(":/help/docs/screenshots/main.png")); // its pictures are bundled
        QCOMPARE(userGuideSection("intro\n## User guide\nA\n## Next\nB"), QString("## User guide\nA\n"));
    }

    void openingTheDemoShowsNoProblems()
    {
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openFile(SEG_SOURCE_DIR "/resources/demo/retail.segment.json", true));
        window.dataSession()->waitForImport();
        QVERIFY(window.previewRunner()->waitForIdle());
        const auto result = window.previewRunner()->lastResult();
        QVERIFY(result && result->run);
        QVERIFY(result->invalid.empty());
        QCOMPARE(result->run->segments.size(), size_t{11});
        auto* problems = window.findChild<ProblemsPanel*>();
        QVERIFY(problems);
        // Every row the Problems dock shows is a segment warning of the run, nothing else.
        size_t warnings = 0;
        for (const SegmentRun& seg : result->run->segments)
            warnings += seg.warnings.size();
        QCOMPARE(static_cast<size_t>(problems->problemCount()), warnings);
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
