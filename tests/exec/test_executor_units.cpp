// Hand-worked examples of what the SQL oracle cannot see: failure isolation, timings, segment
// warnings and the run report. Six customers, small enough to work out every answer by hand:
//
//   id  age   country  spend        events (customer, day, type, amount)
//   1   25    US       10.0         1: 2024-12-30 purchase 150.10; 1: 2024-12-31 purchase 49.90
//   2   35    CA       250.5        2: 2024-11-01 purchase 20.00
//   3   45    US       NULL         3: 2024-12-31 visit NULL
//   4   NULL  DE       99.0
//   5   52    US       500.0
//   6   38    NULL     75.25
#include "exec/runner.h"
#include "graph/graph_io.h"
#include "util/error.h"

#include <QtTest/QtTest>

using namespace seg;

namespace {

Dataset handData(bool withEvents)
{
    Dataset d;
    Table& t = d.customers.table;
    t.rows = 6;
    Column id("id", DataType::Int), age("age", DataType::Int), country("country", DataType::String),
        spend("spend", DataType::Double);
    const int64_t ages[] = {25, 35, 45, -1, 52, 38};
    const char* countries[] = {"US", "CA", "US", "DE", "US", nullptr};
    const double spends[] = {10.0, 250.5, -1, 99.0, 500.0, 75.25};
    for (int r = 0; r < 6; ++r) {
        id.appendInt(r + 1);
        ages[r] < 0 ? age.appendNull() : age.appendInt(ages[r]);
        countries[r] ? country.appendString(countries[r]) : country.appendNull();
        spends[r] < 0 ? spend.appendNull() : spend.appendDouble(spends[r]);
    }
    for (Column* c : {&id, &age, &country, &spend}) {
        c->finish();
        t.columns.push_back(std::move(*c));
    }
    d.customers.keyColumn = 0;
    d.customersReport.rows = d.customersReport.dataRows = 6;
    if (!withEvents) {
        d.eventsError = "events.csv:3: unterminated quoted field";
        return d;
    }
    EventTable ev;
    Column key("customer_id", DataType::Int), ts("ts", DataType::Date), type("event_type", DataType::String),
        amount("amount", DataType::Double);
    struct E { int64_t row; const char* day; const char* type; double amount; };
    const E events[] = {{0, "2024-12-30", "purchase", 150.10}, {0, "2024-12-31", "purchase", 49.90},
                        {1, "2024-11-01", "purchase", 20.00},  {2, "2024-12-31", "visit", -1}};
    ev.offsets = {0, 2, 3, 4, 4, 4, 4};
    for (const E& e : events) {
        key.appendInt(e.row + 1);
        ts.appendDate(*parseIsoDate(e.day));
        type.appendString(e.type);
        e.amount < 0 ? amount.appendNull() : amount.appendDouble(e.amount);
    }
    for (Column* c : {&key, &ts, &type, &amount}) {
        c->finish();
        ev.table.columns.push_back(std::move(*c));
    }
    ev.table.rows = 4;
    ev.keyColumn = 0;
    ev.timeColumn = 1;
    ev.typeColumn = 2;
    d.events = std::move(ev);
    d.eventsReport = ImportReport{};
    d.eventsReport->rows = 4;
    return d;
}

Graph graphOf(const std::string& nodes, bool declareEvents = true)
{
    const std::string text = R"({"format":"segment-studio/graph","format_version":1,"as_of":"2024-12-31",
      "datasets":{"customers":{"path":"customers.csv","key":"id"})"
        + std::string(declareEvents ? R"(,"events":{"path":"events.csv","key":"customer_id","time":"ts","type":"event_type"})" : "")
        + R"(},"nodes":[)" + nodes + "]}";
    GraphLoadResult loaded = parseGraph(text, "units.segment.json", {});
    if (!loaded.ok())
        throw std::runtime_error("test graph does not load: " + loaded.diagnostics.at(0).toString());
    return *loaded.graph;
}

RunResult run(const Graph& g, const Dataset& d, Strategy s = Strategy::Sequential, int threads = 1)
{
    RunOptions o;
    o.strategy = s;
    o.threads = threads;
    return runGraph(g, d, o);
}

std::vector<int64_t> keysOf(const RunResult& r, const Dataset& d, const std::string& ref)
{
    std::vector<int64_t> keys;
    if (const Bitset* b = r.members(ref))
        b->forEach([&](size_t row) { keys.push_back(d.customers.key().intAt(row)); });
    return keys;
}

const char* kIsolationNodes = R"(
  {"id":"c_age","type":"condition","field":"age","op":"ge","value":35},
  {"id":"b1","type":"behavior","event":"purchase","aggregate":"count","op":"ge","value":1},
  {"id":"d1","type":"derive","name":"spent","from":"events","aggregate":"sum","field":"amount"},
  {"id":"c_spent","type":"condition","field":"spent","op":"ge","value":10},
  {"id":"a1","type":"and","inputs":["c_age","b1"]},
  {"id":"x1","type":"expression","expr":"country = 'US' AND age < 50"},
  {"id":"s_bad","type":"segment","name":"Bad","input":"a1"},
  {"id":"s_spent","type":"segment","name":"Spent","input":"c_spent"},
  {"id":"s_ok","type":"segment","name":"Fine","input":"c_age"},
  {"id":"s_x","type":"segment","name":"Expr","input":"x1"})";

} // namespace

class ExecutorUnitsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unreadableEventsFailOnlyTheNodesThatNeedThem_data()
    {
        QTest::addColumn<int>("strategy");
        QTest::newRow("sequential") << static_cast<int>(Strategy::Sequential);
        QTest::newRow("parallel") << static_cast<int>(Strategy::Parallel);
        QTest::newRow("hybrid") << static_cast<int>(Strategy::Hybrid);
    }
    void unreadableEventsFailOnlyTheNodesThatNeedThem()
    {
        QFETCH(int, strategy);
        const Dataset d = handData(false);
        const RunResult r = run(graphOf(kIsolationNodes), d, static_cast<Strategy>(strategy), 2);
        const std::string why = "events dataset not available: events.csv:3: unterminated quoted field";
        QVERIFY(r.partialFailure());
        QCOMPARE(r.node("b1")->status, NodeStatus::Failed);
        QCOMPARE(r.node("b1")->error, why);
        QCOMPARE(r.node("d1")->status, NodeStatus::Failed);
        QCOMPARE(r.node("d1")->error, why);
        QCOMPARE(r.node("a1")->status, NodeStatus::Skipped);
        QCOMPARE(r.node("a1")->error, std::string("input 'b1' failed"));
        QCOMPARE(r.node("c_spent")->status, NodeStatus::Skipped); // depends on d1 through its column
        QCOMPARE(r.node("c_spent")->error, std::string("input 'd1' failed"));
        QCOMPARE(r.node("s_bad")->status, NodeStatus::Skipped);
        QCOMPARE(r.node("s_bad")->error, std::string("input 'a1' was skipped"));
        QVERIFY(r.members("b1") == nullptr && r.members("a1") == nullptr && r.members("s_bad") == nullptr);
        // The rest runs as if nothing happened: ages >= 35 are ids 2, 3, 5, 6; US and age < 50: 1, 3.
        QCOMPARE(r.node("c_age")->status, NodeStatus::Ok);
        QCOMPARE(keysOf(r, d, "s_ok"), (std::vector<int64_t>{2, 3, 5, 6}));
        QCOMPARE(keysOf(r, d, "s_x"), (std::vector<int64_t>{1, 3}));
        QCOMPARE(r.segments.size(), size_t{4});
        QCOMPARE(r.segments[0].id, std::string("s_bad"));
        QCOMPARE(r.segments[0].warnings, (std::vector<std::string>{"not computed: input 'a1' was skipped"}));
        QCOMPARE(r.segments[2].size, size_t{4});
        QVERIFY(r.segments[2].warnings.empty());
    }

    void eventsNotDeclaredIsAValidationErrorNamingTheNode()
    {
        const Dataset d = handData(true);
        try {
            run(graphOf(R"({"id":"b1","type":"behavior","aggregate":"count","op":"ge","value":1},
                           {"id":"s1","type":"segment","name":"S","input":"b1"})", false), d);
            QFAIL("a behavior without datasets.events must not run");
        } catch (const Error& e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find("node 'b1'") != std::string::npos, msg.c_str());
            QVERIFY2(msg.find("needs the events dataset") != std::string::npos, msg.c_str());
        }
    }

    void behaviorSumIsExactForTheSpecExample()
    {
        // Customer 1 spent 150.10 + 49.90 = 200 exactly (spec section 4, behavior).
        const Dataset d = handData(true);
        const RunResult r = run(graphOf(R"(
          {"id":"b200","type":"behavior","event":"purchase","aggregate":"sum","field":"amount","op":"ge","value":200},
          {"id":"beq","type":"behavior","event":"purchase","aggregate":"sum","field":"amount","op":"eq","value":200},
          {"id":"avg","type":"behavior","event":"purchase","aggregate":"avg","field":"amount","op":"eq","value":100},
          {"id":"none","type":"behavior","event":"purchase","aggregate":"count","op":"eq","value":0},
          {"id":"win","type":"behavior","within_last_days":1,"aggregate":"count","op":"ge","value":2},
          {"id":"s1","type":"segment","name":"S1","input":"b200"},{"id":"s2","type":"segment","name":"S2","input":"beq"},
          {"id":"s3","type":"segment","name":"S3","input":"avg"},{"id":"s4","type":"segment","name":"S4","input":"none"},
          {"id":"s5","type":"segment","name":"S5","input":"win"})"), d);
        QCOMPARE(keysOf(r, d, "b200"), (std::vector<int64_t>{1}));
        QCOMPARE(keysOf(r, d, "beq"), (std::vector<int64_t>{1}));
        QCOMPARE(keysOf(r, d, "avg"), (std::vector<int64_t>{1}));
        QCOMPARE(keysOf(r, d, "none"), (std::vector<int64_t>{3, 4, 5, 6}));
        QCOMPARE(keysOf(r, d, "win"), (std::vector<int64_t>{1})); // 2024-12-30 and -31 are within 1 day of as_of
    }

    void timingsArePresentAndOrdered_data()
    {
        QTest::addColumn<int>("strategy");
        QTest::addColumn<int>("threads");
        QTest::newRow("sequential") << static_cast<int>(Strategy::Sequential) << 1;
        QTest::newRow("parallel x2") << static_cast<int>(Strategy::Parallel) << 2;
        QTest::newRow("hybrid x2") << static_cast<int>(Strategy::Hybrid) << 2;
        QTest::newRow("hybrid x3") << static_cast<int>(Strategy::Hybrid) << 3;
    }
    void timingsArePresentAndOrdered()
    {
        QFETCH(int, strategy);
        QFETCH(int, threads);
        const Dataset d = handData(true);
        const Graph g = graphOf(R"(
          {"id":"c1","type":"condition","field":"age","op":"ge","value":30},
          {"id":"c2","type":"condition","field":"country","op":"eq","value":"US","input":"c1"},
          {"id":"c3","type":"condition","field":"spend","op":"gt","value":50},
          {"id":"b1","type":"behavior","aggregate":"count","op":"ge","value":1},
          {"id":"o1","type":"or","inputs":["c2","c3","b1"]},
          {"id":"t1","type":"top","input":"o1","field":"spend","count":2},
          {"id":"s1","type":"segment","name":"S","input":"t1"})");
        const RunResult r = run(g, d, static_cast<Strategy>(strategy), threads);
        QCOMPARE(r.nodes.size(), size_t{7});
        QCOMPARE(r.threads, threads);
        for (const auto& n : r.nodes) {
            QVERIFY2(n.status == NodeStatus::Ok, n.error.c_str());
            QVERIFY2(0 <= n.startMs && n.startMs <= n.endMs && n.endMs <= r.totalMs, n.id.c_str());
            QVERIFY2(n.worker >= 1 && n.worker <= threads, n.id.c_str());
        }
        // A node starts only after every node it depends on has ended.
        const std::vector<std::pair<const char*, const char*>> edges{{"c1", "c2"}, {"c2", "o1"}, {"c3", "o1"},
                                                                     {"b1", "o1"}, {"o1", "t1"}, {"t1", "s1"}};
        for (const auto& [dep, user] : edges)
            QVERIFY2(r.node(dep)->endMs <= r.node(user)->startMs, (std::string(dep) + " -> " + user).c_str());
        if (static_cast<Strategy>(strategy) == Strategy::Sequential)
            for (size_t k = 1; k < r.nodes.size(); ++k) // one worker: strictly one after the other
                QVERIFY(r.nodes[k - 1].endMs <= r.nodes[k].startMs);
        // Top 2 by spend among (US and age >= 30) or spend > 50 or an event: ids 5 (500) and 2 (250.5).
        QCOMPARE(keysOf(r, d, "s1"), (std::vector<int64_t>{2, 5}));
    }

    void segmentWarningsHaveExactTexts()
    {
        const Dataset d = handData(true);
        const RunResult r = run(graphOf(R"(
          {"id":"c_us","type":"condition","field":"country","op":"eq","value":"US"},
          {"id":"c_none","type":"condition","field":"age","op":"gt","value":100},
          {"id":"s_empty","type":"segment","name":"Empty","input":"c_none"},
          {"id":"s_empty_min","type":"segment","name":"Empty with min","input":"c_none","expected":{"min":1}},
          {"id":"s_small","type":"segment","name":"Small","input":"c_us","expected":{"min":5}},
          {"id":"s_big","type":"segment","name":"Big","input":"c_us","expected":{"max":2}},
          {"id":"s_fine","type":"segment","name":"Fine","input":"c_us","expected":{"min":3,"max":3}})"), d);
        QCOMPARE(r.segments.size(), size_t{5});
        using W = std::vector<std::string>;
        QCOMPARE(r.segments[0].warnings, (W{"segment is empty"}));
        QCOMPARE(r.segments[1].warnings, (W{"segment is empty", "size 0 is below the expected minimum 1"}));
        QCOMPARE(r.segments[2].warnings, (W{"size 3 is below the expected minimum 5"}));
        QCOMPARE(r.segments[3].warnings, (W{"size 3 is above the expected maximum 2"}));
        QCOMPARE(r.segments[4].warnings, W{});
        QCOMPARE(r.segments[2].name, std::string("Small"));
        QCOMPARE(r.segments[4].size, size_t{3});
        QVERIFY(!r.partialFailure()); // warnings are not failures
    }

    void runReportHasTheSpecKeys()
    {
        const Dataset d = handData(false);
        const RunResult r = run(graphOf(kIsolationNodes), d);
        const Json j = runReportToJson(r, d);
        for (const char* key : {"rows", "events", "strategy", "threads", "as_of", "total_ms", "segments", "nodes", "import"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["rows"].get<int>(), 6);
        QCOMPARE(j["events"].get<int>(), 0);
        QCOMPARE(j["strategy"].get<std::string>(), std::string("sequential"));
        QCOMPARE(j["threads"].get<int>(), 1);
        QCOMPARE(j["as_of"].get<std::string>(), std::string("2024-12-31"));
        QVERIFY(j["total_ms"].is_number());
        QCOMPARE(j["import"]["customers"]["rows"].get<int>(), 6);
        QCOMPARE(j["import"]["customers"]["rejected"].get<int>(), 0);
        QCOMPARE(j["import"]["customers"]["duplicate_keys"].get<int>(), 0);
        QCOMPARE(j["segments"].size(), size_t{4});
        const Json& seg = j["segments"][2];
        QCOMPARE(seg["id"].get<std::string>(), std::string("s_ok"));
        QCOMPARE(seg["name"].get<std::string>(), std::string("Fine"));
        QCOMPARE(seg["size"].get<int>(), 4);
        QVERIFY(seg["warnings"].is_array() && seg["warnings"].empty());
        QCOMPARE(j["nodes"].size(), r.nodes.size());
        for (const auto& n : j["nodes"]) {
            for (const char* key : {"id", "type", "status", "start_ms", "end_ms", "worker", "error"})
                QVERIFY2(n.contains(key), key);
            const std::string id = n["id"];
            const std::string status = n["status"];
            if (id == "c_age") {
                QCOMPARE(status, std::string("ok"));
                QCOMPARE(n["type"].get<std::string>(), std::string("condition"));
                QCOMPARE(n["size"].get<int>(), 4);
                QVERIFY(n["error"].is_null());
            } else if (id == "b1") {
                QCOMPARE(status, std::string("failed"));
                QCOMPARE(n["error"].get<std::string>(),
                         std::string("events dataset not available: events.csv:3: unterminated quoted field"));
            } else if (id == "a1") {
                QCOMPARE(status, std::string("skipped"));
            } else if (id == "d1") { // a derive node makes a column, not a set: no size
                QVERIFY(!n.contains("size"));
            }
        }
    }
};

QTEST_GUILESS_MAIN(ExecutorUnitsTest)
#include "test_executor_units.moc"
