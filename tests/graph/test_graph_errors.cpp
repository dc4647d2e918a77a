// Every class of problem in a graph file, with the exact message the user sees: what is wrong,
// what is expected, and where (file:line:column and node id).
#include "graph/graph_io.h"

#include <QtTest>

#include <fstream>
#include <set>

using namespace seg;

namespace {

const char* const kFile = "t.segment.json";
const QString kOps = "eq, ne, lt, le, gt, ge, between, in, not_in, is_null, not_null, contains, starts_with, "
                     "ends_with, is_true, is_false, within_last_days, before_days_ago";
const QString kTypes = "condition, expression, and, or, except, not, behavior, derive, top, split, priority, segment";

QString q(const std::string& s) { return QString::fromStdString(s); }

QStringList toStrings(const std::vector<Diagnostic>& diagnostics)
{
    QStringList out;
    for (const Diagnostic& d : diagnostics)
        out << q(d.toString());
    return out;
}

// The node under test sits alone on line 4, from column 1.
QByteArray graphWithNode(const QByteArray& node)
{
    return "{\"format\": \"segment-studio/graph\", \"format_version\": 1,\n"
           "\"datasets\": {\"customers\": {\"path\": \"c.csv\"}},\n"
           "\"nodes\": [\n"
        + node + "\n]}\n";
}

// "t.segment.json:<line>:<col>: " where col is where `token` starts in `lineText` (occurrence n).
QString at(int line, const QByteArray& lineText, const QByteArray& token, int occurrence = 1)
{
    qsizetype index = -1;
    for (int i = 0; i < occurrence; ++i)
        index = lineText.indexOf(token, index + 1);
    if (index < 0)
        qFatal("token %s not in test line", token.constData());
    return QString("%1:%2:%3: ").arg(kFile).arg(line).arg(index + 1);
}

// The datasets object under test sits on line 2, after `"datasets": ` (12 characters).
QByteArray graphWithDatasets(const QByteArray& datasets)
{
    return "{\"format\": \"segment-studio/graph\", \"format_version\": 1,\n"
           "\"datasets\": "
        + datasets + ",\n\"nodes\": []}\n";
}

QString atDs(const QByteArray& datasets, const QByteArray& token, int occurrence = 1)
{
    return at(2, "\"datasets\": " + datasets, token, occurrence);
}

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

} // namespace

class TestGraphErrors : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nodeErrors_data();
    void nodeErrors();
    void acceptedEdgeCases_data();
    void acceptedEdgeCases();
    void datasetErrors_data();
    void datasetErrors();
    void fileErrors_data();
    void fileErrors();
    void duplicateIdsAreReportedAtTheSecondNode();
    void duplicateKeysAreReported();
    void manyErrorsAtOnce();
    void pastedNodeErrorsHaveNoLocation();
    void hostileValuesInNodesAlwaysNameTheNode();
    void hostileValuesAtTopLevelNeverCrash();
    void longUserTextIsShortenedInMessages();
    void deepButAllowedNestingRoundTrips();
};

