// Graph-wide reference checks (checkReferences) and the small helpers of graph.h / strategy.h.
#include "graph/graph_io.h"
#include "plan/strategy.h"

#include <QtTest>

#include <fstream>

using namespace seg;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

QStringList toStrings(const std::vector<Diagnostic>& diagnostics)
{
    QStringList out;
    for (const Diagnostic& d : diagnostics)
        out << q(d.toString());
    return out;
}

Graph graphOf(const std::string& nodes)
{
    const std::string text = R"({"format": "segment-studio/graph", "format_version": 1,
        "datasets": {"customers": {"path": "c.csv"}}, "nodes": [)" + nodes + "]}";
    GraphLoadResult r = parseGraph(text, "g.segment.json", "/");
    for (const Diagnostic& d : r.diagnostics)
        qWarning("%s", d.toString().c_str());
    if (!r.ok())
        qFatal("test graph does not load");
    return std::move(*r.graph);
}

Node notNode(std::string id, std::string input)
{
    Node n;
    n.id = std::move(id);
    n.type = NodeType::Not;
    n.inputs = {std::move(input)};
    return n;
}

} // namespace

class TestGraphCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validSampleHasNoFindings();
    void inputsNamingMissingNodesAndPorts();
    void cyclesNameEveryNodeOnTheLoop();
    void longChainsAreCheckedWithoutRecursion();
    void enumNamesRoundTrip();
    void strategyNames();
    void splitInputRefAtTheFirstColon();
    void diagnosticToString();
    void findByIdInBothConstnesses();
};

void TestGraphCheck::validSampleHasNoFindings()
{
    std::ifstream in(SEG_TEST_DATA_DIR "/every_node.segment.json");
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const GraphLoadResult r = parseGraph(text, "every.segment.json", "/");
    QVERIFY(r.ok());
    QCOMPARE(toStrings(checkReferences(*r.graph)), QStringList());
}

void TestGraphCheck::inputsNamingMissingNodesAndPorts()
{
    const Graph g = graphOf(R"(
        {"id":"spend","type":"condition","field":"s","op":"gt","value":1},
        {"id":"sp","type":"split","input":"spend","seed":"x",
         "parts":[{"name":"test","percent":50},{"name":"control","percent":50}]},
        {"id":"p","type":"priority","inputs":["sp:test","spend"]},
        {"id":"d","type":"derive","name":"aov","expr":"a / b"},
        {"id":"d2","type":"derive","name":"aov","expr":"a * b"},
        {"id":"u1","type":"not","input":"spnd"},
        {"id":"u2","type":"not","input":"sp:tst"},
        {"id":"u3","type":"not","input":"sp"},
        {"id":"u4","type":"not","input":"spend:x"},
        {"id":"u5","type":"not","input":"d"},
        {"id":"u6","type":"or","inputs":["p:sp:test","p:spend","p:other"]},
        {"id":"u7","type":"segment","name":"S","input":"zzz"},
        {"id":"ok","type":"and","inputs":["sp:control","u7"]})");
    const QStringList expected{
        "node 'd2': derive name 'aov' is already made by node 'd'",
        "node 'u1': input 'spnd' names no node (did you mean 'spend'?)",
        "node 'u2': input 'sp:tst': split 'sp' has no output 'tst' (its outputs are 'sp:test', 'sp:control')",
        "node 'u3': input 'sp' needs a port: split 'sp' has the outputs 'sp:test', 'sp:control'",
        "node 'u4': input 'spend:x': node 'spend' has a single output; write 'spend' without a port",
        "node 'u5': input 'd' is a derive node, which makes the column 'aov', not a set of customers "
        "(use it as a field instead)",
        "node 'u6': input 'p:other': priority 'p' has no output 'other' (its outputs are 'p:sp:test', 'p:spend')",
        "node 'u7': input 'zzz' names no node",
    };
    const std::vector<Diagnostic> found = checkReferences(g);
    QCOMPARE(toStrings(found), expected);
    QCOMPARE(found[1].nodeId, std::string("u1"));
}

void TestGraphCheck::cyclesNameEveryNodeOnTheLoop()
{
    const Graph g = graphOf(R"(
        {"id":"c","type":"condition","field":"s","op":"is_null"},
        {"id":"a1","type":"and","inputs":["c","o2"]},
        {"id":"o2","type":"or","inputs":["a1","c"]},
        {"id":"n","type":"not","input":"n"},
        {"id":"x","type":"not","input":"y"},
        {"id":"y","type":"not","input":"z"},
        {"id":"z","type":"and","inputs":["c","x"]},
        {"id":"s","type":"segment","name":"S","input":"z"})");
    QCOMPARE(toStrings(checkReferences(g)),
             (QStringList{"node 'a1': cycle a1 -> o2 -> a1", "node 'n': cycle n -> n", "node 'x': cycle x -> y -> z -> x"}));
}

