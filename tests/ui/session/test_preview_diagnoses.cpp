// Zero-member explanations in the editor: the preview computes them on its worker thread, the
// card of an empty node shows the hint, the Problems dock lists it with its fix, and the fix is
// one normal undo step. A project whose events end long before as-of gets a Problems entry
// with "Set as-of to <last day>".
#include "canvas/node_item.h"
#include "canvas/node_scene.h"
#include "document/document.h"
#include "document/selection.h"
#include "mainwindow/problems_panel.h"
#include "session/data_session.h"
#include "session/diagnosis_text.h"
#include "session/preview_runner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

// Customers: Month-to-month x3, One year x1; events end on 2011-12-09.
void writeProject(const QTemporaryDir& dir)
{
    auto write = [&](const char* name, const char* text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write("customers.csv", "id,contract\n1,Month-to-month\n2,Month-to-month\n3,One year\n4,Month-to-month\n");
    write("events.csv", "customer,day,type\n1,2011-12-09,purchase\n2,2011-11-01,purchase\n");
    write("p.segment.json", R"({"format":"segment-studio/graph","format_version":1,"as_of":"2026-12-07",
      "datasets":{"customers":{"path":"customers.csv","key":"id"},
                  "events":{"path":"events.csv","key":"customer","time":"day","type":"type"}},
      "nodes":[{"id":"c_typo","type":"condition","field":"contract","op":"eq","value":"month to month"},
               {"id":"b_recent","type":"behavior","event":"purchase","within_last_days":30,"aggregate":"count","op":"ge","value":1},
               {"id":"s_typo","type":"segment","name":"Typo","input":"c_typo"}]})");
}

struct Session {
    QTemporaryDir dir;
    Document document;
    DataSession data;
    Selection selection;
    PreviewRunner runner{&document, &data};

    Session()
    {
        writeProject(dir);
        QStringList errors;
        if (!document.load(dir.filePath("p.segment.json"), &errors))
            qFatal("%s", qPrintable(errors.join("\n")));
        const Graph& g = document.graph();
        ImportRequest request;
        request.customers = g.customers;
        request.customersPath = document.datasetPath(g.customers.path);
        request.events = g.events;
        request.eventsPath = document.datasetPath(g.events->path);
        QSignalSpy finished(&data, &DataSession::importFinished);
        data.startImport(request);
        if (!finished.wait(20000))
            qFatal("import did not finish");
        runner.setAutoRun(true);
    }
    void run()
    {
        runner.runNow();
        QVERIFY(runner.waitForIdle());
    }
};

} // namespace

