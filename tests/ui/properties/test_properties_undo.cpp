// Property edits are document edits: each committed change (Enter, leaving the field, or a
// pause while typing) is one undo step, and Ctrl+Z pressed inside a field undoes the last
// document edit, so the field always shows what the graph holds.
#include "properties/comparison_editor.h"
#include "properties_fixture.h"

#include <QLineEdit>
#include <QSpinBox>

using namespace seg;
using namespace seg::ui;
using namespace seg::ui::testing;

namespace {
QString valueOf(const Document& d, const QString& id)
{
    const Json& v = d.node(id)->condition.cmp.value;
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}
} // namespace

class TestPropertiesUndo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fieldAndGraphAgreeAfterUndo()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Condition);
        PanelFixture::pick(f.find<QComboBox>("field"), "country");
        auto* editor = f.find<ComparisonEditor>("comparison");
        PanelFixture::typeInto(editor->valueEdit(), "DE");
        PanelFixture::pick(f.find<ComparisonEditor>("comparison")->operatorBox(), "is not equal to");
        QLineEdit* value = f.find<ComparisonEditor>("comparison")->valueEdit();
        PanelFixture::typeInto(value, "US"); // committed with Enter; the field keeps the focus
        QCOMPARE(valueOf(f.document, id), QString("US"));
        QVERIFY(value->hasFocus());
        const int steps = f.document.undoStack()->index();

        QTest::keyClick(value, Qt::Key_Z, Qt::ControlModifier);
        // The document went one step back (the value edit), and the field shows the graph's value.
        QCOMPARE(f.document.undoStack()->index(), steps - 1);
        QCOMPARE(valueOf(f.document, id), QString("DE"));
        QCOMPARE(f.find<ComparisonEditor>("comparison")->valueEdit()->text(), valueOf(f.document, id));
        QCOMPARE(f.document.node(id)->condition.cmp.op, CompareOp::Ne); // the operator step stays

        // Redo in the field brings the edit back, field and graph together.
        value = f.find<ComparisonEditor>("comparison")->valueEdit();
        value->setFocus();
        QTest::keyClick(value, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(valueOf(f.document, id), QString("US"));
        QCOMPARE(f.find<ComparisonEditor>("comparison")->valueEdit()->text(), QString("US"));
    }

    void undoInAFieldWithUnfinishedTypingKeepsFieldAndGraphTogether()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Segment);
        auto* label = f.find<QLineEdit>("label");
        PanelFixture::typeInto(label, "VIP");
        QCOMPARE(f.document.node(id)->label, std::string("VIP"));
        // Typing without Enter, then Ctrl+Z: the typing is applied and undone as the last edit
        // (it stays on the redo stack), so the field shows the graph's label.
        label->setFocus();
        QTest::keyClicks(label, " customers");
        QTest::keyClick(label, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.find<QLineEdit>("label")->text(), QString::fromStdString(f.document.node(id)->label));
        QCOMPARE(f.document.node(id)->label, std::string(""));
        f.document.undoStack()->redo();
        QCOMPARE(f.find<QLineEdit>("label")->text(), QString("VIP customers"));
    }

    void undoInASpinBoxUndoesTheDocument()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Condition);
        PanelFixture::pick(f.find<QComboBox>("field"), "joined");
        auto* editor = f.find<ComparisonEditor>("comparison");
        PanelFixture::pick(editor->operatorBox(), "is within the last … days");
        QSpinBox* days = f.find<ComparisonEditor>("comparison")->daysBox();
        days->setFocus();
        QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(days, "45");
        QTest::keyClick(days, Qt::Key_Return);
        QCOMPARE(f.document.node(id)->condition.cmp.days, int64_t(45));
        QTest::keyClick(days, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.document.node(id)->condition.cmp.days, int64_t(0));
        QCOMPARE(f.find<ComparisonEditor>("comparison")->daysBox()->value(), 0);
    }

    void pauseWhileTypingCommits()
    {
        PanelFixture f;
        const QString id = f.add(NodeType::Condition);
        PanelFixture::pick(f.find<QComboBox>("field"), "country");
        PanelFixture::pick(f.find<ComparisonEditor>("comparison")->operatorBox(), "is equal to");
        QLineEdit* value = f.find<ComparisonEditor>("comparison")->valueEdit();
        value->setFocus();
        const int steps = f.steps();
        QTest::keyClicks(value, "F");
        QTest::qWait(100);
        QCOMPARE(f.steps(), steps); // still typing
        QTest::keyClicks(value, "R");
        QTRY_COMPARE_WITH_TIMEOUT(valueOf(f.document, id), QString("FR"), 3000);
        QCOMPARE(f.steps(), steps + 1);
        QCOMPARE(value->text(), QString("FR"));
        QVERIFY(value->hasFocus());
        // Enter after the pause adds no second step; more typing of the same field merges.
        QTest::keyClick(value, Qt::Key_Return);
        QCOMPARE(f.steps(), steps + 1);
        QTest::keyClicks(value, "A");
        QTRY_COMPARE_WITH_TIMEOUT(valueOf(f.document, id), QString("FRA"), 3000);
        QCOMPARE(f.steps(), steps + 1);
        QCOMPARE(f.find<ComparisonEditor>("comparison")->valueEdit()->text(), QString("FRA"));
    }
};

QTEST_MAIN(TestPropertiesUndo)
#include "test_properties_undo.moc"
