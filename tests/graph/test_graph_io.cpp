// Loading, saving and round trips of .segment.json files.
#include "data/types.h"
#include "graph/graph_io.h"
#include "graph/graph_migration.h"
#include "graph_test_util.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <functional>
#include <fstream>
#include <set>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace seg;
using seg::test::diffGraph;
using seg::test::q;

namespace {

const std::string kDataDir = SEG_TEST_DATA_DIR;
const std::string kEveryNode = kDataDir + "/every_node.segment.json";

std::string readText(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void writeText(const std::string& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary) << text;
}

Graph loadOk(const std::string& path)
{
    GraphLoadResult result = loadGraphFile(path);
    for (const Diagnostic& d : result.diagnostics)
        qWarning("%s", d.toString().c_str());
    if (!result.ok())
        throw Error("expected " + path + " to load without problems");
    return std::move(*result.graph);
}

QStringList toStrings(const std::vector<Diagnostic>& diagnostics)
{
    QStringList out;
    for (const Diagnostic& d : diagnostics)
        out << q(d.toString());
    return out;
}

std::set<std::string> temporaryLeftovers(const std::string& directory)
{
    std::set<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(directory))
        if (entry.path().filename().string().find(".tmp-") != std::string::npos)
            out.insert(entry.path().filename().string());
    return out;
}

// Runs `save` in a child process (as user nobody when we are root, since root may write into
// read-only directories) and returns the seg::Error message it got, or "" when it did not throw.
std::string saveInChild(const std::function<void()>& save, bool dropRoot, int fileSizeLimit = -1)
{
    int fds[2];
    if (pipe(fds) != 0)
        return "pipe failed";
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        if (dropRoot && geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0))
            _exit(3);
        if (fileSizeLimit >= 0) {
            std::signal(SIGXFSZ, SIG_IGN); // make an over-long write fail with EFBIG instead of killing us
            rlimit limit{static_cast<rlim_t>(fileSizeLimit), static_cast<rlim_t>(fileSizeLimit)};
            setrlimit(RLIMIT_FSIZE, &limit);
        }
        std::string message;
        try {
            save();
        } catch (const Error& e) {
            message = e.what();
        }
        if (!message.empty() && write(fds[1], message.data(), message.size()) < 0)
            _exit(4);
        close(fds[1]);
        _exit(0);
    }
    close(fds[1]);
    std::string message;
    char buf[512];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        message.append(buf, static_cast<size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return "child failed with status " + std::to_string(status);
    return message;
}

} // namespace

class TestGraphIo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsEveryNodeTypeAsWritten();
    void everyOpAndNodeTypeIsInTheSample();
    void roundTripKeepsEveryField();
    void roundTripOfGraphBuiltInCode();
    void writesFieldsInAStableReadableOrder();
    void minimalGraphGetsDefaultsAndWritesThemBackMinimal();
    void unusedOperandsAreAcceptedAndNotWritten();
    void uiUnknownKeysArePreservedInOrder();
    void missingFileIsADiagnosticNamingIt();
    void directoryIsNotAGraph();
    void newerFormatVersionIsRefused();
    void migrationStepsRunInOrder();
    void resolvesDatasetPathsAgainstTheGraphFile();
    void datasetPathsAreSavedRelative();
    void saveReplacesAtomicallyAndLeavesNoTemporaryFile();
    void saveKeepsOldFileWhenDirectoryIsReadOnly();
    void saveOverADirectoryThrowsNamingIt();
    void saveKeepsOldFileWhenWritingFails();
    void saveRefusesTextThatIsNotUtf8();
    void saveThroughSymlinkReplacesTheTarget();
    void finding8_saveRemovesLeftoversOfAKilledSave();
};

