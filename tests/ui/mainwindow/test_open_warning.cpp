// Opening a project whose events end long before its as-of date warns: the Problems dock comes
// forward with the "Set as-of to <last day>" fix and the status bar says why. The demo project
// (events up to its as-of) opens without that warning.
#include "mainwindow/main_window.h"
#include "mainwindow/problems_panel.h"
#include "session/data_session.h"
#include "session/preview_runner.h"

#include <QDockWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

class TestOpenWarning : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oldEventsWarnWhenOpened()
    {
        QTemporaryDir dir;
        auto write = [&](const char* name, const char* text) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write("customers.csv", "id,contract\n1,Month-to-month\n2,One year\n");
        write("events.csv", "customer,day,type\n1,2011-12-09,purchase\n");
        write("old.segment.json", R"({"format":"segment-studio/graph","format_version":1,"as_of":"2026-12-07",
          "datasets":{"customers":{"path":"customers.csv","key":"id"},
                      "events":{"path":"events.csv","key":"customer","time":"day","type":"type"}},
          "nodes":[{"id":"c1","type":"condition","field":"contract","op":"eq","value":"One year"}]})");
        MainWindow window;
        window.setInteractive(false);
        window.show();
        window.dock("previewDock")->raise(); // Problems is tabbed behind the preview
        QVERIFY(window.openFile(dir.filePath("old.segment.json"), true));
        window.dataSession()->waitForImport();
        QVERIFY(window.previewRunner()->waitForIdle());
        QTRY_VERIFY(window.findChild<ProblemsPanel*>()->hasEventsEndWarning());
        QCOMPARE(window.lastMessage(), QString("Check the dates: the events end on 2011-12-09, 15 years before as-of "
                                               "2026-12-07: set as-of to the data's last day?"));
        QVERIFY(window.findChild<ProblemsPanel*>()->fixLabels().contains("Set as-of to 2011-12-09"));
        QVERIFY(!window.dock("problemsDock")->visibleRegion().isEmpty()); // brought to the front

        MainWindow demo;
        demo.setInteractive(false);
        QVERIFY(demo.openFile(SEG_SOURCE_DIR "/resources/demo/retail.segment.json", true));
        demo.dataSession()->waitForImport();
        QVERIFY(demo.previewRunner()->waitForIdle());
        QVERIFY(!demo.findChild<ProblemsPanel*>()->hasEventsEndWarning());
        QVERIFY(!demo.lastMessage().startsWith("Check the dates"));
    }
};

QTEST_MAIN(TestOpenWarning)
#include "test_open_warning.moc"