void TestGraphCheck::longChainsAreCheckedWithoutRecursion()
{
    // n0 uses n1 uses ... uses n99999 (a condition): a search from n0 goes 100000 deep.
    // Then a loop of three at the side that also leads into the chain.
    const int length = 100000;
    Graph g;
    for (int i = 0; i + 1 < length; ++i)
        g.nodes.push_back(notNode("n" + std::to_string(i), "n" + std::to_string(i + 1)));
    Node last;
    last.id = "n" + std::to_string(length - 1);
    last.type = NodeType::Condition;
    last.condition.field = "f";
    last.condition.cmp.op = CompareOp::IsNull;
    g.nodes.push_back(last);
    QCOMPARE(checkReferences(g).size(), size_t(0));
    g.nodes.push_back(notNode("l1", "l2"));
    g.nodes.push_back(notNode("l2", "l3"));
    g.nodes.push_back(notNode("l3", "l1"));
    g.nodes.back().inputs.push_back("n0");
    g.nodes.back().type = NodeType::Or;
    QCOMPARE(toStrings(checkReferences(g)), QStringList{"node 'l1': cycle l1 -> l2 -> l3 -> l1"});
}

void TestGraphCheck::enumNamesRoundTrip()
{
    const QStringList types{"condition", "expression", "and", "or", "except", "not",
                            "behavior", "derive", "top", "split", "priority", "segment"};
    for (int i = 0; i < types.size(); ++i) {
        const auto t = static_cast<NodeType>(i);
        QCOMPARE(q(std::string(nodeTypeName(t))), types[i]);
        QCOMPARE(parseNodeType(types[i].toStdString()), std::optional<NodeType>(t));
    }
    const QStringList ops{"eq", "ne", "lt", "le", "gt", "ge", "between", "in", "not_in", "is_null", "not_null",
                          "contains", "starts_with", "ends_with", "is_true", "is_false", "within_last_days",
                          "before_days_ago"};
    for (int i = 0; i < ops.size(); ++i) {
        const auto op = static_cast<CompareOp>(i);
        QCOMPARE(q(std::string(compareOpName(op))), ops[i]);
        QCOMPARE(parseCompareOp(ops[i].toStdString()), std::optional<CompareOp>(op));
    }
    const QStringList aggregates{"count", "sum", "min", "max", "avg"};
    for (int i = 0; i < aggregates.size(); ++i) {
        const auto a = static_cast<Aggregate>(i);
        QCOMPARE(q(std::string(aggregateName(a))), aggregates[i]);
        QCOMPARE(parseAggregate(aggregates[i].toStdString()), std::optional<Aggregate>(a));
    }
    QVERIFY(!parseNodeType("Condition")); // names are exact, as in the file format
    QVERIFY(!parseCompareOp(""));
    QVERIFY(!parseAggregate("mean"));
}

void TestGraphCheck::strategyNames()
{
    const std::vector<std::pair<Strategy, std::string>> all{
        {Strategy::Sequential, "sequential"}, {Strategy::Parallel, "parallel"},
        {Strategy::Hybrid, "hybrid"}, {Strategy::Auto, "auto"}};
    for (const auto& [strategy, name] : all) {
        QCOMPARE(std::string(strategyName(strategy)), name);
        QCOMPARE(parseStrategy(name), std::optional<Strategy>(strategy));
    }
    QVERIFY(!parseStrategy("Parallel"));
    QVERIFY(!parseStrategy("fast"));
    QVERIFY(!parseStrategy(""));
}

void TestGraphCheck::splitInputRefAtTheFirstColon()
{
    using Ref = std::pair<std::string, std::string>;
    QCOMPARE(splitInputRef("c1"), Ref("c1", ""));
    QCOMPARE(splitInputRef("sp:test"), Ref("sp", "test"));
    QCOMPARE(splitInputRef("p:sp:test"), Ref("p", "sp:test"));
    QCOMPARE(splitInputRef(""), Ref("", ""));
    QCOMPARE(splitInputRef(":x"), Ref("", "x"));
}

void TestGraphCheck::diagnosticToString()
{
    QCOMPARE(q(Diagnostic{"c1", "", "unknown column 'spend'"}.toString()), QString("node 'c1': unknown column 'spend'"));
    QCOMPARE(q(Diagnostic{"", "g.segment.json:12:5", "syntax error: x"}.toString()),
             QString("g.segment.json:12:5: syntax error: x"));
    QCOMPARE(q(Diagnostic{"c1", "g.segment.json:3:7", "unknown field 'valeu'"}.toString()),
             QString("g.segment.json:3:7: node 'c1': unknown field 'valeu'"));
    QCOMPARE(q(Diagnostic{"", "", "no segments"}.toString()), QString("no segments"));
}

void TestGraphCheck::findByIdInBothConstnesses()
{
    Graph g = graphOf(R"({"id":"a","type":"condition","field":"f","op":"is_null"},
                         {"id":"b","type":"not","input":"a"})");
    const Graph& cg = g;
    QCOMPARE(cg.find("b")->inputs, std::vector<std::string>{"a"});
    QVERIFY(!cg.find("zz"));
    QVERIFY(!cg.find(""));
    g.find("a")->label = "renamed";
    QCOMPARE(cg.find("a")->displayName(), std::string("renamed"));
}

QTEST_GUILESS_MAIN(TestGraphCheck)
#include "test_graph_check.moc"