void TestGraphIo::loadsEveryNodeTypeAsWritten()
{
    const Graph g = loadOk(kEveryNode);
    QCOMPARE(g.formatVersion, 1);
    QCOMPARE(g.name, std::string("Every node type"));
    QCOMPARE(g.asOf, std::optional<int32_t>(20088)); // 19723 days to 2024-01-01, + 365

    QCOMPARE(g.customers.path, std::string("customers.csv"));
    QCOMPARE(g.customers.key, std::optional<std::string>("customer_id"));
    QCOMPARE(g.customers.delimiter, std::optional<char>(';'));
    QCOMPARE(g.customers.encoding, std::string("latin1"));
    QCOMPARE(g.customers.nullValues, (std::vector<std::string>{"", "-"}));
    const std::vector<std::pair<std::string, std::string>> columns{
        {"zip", "string"}, {"joined", "date:%d-%m-%Y"}, {"seen", "timestamp:%m/%d/%Y %H:%M"}};
    QCOMPARE(g.customers.columnTypes, columns);
    QCOMPARE(g.customers.onDuplicateKey, DuplicateKeyPolicy::KeepFirst);
    QVERIFY(g.events.has_value());
    QCOMPARE(g.events->path, std::string("events/events.csv"));
    QCOMPARE(g.events->key, std::optional<std::string>("customer_id"));
    QCOMPARE(g.events->time, std::string("ts"));
    QCOMPARE(g.events->type, std::string("event_type"));
    QCOMPARE(g.events->delimiter, std::optional<char>('\t'));
    QCOMPARE(g.events->encoding, std::string("utf-8"));

    QCOMPARE(g.nodes.size(), size_t(34));
    const Node* ne = g.find("c_ne");
    QVERIFY(ne);
    QCOMPARE(ne->condition.field, std::string("country"));
    QCOMPARE(ne->condition.cmp.op, CompareOp::Ne);
    QCOMPARE(ne->condition.cmp.value, Json("ca"));
    QVERIFY(ne->condition.cmp.ignoreCase);
    QCOMPARE(g.find("c_lt")->condition.cmp.value, Json(100.5));
    QCOMPARE(g.find("c_ge")->condition.cmp.value, Json(true));
    const Node* between = g.find("c_between");
    QCOMPARE(between->condition.cmp.min, Json("2024-01-01"));
    QCOMPARE(between->condition.cmp.max, Json("2024-06-30"));
    QCOMPARE(g.find("c_in")->condition.cmp.values, (std::vector<Json>{"US", "CA", "MX"}));
    QCOMPARE(g.find("c_not_in")->condition.cmp.values, (std::vector<Json>{0, 1}));
    const Node* recent = g.find("c_recent");
    QCOMPARE(recent->condition.cmp.op, CompareOp::WithinLastDays);
    QCOMPARE(recent->condition.cmp.days, int64_t(30));
    QCOMPARE(recent->inputs, std::vector<std::string>{"c_eq"});
    QCOMPARE(g.find("c_old")->condition.cmp.days, int64_t(365));
    QCOMPARE(g.find("x1")->expr, std::string("total_spend > 500 AND country IN ('US','CA')"));
    QCOMPARE(g.find("a1")->inputs, (std::vector<std::string>{"c_eq", "c_gt", "c_recent"}));
    QCOMPARE(g.find("e1")->inputs, (std::vector<std::string>{"o1", "c_false"}));
    QCOMPARE(g.find("n1")->inputs, std::vector<std::string>{"a1"});

    const Node* b1 = g.find("b1");
    QCOMPARE(b1->events.event, std::optional<std::string>("purchase"));
    QCOMPARE(b1->events.withinLastDays, std::optional<int64_t>(30));
    QCOMPARE(b1->events.where.size(), size_t(2));
    QCOMPARE(b1->events.where[0].field, std::string("amount"));
    QCOMPARE(b1->events.where[0].cmp.op, CompareOp::Ge);
    QCOMPARE(b1->events.where[0].cmp.value, Json(20));
    QCOMPARE(b1->events.where[1].cmp.op, CompareOp::In);
    QVERIFY(b1->events.where[1].cmp.ignoreCase);
    QCOMPARE(b1->events.aggregate, Aggregate::Count);
    QCOMPARE(b1->compare.op, CompareOp::Ge);
    QCOMPARE(b1->compare.value, Json(2));
    QCOMPARE(b1->inputs, std::vector<std::string>{"o1"});
    const Node* b2 = g.find("b2");
    QVERIFY(!b2->events.event);
    QCOMPARE(b2->events.aggregate, Aggregate::Sum);
    QCOMPARE(b2->events.field, std::string("amount"));
    QCOMPARE(b2->compare.max, Json(250.75));

    const Node* d1 = g.find("d1");
    QVERIFY(!d1->fromEvents);
    QCOMPARE(d1->name, std::string("aov"));
    QCOMPARE(d1->expr, std::string("total_spend / orders"));
    QCOMPARE(d1->displayName(), std::string("Average order"));
    const Node* d2 = g.find("d2");
    QVERIFY(d2->fromEvents);
    QCOMPARE(d2->events.aggregate, Aggregate::Avg);
    QCOMPARE(d2->events.withinLastDays, std::optional<int64_t>(90));
    QCOMPARE(d2->displayName(), std::string("avg_basket_90d"));

    QCOMPARE(g.find("t1")->percent, std::optional<double>(10));
    QVERIFY(!g.find("t1")->count);
    QVERIFY(!g.find("t1")->ascending);
    QCOMPARE(g.find("t2")->count, std::optional<int64_t>(1000));
    QVERIFY(g.find("t2")->ascending);
    QCOMPARE(g.find("t3")->percent, std::optional<double>(12.5));

    const Node* sp = g.find("sp");
    QCOMPARE(sp->seed, std::string("q4-test"));
    QCOMPARE(sp->parts.size(), size_t(2));
    QCOMPARE(sp->parts[1].name, std::string("control"));
    QCOMPARE(sp->parts[1].percent, 10.0);
    QCOMPARE(g.find("p")->inputs, (std::vector<std::string>{"sp:test", "b1", "e1"}));

    const Node* s1 = g.find("s1");
    QCOMPARE(s1->name, std::string("High value, test group"));
    QCOMPARE(s1->inputs, std::vector<std::string>{"p:sp:test"});
    QCOMPARE(s1->description, std::string("Top 10% spenders\nin the test group"));
    QCOMPARE(s1->expectedMin, std::optional<int64_t>(1000));
    QCOMPARE(s1->expectedMax, std::optional<int64_t>(50000));
    QCOMPARE(s1->exportColumns, (std::vector<std::string>{"customer_id", "email", "aov"}));
    QCOMPARE(g.find("s2")->expectedMin, std::optional<int64_t>(1));
    QVERIFY(!g.find("s2")->expectedMax);
    QCOMPARE(g.find("c_eq")->displayName(), std::string("Country is US"));
    QCOMPARE(g.find("c_lt")->displayName(), std::string("c_lt"));

    // source is the node object exactly as read
    QCOMPARE(g.find("c_eq")->source["label"], Json("Country is US"));
    QCOMPARE(g.ui["future_editor_key"]["note"], Json("kept verbatim"));
}