void TestGraphErrors::nodeErrors_data()
{
    QTest::addColumn<QByteArray>("node");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char* name, const QByteArray& node, const QStringList& expected) {
        QTest::newRow(name) << node << expected;
    };
    const QString obj = QString("%1:4:1: ").arg(kFile);
    auto a = [](const QByteArray& node, const QByteArray& token, int n = 1) { return at(4, node, token, n); };
    QByteArray n;

    // condition and the comparison fields
    n = R"({"id":"c1","type":"condition","field":"spend","op":"gt","value":5,"valeu":6})";
    row("unknown field, close to a known one", n, {a(n, "\"valeu\"") + "node 'c1': unknown field 'valeu' (did you mean 'value'?)"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"is_null","colour":"red"})";
    row("unknown field, nothing close", n,
        {a(n, "\"colour\"") + "node 'c1': unknown field 'colour' (a condition node takes id, type, label, field, op, "
                              "value, min, max, values, days, ignore_case, input)"});
    n = R"({"id":"c1","type":"condition","op":"is_null"})";
    row("missing field", n, {obj + "node 'c1': missing 'field' (the column to test)"});
    n = R"({"id":"c1","type":"condition","field":5,"op":"is_null"})";
    row("field not a string", n, {a(n, "\"field\"") + "node 'c1': 'field' must be a non-empty string, got 5"});
    n = R"({"id":"c1","type":"condition","field":"f"})";
    row("missing op", n, {obj + "node 'c1': missing 'op' (one of " + kOps + ")"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"betwen","min":1,"max":2})";
    row("unknown op, close", n, {a(n, "\"op\"") + "node 'c1': unknown op 'betwen' (did you mean 'between'?)"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"equals","value":1})";
    row("unknown op", n, {a(n, "\"op\"") + "node 'c1': unknown op 'equals' (expected one of " + kOps + ")"});
    n = R"({"id":"c1","type":"condition","field":"f","op":3})";
    row("op not a string", n, {a(n, "\"op\"") + "node 'c1': 'op' must be a string, got 3"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"gt"})";
    row("missing value", n, {obj + "node 'c1': missing 'value' (op 'gt' compares with 'value')"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"eq","value":null})";
    row("null value", n, {a(n, "\"value\"") + "node 'c1': 'value' must be a string, number or boolean "
                                              "(use op 'is_null' to match NULL), got null"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"le","value":{"a":1}})";
    row("object value", n, {a(n, "\"value\"") + "node 'c1': 'value' must be a string, number or boolean, got an object"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"between","min":1})";
    row("between without max", n, {obj + "node 'c1': missing 'max' (op 'between' compares with 'max')"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"in"})";
    row("in without values", n, {obj + "node 'c1': missing 'values' (op 'in' needs a non-empty list of values)"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"not_in","values":[]})";
    row("empty values", n, {a(n, "\"values\"") + "node 'c1': 'values' must be a non-empty list of strings, numbers "
                                                 "or booleans, got an empty list"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"in","values":[1,null,[2]]})";
    row("bad values items", n,
        {a(n, "null") + "node 'c1': 'values[1]' must be a string, number or boolean, got null",
         a(n, "[2]") + "node 'c1': 'values[2]' must be a string, number or boolean, got a list"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"within_last_days"})";
    row("missing days", n,
        {obj + "node 'c1': missing 'days' (op 'within_last_days' needs a whole number of days >= 0)"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"before_days_ago","days":-1})";
    row("negative days", n, {a(n, "\"days\"") + "node 'c1': 'days' must be an integer from 0 to 1000000, got -1"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"before_days_ago","days":"30"})";
    row("days as text", n, {a(n, "\"days\"") + "node 'c1': 'days' must be an integer from 0 to 1000000, got \"30\""});
    n = R"({"id":"c1","type":"condition","field":"f","op":"before_days_ago","days":1.5})";
    row("fractional days", n, {a(n, "\"days\"") + "node 'c1': 'days' must be an integer from 0 to 1000000, got 1.5"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"within_last_days","days":1e300})";
    row("huge days", n, {a(n, "\"days\"") + "node 'c1': 'days' must be an integer from 0 to 1000000, got 1e+300"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"contains","value":5})";
    row("contains a number", n, {a(n, "\"value\"") + "node 'c1': 'value' must be a string, got 5"});
    n = R"({"id":"c1","type":"condition","field":"f","op":"eq","value":"a","ignore_case":"yes"})";
    row("ignore_case not boolean", n,
        {a(n, "\"ignore_case\"") + "node 'c1': 'ignore_case' must be true or false, got \"yes\""});
    n = R"({"id":"c1","type":"condition","field":"f","op":"is_null","input":""})";
    row("empty input", n, {a(n, "\"input\"") + "node 'c1': 'input' must be a non-empty string, got \"\""});
    n = R"({"id":"c1","type":"condition","field":"f","op":"is_null","input":"a:"})";
    row("input with empty port", n, {a(n, "\"input\"") + "node 'c1': 'input' \"a:\" is not a node id or \"node:port\""});
    n = R"({"id":"c1","type":"condition","field":"f","op":"is_null","inputs":["a"]})";
    row("inputs on a condition", n, {a(n, "\"inputs\"") + "node 'c1': unknown field 'inputs' (did you mean 'input'?)"});
    n = R"({"id":"c1","type":"condition","label":7,"field":"f","op":"is_null"})";
    row("label not a string", n, {a(n, "\"label\"") + "node 'c1': 'label' must be a string, got 7"});

    // id and type
    n = R"({"type":"not","input":"a"})";
    row("missing id", n, {obj + "nodes[0]: missing 'id' (every node needs a unique, non-empty string id)"});
    n = R"({"id":7,"type":"not","input":"a"})";
    row("id not a string", n, {a(n, "\"id\"") + "nodes[0]: 'id' must be a non-empty string, got 7"});
    n = R"({"id":"","type":"not","input":"a"})";
    row("empty id", n, {a(n, "\"id\"") + "nodes[0]: 'id' must be a non-empty string, got \"\""});
    n = R"({"id":"a:b","type":"not","input":"x"})";
    row("id with colon", n,
        {a(n, "\"id\"") + "nodes[0]: 'id' \"a:b\" must not contain ':' (it separates a node from its port)"});
    n = R"({"id":"a\u0000b","type":"not","input":"x"})";
    row("id with NUL", n, {a(n, "\"id\"") + "nodes[0]: 'id' \"a\\u0000b\" must not contain control characters"});
    n = R"({"id":"n"})";
    row("missing type", n, {obj + "node 'n': missing 'type' (one of " + kTypes + ")"});
    n = R"({"id":"n","type":"conditon"})";
    row("unknown type, close", n, {a(n, "\"type\"") + "node 'n': unknown node type 'conditon' (did you mean 'condition'?)"});
    n = R"({"id":"n","type":"filter"})";
    row("unknown type", n, {a(n, "\"type\"") + "node 'n': unknown node type 'filter' (expected one of " + kTypes + ")"});
    n = R"({"id":"n","type":1})";
    row("type not a string", n, {a(n, "\"type\"") + "node 'n': 'type' must be a string, got 1"});
    n = R"(5)";
    row("node not an object", n, {obj + "nodes[0] must be an object {\"id\": ..., \"type\": ...}, got 5"});

    // expression and set nodes
    n = R"({"id":"x","type":"expression"})";
    row("missing expr", n, {obj + "node 'x': missing 'expr' (a boolean formula, e.g. \"total_spend > 500\")"});
    n = R"({"id":"a","type":"and","inputs":["x"]})";
    row("and with one input", n,
        {a(n, "\"inputs\"") + "node 'a': 'inputs' must list at least 2 nodes (their intersection), got 1"});
    n = R"({"id":"o","type":"or"})";
    row("or without inputs", n, {obj + "node 'o': missing 'inputs' (a list of at least 2 nodes: their union)"});
    n = R"({"id":"o","type":"or","inputs":"x"})";
    row("inputs not a list", n, {a(n, "\"inputs\"") + "node 'o': 'inputs' must be a list of strings, got \"x\""});
    n = R"({"id":"o","type":"or","inputs":[1,"b"]})";
    row("inputs with a number", n, {a(n, "1") + "node 'o': 'inputs[0]' must be a non-empty string, got 1"});
    n = R"({"id":"e","type":"except","inputs":["a","b","c"]})";
    row("except with three inputs", n,
        {a(n, "\"inputs\"") + "node 'e': 'inputs' must list exactly 2 nodes ([a, b] gives a minus b), got 3"});
    n = R"({"id":"n","type":"not"})";
    row("not without input", n, {obj + "node 'n': missing 'input' (the node whose members to leave out)"});
    n = R"({"id":"n","type":"not","inputs":["a"]})";
    row("not with inputs", n,
        {obj + "node 'n': missing 'input' (the node whose members to leave out)",
         a(n, "\"inputs\"") + "node 'n': unknown field 'inputs' (did you mean 'input'?)"});
    n = R"({"id":"p","type":"priority","inputs":[]})";
    row("priority without inputs", n,
        {a(n, "\"inputs\"") + "node 'p': 'inputs' must list at least 1 node (in priority order), got 0"});
    n = R"({"id":"p","type":"priority","inputs":["a","b","a"]})";
    row("priority input twice", n,
        {a(n, "\"inputs\"") + "node 'p': 'inputs' lists 'a' twice (each input names one output port)"});

    // behavior
    n = R"({"id":"b","type":"behavior","event":"purchase"})";
    row("behavior without aggregate and op", n,
        {obj + "node 'b': missing 'aggregate' (one of count, sum, min, max, avg)",
         obj + "node 'b': missing 'op' (one of " + kOps + ")"});
    n = R"({"id":"b","type":"behavior","aggregate":"total","op":"ge","value":1})";
    row("unknown aggregate", n,
        {a(n, "\"aggregate\"") + "node 'b': unknown aggregate 'total' (expected one of count, sum, min, max, avg)"});
    n = R"({"id":"b","type":"behavior","aggregate":"sum","op":"ge","value":1})";
    row("sum without field", n, {obj + "node 'b': missing 'field' (aggregate 'sum' needs the event column to use)"});
    n = R"({"id":"b","type":"behavior","where":{"field":"a"},"aggregate":"count","op":"ge","value":1})";
    row("where not a list", n,
        {a(n, "\"where\"") + "node 'b': 'where' must be a list of conditions {\"field\": ..., \"op\": ..., ...}, got an object"});
    n = R"({"id":"b","type":"behavior","where":[5],"aggregate":"count","op":"ge","value":1})";
    row("where item not an object", n,
        {a(n, "5") + "node 'b': 'where[0]' must be an object {\"field\": ..., \"op\": ..., ...}, got 5"});
    n = R"({"id":"b","type":"behavior","where":[{"field":"amount","op":"gt","valu":1}],"aggregate":"count","op":"ge","value":1})";
    row("where item problems", n,
        {a(n, "{\"field\"") + "node 'b': missing 'where[0].value' (op 'gt' compares with 'value')",
         a(n, "\"valu\"") + "node 'b': unknown field 'where[0].valu' (did you mean 'where[0].value'?)"});
    n = R"({"id":"b","type":"behavior","where":[{"op":"is_null"}],"aggregate":"count","op":"ge","value":1})";
    row("where item without field", n,
        {a(n, "{\"op\"") + "node 'b': missing 'where[0].field' (the event column to test)"});
    n = R"({"id":"b","type":"behavior","within_last_days":-5,"aggregate":"count","op":"ge","value":1})";
    row("negative window", n,
        {a(n, "\"within_last_days\"") + "node 'b': 'within_last_days' must be an integer from 0 to 1000000, got -5"});
    n = R"({"id":"b","type":"behavior","event":"","aggregate":"count","op":"ge","value":1})";
    row("empty event", n, {a(n, "\"event\"") + "node 'b': 'event' must be a non-empty string, got \"\""});

    // derive
    n = R"({"id":"d","type":"derive"})";
    row("derive without name and expr", n,
        {obj + "node 'd': missing 'name' (the name of the new column)",
         obj + "node 'd': missing 'expr' (a formula over customer columns, or \"from\": \"events\" with an aggregate)"});
    n = R"({"id":"d","type":"derive","name":"z","expr":"1","from":"events","aggregate":"count"})";
    row("derive with both forms", n, {a(n, "\"expr\"") + "node 'd': give either 'expr' or \"from\": \"events\", not both"});
    n = R"({"id":"d","type":"derive","name":"z","from":"customers"})";
    row("derive from something else", n,
        {a(n, "\"from\"") + "node 'd': 'from' must be \"events\" (or leave it out and give 'expr'), got \"customers\""});
    n = R"({"id":"d","type":"derive","name":"z","expr":"a+1","event":"x"})";
    row("event fields without from", n, {a(n, "\"event\"") + "node 'd': 'event' is only used with \"from\": \"events\""});
    n = R"({"id":"d","type":"derive","name":"z","from":"events","aggregate":"count","op":"ge"})";
    row("derive with a comparison", n,
        {a(n, "\"op\"") + "node 'd': unknown field 'op' (a derive node takes id, type, label, name, expr, from, event, "
                          "within_last_days, where, aggregate, field)"});

    // top
    n = R"({"id":"t","type":"top","field":"s","percent":10,"count":5})";
    row("top with percent and count", n, {obj + "node 't': give either 'percent' or 'count', not both"});
    n = R"({"id":"t","type":"top","field":"s"})";
    row("top with neither", n,
        {obj + "node 't': missing 'percent' or 'count' (the top percent of members, or how many members)"});
    n = R"({"id":"t","type":"top","field":"s","percent":0})";
    row("zero percent", n,
        {a(n, "\"percent\"") + "node 't': 'percent' must be a number greater than 0 and at most 100, got 0"});
    n = R"({"id":"t","type":"top","field":"s","percent":100.5})";
    row("over 100 percent", n,
        {a(n, "\"percent\"") + "node 't': 'percent' must be a number greater than 0 and at most 100, got 100.5"});
    n = R"({"id":"t","type":"top","field":"s","percent":"10"})";
    row("percent as text", n, {a(n, "\"percent\"") + "node 't': 'percent' must be a number, got \"10\""});
    n = R"({"id":"t","type":"top","field":"s","count":-1})";
    row("negative count", n, {a(n, "\"count\"") + "node 't': 'count' must be a non-negative integer, got -1"});
    n = R"({"id":"t","type":"top","field":"s","count":2.5})";
    row("fractional count", n, {a(n, "\"count\"") + "node 't': 'count' must be a non-negative integer, got 2.5"});
    n = R"({"id":"t","type":"top","field":"s","count":1,"order":"up"})";
    row("bad order", n, {a(n, "\"order\"") + "node 't': 'order' must be \"asc\" or \"desc\", got \"up\""});
    n = R"({"id":"t","type":"top","count":3})";
    row("top without field", n, {obj + "node 't': missing 'field' (the column to rank by)"});

    // split
    n = R"({"id":"s","type":"split"})";
    row("split without seed and parts", n,
        {obj + "node 's': missing 'seed' (any text; the same seed always gives the same groups)",
         obj + "node 's': missing 'parts' (a list of {\"name\": ..., \"percent\": ...} adding up to 100)"});
    n = R"({"id":"s","type":"split","seed":"x","parts":[]})";
    row("no parts", n,
        {a(n, "\"parts\"") + "node 's': 'parts' must be a non-empty list of {\"name\": ..., \"percent\": ...}, got an empty list"});
    n = R"({"id":"s","type":"split","seed":"x","parts":[{"name":"a","percent":50},{"name":"b","percent":45}]})";
    row("parts not adding up", n, {a(n, "\"parts\"") + "node 's': the parts' percents add up to 95, expected 100"});
    n = R"({"id":"s","type":"split","seed":"x","parts":[{"name":"a","percent":50},{"name":"a","percent":50}]})";
    row("part names twice", n,
        {a(n, "\"name\"", 2) + "node 's': part name 'a' is used twice (port names must be unique)"});
    n = R"({"id":"s","type":"split","seed":"x","parts":[{"name":"","percent":0,"x":1},7]})";
    row("part problems", n,
        {a(n, "\"name\"") + "node 's': 'parts[0].name' must be a non-empty string, got \"\"",
         a(n, "\"percent\"") + "node 's': 'parts[0].percent' must be a number greater than 0 and at most 100, got 0",
         a(n, "\"x\"", 2) + "node 's': unknown field 'parts[0].x' (a split part takes name, percent)",
         a(n, "7") + "node 's': 'parts[1]' must be an object {\"name\": ..., \"percent\": ...}, got 7"});

    // segment
    n = R"({"id":"s","type":"segment"})";
    row("segment without name and input", n,
        {obj + "node 's': missing 'name' (the segment's display name)",
         obj + "node 's': missing 'input' (the node whose members form the segment)"});
    n = R"({"id":"s","type":"segment","name":"S","input":"a","expected":{"min":5,"max":2}})";
    row("expected reversed", n,
        {a(n, "\"expected\"") + "node 's': 'expected.min' (5) is greater than 'expected.max' (2)"});
    n = R"({"id":"s","type":"segment","name":"S","input":"a","expected":{}})";
    row("expected empty", n, {a(n, "\"expected\"") + "node 's': 'expected' needs 'min', 'max' or both"});
    n = R"({"id":"s","type":"segment","name":"S","input":"a","expected":{"min":-1,"maxx":3}})";
    row("expected problems", n,
        {a(n, "\"min\"") + "node 's': 'expected.min' must be a non-negative integer, got -1",
         a(n, "\"maxx\"") + "node 's': unknown field 'expected.maxx' (did you mean 'expected.max'?)"});
    n = R"({"id":"s","type":"segment","name":"S","input":"a","export":{"columns":["a","a"],"format":"csv"}})";
    row("export problems", n,
        {a(n, "\"columns\"") + "node 's': 'export.columns' lists 'a' twice",
         a(n, "\"format\"") + "node 's': unknown field 'export.format' ('export' takes columns, spreadsheet_safe)"});
    n = R"({"id":"s","type":"segment","name":"S","input":"a","export":["a"]})";
    row("export not an object", n,
        {a(n, "\"export\"") + "node 's': 'export' must be an object {\"columns\": [...], \"spreadsheet_safe\": true|false}, got a list"});
    n = R"({"id":"s","type":"segment","name":"S","input":"a","description":1})";
    row("description not text", n, {a(n, "\"description\"") + "node 's': 'description' must be a string, got 1"});
}

