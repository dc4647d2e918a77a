// The canvas scene against the document: items and connections follow every edit, undo and
// redo; refused connections change nothing and say why; live counts and statuses come from
// real preview runs over hand-counted data; auto-layout puts nodes in dependency columns.
#include "canvas/auto_layout.h"
#include "canvas/connection_item.h"
#include "canvas/node_scene.h"
#include "document/document.h"
#include "document/selection.h"
#include "session/data_session.h"
#include "session/preview_runner.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

// 6 customers; spend > 100: ids 2, 4, 5; country = 'DE': ids 1, 2, 6.
const char* kCustomers = "id,spend,country\n1,50,DE\n2,150,DE\n3,,FR\n4,101,FR\n5,300.5,US\n6,100,DE\n";

QStringList connectionKeys(const NodeScene& scene)
{
    QStringList keys;
    for (const ConnectionItem* c : scene.connections())
        keys << c->fromRef() + "->" + c->toId();
    keys.sort();
    return keys;
}


void setCondition(Document& d, const char* id, const char* field, CompareOp op, Json value)
{
    Node n = *d.node(id);
    n.condition.field = field;
    n.condition.cmp.op = op;
    n.condition.cmp.value = std::move(value);
    d.changeNode(n);
}

} // namespace

class TestNodeScene : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void itemsFollowAddConnectDeleteUndo()
    {
        Document d;
        Selection selection;
        NodeScene scene(&d, &selection);
        QCOMPARE(scene.nodeItems().size(), 0);
        d.addNode(NodeType::Condition, {0, 0});
        d.addNode(NodeType::Condition, {0, 120});
        d.addNode(NodeType::And, {300, 60});
        d.addNode(NodeType::Segment, {600, 60});
        QCOMPARE(scene.nodeItems().size(), 4);
        QCOMPARE(scene.nodeItem("a1")->pos(), QPointF(300, 60));
        QCOMPARE(scene.nodeItem("s1")->node().type, NodeType::Segment);

        QString error;
        QVERIFY(d.connectNodes("c1", "a1", &error));
        QVERIFY(d.connectNodes("c2", "a1", &error));
        QVERIFY(d.connectNodes("a1", "s1", &error));
        QCOMPARE(connectionKeys(scene), (QStringList{"a1->s1", "c1->a1", "c2->a1"}));
        // The curve runs from c1's output port to a1's first input slot.
        ConnectionItem* c1a1 = scene.connection("c1", "a1");
        QCOMPARE(c1a1->fromPoint(), scene.nodeItem("c1")->outputAnchor("c1"));
        QCOMPARE(c1a1->toPoint(), scene.nodeItem("a1")->inputAnchor(0));
        QCOMPARE(scene.connection("c2", "a1")->toPoint(), scene.nodeItem("a1")->inputAnchor(1));

        d.undoStack()->undo(); // a1 -> s1
        QCOMPARE(connectionKeys(scene), (QStringList{"c1->a1", "c2->a1"}));
        d.undoStack()->redo();
        QCOMPARE(connectionKeys(scene), (QStringList{"a1->s1", "c1->a1", "c2->a1"}));

        // Deleting a node takes its item and every connection touching it; undo brings both back.
        d.removeNodes({"a1"});
        QVERIFY(!scene.nodeItem("a1"));
        QCOMPARE(scene.nodeItems().size(), 3);
        QVERIFY(connectionKeys(scene).isEmpty());
        d.undoStack()->undo();
        QVERIFY(scene.nodeItem("a1"));
        QCOMPARE(scene.nodeItem("a1")->pos(), QPointF(300, 60));
        QCOMPARE(connectionKeys(scene), (QStringList{"a1->s1", "c1->a1", "c2->a1"}));

        // Moves and definition changes reach the items.
        d.moveNodes({{"s1", QPointF(700, 80)}});
        QCOMPARE(scene.nodeItem("s1")->pos(), QPointF(700, 80));
        QCOMPARE(scene.connection("a1", "s1")->toPoint(), scene.nodeItem("s1")->inputAnchor(0));
        Node s1 = *d.node("s1");
        s1.label = "VIP";
        d.changeNode(s1);
        QCOMPARE(scene.nodeItem("s1")->node().label, std::string("VIP"));
        d.undoStack()->undo();
        QVERIFY(scene.nodeItem("s1")->node().label.empty());
        d.undoStack()->undo(); // the move
        QCOMPARE(scene.nodeItem("s1")->pos(), QPointF(600, 60));

        d.clear();
        QCOMPARE(scene.nodeItems().size(), 0);
        QVERIFY(scene.connections().isEmpty());
    }

    void refusedCycleLeavesSceneUnchanged()
    {
        Document d;
        Selection selection;
        NodeScene scene(&d, &selection);
        d.addNode(NodeType::Condition, {0, 0});
        d.addNode(NodeType::Not, {300, 0});
        d.addNode(NodeType::Segment, {600, 0});
        QVERIFY(scene.connectPorts("c1", "n1", {}));
        QVERIFY(scene.connectPorts("n1", "s1", {}));
        const QStringList before = connectionKeys(scene);
        const int steps = d.undoStack()->count();
        QSignalSpy messages(&scene, &NodeScene::message);
        QSignalSpy refused(&scene, &NodeScene::connectionRefused);

        // s1 already depends on n1: s1 -> n1 would close the loop.
        QVERIFY(!scene.connectPorts("s1", "n1", QPointF(320, 40)));
        QCOMPARE(messages.count(), 1);
        const QString message = messages.first().first().toString();
        QVERIFY2(message.contains("cycle") && message.contains("s1") && message.contains("n1"), qPrintable(message));
        // The view's label near the cursor says the same, naming both nodes as the user knows them.
        QCOMPARE(refused.count(), 1);
        QCOMPARE(refused.first().first().toString(), message);
        QCOMPARE(refused.first().at(1).toPointF(), QPointF(320, 40));
        QVERIFY2(message.contains("“New segment”") && message.contains("“n1”"), qPrintable(message));
        QCOMPARE(connectionKeys(scene), before);
        QCOMPARE(d.undoStack()->count(), steps);
        QCOMPARE(d.node("n1")->inputs, std::vector<std::string>{"c1"});

        // A derive node makes a column, not a set: refused with its own message.
        d.addNode(NodeType::Derive, {0, 200});
        QVERIFY(!scene.connectPorts("d1", "s1", {}));
        QVERIFY2(messages.last().first().toString().contains("column"), qPrintable(messages.last().first().toString()));
    }

    void derivedColumnEdgesFollowFields()
    {
        Document d;
        Selection selection;
        NodeScene scene(&d, &selection);
        d.addNode(NodeType::Derive, {0, 0});
        d.addNode(NodeType::Condition, {300, 0});
        QVERIFY(scene.derivedEdges().isEmpty());
        setCondition(d, "c1", "d1_value", CompareOp::Gt, 3);
        QCOMPARE(scene.derivedEdges().size(), 1);
        QCOMPARE(scene.derivedEdges().first()->fromRef(), QString("d1"));
        QCOMPARE(scene.derivedEdges().first()->toId(), QString("c1"));
        QVERIFY(scene.connections().isEmpty()); // not an input edge: not deletable
        d.undoStack()->undo();
        QVERIFY(scene.derivedEdges().isEmpty());
    }

    void selectionFollowsBothWays()
    {
        Document d;
        Selection selection;
        NodeScene scene(&d, &selection);
        d.addNode(NodeType::Condition, {0, 0});
        d.addNode(NodeType::Segment, {300, 0});
        scene.nodeItem("s1")->setSelected(true);
        QCOMPARE(selection.ids(), QStringList{"s1"});
        scene.nodeItem("c1")->setSelected(true);
        QCOMPARE(selection.current(), QString("c1")); // the last one selected is current
        selection.set({"s1"});
        QVERIFY(scene.nodeItem("s1")->isSelected());
        QVERIFY(!scene.nodeItem("c1")->isSelected());
        d.removeNodes({"s1"});
        QVERIFY(selection.ids().isEmpty());
    }

    void liveCountsStatusesAndTimes()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("customers.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kCustomers);
        file.close();
        Document d;
        DataSession session;
        PreviewRunner runner(&d, &session);
        Selection selection;
        NodeScene scene(&d, &selection, &runner);
        QSignalSpy finished(&session, &DataSession::importFinished);
        ImportRequest request;
        request.customers.path = file.fileName().toStdString();
        request.customers.key = "id";
        request.customersPath = file.fileName();
        session.startImport(request);
        QVERIFY(finished.wait(20000));

        d.addNode(NodeType::Condition, {0, 0});                 // spend > 100: 2, 4, 5
        d.addNode(NodeType::Condition, {0, 150});               // country = DE: 1, 2, 6
        d.addNode(NodeType::Or, {300, 60});                     // 1, 2, 4, 5, 6
        d.addNode(NodeType::Split, {600, 60});
        d.addNode(NodeType::Condition, {0, 300});               // unknown column: invalid
        setCondition(d, "c1", "spend", CompareOp::Gt, 100);
        setCondition(d, "c2", "country", CompareOp::Eq, "DE");
        setCondition(d, "c3", "no_such_column", CompareOp::Eq, 1);
        QVERIFY(scene.connectPorts("c1", "o1", {}));
        QVERIFY(scene.connectPorts("c2", "o1", {}));
        QVERIFY(scene.connectPorts("o1", "sp1", {}));
        QVERIFY(scene.nodeItem("c1")->liveState().status == NodeLiveState::Status::Stale);
        QVERIFY(runner.waitForIdle());

        using S = NodeLiveState::Status;
        const NodeLiveState c1 = scene.nodeItem("c1")->liveState();
        QCOMPARE(c1.status, S::Ok);
        QCOMPARE(c1.members.value(), size_t(3));
        QCOMPARE(c1.universe, size_t(6));
        QVERIFY(c1.runMs.has_value() && *c1.runMs >= 0);
        QCOMPARE(scene.nodeItem("c1")->countText(), QString("3 customers"));
        QCOMPARE(scene.nodeItem("o1")->liveState().members.value(), size_t(5));
        // The split's ports add up to its input.
        const NodeLiveState split = scene.nodeItem("sp1")->liveState();
        QCOMPARE(split.portMembers.size(), size_t(2));
        QCOMPARE(split.portMembers.at("test") + split.portMembers.at("control"), size_t(5));
        const NodeLiveState c3 = scene.nodeItem("c3")->liveState();
        QCOMPARE(c3.status, S::Invalid);
        QVERIFY2(c3.message.contains("no_such_column"), qPrintable(c3.message));
        QVERIFY(scene.nodeItem("c3")->statusText().startsWith("Invalid"));

        // An empty segment warns (spec 4: an empty segment always raises a warning).
        d.addNode(NodeType::Condition, {0, 450});
        setCondition(d, "c4", "spend", CompareOp::Gt, 1000);
        d.addNode(NodeType::Segment, {300, 450});
        QVERIFY(scene.connectPorts("c4", "s1", {}));
        QVERIFY(runner.waitForIdle());
        QCOMPARE(scene.nodeItem("s1")->liveState().status, S::Warning);
        QCOMPARE(scene.nodeItem("s1")->liveState().members.value(), size_t(0));
        QVERIFY(!scene.nodeItem("s1")->liveState().message.isEmpty());

        // Editing a node marks it stale until the next run has finished.
        setCondition(d, "c1", "spend", CompareOp::Ge, 100); // 2, 4, 5, 6
        QCOMPARE(scene.nodeItem("c1")->liveState().status, S::Stale);
        QCOMPARE(scene.nodeItem("c1")->statusText(), QString("Out of date"));
        QVERIFY(runner.waitForIdle());
        QCOMPARE(scene.nodeItem("c1")->liveState().status, S::Ok);
        QCOMPARE(scene.nodeItem("c1")->liveState().members.value(), size_t(4));
    }

    void autoLayoutColumnsByDependency()
    {
        Document d;
        d.addNode(NodeType::Derive, {500, 500});    // d1: column d1_value
        d.addNode(NodeType::Condition, {10, 10});   // c1 reads d1_value -> level 1
        d.addNode(NodeType::Condition, {20, 700});  // c2 -> level 0
        d.addNode(NodeType::And, {0, 0});           // a1 of c1, c2 -> level 2
        d.addNode(NodeType::Segment, {0, 0});       // s1 of a1 -> level 3
        setCondition(d, "c1", "d1_value", CompareOp::Gt, 1);
        QString error;
        QVERIFY(d.connectNodes("c1", "a1", &error));
        QVERIFY(d.connectNodes("c2", "a1", &error));
        QVERIFY(d.connectNodes("a1", "s1", &error));
        const int steps = d.undoStack()->count();
        const QPointF before = d.nodePosition("d1");

        autoLayout(d);
        QCOMPARE(d.undoStack()->count(), steps + 1); // one undo step
        const double column = d.nodePosition("c1").x() - d.nodePosition("d1").x();
        QVERIFY(column > NodeItem::kWidth);
        QCOMPARE(d.nodePosition("d1").x(), 0.0);
        QCOMPARE(d.nodePosition("c2").x(), 0.0);
        QCOMPARE(d.nodePosition("a1").x(), 2 * column);
        QCOMPARE(d.nodePosition("s1").x(), 3 * column);
        // Column 0 stacks d1 then c2 without overlap.
        QVERIFY(d.nodePosition("c2").y() >= d.nodePosition("d1").y() + NodeItem::heightFor(*d.node("d1")));
        d.undoStack()->undo();
        QCOMPARE(d.nodePosition("d1"), before);
    }

    void cardsShowRuleSentences()
    {
        Document d;
        Selection selection;
        NodeScene scene(&d, &selection);
        d.addNode(NodeType::Condition, {0, 0});
        d.addNode(NodeType::Condition, {0, 200});
        d.addNode(NodeType::And, {300, 100});
        setCondition(d, "c1", "Contract", CompareOp::Eq, "Month-to-month");
        setCondition(d, "c2", "tenure", CompareOp::Lt, 12);
        QString error;
        QVERIFY(d.connectNodes("c1", "a1", &error));
        QVERIFY(d.connectNodes("c2", "a1", &error));
        NodeItem* c1 = scene.nodeItem("c1");
        // The title is a readable default, never the id; the rule is under it and in the tooltip.
        QCOMPARE(c1->titleText(), QString("Condition"));
        QCOMPARE(c1->ruleText(), QString("Contract is Month-to-month"));
        QVERIFY2(c1->toolTip().contains("Contract is Month-to-month"), qPrintable(c1->toolTip()));
        QCOMPARE(scene.nodeItem("a1")->ruleText(), QString("Contract is Month-to-month and tenure < 12"));
        // Labelling an input renames it in the rules of the nodes it feeds.
        Node labelled = *d.node("c1");
        labelled.label = "Monthly";
        d.changeNode(labelled);
        QCOMPARE(c1->titleText(), QString("Monthly"));
        QCOMPARE(scene.nodeItem("a1")->ruleText(), QString("Monthly and tenure < 12"));
        d.undoStack()->undo();
        QCOMPARE(scene.nodeItem("a1")->ruleText(), QString("Contract is Month-to-month and tenure < 12"));
    }

    void graphWithoutPositionsIsLaidOutOnOpen()
    {
        // As `segstudio-cli generate` or a script writes it: no "ui" at all.
        QTemporaryDir dir;
        const QString path = dir.filePath("generated.segment.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray nodesJson = R"({"format": "segment-studio/graph", "format_version": 1, "name": "generated",
          "datasets": {"customers": {"path": "customers.csv", "key": "id"}},
          "nodes": [
            {"id": "c1", "type": "condition", "field": "spend", "op": "gt", "value": 100},
            {"id": "c2", "type": "condition", "field": "country", "op": "eq", "value": "DE"},
            {"id": "c3", "type": "condition", "field": "country", "op": "eq", "value": "FR"},
            {"id": "a1", "type": "and", "inputs": ["c1", "c2"]},
            {"id": "o1", "type": "or", "inputs": ["a1", "c3"]},
            {"id": "sp1", "type": "split", "input": "o1", "seed": "x",
             "parts": [{"name": "test", "percent": 90}, {"name": "control", "percent": 10}]},
            {"id": "s1", "type": "segment", "name": "Test", "input": "sp1:test"},
            {"id": "s2", "type": "segment", "name": "Control", "input": "sp1:control"}]})";
        file.write(nodesJson);
        file.close();
        Document d;
        Selection selection;
        QStringList errors;
        QVERIFY2(d.load(path, &errors), qPrintable(errors.join('\n')));
        NodeScene scene(&d, &selection);
        auto noOverlaps = [&] {
            const QList<NodeItem*> items = scene.nodeItems();
            for (int i = 0; i < items.size(); ++i)
                for (int j = i + 1; j < items.size(); ++j)
                    if (items[i]->cardSceneRect().intersects(items[j]->cardSceneRect()))
                        return items[i]->id() + " overlaps " + items[j]->id();
            return QString();
        };
        QCOMPARE(scene.nodeItems().size(), 8);
        QCOMPARE(noOverlaps(), QString());
        // Sources left of what they feed; opening is not an edit.
        QVERIFY(d.nodePosition("c1").x() < d.nodePosition("a1").x());
        QVERIFY(d.nodePosition("sp1").x() < d.nodePosition("s1").x());
        QCOMPARE(d.undoStack()->count(), 0);
        QVERIFY(!d.isModified());
        QCOMPARE(scene.nodeItem("s2")->pos(), d.nodePosition("s2"));

        QVERIFY(d.save(path, nullptr)); // the laid-out positions are saved with the graph
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        file.close();
        QVERIFY(saved.contains("\"positions\""));

        // Some positions saved: those nodes stay, the others go below them, still no overlap.
        QByteArray mixed = nodesJson;
        mixed.replace("\"nodes\":", R"("ui": {"positions": {"c1": [0, 0], "c2": [0, 150], "a1": [330, 60]}}, "nodes":)");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(mixed);
        file.close();
        QVERIFY2(d.load(path, &errors), qPrintable(errors.join('\n')));
        QCOMPARE(d.nodePosition("c1"), QPointF(0, 0));
        QCOMPARE(d.nodePosition("a1"), QPointF(330, 60));
        QCOMPARE(scene.nodeItems().size(), 8);
        QCOMPARE(noOverlaps(), QString());
        QVERIFY(d.nodePosition("c3").y() > 150 + NodeItem::heightFor(*d.node("c2")));
    }
};

QTEST_MAIN(TestNodeScene)
#include "test_node_scene.moc"
