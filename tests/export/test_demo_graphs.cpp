// The demo graphs (resources/demo/retail.segment.json and the generator's demo.segment.json):
// structurally valid per the spec, every node type used, references resolvable, columns known,
// editor positions laid out left to right by dependency.
#include "csv_test_util.h"
#include "generate/generator.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace seg;

namespace {

const std::set<std::string> kAllNodeTypes{"condition", "expression", "and", "or", "except", "not",
                                         "behavior", "derive", "top", "split", "priority", "segment"};

std::filesystem::path demoDir() { return std::filesystem::path(SEG_SOURCE_DIR) / "resources" / "demo"; }

std::vector<std::string> refsOf(const Json& node)
{
    std::vector<std::string> refs;
    if (node.contains("input"))
        refs.push_back(node["input"].get<std::string>());
    if (node.contains("inputs"))
        for (const Json& r : node["inputs"])
            refs.push_back(r.get<std::string>());
    return refs;
}

// Every problem found, as text (empty: fine). Columns: the customers.csv header.
std::vector<std::string> structuralProblems(const Json& g, const std::vector<std::string>& customerColumns)
{
    std::vector<std::string> problems;
    auto problem = [&](const std::string& p) { problems.push_back(p); };
    if (g.value("format", "") != "segment-studio/graph" || g.value("format_version", 0) != 1)
        problem("format");
    if (!g.contains("datasets") || !g["datasets"].contains("customers"))
        problem("no customers dataset");

    std::map<std::string, Json> byId;
    std::set<std::string> columns(customerColumns.begin(), customerColumns.end());
    for (const Json& n : g["nodes"]) {
        if (!byId.emplace(n["id"].get<std::string>(), n).second)
            problem("duplicate id " + n["id"].get<std::string>());
        if (!kAllNodeTypes.count(n["type"].get<std::string>()))
            problem("unknown type in " + n["id"].get<std::string>());
        if (n["type"] == "derive" && !columns.insert(n["name"].get<std::string>()).second)
            problem("derive name clashes: " + n["name"].get<std::string>());
        if (n["type"] == "behavior" && !g["datasets"].contains("events"))
            problem("behavior without events: " + n["id"].get<std::string>());
    }
    for (const Json& n : g["nodes"]) {
        const std::string id = n["id"];
        for (const std::string& ref : refsOf(n)) {
            const std::string target = ref.substr(0, ref.find(':'));
            const std::string port = ref.find(':') == std::string::npos ? "" : ref.substr(ref.find(':') + 1);
            if (!byId.count(target)) {
                problem(id + ": missing input " + ref);
                continue;
            }
            const Json& t = byId[target];
            if (t["type"] == "derive")
                problem(id + ": a derive node is not a set");
            if (t["type"] == "split" || t["type"] == "priority") {
                std::set<std::string> ports;
                if (t["type"] == "split")
                    for (const Json& p : t["parts"])
                        ports.insert(p["name"].get<std::string>());
                else
                    for (const Json& p : t["inputs"])
                        ports.insert(p.get<std::string>());
                if (!ports.count(port))
                    problem(id + ": unknown port " + ref);
            } else if (!port.empty()) {
                problem(id + ": port on a single-output node " + ref);
            }
        }
        if ((n["type"] == "condition" || n["type"] == "top") && !columns.count(n["field"].get<std::string>()))
            problem(id + ": unknown column " + n["field"].get<std::string>());
        if (n["type"] == "segment" && n.contains("export"))
            for (const Json& c : n["export"]["columns"])
                if (!columns.count(c.get<std::string>()))
                    problem(id + ": unknown export column " + c.get<std::string>());
        if (n["type"] == "split") {
            double sum = 0;
            for (const Json& p : n["parts"])
                sum += p["percent"].get<double>();
            if (sum != 100)
                problem(id + ": split percents do not sum to 100");
        }
        if (n["type"] != "segment" && n.value("label", "").empty())
            problem(id + ": no label");
        if (!g["ui"]["positions"].contains(id))
            problem(id + ": no position");
    }

    // Left to right: a node sits right of everything it depends on (inputs and derived columns).
    std::map<std::string, std::string> derivedBy;
    for (const Json& n : g["nodes"])
        if (n["type"] == "derive")
            derivedBy[n["name"].get<std::string>()] = n["id"].get<std::string>();
    auto x = [&](const std::string& id) { return g["ui"]["positions"][id][0].get<int>(); };
    for (const Json& n : g["nodes"]) {
        const std::string id = n["id"];
        if (!g["ui"]["positions"].contains(id))
            continue;
        std::vector<std::string> deps;
        for (const std::string& ref : refsOf(n))
            deps.push_back(ref.substr(0, ref.find(':')));
        if (n.contains("field") && n["type"] != "behavior" && derivedBy.count(n["field"].get<std::string>()))
            deps.push_back(derivedBy[n["field"].get<std::string>()]);
        for (const auto& [name, deriveId] : derivedBy)
            if (n.contains("expr") && deriveId != id && n["expr"].get<std::string>().find(name) != std::string::npos)
                deps.push_back(deriveId);
        for (const std::string& dep : deps)
            if (byId.count(dep) && g["ui"]["positions"].contains(dep) && !(x(dep) < x(id)))
                problem(id + " is not right of " + dep);
    }
    return problems;
}

std::string joined(const std::vector<std::string>& v)
{
    std::string s;
    for (const auto& p : v)
        s += p + "; ";
    return s;
}

std::set<std::string> typesIn(const Json& g)
{
    std::set<std::string> types;
    for (const Json& n : g["nodes"])
        types.insert(n["type"].get<std::string>());
    return types;
}

} // namespace