void TestGraphErrors::nodeErrors()
{
    QFETCH(QByteArray, node);
    QFETCH(QStringList, expected);
    const QByteArray text = graphWithNode(node);
    const GraphLoadResult r = parseGraph(text.toStdString(), kFile, "/");
    QVERIFY(r.graph); // the graph is still there for an editor to show
    QVERIFY(!r.ok());
    QCOMPARE(toStrings(r.diagnostics), expected);
    for (const Diagnostic& d : r.diagnostics)
        QVERIFY(!d.location.empty());
}

void TestGraphErrors::acceptedEdgeCases_data()
{
    QTest::addColumn<QByteArray>("node");
    QTest::newRow("split percents within 1e-9 of 100")
        << QByteArray(R"({"id":"s","type":"split","seed":"","parts":[{"name":"a","percent":33.3333333333},)"
                      R"({"name":"b","percent":33.3333333333},{"name":"c","percent":33.3333333334}]})");
    QTest::newRow("count zero") << QByteArray(R"({"id":"t","type":"top","field":"s","count":0})");
    QTest::newRow("percent 100") << QByteArray(R"({"id":"t","type":"top","field":"s","percent":100})");
    QTest::newRow("days zero and max")
        << QByteArray(R"({"id":"b","type":"behavior","within_last_days":1000000,"aggregate":"min","field":"ts",)"
                      R"("op":"within_last_days","days":0})");
    QTest::newRow("expected max only") << QByteArray(R"({"id":"s","type":"segment","name":"S","input":"a","expected":{"max":0}})");
    QTest::newRow("export without columns") << QByteArray(R"({"id":"s","type":"segment","name":"S","input":"a","export":{}})");
    QTest::newRow("unicode id and label") << QByteArray(R"({"id":"café","type":"not","input":"x","label":""})");
    QTest::newRow("port references") << QByteArray(R"({"id":"o","type":"or","inputs":["p:sp:test","sp:a"]})");
}