void TestGraphIo::everyOpAndNodeTypeIsInTheSample()
{
    // The round trips below only prove something if the sample really uses everything.
    const Graph g = loadOk(kEveryNode);
    std::set<CompareOp> ops;
    std::set<NodeType> types;
    std::set<Aggregate> aggregates;
    for (const Node& n : g.nodes) {
        types.insert(n.type);
        if (n.type == NodeType::Condition)
            ops.insert(n.condition.cmp.op);
        if (n.type == NodeType::Behavior || (n.type == NodeType::Derive && n.fromEvents))
            aggregates.insert(n.events.aggregate);
    }
    QCOMPARE(ops.size(), size_t(18));
    QCOMPARE(types.size(), size_t(12));
    QCOMPARE(aggregates, (std::set<Aggregate>{Aggregate::Count, Aggregate::Sum, Aggregate::Avg}));
}

void TestGraphIo::roundTripKeepsEveryField()
{
    QTemporaryDir dir;
    const Graph original = loadOk(kEveryNode);
    const std::string path = dir.path().toStdString() + "/copy.segment.json";
    saveGraphFile(original, path);
    const Graph reloaded = loadOk(path);
    QCOMPARE(diffGraph(original, reloaded), QString());
    QCOMPARE(graphToJson(reloaded), graphToJson(original));

    // Saving what was loaded from a save changes nothing, byte for byte.
    const std::string firstSave = readText(path);
    saveGraphFile(reloaded, path);
    QCOMPARE(readText(path), firstSave);
    QVERIFY(firstSave.ends_with("}\n"));
}