class TestDemoGraphs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void retailGraphIsCompleteAndValid()
    {
        const Json g = Json::parse(seg::test::readFile(demoDir() / "retail.segment.json"));
        const auto header = seg::test::parseCsvText(seg::test::readFile(demoDir() / "customers.csv"))[0];
        const auto problems = structuralProblems(g, header);
        QVERIFY2(problems.empty(), joined(problems).c_str());
        QCOMPARE(g["name"].get<std::string>(), std::string("Retail Q4 campaigns"));
        QCOMPARE(g["as_of"].get<std::string>(), std::string("2024-12-31"));
        QVERIFY(g["nodes"].size() >= 15);
        QCOMPARE(typesIn(g), kAllNodeTypes);

        std::set<std::string> conditionOps;
        bool deriveFromEvents = false, deriveFromColumns = false, segmentOfSegment = false, behaviorWhere = false;
        std::set<std::string> segmentIds;
        for (const Json& n : g["nodes"])
            if (n["type"] == "segment")
                segmentIds.insert(n["id"].get<std::string>());
        for (const Json& n : g["nodes"]) {
            if (n["type"] == "condition")
                conditionOps.insert(n["op"].get<std::string>());
            if (n["type"] == "derive")
                (n.value("from", "") == "events" ? deriveFromEvents : deriveFromColumns) = true;
            if (n["type"] == "behavior" && n.contains("where"))
                behaviorWhere = true;
            for (const std::string& ref : refsOf(n))
                segmentOfSegment = segmentOfSegment || segmentIds.count(ref.substr(0, ref.find(':')));
            if (n["type"] == "segment") {
                QVERIFY2(n.contains("expected"), n["id"].get<std::string>().c_str());
                QVERIFY(!n["name"].get<std::string>().empty());
            }
        }
        QVERIFY(deriveFromEvents && deriveFromColumns && segmentOfSegment && behaviorWhere);
        for (const char* op : {"ge", "in", "between", "before_days_ago", "within_last_days", "is_true"})
            QVERIFY2(conditionOps.count(op), op);
        bool anyExport = false;
        for (const Json& n : g["nodes"])
            anyExport = anyExport || n.contains("export");
        QVERIFY(anyExport);
    }

    void generatedGraphWithEvents()
    {
        GenerateOptions o;
        o.customers = 1000;
        o.events = 5000;
        o.asOf = 19000;
        const Json g = demoGraphJson(o);
        const auto problems = structuralProblems(g, generatedCustomerColumns());
        QVERIFY2(problems.empty(), joined(problems).c_str());
        QCOMPARE(typesIn(g), kAllNodeTypes);
        QCOMPARE(g["as_of"].get<std::string>(), std::string("2022-01-08")); // day 19000
        QVERIFY(g["datasets"].contains("events"));
        QCOMPARE(g["datasets"]["events"]["time"].get<std::string>(), std::string("ts"));
    }

    void generatedGraphWithoutEvents()
    {
        GenerateOptions o;
        o.customers = 1000;
        o.events = 0;
        const Json g = demoGraphJson(o);
        const auto problems = structuralProblems(g, generatedCustomerColumns());
        QVERIFY2(problems.empty(), joined(problems).c_str());
        QVERIFY(!g["datasets"].contains("events"));
        std::set<std::string> expected = kAllNodeTypes;
        expected.erase("behavior");
        QCOMPARE(typesIn(g), expected);
        for (const Json& n : g["nodes"])
            QVERIFY(n.value("from", "") != "events");
    }

    void expectedRangesScaleWithCustomers()
    {
        GenerateOptions small, large;
        small.customers = 1000;
        large.customers = 1000000;
        const Json a = demoGraphJson(small), b = demoGraphJson(large);
        for (size_t i = 0; i < a["nodes"].size(); ++i)
            if (a["nodes"][i]["type"] == "segment")
                QCOMPARE(b["nodes"][i]["expected"]["max"].get<int64_t>(),
                         a["nodes"][i]["expected"]["max"].get<int64_t>() * 1000);
    }

    void writtenGraphEqualsTheJsonApi()
    {
        QTemporaryDir dir;
        GenerateOptions o;
        o.customers = 20;
        o.events = 40;
        o.outDir = dir.path().toStdString();
        generateDataset(o);
        QCOMPARE(Json::parse(seg::test::readFile(o.outDir / "demo.segment.json")), demoGraphJson(o));
    }

    void layoutOfABrokenGraphDoesNotLoop()
    {
        const Json nodes = Json::parse(R"([
            {"id": "a", "type": "and", "inputs": ["b", "c"]},
            {"id": "b", "type": "or", "inputs": ["a"]},
            {"id": "c", "type": "condition", "field": "x"},
            {"id": "d", "type": "not", "input": "missing"}
        ])");
        const Json positions = layoutPositions(nodes);
        QCOMPARE(positions.size(), size_t{4});
        QCOMPARE(positions["c"][0].get<int>(), 40);
        QVERIFY(positions["a"][0].get<int>() > positions["c"][0].get<int>());
    }
};

QTEST_GUILESS_MAIN(TestDemoGraphs)
#include "test_demo_graphs.moc"