void TestGraphErrors::acceptedEdgeCases()
{
    QFETCH(QByteArray, node);
    const GraphLoadResult r = parseGraph(graphWithNode(node).toStdString(), kFile, "/");
    QCOMPARE(toStrings(r.diagnostics), QStringList());
    QVERIFY(r.ok());
    QCOMPARE(r.graph->nodes.size(), size_t(1));
}

void TestGraphErrors::datasetErrors_data()
{
    QTest::addColumn<QByteArray>("datasets");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char* name, const QByteArray& ds, const QStringList& expected) {
        QTest::newRow(name) << ds << expected;
    };
    const QString key = QString("%1:2:1: ").arg(kFile); // the "datasets" key itself
    QByteArray d;

    d = R"({})";
    row("no customers", d,
        {key + "missing 'datasets.customers' (the customer table: {\"path\": \"customers.csv\", \"key\": \"customer_id\"})"});
    d = R"([])";
    row("datasets not an object", d,
        {key + "'datasets' must be an object {\"customers\": {...}, \"events\": {...}}, got an empty list"});
    d = R"({"customers":{"path":"c"},"orders":{}})";
    row("unknown dataset", d, {atDs(d, "\"orders\"") + "unknown field 'datasets.orders' ('datasets' takes customers, events)"});
    d = R"({"customers":{"key":"id"}})";
    row("no path", d,
        {atDs(d, "\"customers\"") + "missing 'datasets.customers.path' (the CSV file, relative to the graph file)"});
    d = R"({"customers":{"path":""}})";
    row("empty path", d, {atDs(d, "\"path\"") + "'datasets.customers.path' must be a non-empty string, got \"\""});
    d = R"({"customers":"c.csv"})";
    row("customers not an object", d,
        {atDs(d, "\"customers\"") + "'datasets.customers' must be an object {\"path\": ...}, got \"c.csv\""});
    d = R"({"customers":{"path":"c","delimiter":";;"}})";
    row("two-character delimiter", d,
        {atDs(d, "\"delimiter\"") + "'datasets.customers.delimiter' must be one character such as \",\", \";\", \"|\" "
                                    "or \"\\t\", got \";;\""});
    d = R"({"customers":{"path":"c","delimiter":"x"}})";
    row("letter delimiter", d,
        {atDs(d, "\"delimiter\"") + "'datasets.customers.delimiter' must not be a letter or digit, got \"x\""});
    d = R"({"customers":{"path":"c","delimiter":"7"}})";
    row("digit delimiter", d,
        {atDs(d, "\"delimiter\"") + "'datasets.customers.delimiter' must not be a letter or digit, got \"7\""});
    d = R"({"customers":{"path":"c","delimiter":"\n"}})";
    row("newline delimiter", d,
        {atDs(d, "\"delimiter\"") + "'datasets.customers.delimiter' cannot be a quote or line break, got \"\\n\""});
    d = R"({"customers":{"path":"c","delimiter":"é"}})";
    row("non-ASCII delimiter", d,
        {atDs(d, "\"delimiter\"") + "'datasets.customers.delimiter' must be one character such as \",\", \";\", \"|\" "
                                    "or \"\\t\", got \"é\""});
    d = R"({"customers":{"path":"c","encoding":""}})";
    row("empty encoding", d, {atDs(d, "\"encoding\"") + "'datasets.customers.encoding' must be a non-empty string, got \"\""});
    d = R"({"customers":{"path":"c","null_values":"NA"}})";
    row("null_values not a list", d,
        {atDs(d, "\"null_values\"") + "'datasets.customers.null_values' must be a list of strings, got \"NA\""});
    d = R"({"customers":{"path":"c","null_values":["",0]}})";
    row("null_values with a number", d, {atDs(d, "0") + "'datasets.customers.null_values[1]' must be a string, got 0"});
    d = R"({"customers":{"path":"c","columns":["zip"]}})";
    row("columns not an object", d,
        {atDs(d, "\"columns\"") + "'datasets.customers.columns' must be an object of column types, e.g. "
                                  "{\"zip\": \"string\"}, got a list"});
    d = R"({"customers":{"path":"c","columns":{"a":"strng","b":"date:%d-%b-%Y","c":"int:%Y","d":"date:%d-%m",)"
        R"("e":"date:","f":"date:%Y-%m-%d%","g":5,"":"int"}}})";
    row("bad column types", d,
        {atDs(d, "\"a\"") + "'datasets.customers.columns.a': unknown type 'strng' (expected int, double, bool, date, "
                            "timestamp or string; date and timestamp may add a format, e.g. \"date:%d-%m-%Y\")",
         atDs(d, "\"b\"") + "'datasets.customers.columns.b': format '%d-%b-%Y' uses %b; formats may use "
                            "%Y %m %d %H %M %S and %%",
         atDs(d, "\"c\"", 2) + "'datasets.customers.columns.c': only date and timestamp take a format, got \"int:%Y\"",
         atDs(d, "\"d\"") + "'datasets.customers.columns.d': format '%d-%m' needs %Y, %m and %d",
         atDs(d, "\"e\"") + "'datasets.customers.columns.e': the format after 'date:' is empty",
         atDs(d, "\"f\"") + "'datasets.customers.columns.f': format '%Y-%m-%d%' ends with a lone '%' "
                            "(write %% for a percent sign)",
         atDs(d, "\"g\"") + "'datasets.customers.columns.g' must be a type name such as \"string\" or "
                            "\"date:%d-%m-%Y\", got 5",
         atDs(d, "\"\":") + "'datasets.customers.columns' has an empty column name"});
    d = R"({"customers":{"path":"c","on_duplicate_key":"drop"}})";
    row("bad duplicate policy", d,
        {atDs(d, "\"on_duplicate_key\"") + "'datasets.customers.on_duplicate_key' must be \"keep_last\", "
                                           "\"keep_first\" or \"error\", got \"drop\""});
    d = R"({"customers":{"path":"c","time":"ts"}})";
    row("time on customers", d, {atDs(d, "\"time\"") + "'datasets.customers.time' is only for the events dataset"});
    d = R"({"customers":{"path":"c"},"events":{"path":"e"}})";
    row("events without key, time, type", d,
        {atDs(d, "\"events\"") + "missing 'datasets.events.key' (the column with the customer id of each event)",
         atDs(d, "\"events\"") + "missing 'datasets.events.time' (the date or timestamp column of each event)",
         atDs(d, "\"events\"") + "missing 'datasets.events.type' (the column with the event name)"});
    d = R"({"customers":{"path":"c"},"events":{"path":"e","key":"id","time":"t","type":"y","on_duplicate_key":"error"}})";
    row("duplicate policy on events", d,
        {atDs(d, "\"on_duplicate_key\"") + "'datasets.events.on_duplicate_key' is for customers only "
                                           "(a customer may have many events)"});
    d = R"({"customers":{"path":"c"},"events":{"path":"e","keys":"id","time":"t","type":"y"}})";
    row("misspelt events field", d,
        {atDs(d, "\"events\"") + "missing 'datasets.events.key' (the column with the customer id of each event)",
         atDs(d, "\"keys\"") + "unknown field 'datasets.events.keys' (did you mean 'datasets.events.key'?)"});
}