void TestGraphIo::roundTripOfGraphBuiltInCode()
{
    Graph g;
    g.name = "built";
    g.asOf = parseIsoDate("2023-02-28");
    g.customers.path = "/abs/customers.tsv";
    g.customers.delimiter = '|';
    g.customers.nullValues = {};
    g.customers.onDuplicateKey = DuplicateKeyPolicy::Error;
    // One condition per op, with operands of different JSON types.
    int i = 0;
    for (int op = 0; op <= static_cast<int>(CompareOp::BeforeDaysAgo); ++op) {
        Node n;
        n.id = "c" + std::to_string(i++);
        n.type = NodeType::Condition;
        n.condition.field = "f";
        n.condition.cmp.op = static_cast<CompareOp>(op);
        const bool textOp = op >= static_cast<int>(CompareOp::Contains) && op <= static_cast<int>(CompareOp::EndsWith);
        n.condition.cmp.value = op % 2 && !textOp ? Json(-7) : Json("text");
        n.condition.cmp.min = 1.25;
        n.condition.cmp.max = "2030-01-01";
        n.condition.cmp.values = {Json(false), Json("x"), Json(3)};
        n.condition.cmp.days = op;
        g.nodes.push_back(n);
    }
    Node top;
    top.id = "t";
    top.type = NodeType::Top;
    top.field = "score";
    top.percent = 33.3;
    g.nodes.push_back(top);

    // What is stored for each op is exactly what that op uses, so normalise via one parse first.
    const std::string text = graphToJson(g).dump(2);
    GraphLoadResult first = parseGraph(text, "built.segment.json", "/tmp");
    QVERIFY2(first.ok(), first.diagnostics.empty() ? "" : first.diagnostics[0].toString().c_str());
    GraphLoadResult second = parseGraph(graphToJson(*first.graph).dump(), "built.segment.json", "/tmp");
    QVERIFY(second.ok());
    QCOMPARE(diffGraph(*first.graph, *second.graph), QString());
    QCOMPARE(second.graph->customers.nullValues, std::vector<std::string>{}); // empty list is not the default
    QCOMPARE(second.graph->customers.onDuplicateKey, DuplicateKeyPolicy::Error);
    QCOMPARE(second.graph->find("c6")->condition.cmp.min, Json(1.25)); // op 6 is between
    QCOMPARE(second.graph->find("c7")->condition.cmp.values.size(), size_t(3)); // in
    QCOMPARE(second.graph->find("c16")->condition.cmp.days, int64_t(16)); // within_last_days
    QCOMPARE(second.graph->find("t")->percent, std::optional<double>(33.3));
}

