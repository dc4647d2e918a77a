// Values from the data in the Properties forms, on the fixture's hand-counted data
// (country: DE x2, FR, US; spend: 50, 150.5, NULL, 101; joined 2023-06-01 .. 2024-12-01):
// completion and a picker with counts for text, range and histogram with the cut for numbers,
// calendars marking the data's first and last day, and dates typed whole.
#include "properties/comparison_editor.h"
#include "properties/date_field.h"
#include "properties/event_aggregate_editor.h"
#include "properties/value_hints.h"
#include "properties_fixture.h"
#include "session/column_stats_cache.h"

#include <QAbstractItemModel>
#include <QCalendarWidget>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextCharFormat>
#include <QToolButton>
#include <QTreeWidget>

using namespace seg;
using namespace seg::ui;
using namespace seg::ui::testing;

namespace {
ComparisonEditor* conditionOn(PanelFixture& f, const char* column)
{
    PanelFixture::pick(f.find<QComboBox>("field"), column);
    // The statistics arrive from a worker; the form reloads with them.
    for (int i = 0; i < 500 && !f.find<ComparisonEditor>("comparison")->valueHints()->stats(); ++i)
        QTest::qWait(10);
    return f.find<ComparisonEditor>("comparison");
}
} // namespace

class TestValuePickers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textValuesCompleteAndPickWithCounts()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Condition);
        ComparisonEditor* editor = conditionOn(f, "country");
        ValueHints* hints = editor->valueHints();
        QCOMPARE(hints->summary()->text(), QString("3 values in the data: DE (2), FR (1), US (1)"));
        QVERIFY(hints->pickButton()->isVisibleTo(f.panel));
        // Type-ahead: the completer holds every value, most frequent first, with its count.
        QAbstractItemModel* model = editor->valueCompleter()->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 0).data().toString(), QString("DE"));
        QCOMPARE(model->index(0, 1).data().toString(), QString("2"));
        QCOMPARE(editor->valueCompleter()->filterMode(), Qt::MatchContains);

        // A click on a value uses it (one undo step); a new condition ("has a value") becomes
        // "is equal to".
        QCOMPARE(f.document.node(id)->condition.cmp.op, CompareOp::NotNull);
        const int steps = f.steps();
        ValuePickerPopup* popup = hints->openPicker();
        QCOMPARE(popup->list()->topLevelItemCount(), 3);
        QTest::keyClicks(popup->searchField(), "r");
        QCOMPARE(popup->list()->topLevelItem(0)->isHidden(), true);  // DE
        QCOMPARE(popup->list()->topLevelItem(1)->isHidden(), false); // FR
        Q_EMIT popup->list()->itemClicked(popup->list()->topLevelItem(1), 0);
        QCOMPARE(f.document.node(id)->condition.cmp.value, Json("FR"));
        QCOMPARE(f.document.node(id)->condition.cmp.op, CompareOp::Eq);
        QCOMPARE(f.steps(), steps + 1);

        // "is one of": several values checked at once.
        editor = f.find<ComparisonEditor>("comparison");
        PanelFixture::pick(editor->operatorBox(), "is one of");
        popup = f.find<ComparisonEditor>("comparison")->valueHints()->openPicker();
        QCOMPARE(popup->checkedValues(), QStringList{"FR"}); // the value carried over to the list
        popup->list()->topLevelItem(1)->setCheckState(0, Qt::Unchecked); // FR
        popup->list()->topLevelItem(0)->setCheckState(0, Qt::Checked); // DE
        popup->list()->topLevelItem(2)->setCheckState(0, Qt::Checked); // US
        popup->applyChecked();
        QCOMPARE(f.document.node(id)->condition.cmp.values, (std::vector<Json>{"DE", "US"}));
        QCOMPARE(f.find<ComparisonEditor>("comparison")->listEdit()->text(), QString("DE, US"));
        // Opened again, the picker shows the chosen values checked.
        popup = f.find<ComparisonEditor>("comparison")->valueHints()->openPicker();
        QCOMPARE(popup->checkedValues(), (QStringList{"DE", "US"}));
        popup->close();
    }

    void numbersShowRangeAndTheCut()
    {
        PanelFixture f;
        f.add(NodeType::Condition);
        ComparisonEditor* editor = conditionOn(f, "spend");
        QCOMPARE(editor->valueHints()->summary()->text(), QString("In the data: 50 … 150.5 · 1 empty"));
        QVERIFY(!editor->valueHints()->pickButton()->isVisibleTo(f.panel));
        PanelFixture::pick(editor->operatorBox(), "is greater than");
        PanelFixture::typeInto(f.find<ComparisonEditor>("comparison")->valueEdit(), "100");
        QCOMPARE(f.find<ComparisonEditor>("comparison")->valueHints()->cutPositions(), std::vector<double>{100});
        PanelFixture::pick(f.find<ComparisonEditor>("comparison")->operatorBox(), "is between");
        editor = f.find<ComparisonEditor>("comparison");
        const ColumnStats* stats = editor->valueHints()->stats();
        QCOMPARE(stats->bins.size(), size_t(24));
        size_t counted = 0;
        for (size_t b : stats->bins)
            counted += b;
        QCOMPARE(counted, size_t(3)); // three customers have a spend
    }

    void calendarsMarkTheDataFirstAndLastDay()
    {
        PanelFixture f;
        f.add(NodeType::Condition);
        ComparisonEditor* editor = conditionOn(f, "joined");
        QCOMPARE(editor->valueHints()->summary()->text(), QString("In the data: 2023-06-01 … 2024-12-01"));
        PanelFixture::pick(editor->operatorBox(), "is before");
        editor = f.find<ComparisonEditor>("comparison");
        QCalendarWidget* calendar = editor->dateEdit()->calendarWidget();
        QCOMPARE(calendar->dateTextFormat(QDate(2023, 6, 1)).fontWeight(), int(QFont::Bold));
        QCOMPARE(calendar->dateTextFormat(QDate(2024, 12, 1)).fontWeight(), int(QFont::Bold));
        QVERIFY(!calendar->dateTextFormat().contains(QDate(2024, 1, 5)));
        QVERIFY(editor->dateEdit()->toolTip().contains("2023-06-01 to 2024-12-01"));
    }

    void dateFieldsAcceptWholeDateTyping()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Condition);
        ComparisonEditor* editor = conditionOn(f, "joined");
        PanelFixture::pick(editor->operatorBox(), "is before");
        QDateEdit* date = f.find<ComparisonEditor>("comparison")->dateEdit();
        date->setFocus();
        QTest::qWait(10); // the focus selects the whole text
        QTest::keyClicks(date, "2024-06-30");
        QTest::keyClick(date, Qt::Key_Return);
        QCOMPARE(f.document.node(id)->condition.cmp.value, Json("2024-06-30"));
        date = f.find<ComparisonEditor>("comparison")->dateEdit();
        date->setFocus();
        QTest::qWait(10);
        QTest::keyClicks(date, "15.03.2024"); // day first, as written in much of Europe
        QTest::keyClick(date, Qt::Key_Return);
        QCOMPARE(f.document.node(id)->condition.cmp.value, Json("2024-03-15"));
        QCOMPARE(DateField::parseWholeDate("2024/01/31"), QDate(2024, 1, 31));
        QCOMPARE(DateField::parseWholeDate("20240131"), QDate(2024, 1, 31));
        QVERIFY(!DateField::parseWholeDate("2024-02-30").isValid());
    }

    void asOfCalendarShowsTheEventsFirstAndLastDay()
    {
        PanelFixture f; // nothing selected: the graph settings
        QLabel* range = f.find<QLabel>("eventsRange");
        QTRY_VERIFY_WITH_TIMEOUT(f.find<QLabel>("eventsRange")->isVisibleTo(f.panel), 5000);
        range = f.find<QLabel>("eventsRange");
        QCOMPARE(range->text(), QString("The events run from 2024-12-01 to 2024-12-03 (marked in the calendar)."));
        QCalendarWidget* calendar = f.find<QDateEdit>("asOf")->calendarWidget();
        QCOMPARE(calendar->dateTextFormat(QDate(2024, 12, 3)).fontWeight(), int(QFont::Bold));
    }

    void eventWhereConditionsOfferTheEventValues()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Behavior);
        auto* events = f.find<EventAggregateEditor>("events");
        events->addConditionButton()->click();
        events = f.find<EventAggregateEditor>("events");
        PanelFixture::pick(events->conditionField(0), "amount");
        QTRY_VERIFY_WITH_TIMEOUT(f.find<EventAggregateEditor>("events")->conditionComparison(0)->valueHints()->stats(),
                                 5000);
        QCOMPARE(f.find<EventAggregateEditor>("events")->conditionComparison(0)->valueHints()->summary()->text(),
                 QString("In the data: 20 … 99.5 · 1 empty"));
        QCOMPARE(f.document.node(id)->events.where.size(), size_t(1));
    }
};

QTEST_MAIN(TestValuePickers)
#include "test_value_pickers.moc"