void TestGraphErrors::datasetErrors()
{
    QFETCH(QByteArray, datasets);
    QFETCH(QStringList, expected);
    const GraphLoadResult r = parseGraph(graphWithDatasets(datasets).toStdString(), kFile, "/");
    QVERIFY(r.graph);
    QCOMPARE(toStrings(r.diagnostics), expected);
}

void TestGraphErrors::fileErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("usable");
    QTest::addColumn<QStringList>("expected");
    auto row = [](const char* name, const QByteArray& text, bool usable, const QStringList& expected) {
        QTest::newRow(name) << text << usable << expected;
    };
    const QByteArray head = R"({"format": "segment-studio/graph", "format_version": 1, )";
    QByteArray t;

    row("missing comma", "{\n  \"format\": \"segment-studio/graph\",\n  \"format_version\": 1\n  \"name\": \"x\"\n}", false,
        {"t.segment.json:4:8: syntax error: unexpected string literal; expected '}'"});
    row("trailing comma", R"({"a":1,})", false, {"t.segment.json:1:8: syntax error: unexpected '}'; expected string literal"});
    row("empty file", "", false,
        {"t.segment.json:1:1: syntax error: unexpected end of input; expected '[', '{', or a literal"});
    row("bad literal after a BOM", "\xEF\xBB\xBF{\"a\": tru}", false,
        {"t.segment.json:1:10: syntax error: invalid literal; last read: '\"a\": tru}'"});
    row("not UTF-8", "{\"name\": \"caf\xe9\"}", false,
        {"t.segment.json:1:15: syntax error: invalid string: ill-formed UTF-8 byte; last read: '\"caf\\xe9\"'"});
    row("number too large", R"({"x": [1e400]})", false, {"t.segment.json:1:8: number 1e400 is too large"});
    row("nested too deep", "{\"ui\": " + QByteArray(150, '[') + QByteArray(150, ']') + "}", false,
        {"t.segment.json:1:107: lists and objects are nested more than 100 levels deep; a graph file never needs that"});
    row("not an object", "[]", false,
        {"t.segment.json:1:1: the file must hold a JSON object {\"format\": \"segment-studio/graph\", ...}, got an empty list"});
    row("no format", R"({"format_version": 1})", false,
        {"t.segment.json:1:1: missing 'format' (expected \"segment-studio/graph\")"});
    row("other format", R"({"format": "csv", "format_version": 1})", false,
        {"t.segment.json:1:2: 'format' is \"csv\", expected \"segment-studio/graph\" (this is not a Segment Studio graph)"});
    row("format not text", R"({"format": 1})", false, {"t.segment.json:1:2: 'format' must be a string, got 1"});
    row("no version", R"({"format": "segment-studio/graph"})", false,
        {"t.segment.json:1:1: missing 'format_version' (an integer; this program writes 1)"});
    row("version as text", R"({"format": "segment-studio/graph", "format_version": "1"})", false,
        {"t.segment.json:1:36: 'format_version' must be an integer (this program writes 1), got \"1\""});
    row("huge version", R"({"format": "segment-studio/graph", "format_version": 18446744073709551615})", false,
        {"t.segment.json:1:36: written by a newer Segment Studio (format_version 18446744073709551615); "
         "this program reads up to 1"});
    row("negative version", R"({"format": "segment-studio/graph", "format_version": -3})", false,
        {"t.segment.json:1:36: 'format_version' -3 is not a valid version (versions start at 1)"});
    row("no datasets", head + "\"nodes\": []}", true,
        {"t.segment.json:1:1: missing 'datasets' (at least {\"customers\": {\"path\": \"customers.csv\", \"key\": "
         "\"customer_id\"}})"});
    t = head + R"("datasets": {"customers": {"path": "c"}}, "nodez": [], "as_of": "2024-02-30", "nodes": {}, "ui": 5, "name": ["x"]})";
    row("top-level fields", t, true,
        {at(1, t, "\"nodez\"") + "unknown field 'nodez' (did you mean 'nodes'?)",
         at(1, t, "\"as_of\"") + "'as_of' must be an ISO date \"YYYY-MM-DD\", got \"2024-02-30\"",
         at(1, t, "\"nodes\"") + "'nodes' must be a list of node objects, got an empty object",
         at(1, t, "\"ui\"") + "'ui' must be an object, got 5",
         at(1, t, "\"name\"") + "'name' must be a string, got a list"});
    t = head + R"("datasets": {"customers": {"path": "c"}}, "description": "x"})";
    row("unknown top-level field", t, true,
        {at(1, t, "\"description\"") + "unknown field 'description' (a graph file takes format, format_version, name, "
                                       "as_of, datasets, nodes, export, ui)"});
}

