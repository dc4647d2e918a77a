// The properties panel through its widgets: graph settings with nothing selected, the label,
// condition and expression forms; each edit is one undo step with the expected node fields;
// undo refreshes the fields; unfinished typing survives unrelated changes; formula errors
// show their column position.
#include "properties/comparison_editor.h"
#include "properties/expression_field.h"
#include "properties_fixture.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

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
} // namespace

class TestPropertiesPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void graphSettingsWhenNothingSelected()
    {
        PanelFixture f;
        QVERIFY(f.panel->nodeId().isEmpty());
        auto* name = f.find<QLineEdit>("graphName");
        QVERIFY(name);
        PanelFixture::typeInto(name, "Q4 campaigns");
        QCOMPARE(f.document.graph().name, std::string("Q4 campaigns"));
        QCOMPARE(f.steps(), 1);
        auto* fixed = f.find<QCheckBox>("fixedAsOf");
        auto* asOf = f.find<QDateEdit>("asOf");
        QVERIFY(!fixed->isChecked());
        asOf->setDate(QDate(2024, 12, 31)); // disabled while not fixed: no change
        QCOMPARE(f.steps(), 1);
        QTest::mouseClick(fixed, Qt::LeftButton, {}, QPoint(5, fixed->height() / 2));
        QVERIFY(f.document.graph().asOf.has_value());
        QCOMPARE(f.steps(), 2);
        f.find<QDateEdit>("asOf")->setDate(QDate(2024, 12, 25));
        QCOMPARE(f.document.graph().asOf.value(), daysFromCivil(2024, 12, 25));
        QCOMPARE(f.steps(), 3);
        f.document.undoStack()->undo();
        f.document.undoStack()->undo();
        QVERIFY(!f.document.graph().asOf.has_value());
        QVERIFY(!f.find<QCheckBox>("fixedAsOf")->isChecked()); // the form followed the undo
    }

    void labelIsOneUndoStepAndFollowsUndo()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Segment);
        QCOMPARE(f.panel->nodeId(), id);
        QCOMPARE(f.find<QLineEdit>("id")->text(), id);
        QVERIFY(f.find<QLineEdit>("id")->isReadOnly());
        const int before = f.steps();
        auto* label = f.find<QLineEdit>("label");
        PanelFixture::typeInto(label, "VIP customers");
        QCOMPARE(f.document.node(id)->label, std::string("VIP customers"));
        QCOMPARE(f.steps(), before + 1);
        label->clearFocus(); // leaving the field again is no second step
        QCOMPARE(f.steps(), before + 1);
        f.document.undoStack()->undo();
        QCOMPARE(f.find<QLineEdit>("label")->text(), QString());
        f.document.undoStack()->redo();
        QCOMPARE(f.find<QLineEdit>("label")->text(), QString("VIP customers"));
    }

    void unfinishedTypingSurvivesOtherChanges()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Segment);
        auto* label = f.find<QLineEdit>("label");
        label->setFocus();
        QTest::keyClicks(label, "Churn ri");
        // Someone else changes another field of the same node (another panel, a script, undo).
        Node other = *f.document.node(id);
        other.description = "changed elsewhere";
        f.document.changeNode(other);
        QCOMPARE(f.find<QLineEdit>("label")->text(), QString("Churn ri"));
        f.document.undoStack()->undo();
        QCOMPARE(f.find<QLineEdit>("label")->text(), QString("Churn ri"));
        QTest::keyClicks(label, "sk");
        QTest::keyClick(label, Qt::Key_Return);
        QCOMPARE(f.document.node(id)->label, std::string("Churn risk"));
    }

    void conditionFieldOperatorAndValues()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Condition);
        auto* field = f.find<QComboBox>("field");
        QCOMPARE(itemsOf(field), (QStringList{"id", "spend", "country", "joined", "vip"}));
        int steps = f.steps();
        PanelFixture::pick(field, "spend");
        QCOMPARE(f.document.node(id)->condition.field, std::string("spend"));
        QCOMPARE(f.steps(), ++steps);

        // The operators fit a number column: comparisons yes, text matching no.
        auto* editor = f.find<ComparisonEditor>("comparison");
        const QStringList ops = itemsOf(editor->operatorBox());
        QVERIFY(ops.contains("is greater than") && ops.contains("is between") && ops.contains("is one of"));
        QVERIFY(!ops.contains("contains") && !ops.contains("is within the last … days"));
        PanelFixture::pick(editor->operatorBox(), "is greater than");
        QCOMPARE(f.document.node(id)->condition.cmp.op, CompareOp::Gt);
        QCOMPARE(f.steps(), ++steps);
        PanelFixture::typeInto(editor->valueEdit(), "100");
        QCOMPARE(f.document.node(id)->condition.cmp.value, Json(100));
        QCOMPARE(f.steps(), ++steps);
        // A value that is no number is kept as typed and the problem shown inline.
        PanelFixture::typeInto(editor->valueEdit(), "lots");
        QVERIFY2(!editor->problem().isEmpty(), "expected an inline error for a text value on a number column");
        QCOMPARE(f.document.node(id)->condition.cmp.value, Json("lots"));
        PanelFixture::typeInto(editor->valueEdit(), "100.5");
        QVERIFY(f.find<ComparisonEditor>("comparison")->problem().isEmpty());
        QCOMPARE(f.document.node(id)->condition.cmp.value, Json(100.5));
        // Undo goes back over the value edits (one field: they merge) to the operator.
        f.document.undoStack()->undo();
        QCOMPARE(f.document.node(id)->condition.cmp.op, CompareOp::Gt);
        QCOMPARE(f.find<ComparisonEditor>("comparison")->valueEdit()->text(), QString());

        // Text column: "is one of" takes a comma-separated list.
        PanelFixture::pick(f.find<QComboBox>("field"), "country");
        editor = f.find<ComparisonEditor>("comparison");
        QVERIFY(itemsOf(editor->operatorBox()).contains("contains"));
        PanelFixture::pick(editor->operatorBox(), "is one of");
        PanelFixture::typeInto(editor->listEdit(), "DE, US");
        QCOMPARE(f.document.node(id)->condition.cmp.op, CompareOp::In);
        QCOMPARE(f.document.node(id)->condition.cmp.values, (std::vector<Json>{"DE", "US"}));

        // Date column: relative operators with a day count; dates with the date picker.
        PanelFixture::pick(f.find<QComboBox>("field"), "joined");
        editor = f.find<ComparisonEditor>("comparison");
        PanelFixture::pick(editor->operatorBox(), "is within the last … days");
        QVERIFY(editor->daysBox()->isVisibleTo(f.panel));
        steps = f.steps();
        editor->daysBox()->setValue(30);
        QCOMPARE(f.document.node(id)->condition.cmp.op, CompareOp::WithinLastDays);
        QCOMPARE(f.document.node(id)->condition.cmp.days, int64_t(30));
        QCOMPARE(f.steps(), steps + 1);
        PanelFixture::pick(editor->operatorBox(), "is before");
        QVERIFY(editor->dateEdit()->isVisibleTo(f.panel));
        QVERIFY(!editor->valueEdit()->isVisibleTo(f.panel));
        editor->dateEdit()->setDate(QDate(2024, 6, 30));
        QCOMPARE(f.document.node(id)->condition.cmp.op, CompareOp::Lt);
        QCOMPARE(f.document.node(id)->condition.cmp.value, Json("2024-06-30"));
    }

    void expressionErrorShowsColumn()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Expression);
        auto* field = f.find<ExpressionField>("expression");
        QPlainTextEdit* editor = field->editor();
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        // "spend > 100 AND " is 16 characters: the misspelt column starts at column 17.
        QTest::keyClicks(editor, "spend > 100 AND countryy = 'DE'");
        QCOMPARE(field->errorColumn(), 17);
        QVERIFY2(field->errorText().startsWith("Column 17:") && field->errorText().contains("countryy"),
                 qPrintable(field->errorText()));
        QCOMPARE(f.document.node(id)->expr, std::string("TRUE")); // nothing applied while typing
        // A syntax error: the second AND at column 17 has nothing before it.
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, "spend > 100 AND AND vip");
        QCOMPARE(field->errorColumn(), 17);
        // A type error: the formula must be true/false.
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, "spend + 1");
        QVERIFY(field->errorColumn() > 0);
        // Fixed: the error goes away, and leaving the editor applies the formula (one step).
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, "spend > 100 AND country = 'DE'");
        QCOMPARE(field->errorColumn(), 0);
        QVERIFY(field->errorText().isEmpty());
        const int steps = f.steps();
        f.find<QLineEdit>("label")->setFocus();
        QCOMPARE(f.document.node(id)->expr, std::string("spend > 100 AND country = 'DE'"));
        QCOMPARE(f.steps(), steps + 1);
        f.document.undoStack()->undo();
        QCOMPARE(f.find<ExpressionField>("expression")->text(), QString("TRUE"));
    }

    void switchingNodesAppliesPendingTyping()
    {
        PanelFixture f;
        const QString s1 = f.add(NodeType::Segment);
        auto* label = f.find<QLineEdit>("label");
        label->setFocus();
        QTest::keyClicks(label, "Winback");
        const QString c1 = f.add(NodeType::Condition); // selects c1 while s1's label is unfinished
        QCOMPARE(f.panel->nodeId(), c1);
        QCOMPARE(f.document.node(s1)->label, std::string("Winback"));
        QVERIFY(f.document.node(c1)->label.empty());
        f.document.removeNodes({c1});
        QVERIFY(f.panel->nodeId().isEmpty()); // the deleted node's form is gone
    }
};

QTEST_MAIN(TestPropertiesPanel)
#include "test_properties_panel.moc"