void TestGraphIo::writesFieldsInAStableReadableOrder()
{
    const Graph g = loadOk(kEveryNode);
    QCOMPARE(q(nodeToJson(*g.find("c_eq")).dump()),
             QString(R"({"id":"c_eq","type":"condition","label":"Country is US","field":"country","op":"eq","value":"US"})"));
    QCOMPARE(q(nodeToJson(*g.find("c_recent")).dump()),
             QString(R"({"id":"c_recent","type":"condition","field":"seen","op":"within_last_days","days":30,"input":"c_eq"})"));
    QCOMPARE(q(nodeToJson(*g.find("b1")).dump()),
             QString(R"({"id":"b1","type":"behavior","event":"purchase","within_last_days":30,)"
                     R"("where":[{"field":"amount","op":"ge","value":20},)"
                     R"({"field":"channel","op":"in","values":["web","app"],"ignore_case":true}],)"
                     R"("aggregate":"count","op":"ge","value":2,"input":"o1"})"));
    QCOMPARE(q(nodeToJson(*g.find("d2")).dump()),
             QString(R"({"id":"d2","type":"derive","name":"avg_basket_90d","from":"events","event":"purchase",)"
                     R"("within_last_days":90,"aggregate":"avg","field":"amount"})"));
    // Integral percents are written as integers, other numbers as given.
    QCOMPARE(q(nodeToJson(*g.find("t1")).dump()),
             QString(R"({"id":"t1","type":"top","input":"o1","field":"total_spend","percent":10,"order":"desc"})"));
    QCOMPARE(q(nodeToJson(*g.find("t3")).dump()),
             QString(R"({"id":"t3","type":"top","field":"orders","percent":12.5,"order":"desc"})"));
    QCOMPARE(q(nodeToJson(*g.find("sp")).dump()),
             QString(R"({"id":"sp","type":"split","input":"t1","seed":"q4-test",)"
                     R"("parts":[{"name":"test","percent":90},{"name":"control","percent":10}]})"));
    QCOMPARE(q(nodeToJson(*g.find("p")).dump()),
             QString(R"({"id":"p","type":"priority","inputs":["sp:test","b1","e1"]})"));
    QCOMPARE(q(nodeToJson(*g.find("s1")).dump()),
             QString(R"({"id":"s1","type":"segment","name":"High value, test group","input":"p:sp:test",)"
                     R"("description":"Top 10% spenders\nin the test group","expected":{"min":1000,"max":50000},)"
                     R"("export":{"columns":["customer_id","email","aov"]}})"));
    QStringList keys;
    const Json written = graphToJson(g);
    for (const auto& [key, value] : written.items())
        keys << q(key);
    QCOMPARE(keys, (QStringList{"format", "format_version", "name", "as_of", "datasets", "nodes", "ui"}));
}

void TestGraphIo::minimalGraphGetsDefaultsAndWritesThemBackMinimal()
{
    const std::string text = R"({"format": "segment-studio/graph", "format_version": 1,
        "datasets": {"customers": {"path": "c.csv"}}})";
    GraphLoadResult r = parseGraph(text, "m.segment.json", "/data");
    QVERIFY(r.ok());
    const Graph& g = *r.graph;
    QVERIFY(g.name.empty());
    QVERIFY(!g.asOf);
    QVERIFY(!g.customers.key);
    QVERIFY(!g.customers.delimiter);
    QCOMPARE(g.customers.encoding, std::string("utf-8"));
    QCOMPARE(g.customers.nullValues, (std::vector<std::string>{"", "NULL", "null", "NA", "N/A"}));
    QCOMPARE(g.customers.onDuplicateKey, DuplicateKeyPolicy::KeepLast);
    QVERIFY(!g.events);
    QVERIFY(g.nodes.empty());
    QCOMPARE(g.ui, Json::object());
    QCOMPARE(q(graphToJson(g).dump()),
             QString(R"({"format":"segment-studio/graph","format_version":1,)"
                     R"("datasets":{"customers":{"path":"c.csv"}},"nodes":[]})"));
}

