// The forms of the other node types: behavior (event types from the data, window, where,
// aggregate, comparison), derive, top, split (percents must add up to 100, shown inline),
// priority (input order), segment (name, expected size, export columns). Each edit gives the
// expected node fields and one undo step. SEG_PROPERTIES_SCREENSHOT=dir saves pictures.
#include "properties/comparison_editor.h"
#include "properties/event_aggregate_editor.h"
#include "properties/expression_field.h"
#include "properties_fixture.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>

using namespace seg;
using namespace seg::ui;
using namespace seg::ui::testing;

namespace {
QStringList itemsOf(const QComboBox* combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    return items;
}

void screenshot(PanelFixture& f, const char* name)
{
    const QByteArray dir = qgetenv("SEG_PROPERTIES_SCREENSHOT");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let pending layout requests run, as the event loop would
    f.panel->grab().save(QString::fromLocal8Bit(dir) + "/" + name + ".png");
}
} // namespace

class TestPropertiesForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void behaviorEventsAggregateAndComparison()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Behavior);
        auto* events = f.find<EventAggregateEditor>("events");
        // The event types are the values of the events' type column, after "any event".
        QCOMPARE(itemsOf(events->eventBox()), (QStringList{"(any event)", "purchase", "visit"}));
        int steps = f.steps();
        PanelFixture::pick(events->eventBox(), "purchase");
        QCOMPARE(f.document.node(id)->events.event.value(), std::string("purchase"));
        QCOMPARE(f.steps(), ++steps);

        events = f.find<EventAggregateEditor>("events");
        QTest::mouseClick(events->windowCheck(), Qt::LeftButton, {}, QPoint(5, events->windowCheck()->height() / 2));
        QCOMPARE(f.document.node(id)->events.withinLastDays.value(), int64_t(30));
        QCOMPARE(f.steps(), ++steps);
        f.find<EventAggregateEditor>("events")->windowDays()->setValue(90);
        QCOMPARE(f.document.node(id)->events.withinLastDays.value(), int64_t(90));

        PanelFixture::pick(f.find<EventAggregateEditor>("events")->aggregateBox(), "Sum of");
        events = f.find<EventAggregateEditor>("events");
        QVERIFY(events->fieldBox()->isVisibleTo(f.panel));
        // The id column is the key, not something to sum.
        QVERIFY(!itemsOf(events->fieldBox()).contains("id"));
        PanelFixture::pick(events->fieldBox(), "amount");
        QCOMPARE(f.document.node(id)->events.aggregate, Aggregate::Sum);
        QCOMPARE(f.document.node(id)->events.field, std::string("amount"));

        // A where condition on an event column, with the operators of its type.
        steps = f.steps();
        QTest::mouseClick(events->addConditionButton(), Qt::LeftButton);
        QCOMPARE(f.steps(), steps + 1);
        events = f.find<EventAggregateEditor>("events");
        QCOMPARE(events->conditionCount(), 1);
        PanelFixture::pick(events->conditionField(0), "amount");
        events = f.find<EventAggregateEditor>("events");
        PanelFixture::pick(events->conditionComparison(0)->operatorBox(), "is at least");
        PanelFixture::typeInto(f.find<EventAggregateEditor>("events")->conditionComparison(0)->valueEdit(), "20");
        const auto& where = f.document.node(id)->events.where;
        QCOMPARE(where.size(), size_t(1));
        QCOMPARE(where[0].field, std::string("amount"));
        QCOMPARE(where[0].cmp.op, CompareOp::Ge);
        QCOMPARE(where[0].cmp.value, Json(20));

        // The comparison of the summed amount.
        auto* comparison = f.find<ComparisonEditor>("comparison");
        PanelFixture::pick(comparison->operatorBox(), "is at least");
        PanelFixture::typeInto(f.find<ComparisonEditor>("comparison")->valueEdit(), "100");
        QCOMPARE(f.document.node(id)->compare.op, CompareOp::Ge);
        QCOMPARE(f.document.node(id)->compare.value, Json(100));
        screenshot(f, "behavior");
    }

    void deriveNameAndSource()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Derive);
        int steps = f.steps();
        PanelFixture::typeInto(f.find<QLineEdit>("name"), "spend_per_day");
        QCOMPARE(f.document.node(id)->name, std::string("spend_per_day"));
        QCOMPARE(f.steps(), ++steps);
        // A name taken by a customer column is refused inline.
        PanelFixture::typeInto(f.find<QLineEdit>("name"), "spend");
        QVERIFY(f.panel->findChild<QLabel*>()); // the form is still there
        bool clashShown = false;
        for (QLabel* label : f.panel->findChildren<QLabel*>())
            clashShown |= label->isVisible() && label->text().contains("already have a column 'spend'");
        QVERIFY(clashShown);
        // A non-boolean formula is fine for a derived column; its type is reported.
        auto* expression = f.find<ExpressionField>("expression");
        expression->editor()->setFocus();
        QTest::keyClick(expression->editor(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(expression->editor(), "spend / 2");
        QCOMPARE(expression->errorColumn(), 0);
        f.find<QComboBox>("source")->setFocus(); // clicking the box takes the focus from the formula
        PanelFixture::pick(f.find<QComboBox>("source"), "Summary of the customer's events");
        QVERIFY(f.document.node(id)->fromEvents);
        QCOMPARE(f.document.node(id)->expr, std::string("spend / 2")); // applied when focus left
        QVERIFY(f.find<EventAggregateEditor>("events")->isVisibleTo(f.panel));
    }

    void topCutAndOrder()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Top);
        PanelFixture::pick(f.find<QComboBox>("field"), "spend");
        QCOMPARE(f.document.node(id)->field, std::string("spend"));
        const int steps = f.steps();
        PanelFixture::pick(f.find<QComboBox>("mode"), "Top count");
        QCOMPARE(f.steps(), steps + 1);
        QVERIFY(!f.document.node(id)->percent.has_value());
        QCOMPARE(f.document.node(id)->count.value(), int64_t(1000));
        QVERIFY(f.find<QSpinBox>("count")->isVisibleTo(f.panel));
        QVERIFY(!f.find<QDoubleSpinBox>("percent")->isVisibleTo(f.panel));
        f.find<QSpinBox>("count")->setValue(3);
        QCOMPARE(f.document.node(id)->count.value(), int64_t(3));
        PanelFixture::pick(f.find<QComboBox>("order"), "Lowest first");
        QVERIFY(f.document.node(id)->ascending);
        QCOMPARE(f.steps(), steps + 3);
    }

    void splitPercentsMustAddUpTo100()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Split);
        auto* parts = f.find<QTableWidget>("parts");
        QCOMPARE(parts->rowCount(), 2);
        QCOMPARE(parts->item(0, 0)->text(), QString("test"));
        QCOMPARE(parts->item(1, 1)->text(), QString("10"));
        auto* error = f.find<QLabel>("partsError");
        QVERIFY(!error->isVisibleTo(f.panel));
        const int steps = f.steps();
        parts->item(0, 1)->setText("80"); // 80 + 10: not 100 yet
        QCOMPARE(f.document.node(id)->parts[0].percent, 80.0);
        error = f.find<QLabel>("partsError");
        QVERIFY(error->isVisibleTo(f.panel));
        QVERIFY2(error->text().contains("90%"), qPrintable(error->text()));
        f.find<QTableWidget>("parts")->item(1, 1)->setText("20");
        QVERIFY(!f.find<QLabel>("partsError")->isVisibleTo(f.panel));
        QCOMPARE(f.document.node(id)->parts[1].percent, 20.0);
        f.find<QTableWidget>("parts")->item(1, 0)->setText("holdout");
        QCOMPARE(f.document.node(id)->parts[1].name, std::string("holdout"));
        QVERIFY(f.steps() > steps);
        PanelFixture::typeInto(f.find<QLineEdit>("seed"), "q4-test");
        QCOMPARE(f.document.node(id)->seed, std::string("q4-test"));
        // Two groups with one name are refused inline.
        f.find<QTableWidget>("parts")->item(1, 0)->setText("test");
        QVERIFY2(f.find<QLabel>("partsError")->text().contains("twice"), qPrintable(f.find<QLabel>("partsError")->text()));
        screenshot(f, "split");
    }

    void priorityOrder()
    {
        PanelFixture f;
        f.document.addNode(NodeType::Segment, {0, 0});
        f.document.addNode(NodeType::Segment, {0, 100});
        f.document.addNode(NodeType::Segment, {0, 200});
        const QString id = f.document.addNode(NodeType::Priority, {300, 100});
        QString error;
        for (const char* s : {"s1", "s2", "s3"})
            QVERIFY(f.document.connectNodes(s, id, &error));
        f.selection.set({id});
        auto* list = f.find<QListWidget>("inputs");
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->item(0)->text(), QString("1. s1"));
        list->setCurrentRow(2);
        const int steps = f.steps();
        QTest::mouseClick(f.find<QPushButton>("up"), Qt::LeftButton);
        QCOMPARE(f.document.node(id)->inputs, (std::vector<std::string>{"s1", "s3", "s2"}));
        QCOMPARE(f.steps(), steps + 1);
        QCOMPARE(f.find<QListWidget>("inputs")->currentRow(), 1);
        QTest::mouseClick(f.find<QPushButton>("up"), Qt::LeftButton);
        QCOMPARE(f.document.node(id)->inputs, (std::vector<std::string>{"s3", "s1", "s2"}));
        // Moves of one list merge into one undo step (like spinning a box), and the list follows.
        f.document.undoStack()->undo();
        QCOMPARE(f.document.node(id)->inputs, (std::vector<std::string>{"s1", "s2", "s3"}));
        QCOMPARE(f.find<QListWidget>("inputs")->item(2)->text(), QString("3. s3"));
    }

    void segmentNameExpectedSizeAndExportColumns()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Segment);
        int steps = f.steps();
        PanelFixture::typeInto(f.find<QLineEdit>("name"), "High value");
        QCOMPARE(f.document.node(id)->name, std::string("High value"));
        PanelFixture::typeInto(f.find<QLineEdit>("expectedMin"), "10");
        PanelFixture::typeInto(f.find<QLineEdit>("expectedMax"), "5000");
        QCOMPARE(f.document.node(id)->expectedMin.value(), int64_t(10));
        QCOMPARE(f.document.node(id)->expectedMax.value(), int64_t(5000));
        QCOMPARE(f.steps(), steps + 3);
        PanelFixture::typeInto(f.find<QLineEdit>("expectedMax"), "");
        QVERIFY(!f.document.node(id)->expectedMax.has_value());
        auto* description = f.find<QPlainTextEdit>("description");
        description->setFocus();
        QTest::keyClicks(description, "Spent the most this year");
        f.find<QLineEdit>("name")->setFocus();
        QCOMPARE(f.document.node(id)->description, std::string("Spent the most this year"));

        auto* columns = f.find<QListWidget>("exportColumns");
        QCOMPARE(columns->count(), 5);
        steps = f.steps();
        columns->item(2)->setCheckState(Qt::Checked); // country
        f.find<QListWidget>("exportColumns")->item(0)->setCheckState(Qt::Checked); // id
        // Ticking order is file order: country first, then id.
        QCOMPARE(f.document.node(id)->exportColumns, (std::vector<std::string>{"country", "id"}));
        QCOMPARE(f.steps(), steps + 1); // repeated edits of the export columns merge into one step
        screenshot(f, "segment");
    }

    void conditionScreenshot()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Condition);
        Node n = *f.document.node(id);
        n.label = "Recent big spenders";
        n.condition.field = "spend";
        n.condition.cmp.op = CompareOp::Between;
        n.condition.cmp.min = 100;
        n.condition.cmp.max = 500;
        f.document.changeNode(n);
        QCOMPARE(f.find<ComparisonEditor>("comparison")->operatorBox()->currentText(), QString("is between"));
        screenshot(f, "condition");
        f.selection.set({});
        screenshot(f, "settings");
    }
};

QTEST_MAIN(TestPropertiesForms)
#include "test_properties_forms.moc"