class TestPreviewDiagnoses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diagnosesComeWithThePreviewRun()
    {
        Session s;
        s.run();
        const auto result = s.runner.lastResult();
        QVERIFY(result && result->run);
        const auto typo = result->diagnosesOf("c_typo");
        QCOMPARE(typo.size(), size_t(1));
        QCOMPARE(typo[0].suggestion, std::string("Month-to-month"));
        QCOMPARE(typo[0].suggestionCount, size_t(3));
        QCOMPARE(result->diagnosesOf("s_typo").at(0).kind, DiagnosisKind::EmptyInput);
        QCOMPARE(result->diagnosesOf("b_recent").at(0).kind, DiagnosisKind::WindowAfterData);
        QVERIFY(result->eventsEnd);
        QCOMPARE(result->eventsEnd->fixDay, *parseIsoDate("2011-12-09"));
        // The words the editor shows (English: the same as the CLI's).
        QCOMPARE(DiagnosisText::describe(typo[0]),
                 QString("no customer has contract = 'month to month' (did you mean 'Month-to-month', 3?)"));
        QCOMPARE(DiagnosisText::describe(*result->eventsEnd),
                 QString("the events end on 2011-12-09, 15 years before as-of 2026-12-07: set as-of to the data's "
                         "last day?"));
        QCOMPARE(DiagnosisText::fixLabel(*result->eventsEnd), QString("Set as-of to 2011-12-09"));
    }

    void emptyCardShowsWhy()
    {
        Session s;
        NodeScene scene(&s.document, &s.selection, &s.runner);
        s.run();
        const NodeLiveState& state = scene.nodeItem("c_typo")->liveState();
        QCOMPARE(state.members, std::optional<size_t>(0));
        QCOMPARE(state.status, NodeLiveState::Status::Warning);
        QCOMPARE(state.message,
                 QString("no customer has contract = 'month to month' (did you mean 'Month-to-month', 3?)"));
        QCOMPARE(scene.nodeItem("s_typo")->liveState().message, QString("input 'c_typo' is empty"));
    }

    void problemsFixIsOneUndoStep()
    {
        Session s;
        ProblemsPanel panel(&s.document, &s.runner, &s.selection);
        s.run();
        const QStringList texts = panel.problemTexts();
        const QStringList fixes = panel.fixLabels();
        QVERIFY(panel.hasEventsEndWarning());
        const int typoRow = int(texts.indexOf(QString("c_typo: no customer has contract = 'month to month' (did you "
                                                      "mean 'Month-to-month', 3?)")));
        QVERIFY2(typoRow >= 0, qPrintable(texts.join("\n")));
        QCOMPARE(fixes[typoRow], QString("Use 'Month-to-month'"));
        // The row names the node as its card does, with the rule in plain words (issue 12).
        QCOMPARE(panel.nodeTitle(typoRow), QString("Condition"));
        QVERIFY2(panel.nodeToolTip(typoRow).startsWith("contract is month to month"), qPrintable(panel.nodeToolTip(typoRow)));
        QVERIFY(panel.nodeToolTip(typoRow).contains("c_typo"));
        const int asOfRow = int(fixes.indexOf(QString("Set as-of to 2011-12-09")));
        QVERIFY(asOfRow >= 0);
        QCOMPARE(texts[asOfRow].left(2), QString(": ")); // graph-wide: no node

        const int steps = s.document.undoStack()->count();
        QVERIFY(panel.applyFix(typoRow));
        QCOMPARE(s.document.undoStack()->count(), steps + 1);
        QCOMPARE(s.document.node("c_typo")->condition.cmp.value, Json("Month-to-month"));
        s.run();
        QCOMPARE(s.runner.lastResult()->run->members("c_typo")->count(), size_t(3));
        QVERIFY(s.runner.lastResult()->diagnosesOf("c_typo").empty());

        // The as-of fix: one step, and the purchase window now holds customer 1's purchase.
        const int row = int(panel.fixLabels().indexOf(QString("Set as-of to 2011-12-09")));
        QVERIFY(panel.applyFix(row));
        QCOMPARE(s.document.graph().asOf, std::optional<int32_t>(*parseIsoDate("2011-12-09")));
        s.run();
        QCOMPARE(s.runner.lastResult()->run->members("b_recent")->count(), size_t(1));
        QVERIFY(!s.runner.lastResult()->eventsEnd);
        QVERIFY(!panel.hasEventsEndWarning());
        s.document.undoStack()->undo();
        s.document.undoStack()->undo();
        QCOMPARE(s.document.node("c_typo")->condition.cmp.value, Json("month to month"));
        QCOMPARE(s.document.graph().asOf, std::optional<int32_t>(*parseIsoDate("2026-12-07")));
    }

    void runPreviewFillsTheDiagnoses()
    {
        // The checks scan columns: runPreview (which the runner calls on a worker thread) fills
        // them, so the GUI thread only formats them.
        Session s;
        const PreviewResult direct = runPreview(s.document.graph(), s.data.dataset(), Strategy::Sequential, 1,
                                                nullptr, nullptr);
        QCOMPARE(direct.diagnosesOf("c_typo").size(), size_t(1));
        QVERIFY(direct.eventsEnd);
    }
};

QTEST_MAIN(TestPreviewDiagnoses)
#include "test_preview_diagnoses.moc"