void TestGraphIo::unusedOperandsAreAcceptedAndNotWritten()
{
    std::vector<Diagnostic> diagnostics;
    const auto isNull = parseNode(Json::parse(R"({"id":"c","type":"condition","field":"f","op":"is_null",
        "value":5,"values":[],"days":-3,"ignore_case":true})"), diagnostics);
    QVERIFY(isNull);
    QCOMPARE(toStrings(diagnostics), QStringList());
    QCOMPARE(isNull->condition.cmp.value, Json());
    QVERIFY(!isNull->condition.cmp.ignoreCase);
    QCOMPARE(q(nodeToJson(*isNull).dump()), QString(R"({"id":"c","type":"condition","field":"f","op":"is_null"})"));

    const auto count = parseNode(Json::parse(R"({"id":"b","type":"behavior","aggregate":"count","field":"amount",
        "op":"between","min":1,"max":3,"value":"unused"})"), diagnostics);
    QVERIFY(count);
    QCOMPARE(toStrings(diagnostics), QStringList());
    QVERIFY(count->events.field.empty());
    QCOMPARE(q(nodeToJson(*count).dump()),
             QString(R"({"id":"b","type":"behavior","aggregate":"count","op":"between","min":1,"max":3})"));
}

void TestGraphIo::uiUnknownKeysArePreservedInOrder()
{
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString() + "/ui.segment.json";
    writeText(path, R"({"format": "segment-studio/graph", "format_version": 1,
        "datasets": {"customers": {"path": "c.csv"}},
        "ui": {"zeta": 1, "positions": {"n1": [1, 2]}, "alpha": {"deep": [true, null, "x"]}, "big": 12345678901234567890}})");
    Graph g = loadOk(path);
    g.ui["positions"]["n2"] = Json::array({3, 4}); // the editor adds a key; the rest stays as it was
    saveGraphFile(g, path);
    const Graph again = loadOk(path);
    QCOMPARE(q(again.ui.dump()),
             QString(R"({"zeta":1,"positions":{"n1":[1,2],"n2":[3,4]},"alpha":{"deep":[true,null,"x"]},)"
                     R"("big":12345678901234567890})"));
}

void TestGraphIo::missingFileIsADiagnosticNamingIt()
{
    const GraphLoadResult r = loadGraphFile("/nonexistent/dir/campaign.segment.json");
    QVERIFY(!r.graph);
    QCOMPARE(toStrings(r.diagnostics),
             QStringList{"/nonexistent/dir/campaign.segment.json: cannot read the graph: the file does not exist"});
}

void TestGraphIo::directoryIsNotAGraph()
{
    QTemporaryDir dir;
    const GraphLoadResult r = loadGraphFile(dir.path().toStdString());
    QVERIFY(!r.graph);
    QCOMPARE(toStrings(r.diagnostics),
             QStringList{dir.path() + ": cannot read the graph: it is a directory, not a file"});
}

void TestGraphIo::newerFormatVersionIsRefused()
{
    const std::string text = "{\n  \"format\": \"segment-studio/graph\",\n  \"format_version\": 2,\n"
                             "  \"datasets\": {\"customers\": {\"path\": \"c.csv\"}}\n}";
    const GraphLoadResult r = parseGraph(text, "campaign.segment.json", "/");
    QVERIFY(!r.graph);
    QCOMPARE(toStrings(r.diagnostics),
             QStringList{"campaign.segment.json:3:3: written by a newer Segment Studio (format_version 2); "
                         "this program reads up to 1"});
    // and the contract's lower bound
    const GraphLoadResult zero = parseGraph(R"({"format":"segment-studio/graph","format_version":0})", "z.json", "/");
    QVERIFY(!zero.graph);
    QCOMPARE(toStrings(zero.diagnostics),
             QStringList{"z.json:1:34: 'format_version' 0 is not a valid version (versions start at 1)"});
}

