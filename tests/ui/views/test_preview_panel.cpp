// The preview panel driven by real preview runs over the ten customers of views_fixture.h:
// bar values and labels, the overlap table in both modes, a click on a cell listing who is in
// both segments, the member sample following the selection with chosen columns, and the
// histogram of the selected node.
#include "views_fixture.h"

#include "document/selection.h"
#include "preview/histogram_view.h"
#include "preview/member_sample_view.h"
#include "preview/overlap_view.h"
#include "preview/preview_panel.h"
#include "preview/qcp.h"
#include "preview/segment_size_chart.h"
#include "session/data_session.h"
#include "session/preview_runner.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

struct Fixture {
    QTemporaryDir dir;
    Document doc;
    DataSession data;
    PreviewRunner runner{&doc, &data};
    Selection selection;
    PreviewPanel panel{&doc, &data, &runner, &selection};
    Fixture()
    {
        runner.setAutoRun(false);
        test::loadTenCustomersGraph(doc, dir);
        data.setDataset(test::tenCustomers());
        runner.runNow();
        runner.waitForIdle();
    }
};

QStringList column(const QAbstractItemModel& m, int col)
{
    QStringList values;
    for (int r = 0; r < m.rowCount(); ++r)
        values << m.index(r, col).data().toString();
    return values;
}

} // namespace

class TestPreviewPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void barsShowSizesSharesAndWarnings()
    {
        Fixture f;
        const SegmentSizeChart& chart = *f.panel.sizeChart();
        QCOMPARE(chart.bars().size(), size_t{3});
        QCOMPARE(chart.labelText(0), QString("5 (50.0 %)"));
        QCOMPARE(chart.labelText(1), QString("7 (70.0 %)"));
        // Older and Reach are fine; Spenders (5 > expected max 3) is drawn as a warning bar.
        QCOMPARE(chart.okSeries()->data()->size(), 2);
        QCOMPARE(chart.warningSeries()->data()->size(), 1);
        QCOMPARE(chart.warningSeries()->data()->at(0)->mainValue(), 5.0);
        QCOMPARE(chart.okSeries()->data()->at(0)->mainValue() + chart.okSeries()->data()->at(1)->mainValue(), 12.0);
        QCOMPARE(chart.plot()->itemCount(), 3); // one label per bar
    }

    void overlapTableCountsAndJaccard()
    {
        Fixture f;
        OverlapModel& m = *f.panel.overlapView()->model();
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QString("Reach"));
        QCOMPARE(column(m, 0), (QStringList{"5", "3", "3"}));
        QCOMPARE(column(m, 2), (QStringList{"3", "4", "5"}));
        f.panel.overlapView()->setMode(OverlapModel::Mode::Jaccard);
        QCOMPARE(m.index(1, 2).data(Qt::UserRole).toDouble(), 0.5);
        QCOMPARE(m.index(0, 1).data().toString(), QString("0.33"));
        QCOMPARE(m.index(0, 2).data(Qt::UserRole).toDouble(), 3.0 / 7.0);
        QVERIFY(m.index(0, 1).data(Qt::ToolTipRole).toString().contains("In both Older and Reach: 3 members"));
    }

    void clickingACellListsWhoIsInBoth()
    {
        Fixture f;
        f.panel.resize(800, 500);
        f.panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        f.panel.tabs()->setCurrentWidget(f.panel.overlapView());
        QTableView* table = f.panel.overlapView()->table();
        const QModelIndex cell = table->model()->index(0, 1); // Older x Reach: rows {3,5,8}
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
        QCOMPARE(f.panel.tabs()->currentWidget(), f.panel.memberView());
        MemberSampleView& members = *f.panel.memberView();
        members.setShownColumns({"id", "age"});
        // In key order: ids 102 (age 61), 103 (52), 107 (70).
        QCOMPARE(column(*members.model(), 0), (QStringList{"102", "103", "107"}));
        QCOMPARE(column(*members.model(), 1), (QStringList{"61", "52", "70"}));
        QVERIFY(members.titleLabel()->text().contains("In both Older and Reach"));
        QVERIFY(members.titleLabel()->text().contains("3 members"));
    }

    void memberSampleFollowsTheSelection()
    {
        Fixture f;
        MemberSampleView& members = *f.panel.memberView();
        f.selection.set({"c_de"});
        // DE rows {0,2,4,7} with ids 105 110 108 104, in key order.
        QCOMPARE(members.model()->rows(), (std::vector<uint32_t>{7, 0, 4, 2}));
        QVERIFY(members.availableColumns().contains("age2")); // derived columns are offered
        members.setShownColumns({"id", "age2", "country"});
        QCOMPARE(members.model()->columnCount(), 3);
        QCOMPARE(column(*members.model(), 1), (QStringList{"56", "50", "38", "66"})); // ages 28 25 19 33, doubled
        members.setLimit(2);
        QCOMPARE(column(*members.model(), 0), (QStringList{"104", "105"}));
        QVERIFY(members.titleLabel()->text().contains("4 members"));

        // A new run keeps the user's columns and follows the selection.
        f.selection.set({"s_reach"});
        QCOMPARE(column(*members.model(), 0), (QStringList{"102", "103"}));
        QCOMPARE(members.shownColumns(), (QStringList{"id", "age2", "country"}));

        f.selection.set({"d_double"}); // a column, not a set: explained instead of listed
        QCOMPARE(members.model()->rowCount(), 0);
        QVERIFY2(members.titleLabel()->text().contains("age2"), qPrintable(members.titleLabel()->text()));
    }

    void histogramOfTheSelectedNode()
    {
        Fixture f;
        f.selection.set({"s_old"});
        HistogramView& h = *f.panel.histogramView();
        QVERIFY(h.columnChoices().contains("age"));
        QVERIFY(h.columnChoices().contains("joined"));
        QVERIFY(h.columnChoices().contains("age2"));
        QVERIFY(!h.columnChoices().contains("country")); // text has no bins
        QVERIFY(!h.columnChoices().contains("id"));      // the key says nothing about a segment
        h.setColumn("age");
        h.setMaxBins(5);
        h.setNormalised(false);
        QCOMPARE(h.histogramData().all, (std::vector<size_t>{3, 3, 1, 2, 1}));
        QCOMPARE(h.histogramData().inside, (std::vector<size_t>{0, 1, 1, 2, 1}));
        QCOMPARE(h.insideSeries()->data()->at(3)->mainValue(), 2.0);
        QCOMPARE(h.allSeries()->data()->at(0)->mainValue(), 3.0);
        h.setNormalised(true); // shares of each group: 2 of Older's 5 members = 40 %
        QCOMPARE(h.insideSeries()->data()->at(3)->mainValue(), 40.0);
        QCOMPARE(h.allSeries()->data()->at(0)->mainValue(), 30.0);
    }

    void largeDataIsSampledAndBinnedInTheBackground()
    {
        Fixture f;
        // Pretend ten customers are millions: both computations go to a worker thread.
        f.panel.memberView()->setBackgroundRows(0);
        f.panel.histogramView()->setBackgroundRows(0);
        f.selection.set({"s_old"});
        f.selection.set({"c_de"}); // the Older results must be dropped, not shown last
        QTRY_COMPARE(f.panel.memberView()->model()->rows(), (std::vector<uint32_t>{7, 0, 4, 2}));
        HistogramView& h = *f.panel.histogramView();
        h.setColumn("age");
        h.setMaxBins(5);
        // DE ages 25 33 19 28 fall in the first two bins [19,30) and [30,41).
        QTRY_COMPARE(h.histogramData().inside, (std::vector<size_t>{3, 1, 0, 0, 0}));
        QCOMPARE(h.histogramData().all, (std::vector<size_t>{3, 3, 1, 2, 1}));
        QTest::qWait(50); // nothing late may overwrite the current answers
        QCOMPARE(f.panel.memberView()->model()->rows(), (std::vector<uint32_t>{7, 0, 4, 2}));
        QCOMPARE(h.histogramData().inside, (std::vector<size_t>{3, 1, 0, 0, 0}));
    }

    void messagesBeforeDataAndForInvalidNodes()
    {
        QTemporaryDir dir;
        Document doc;
        test::loadTenCustomersGraph(doc, dir);
        DataSession data;
        PreviewRunner runner(&doc, &data);
        runner.setAutoRun(false);
        Selection selection;
        PreviewPanel panel(&doc, &data, &runner, &selection);
        panel.showResult(std::make_shared<PreviewResult>());
        QVERIFY(panel.sizeChart()->bars().empty());
        QVERIFY(panel.memberView()->titleLabel()->text().contains("Import customers"));

        data.setDataset(test::tenCustomers());
        Node broken = *doc.node("c_de");
        broken.condition.field = "planet";
        doc.changeNode(broken);
        runner.runNow();
        runner.waitForIdle();
        QCOMPARE(panel.sizeChart()->bars().size(), size_t{2}); // Reach depends on c_de: left out
        selection.set({"c_de"});
        const QString text = panel.memberView()->titleLabel()->text();
        QVERIFY2(text.contains("did not run") && text.contains("planet"), qPrintable(text));
    }

    void screenshots()
    {
        if (!qEnvironmentVariableIsSet("SEG_SCREENSHOT_DIR"))
            QSKIP("set SEG_SCREENSHOT_DIR to look at the widgets");
        Fixture f;
        f.panel.resize(760, 460);
        f.panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.panel));
        f.selection.set({"s_reach"});
        const QString dir = qEnvironmentVariable("SEG_SCREENSHOT_DIR");
        for (int i = 0; i < f.panel.tabs()->count(); ++i) {
            f.panel.tabs()->setCurrentIndex(i);
            QTest::qWait(50);
            f.panel.grab().save(QString("%1/preview_%2.png").arg(dir).arg(i));
        }
    }
};

QTEST_MAIN(TestPreviewPanel)
#include "test_preview_panel.moc"
