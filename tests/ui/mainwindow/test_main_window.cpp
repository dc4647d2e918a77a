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
#include "mainwindow/template_dialog.h"
#include "session/data_session.h"
#include "session/preview_runner.h"
#include "timing/strategy_compare_view.h"
#include "timing/timing_panel.h"
#include "util/json.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QToolBar>
#include <QXmlStreamReader>
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

    void helpShowsTheUserGuide()
    {
        HelpDialog help;
        const QString guide = help.guideHtml();
        for (const char* topic : {"Import Customers", "New from Template", "Export Segments", "Compare Strategies",
                                  "dd/mm/yyyy: 03/04/2024 = 3 Apr 2024", "Replay Events Live"})
            QVERIFY2(guide.contains(topic), topic);
        // For users: no build scripts or build folders.
        for (const char* devTalk : {"scripts/", "build/", "cmake", "ctest"})
            QVERIFY2(!guide.contains(devTalk, Qt::CaseInsensitive), devTalk);
        // Every picture it shows is bundled and loads.
        const QRegularExpression img("<img src=\"([^\"]+)\"");
        int pictures = 0;
        for (auto it = img.globalMatch(guide); it.hasNext(); ++pictures) {
            const QString src = it.next().captured(1);
            QVERIFY2(!QImage(":/help/" + src).isNull(), qPrintable(src));
        }
        QCOMPARE(pictures, 5);
    }

    void compareStrategiesIsInTheRunMenuAndReadable()
    {
        MainWindow window;
        window.setInteractive(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(SEG_SOURCE_DIR "/resources/demo/retail.segment.json", true));
        window.dataSession()->waitForImport();
        auto* runMenu = window.menuBar()->findChild<QMenu*>("runMenu");
        QAction* compare = window.findChild<QAction*>("compareStrategiesAction");
        QVERIFY(compare && runMenu->actions().contains(compare));
        QCOMPARE(compare->text(), QString("Compare &Strategies"));
        compare->trigger();
        auto* timing = window.findChild<TimingPanel*>();
        QVERIFY(timing->isVisible());
        QVERIFY(timing->showsComparison());
        QVERIFY(timing->compareView()->waitForFinished(120000));
        QApplication::processEvents();
        // At the default dock height every row of the table is on screen, inside the dock.
        QTableWidget* table = timing->compareView()->table();
        QCOMPARE(table->rowCount(), 3);
        if (qEnvironmentVariableIsSet("SEG_GRAB"))
            window.grab().save("/tmp/compare_default.png");
        QDockWidget* dock = window.dock("timingDock");
        QVERIFY(dock->height() <= MainWindow::kDefaultBottomDockHeight + 40);
        for (int row = 0; row < 3; ++row) {
            const QRect cell = table->visualItemRect(table->item(row, 0));
            QVERIFY2(table->viewport()->rect().contains(cell), qPrintable(QString::number(row)));
            const QPoint bottom = table->viewport()->mapTo(dock, cell.bottomLeft());
            QVERIFY2(bottom.y() < dock->height(), qPrintable(QString("row %1 at %2 of %3").arg(row).arg(bottom.y()).arg(dock->height())));
        }
    }

    void defaultLayoutGivesTheCanvasMostOfTheWindow()
    {
        QSettings().remove("window"); // a first start
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QApplication::processEvents();
            QCOMPARE(window.size(), MainWindow::kDefaultWindowSize);
            const QSize canvas = window.editor()->size();
            // The room between the menus/tool bar and the status bar: the canvas has most of it.
            const int content = window.statusBar()->geometry().top() - window.menuWidget()->height()
                                - window.findChild<QToolBar*>("mainToolBar")->height();
            const double share = double(canvas.width()) * canvas.height() / (double(window.width()) * content);
            QVERIFY2(share >= 0.5, qPrintable(QString("canvas %1x%2 is %3 of %4x%5").arg(canvas.width()).arg(canvas.height())
                                                  .arg(share).arg(window.width()).arg(content)));
            if (qEnvironmentVariableIsSet("SEG_GRAB"))
                window.grab().save("/tmp/default_layout.png");
            QVERIFY(canvas.height() >= 2 * window.dock("previewDock")->height());
            QVERIFY(canvas.width() >= 2.5 * window.dock("propertiesDock")->width());
            // The bottom docks are tabbed together, the preview in front, one click away.
            QDockWidget* preview = window.dock("previewDock");
            QVERIFY(!preview->visibleRegion().isEmpty());
            const auto tabbed = window.tabifiedDockWidgets(preview);
            for (const char* name : {"planDock", "timingDock", "problemsDock"})
                QVERIFY2(tabbed.contains(window.dock(name)), name);
            QVERIFY(preview->height() <= MainWindow::kDefaultBottomDockHeight + 40);
            // A layout the user arranged is kept: a taller preview, saved on close.
            window.resizeDocks({preview}, {500}, Qt::Vertical);
            QApplication::processEvents();
            QVERIFY(preview->height() > 400);
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QApplication::processEvents();
        QVERIFY2(again.dock("previewDock")->height() > 400, qPrintable(QString::number(again.dock("previewDock")->height())));
        QSettings().remove("window");
    }

    void newFromTemplateOpensAReadyGraph()
    {
        MainWindow window;
        window.setInteractive(false);
        QVERIFY(window.openFile(SEG_SOURCE_DIR "/resources/demo/retail.segment.json", true));
        window.dataSession()->waitForImport();
        window.newFromTemplate();
        auto* dialog = window.findChild<TemplateDialog*>();
        QVERIFY(dialog);
        dialog->selectTemplate("vip-by-spend");
        QCOMPARE(dialog->roleValue("spend"), QString("total_spend")); // guessed from the name
        QVERIFY(!dialog->roleCombo("customer_key")); // the project's own key, not asked
        // Only number columns are offered for a spend; a wrong value is explained.
        QVERIFY(dialog->roleCombo("spend")->findData("email") < 0);
        dialog->setRoleValue("spend", "email");
        QVERIFY(dialog->problems().join("\n").contains("'email' is string, but a number column is needed"));
        dialog->setRoleValue("spend", "total_spend");
        QVERIFY(dialog->problems().isEmpty());
        dialog->accept();

        const Graph& g = window.document()->graph();
        QCOMPARE(g.nodes.size(), size_t{2});
        QVERIFY(window.document()->node("t_vip") && window.document()->node("s_vip"));
        QVERIFY(window.document()->nodePosition("t_vip") != window.document()->nodePosition("s_vip"));
        QVERIFY(window.document()->filePath().isEmpty()); // a new project
        QCOMPARE(window.document()->undoStack()->count(), 1);
        QCOMPARE(g.asOf, parseIsoDate("2024-12-31")); // the demo's last event day
        QVERIFY(window.previewRunner()->waitForIdle());
        const auto result = window.previewRunner()->lastResult();
        QVERIFY(result && result->run);
        // 10 % of the 2000 demo customers, every one of whom has a total spend: 200.
        QCOMPARE(result->run->node("s_vip")->size, std::optional<size_t>(200));
        // Undo gives back the empty project.
        window.document()->undoStack()->undo();
        QVERIFY(window.document()->nodeIds().isEmpty());
    }

    void templateTextsAreTranslatable()
    {
        // core/ has no tr(): its template texts are listed for lupdate in template_dialog.cpp;
        // every one must be in the translation files.
        QFile ts(SEG_SOURCE_DIR "/translations/segstudio_de.ts");
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString context;
        QSet<QString> sources;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("source") && context == "seg::GraphTemplates")
                sources.insert(xml.readElementText());
        }
        for (const GraphTemplate& t : graphTemplates()) {
            QVERIFY2(sources.contains(QString::fromStdString(t.name)), t.name.c_str());
            QVERIFY2(sources.contains(QString::fromStdString(t.description)), t.description.c_str());
            for (const TemplateRole& r : t.roles)
                QVERIFY2(sources.contains(QString::fromStdString(r.title)), r.title.c_str());
        }
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