void TestGraphIo::migrationStepsRunInOrder()
{
    // The real table is empty (version 1 is the first); exercise the mechanism with a made-up one.
    QVERIFY(graphMigrations().empty());
    static const GraphMigration table[] = {
        {2, [](Json& d) { d["log"].push_back("2->3"); }},
        {1, [](Json& d) { d["log"].push_back("1->2"); }},
    };
    Json doc = Json::parse(R"({"format_version": 1, "log": []})");
    QCOMPARE(q(migrateGraphDocument(doc, 1, 3, table)), QString());
    QCOMPARE(q(doc.dump()), QString(R"({"format_version":3,"log":["1->2","2->3"]})"));

    Json old = Json::parse(R"({"format_version": 0})");
    QCOMPARE(q(migrateGraphDocument(old, 0, 3, table)), QString("no migration from format_version 0 to 1"));
    Json current = Json::parse(R"({"format_version": 3})");
    QCOMPARE(q(migrateGraphDocument(current, 3, 3, table)), QString());
    QCOMPARE(q(current.dump()), QString(R"({"format_version":3})"));
}

void TestGraphIo::resolvesDatasetPathsAgainstTheGraphFile()
{
    const Graph g = loadOk(kEveryNode);
    QCOMPARE(g.baseDir, std::filesystem::path(kDataDir));
    QCOMPARE(g.resolve(g.customers.path), std::filesystem::path(kDataDir) / "customers.csv");
    QCOMPARE(g.resolve(g.events->path), std::filesystem::path(kDataDir) / "events/events.csv");
    QCOMPARE(g.resolve("/srv/data/x.csv"), std::filesystem::path("/srv/data/x.csv"));
    Graph noBase;
    QCOMPARE(noBase.resolve("rel.csv"), std::filesystem::path("rel.csv"));
}

void TestGraphIo::datasetPathsAreSavedRelative()
{
    // README: dataset paths are relative to the graph file, whenever a relative path exists.
    const std::filesystem::path project = "/home/ann/project";
    QCOMPARE(datasetPathForGraphDir("/home/ann/project/data/c.csv", {}, project), std::string("data/c.csv"));
    QCOMPARE(datasetPathForGraphDir("/home/ann/data/c.csv", {}, project), std::string("../data/c.csv"));
    QCOMPARE(datasetPathForGraphDir("/home/c.csv", {}, project), std::string("../../c.csv"));
    // Nothing shared below the root: a relative path would break when the project moves.
    QCOMPARE(datasetPathForGraphDir("/srv/shared/c.csv", {}, project), std::string("/srv/shared/c.csv"));
    // Relative to the old folder, rebased to the new one.
    QCOMPARE(datasetPathForGraphDir("../data/c.csv", "/home/ann/project", "/home/ann/other/deep"),
             std::string("../../data/c.csv"));
    QCOMPARE(datasetPathForGraphDir("c.csv", "/home/ann/project/", "/home/ann/project"), std::string("c.csv"));
    // Nothing to resolve against: what the user wrote stays.
    QCOMPARE(datasetPathForGraphDir("c.csv", {}, project), std::string("c.csv"));
    QCOMPARE(datasetPathForGraphDir("", {}, project), std::string());
}