void TestGraphErrors::fileErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, usable);
    QFETCH(QStringList, expected);
    const GraphLoadResult r = parseGraph(std::string_view(text.constData(), size_t(text.size())), kFile, "/");
    QCOMPARE(r.graph.has_value(), usable);
    QCOMPARE(toStrings(r.diagnostics), expected);
}

void TestGraphErrors::duplicateIdsAreReportedAtTheSecondNode()
{
    const QByteArray text = graphWithNode(R"({"id":"a","type":"not","input":"x"},)"
                                          "\n"
                                          R"(  {"id":"b","type":"not","input":"x"},)"
                                          "\n"
                                          R"(  {"id":"a","type":"condtion"})");
    const GraphLoadResult r = parseGraph(text.toStdString(), kFile, "/");
    QCOMPARE(toStrings(r.diagnostics),
             (QStringList{"t.segment.json:6:4: node 'a': duplicate id, first used by nodes[0] at line 4",
                          "t.segment.json:6:13: node 'a': unknown node type 'condtion' (did you mean 'condition'?)"}));
}

void TestGraphErrors::duplicateKeysAreReported()
{
    const std::string text = R"({"format": "segment-studio/graph", "format_version": 1, "datasets": {"customers": )"
                             R"({"path": "a", "path": "b"}}, "nodes": [{"id": "n", "type": "not", "input": "x", "input": "y"}]})";
    const GraphLoadResult r = parseGraph(text, kFile, "/");
    const QByteArray t = QByteArray::fromStdString(text);
    const qsizetype firstPath = t.indexOf("\"path\"") + 1, firstInput = t.indexOf("\"input\"") + 1;
    QCOMPARE(toStrings(r.diagnostics),
             (QStringList{at(1, t, "\"path\"", 2) + QString("duplicate key 'path' (also at line 1, column %1); only the "
                                                          "last one would be used").arg(firstPath),
                          at(1, t, "\"input\"", 2) + QString("node 'n': duplicate key 'input' (also at line 1, column %1); "
                                                           "only the last one would be used").arg(firstInput)}));
    QCOMPARE(r.graph->customers.path, std::string("b"));
}

