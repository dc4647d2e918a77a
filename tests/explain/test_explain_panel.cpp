// The Why? panel in the main window on the demo project, offscreen: a typed key explains the
// chosen segment (rows = the path, ✓/✗ = the preview run's membership of each node), the first
// excluding node is highlighted in the tree and selected on the canvas, keys complete from the
// key column, "Why is this customer here?" in Members explains that member, and an unknown key
// says so.
#include "document/document.h"
#include "document/selection.h"
#include "explain/explain_panel.h"
#include "explain/explain_tree.h"
#include "mainwindow/main_window.h"
#include "preview/member_sample_view.h"
#include "preview/preview_panel.h"
#include "session/data_session.h"
#include "session/preview_runner.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

// Membership of node `id` in the preview's run (any port).
bool memberInRun(const RunResult& run, const std::string& id, size_t row)
{
    for (const auto& [ref, set] : run.sets)
        if ((ref == id || ref.rfind(id + ":", 0) == 0) && set->test(row))
            return true;
    return false;
}

} // namespace

class TestExplainPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        window_ = std::make_unique<MainWindow>();
        window_->setInteractive(false);
        window_->show();
        QVERIFY(window_->openFile(SEG_SOURCE_DIR "/resources/demo/retail.segment.json", true));
        window_->dataSession()->waitForImport();
        QVERIFY(window_->previewRunner()->waitForIdle());
        panel_ = window_->findChild<ExplainPanel*>();
        QVERIFY(panel_);
        QVERIFY(window_->dock("explainDock"));
        QTRY_VERIFY(panel_->segmentBox()->findData(QStringLiteral("s_vip")) >= 0);
    }

    void typedKeyExplainsTheSegment()
    {
        panel_->explain(QStringLiteral("100001"), QStringLiteral("s_vip"));
        QVERIFY(panel_->waitForIdle());
        QVERIFY(panel_->explanation());
        const auto& x = *panel_->explanation();
        const auto result = window_->previewRunner()->lastResult();
        size_t row = 0;
        while (result->data->customers.key().textAt(row) != "100001")
            ++row;
        QTreeWidget* tree = panel_->tree();
        QCOMPARE(tree->topLevelItemCount(), static_cast<int>(x.path.size()));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = tree->topLevelItem(i);
            const std::string id = item->data(kExplainNode, Qt::UserRole).toString().toStdString();
            QCOMPARE(id, x.path[static_cast<size_t>(i)].node);
            const Node* node = result->graph.find(id);
            if (node->type == NodeType::Derive)
                continue;
            const bool in = memberInRun(*result->run, id, row);
            QVERIFY2(item->text(kExplainVerdict).startsWith(in ? QStringLiteral("✓") : QStringLiteral("✗")),
                     qPrintable(QString::fromStdString(id) + ": " + item->text(kExplainVerdict)));
        }
        // Customer 100001 lives in ES: the market condition excludes them, shown in bold, with
        // the value read, and selected on the canvas.
        QVERIFY(panel_->summaryLabel()->text().contains(QStringLiteral("is not in 'VIP early access'")));
        QCOMPARE(panel_->summaryLabel()->text(),
                 QStringLiteral("Customer 100001 is not in 'VIP early access'. First excluded by 'US, Canada or UK': "
                                "country is ES, and the rule is: country is one of US, CA, GB"));
        QTreeWidgetItem* current = tree->currentItem();
        QVERIFY(current);
        QCOMPARE(current->data(kExplainNode, Qt::UserRole).toString(), QStringLiteral("c_core_markets"));
        QVERIFY(current->font(kExplainNode).bold());
        QCOMPARE(current->text(kExplainRead), QStringLiteral("country = ES"));
        QCOMPARE(window_->selection()->current(), QStringLiteral("c_core_markets"));
    }

    void keysCompleteFromTheKeyColumn()
    {
        QCompleter* c = panel_->completer();
        c->setCompletionPrefix(QStringLiteral("10000"));
        QCOMPARE(c->completionCount(), 9); // 100001 … 100009
    }

    void memberRowExplainsWhyItIsThere()
    {
        window_->selection()->set({QStringLiteral("s_vip")});
        auto* preview = qobject_cast<PreviewPanel*>(window_->dock("previewDock")->widget());
        MemberSampleView* members = preview->memberView();
        QTRY_VERIFY(members->model()->rowCount() > 0);
        members->table()->setCurrentIndex(members->model()->index(0, 0));
        const QString key = members->keyAt(0);
        QVERIFY(!key.isEmpty());
        members->explainAction()->trigger();
        QVERIFY(panel_->waitForIdle());
        QVERIFY(panel_->explanation());
        QCOMPARE(panel_->explanation()->id, std::string("s_vip"));
        QVERIFY(panel_->explanation()->member);
        QCOMPARE(panel_->keyEdit()->text(), key);
        QCOMPARE(panel_->summaryLabel()->text(), QStringLiteral("Customer %1 is in 'VIP early access'.").arg(key));
        QVERIFY(window_->dock("explainDock")->isVisible());
    }

    void unknownKeySaysSo()
    {
        panel_->explain(QStringLiteral("no-such-key"));
        QVERIFY(panel_->waitForIdle());
        QVERIFY(!panel_->explanation());
        QCOMPARE(panel_->summaryLabel()->text(), QStringLiteral("No customer with key 'no-such-key' in the data."));
        QCOMPARE(panel_->tree()->topLevelItemCount(), 0);
    }

    // A node with a problem is left out of the preview: segments that do not need it are still
    // explained, and one that does says it did not run (and why).
    void nodesLeftOutOfThePreview()
    {
        Node broken = *window_->document()->node(QStringLiteral("c_core_markets"));
        broken.condition.field = "no_such_column";
        window_->document()->changeNode(broken);
        window_->previewRunner()->runNow();
        QVERIFY(window_->previewRunner()->waitForIdle());
        QVERIFY(window_->previewRunner()->lastResult()->invalid.count("s_vip"));
        panel_->explain(QStringLiteral("100001"), QStringLiteral("s_hv_risk"));
        QVERIFY(panel_->waitForIdle());
        QVERIFY(panel_->explanation());
        QCOMPARE(panel_->explanation()->id, std::string("s_hv_risk"));
        panel_->explain(QStringLiteral("100001"), QStringLiteral("s_vip"));
        QVERIFY(panel_->waitForIdle());
        QVERIFY(!panel_->explanation());
        QVERIFY2(panel_->summaryLabel()->text().startsWith(QStringLiteral("Cannot explain: 's_vip' did not run: ")),
                 qPrintable(panel_->summaryLabel()->text()));
        window_->document()->undoStack()->undo();
    }

    void cleanupTestCase() { window_.reset(); }

private:
    std::unique_ptr<MainWindow> window_;
    ExplainPanel* panel_ = nullptr;
};

QTEST_MAIN(TestExplainPanel)
#include "test_explain_panel.moc"