void TestGraphIo::saveReplacesAtomicallyAndLeavesNoTemporaryFile()
{
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString() + "/g.segment.json";
    writeText(path, "old contents");
    chmod(path.c_str(), 0640);
    saveGraphFile(loadOk(kEveryNode), path);
    QVERIFY(readText(path).starts_with("{\n  \"format\": \"segment-studio/graph\",\n  \"format_version\": 1,\n"));
    QCOMPARE(temporaryLeftovers(dir.path().toStdString()), std::set<std::string>{});
    struct stat st{};
    QCOMPARE(stat(path.c_str(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0640)); // the old file's permissions are kept
}

void TestGraphIo::saveKeepsOldFileWhenDirectoryIsReadOnly()
{
    QTemporaryDir dir;
    chmod(dir.path().toStdString().c_str(), 0755); // let the unprivileged child reach the locked folder
    const std::string sub = dir.path().toStdString() + "/locked";
    QVERIFY(QDir().mkdir(q(sub)));
    const std::string path = sub + "/g.segment.json";
    writeText(path, "old contents");
    QCOMPARE(chmod(sub.c_str(), 0555), 0);
    const Graph g = loadOk(kEveryNode);
    const std::string message = saveInChild([&] { saveGraphFile(g, path); }, true);
    chmod(sub.c_str(), 0755);
    QCOMPARE(q(message), q(path + ": cannot save: cannot create a file in " + sub + ": Permission denied"));
    QCOMPARE(readText(path), std::string("old contents"));
    QCOMPARE(temporaryLeftovers(sub), std::set<std::string>{});
}

void TestGraphIo::saveOverADirectoryThrowsNamingIt()
{
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString() + "/taken.segment.json";
    QVERIFY(QDir().mkdir(q(path)));
    writeText(path + "/inside.txt", "keep me");
    try {
        saveGraphFile(loadOk(kEveryNode), path);
        QFAIL("saving over a directory must throw");
    } catch (const Error& e) {
        QCOMPARE(QString(e.what()), q(path + ": cannot save: it is a directory"));
    }
    QCOMPARE(readText(path + "/inside.txt"), std::string("keep me"));
    QCOMPARE(temporaryLeftovers(dir.path().toStdString()), std::set<std::string>{});
}

void TestGraphIo::saveKeepsOldFileWhenWritingFails()
{
    // A file size limit makes the write fail half-way, as a full disk would.
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString() + "/g.segment.json";
    writeText(path, "old contents");
    const Graph g = loadOk(kEveryNode);
    const std::string message = saveInChild([&] { saveGraphFile(g, path); }, false, 100);
    QCOMPARE(q(message), q(path + ": cannot save: write failed (File too large)"));
    QCOMPARE(readText(path), std::string("old contents"));
    QCOMPARE(temporaryLeftovers(dir.path().toStdString()), std::set<std::string>{});
}

void TestGraphIo::saveRefusesTextThatIsNotUtf8()
{
    QTemporaryDir dir;
    const std::string path = dir.path().toStdString() + "/g.segment.json";
    writeText(path, "old contents");
    Graph g = loadOk(kEveryNode);
    g.name = "caf\xe9"; // Latin-1, not UTF-8
    try {
        saveGraphFile(g, path);
        QFAIL("saving invalid UTF-8 must throw");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).startsWith(q(path + ": cannot save: ")), e.what());
    }
    QCOMPARE(readText(path), std::string("old contents"));
}

void TestGraphIo::saveThroughSymlinkReplacesTheTarget()
{
    QTemporaryDir dir;
    const std::string target = dir.path().toStdString() + "/real.segment.json";
    const std::string link = dir.path().toStdString() + "/link.segment.json";
    writeText(target, "old");
    std::filesystem::create_symlink(target, link);
    saveGraphFile(loadOk(kEveryNode), link);
    QVERIFY(std::filesystem::is_symlink(link));
    QVERIFY(readText(target).starts_with("{\n  \"format\""));
}

// Issue 16 (safe outputs): the temporary file a killed save left (nobody holds its lock) goes
// with the next save into that folder; another file that merely looks similar stays.
void TestGraphIo::finding8_saveRemovesLeftoversOfAKilledSave()
{
    QTemporaryDir dir;
    const std::string folder = dir.path().toStdString();
    const std::string path = folder + "/g.segment.json";
    writeText(folder + "/other.segment.json.tmp-0123456789ab", "{\"half\": "); // as a kill leaves it
    writeText(folder + "/notes.tmp-short", "mine");
    saveGraphFile(loadOk(kEveryNode), path);
    QCOMPARE(temporaryLeftovers(folder), std::set<std::string>{"notes.tmp-short"});
    QVERIFY(readText(path).starts_with("{\n  \"format\""));
}

QTEST_GUILESS_MAIN(TestGraphIo)
#include "test_graph_io.moc"