void TestGraphErrors::manyErrorsAtOnce()
{
    const GraphLoadResult r =
        parseGraph(readText(SEG_TEST_DATA_DIR "/many_errors.segment.json"), "many.segment.json", "/");
    QVERIFY(r.graph);
    const QStringList expected{
        "many.segment.json:4:3: 'as_of' must be an ISO date \"YYYY-MM-DD\", got \"31/12/2024\"",
        "many.segment.json:6:44: 'datasets.customers.delimiter' must be one character such as \",\", \";\", \"|\" or "
        "\"\\t\", got \"ab\"",
        "many.segment.json:7:5: missing 'datasets.events.type' (the column with the event name)",
        "many.segment.json:10:5: node 'c1': missing 'value' (op 'gt' compares with 'value')",
        "many.segment.json:10:69: node 'c1': unknown field 'valeu' (did you mean 'value'?)",
        "many.segment.json:11:6: node 'c1': duplicate id, first used by nodes[0] at line 10",
        "many.segment.json:12:18: node 'x1': unknown node type 'expresion' (did you mean 'expression'?)",
        "many.segment.json:13:33: node 'a1': 'inputs' must list at least 2 nodes (their intersection), got 1",
        "many.segment.json:14:66: node 't1': 'percent' must be a number greater than 0 and at most 100, got 0",
        "many.segment.json:15:48: node 'sp': the parts' percents add up to 90, expected 100",
        "many.segment.json:16:5: node 's1': missing 'name' (the segment's display name)",
        "many.segment.json:16:54: node 's1': 'expected.min' (10) is greater than 'expected.max' (5)",
    };
    QCOMPARE(toStrings(r.diagnostics), expected);
    // Nodes with problems are kept for the editor (x1 has an unknown type, so it cannot be).
    QStringList ids;
    for (const Node& n : r.graph->nodes)
        ids << q(n.id);
    QCOMPARE(ids, (QStringList{"c1", "c1", "a1", "t1", "sp", "s1"}));
}

void TestGraphErrors::pastedNodeErrorsHaveNoLocation()
{
    std::vector<Diagnostic> diagnostics;
    auto node = parseNode(Json::parse(R"({"id":"c","type":"condition","op":"gt"})"), diagnostics);
    QVERIFY(node); // still usable by the editor, with the problems listed
    QCOMPARE(toStrings(diagnostics), (QStringList{"node 'c': missing 'field' (the column to test)",
                                                  "node 'c': missing 'value' (op 'gt' compares with 'value')"}));
    QCOMPARE(diagnostics[0].nodeId, std::string("c"));
    QVERIFY(diagnostics[0].location.empty());

    diagnostics.clear();
    QVERIFY(!parseNode(Json::parse(R"({"type":"not","input":"x"})"), diagnostics));
    QCOMPARE(toStrings(diagnostics), QStringList{"node: missing 'id' (every node needs a unique, non-empty string id)"});
    diagnostics.clear();
    QVERIFY(!parseNode(Json(5), diagnostics));
    QCOMPARE(toStrings(diagnostics), QStringList{"node must be an object {\"id\": ..., \"type\": ...}, got 5"});
}

