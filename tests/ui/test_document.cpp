// The document model and every undo command, without widgets: each edit, its undo and redo,
// and the checks that refuse bad connections.
#include "document/document.h"
#include "document/node_catalog.h"
#include "graph/graph_io.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

std::vector<std::string> inputsOf(const Document& d, const char* id)
{
    const Node* n = d.node(id);
    return n ? n->inputs : std::vector<std::string>{};
}

// c1 -> s1, c2; an and a1 of c1 and c2; segment s1 on a1.
void buildSmallGraph(Document& d)
{
    QCOMPARE(d.addNode(NodeType::Condition, {0, 0}), QString("c1"));
    QCOMPARE(d.addNode(NodeType::Condition, {0, 100}), QString("c2"));
    QCOMPARE(d.addNode(NodeType::And, {200, 50}), QString("a1"));
    QCOMPARE(d.addNode(NodeType::Segment, {400, 50}), QString("s1"));
    QString error;
    QVERIFY2(d.connectNodes("c1", "a1", &error), qPrintable(error));
    QVERIFY2(d.connectNodes("c2", "a1", &error), qPrintable(error));
    QVERIFY2(d.connectNodes("a1", "s1", &error), qPrintable(error));
}

} // namespace

class TestDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void addUndoRedo()
    {
        Document d;
        QSignalSpy added(&d, &Document::nodeAdded);
        QSignalSpy removed(&d, &Document::nodeRemoved);
        const QString id = d.addNode(NodeType::Behavior, {10, 20});
        QCOMPARE(id, QString("b1"));
        QCOMPARE(added.count(), 1);
        QVERIFY(d.isModified());
        QCOMPARE(d.nodePosition(id), QPointF(10, 20));
        QCOMPARE(d.node(id)->compare.op, CompareOp::Ge);
        d.undoStack()->undo();
        QVERIFY(!d.node(id));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!d.isModified());
        d.undoStack()->redo();
        QVERIFY(d.node(id));
        QCOMPARE(d.nodePosition(id), QPointF(10, 20));
    }

    void connectAndRefuseCycles()
    {
        Document d;
        buildSmallGraph(d);
        QCOMPARE(inputsOf(d, "a1"), (std::vector<std::string>{"c1", "c2"}));
        QString error;
        // s1 is fed by a1, so a1 <- s1 would close the loop a1 -> s1 -> a1.
        QVERIFY(!d.connectNodes("s1", "a1", &error));
        QVERIFY2(error.contains("cycle"), qPrintable(error));
        QVERIFY(!d.connectNodes("a1", "a1", &error));
        QVERIFY(!d.connectNodes("c1", "a1", &error)); // already connected
        QVERIFY2(error.contains("already"), qPrintable(error));
        QCOMPARE(inputsOf(d, "a1"), (std::vector<std::string>{"c1", "c2"})); // refusals changed nothing
        const int steps = d.undoStack()->count();
        d.undoStack()->undo(); // a1 -> s1
        QVERIFY(inputsOf(d, "s1").empty());
        d.undoStack()->undo(); // c2 -> a1
        QCOMPARE(inputsOf(d, "a1"), std::vector<std::string>{"c1"});
        d.undoStack()->redo();
        d.undoStack()->redo();
        QCOMPARE(d.undoStack()->count(), steps);
        QCOMPARE(inputsOf(d, "s1"), std::vector<std::string>{"a1"});
    }

    void implicitDeriveEdgesCountAsCycles()
    {
        // d1 makes column "score" from an expression; c1 filters on score; d1 must not take
        // c1's set... a derive takes no input at all, and a derive's column is not a set.
        Document d;
        d.addNode(NodeType::Derive, {});
        d.addNode(NodeType::Condition, {});
        Node c1 = *d.node("c1");
        c1.condition.field = d.node("d1")->name;
        d.changeNode(c1);
        QVERIFY(d.wouldCreateCycle("c1", "d1")); // c1 depends on d1 through the column
        QVERIFY(!d.wouldCreateCycle("d1", "c1"));
        QString error;
        QVERIFY(!d.connectNodes("d1", "c1", &error));
        QVERIFY2(error.contains("column"), qPrintable(error));
        QVERIFY(!d.connectNodes("c1", "d1", &error));
        QVERIFY2(error.contains("no inputs"), qPrintable(error));
    }

    void singleInputIsReplacedAndArityIsChecked()
    {
        Document d;
        buildSmallGraph(d);
        d.addNode(NodeType::Condition, {}); // c3
        QString error;
        QVERIFY(d.connectNodes("c3", "s1", &error)); // a segment's one input is replaced
        QCOMPARE(inputsOf(d, "s1"), std::vector<std::string>{"c3"});
        d.addNode(NodeType::Except, {}); // e1 takes exactly two
        QVERIFY(d.connectNodes("c1", "e1", &error));
        QVERIFY(d.connectNodes("c2", "e1", &error));
        QVERIFY(!d.connectNodes("c3", "e1", &error));
        QVERIFY2(error.contains("at most 2"), qPrintable(error));
    }

    void splitPortsAreOutputs()
    {
        Document d;
        d.addNode(NodeType::Split, {}); // sp1 with parts test/control
        d.addNode(NodeType::Segment, {});
        QString error;
        QVERIFY(!d.connectNodes("sp1", "s1", &error)); // the split itself is no set
        QVERIFY(d.connectNodes("sp1:control", "s1", &error));
        QCOMPARE(inputsOf(d, "s1"), std::vector<std::string>{"sp1:control"});
    }

    void removeRewiresAndUndoRestoresExactly()
    {
        Document d;
        buildSmallGraph(d);
        const Json before = graphToJson(d.graph())["nodes"];
        d.removeNodes({"c2", "a1"});
        QCOMPARE(d.nodeIds(), (QStringList{"c1", "s1"}));
        QVERIFY(inputsOf(d, "s1").empty()); // lost its input with a1
        d.undoStack()->undo();
        QCOMPARE(d.nodeIds(), (QStringList{"c1", "c2", "a1", "s1"})); // file order kept
        QCOMPARE(graphToJson(d.graph())["nodes"], before);
        QCOMPARE(d.nodePosition("c2"), QPointF(0, 100));
        QCOMPARE(d.nodePosition("a1"), QPointF(200, 50));
        d.undoStack()->redo();
        QCOMPARE(d.nodeIds(), (QStringList{"c1", "s1"}));
    }

    void changeNodeMergesTypingAndSkipsNoOps()
    {
        Document d;
        d.addNode(NodeType::Condition, {});
        const int steps = d.undoStack()->count();
        Node c = *d.node("c1");
        d.changeNode(c); // identical: no undo step
        QCOMPARE(d.undoStack()->count(), steps);
        c.condition.field = "a";
        d.changeNode(c, "Edit field");
        c.condition.field = "ab";
        d.changeNode(c, "Edit field");
        QCOMPARE(d.undoStack()->count(), steps + 1);
        QCOMPARE(d.node("c1")->condition.field, std::string("ab"));
        d.undoStack()->undo();
        QCOMPARE(d.node("c1")->condition.field, std::string(""));
    }

    void moveAndSettingsUndo()
    {
        Document d;
        d.addNode(NodeType::Not, {1, 2});
        d.moveNodes({{"n1", QPointF(50, 60)}});
        QCOMPARE(d.nodePosition("n1"), QPointF(50, 60));
        d.undoStack()->undo();
        QCOMPARE(d.nodePosition("n1"), QPointF(1, 2));
        GraphSettings s = GraphSettings::of(d.graph());
        s.name = "Q4";
        s.customers.path = "/data/customers.csv";
        s.customers.key = "customer_id";
        d.changeSettings(s, "Import customers");
        QCOMPARE(d.graph().customers.key, std::optional<std::string>("customer_id"));
        d.undoStack()->undo();
        QVERIFY(!d.graph().customers.key);
        QCOMPARE(d.graph().name, std::string());
    }

    void copyPasteRenamesAndKeepsInnerEdges()
    {
        Document d;
        buildSmallGraph(d);
        const QString text = d.copyNodes({"c1", "a1"});
        QString error;
        const QStringList ids = d.pasteNodes(text, {30, 30}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(ids, (QStringList{"c3", "a2"}));
        // a2 takes the pasted c3 and keeps c2, which exists outside the paste.
        QCOMPARE(inputsOf(d, "a2"), (std::vector<std::string>{"c3", "c2"}));
        QCOMPARE(d.nodePosition("c3"), QPointF(30, 30));
        d.undoStack()->undo(); // one step for the whole paste
        QCOMPARE(d.nodeIds().size(), 4);
        QVERIFY(d.pasteNodes("not json", {}, &error).isEmpty());
        QVERIFY(error.contains("not JSON"));
        QVERIFY(d.pasteNodes(R"({"id":"x","type":"bogus"})", {}, &error).isEmpty());
        QVERIFY2(error.contains("bogus"), qPrintable(error));
    }

    void saveLoadRoundTripAndRelativeDatasetPaths()
    {
        QTemporaryDir dir;
        Document d;
        buildSmallGraph(d);
        GraphSettings s = GraphSettings::of(d.graph());
        s.customers.path = (dir.path() + "/data/customers.csv").toStdString();
        s.customers.key = "id";
        d.changeSettings(s, "Import");
        QString error;
        QVERIFY2(d.save(dir.path() + "/p.segment.json", &error), qPrintable(error));
        QVERIFY(!d.isModified());
        QCOMPARE(d.graph().customers.path, std::string("data/customers.csv"));

        Document loaded;
        QStringList errors;
        QVERIFY(loaded.load(dir.path() + "/p.segment.json", &errors));
        QCOMPARE(graphToJson(loaded.graph()), graphToJson(d.graph()));
        QCOMPARE(loaded.nodePosition("a1"), QPointF(200, 50));
        QCOMPARE(loaded.datasetPath(loaded.graph().customers.path), dir.path() + "/data/customers.csv");

        // A broken file: the document keeps what it had and the message names file and line.
        QFile broken(dir.path() + "/broken.segment.json");
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n  \"format\": \"segment-graph\",\n  \"nodes\": [ oops ]\n}\n");
        broken.close();
        QVERIFY(!loaded.load(broken.fileName(), &errors));
        QVERIFY2(errors.join("\n").contains("broken.segment.json:3"), qPrintable(errors.join("\n")));
        QCOMPARE(loaded.nodeIds().size(), 4);

        // Saving into a folder that does not exist fails and leaves the document as it was.
        QVERIFY(!loaded.save(dir.path() + "/missing/x.segment.json", &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(loaded.filePath(), dir.path() + "/p.segment.json");
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "test_document.moc"