void TestGraphErrors::hostileValuesInNodesAlwaysNameTheNode()
{
    const Json base = Json::parse(readText(SEG_TEST_DATA_DIR "/every_node.segment.json"));
    const std::vector<Json> hostile{nullptr, 0, -1, 1.5, 1e308, Json(uint64_t(18446744073709551615ull)),
                                    Json(std::numeric_limits<int64_t>::min()), "", "x", std::string("a\0b", 3),
                                    Json::array(), Json::array({nullptr}), Json::object(),
                                    Json::parse(R"({"nested": [1, {"deeper": [[]]}]})"), true};
    int parses = 0, rejected = 0;
    std::set<std::pair<std::string, std::string>> tried; // (type, field): once is enough
    for (size_t i = 0; i < base["nodes"].size(); ++i) {
        const Json& node = base["nodes"][i];
        const std::string id = node["id"].get<std::string>();
        for (const auto& [key, value] : node.items()) {
            if (!tried.emplace(node["type"].get<std::string>(), key).second)
                continue;
            int rejectedForKey = 0;
            for (const Json& bad : hostile) {
                Json doc = base;
                doc["nodes"][i][key] = bad;
                const GraphLoadResult r = parseGraph(doc.dump(), "h.segment.json", "/");
                ++parses;
                QVERIFY(r.graph);
                for (const Diagnostic& d : r.diagnostics) {
                    QVERIFY2(q(d.location).startsWith("h.segment.json:1:"), d.toString().c_str());
                    if (key != "id")
                        QVERIFY2(d.nodeId == id, d.toString().c_str());
                }
                if (r.diagnostics.empty()) {
                    // Whatever was accepted survives a save and a reload unchanged.
                    const Json written = graphToJson(*r.graph);
                    const GraphLoadResult again = parseGraph(written.dump(), "h.segment.json", "/");
                    QVERIFY(again.ok());
                    QCOMPARE(graphToJson(*again.graph), written);
                } else {
                    ++rejected;
                    ++rejectedForKey;
                }
            }
            // Every field has a shape: some of these values must be refused for each one.
            QVERIFY2(rejectedForKey > 0, (id + "." + key).c_str());
        }
    }
    QVERIFY(parses > 1000);
    QVERIFY(rejected > parses / 2);
}

void TestGraphErrors::hostileValuesAtTopLevelNeverCrash()
{
    const Json base = Json::parse(readText(SEG_TEST_DATA_DIR "/every_node.segment.json"));
    const std::vector<Json> hostile{nullptr, -1, 1e308, "", std::string("\0", 1), Json::array({1, "a"}),
                                    Json::object(), Json::parse(R"({"path": {"x": []}})"), false};
    const std::vector<std::vector<std::string>> places{
        {"format"}, {"format_version"}, {"name"}, {"as_of"}, {"datasets"}, {"nodes"}, {"ui"},
        {"datasets", "customers"}, {"datasets", "events"}, {"datasets", "customers", "path"},
        {"datasets", "customers", "columns"}, {"datasets", "events", "null_values"}, {"nodes", "0"}};
    for (const auto& place : places) {
        for (const Json& bad : hostile) {
            Json doc = base;
            Json* target = &doc;
            for (size_t k = 0; k + 1 < place.size(); ++k)
                target = &(*target)[place[k]];
            if (place.back() == "0")
                (*target)[0] = bad; // the first node
            else
                (*target)[place.back()] = bad;
            const GraphLoadResult r = parseGraph(doc.dump(), "h.segment.json", "/");
            // Only these are valid values among the hostile ones; everything else must be refused.
            const bool acceptable = (place.back() == "name" && bad.is_string()) || (place.back() == "ui" && bad.is_object())
                || (place.back() == "columns" && bad == Json::object());
            QVERIFY2(r.ok() == acceptable, (place.back() + " = " + bad.dump()).c_str());
            for (const Diagnostic& d : r.diagnostics)
                QVERIFY2(q(d.location).startsWith("h.segment.json:1:"), d.toString().c_str());
        }
    }
}

void TestGraphErrors::longUserTextIsShortenedInMessages()
{
    const std::string longType(100000, 'z');
    const QByteArray node = QByteArray(R"({"id":"n","type":")") + QByteArray::fromStdString(longType) + "\"}";
    const GraphLoadResult r = parseGraph(graphWithNode(node).toStdString(), kFile, "/");
    QCOMPARE(r.diagnostics.size(), size_t(1));
    const std::string message = r.diagnostics[0].message;
    QCOMPARE(q(message), "unknown node type '" + QString(80, 'z') + "...' (expected one of " + kTypes + ")");
}

void TestGraphErrors::deepButAllowedNestingRoundTrips()
{
    // 1 (root) + 1 (ui) + 97 lists = 99 levels: allowed, and kept verbatim.
    std::string deep = "1";
    for (int i = 0; i < 97; ++i)
        deep = "[" + deep + "]";
    const std::string text = R"({"format": "segment-studio/graph", "format_version": 1, "datasets": {"customers": )"
                             R"({"path": "c"}}, "ui": {"deep": )" + deep + "}}";
    const GraphLoadResult r = parseGraph(text, kFile, "/");
    QVERIFY(r.ok());
    QCOMPARE(r.graph->ui["deep"].dump(), deep);
}

QTEST_GUILESS_MAIN(TestGraphErrors)
#include "test_graph_errors.moc"
