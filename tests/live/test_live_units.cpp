// Hand-worked cases of the live evaluator and its message intake: top cuts that move other
// customers, window exits and "did not do it" entries driven by the clock, exact decimal sums,
// min/max when the window drops the extreme, profile updates, bad messages (each counted and
// dead-lettered with its reason and line, the stream going on), deterministic change ids and
// the refusal of a graph that cannot be kept live.
#include "exec/runner.h"
#include "graph/graph_io.h"
#include "live/flat_tables.h"
#include "live/live_engine.h"
#include "live/message_intake.h"
#include "util/error.h"

#include <QtTest/QtTest>
#include <QTemporaryDir>

#include <fstream>
#include <set>

using namespace seg;

namespace {

// as_of 2024-12-31. Customers 1..5; events purchase/view with amount and a free-text note.
const char* kCustomers = "id,name,vip\n1,Ann,false\n2,Bob,false\n3,Cid,false\n4,Dee,false\n5,Eve,\n";
const char* kEvents = "customer_id,ts,event_type,amount,note\n"
                      "1,2024-06-01 10:00:00,purchase,100.0,\n"
                      "2,2024-06-01 10:00:00,purchase,90.0,\n"
                      "3,2024-06-01 10:00:00,purchase,80.0,\n"
                      "4,2024-06-01 10:00:00,purchase,70.0,\n"
                      "5,2024-06-01 10:00:00,view,,hello\n";

struct Fixture {
    QTemporaryDir dir;
    Graph graph;
    Dataset data;

    explicit Fixture(const std::string& nodes)
    {
        const std::string base = dir.path().toStdString();
        std::ofstream(base + "/customers.csv") << kCustomers;
        std::ofstream(base + "/events.csv") << kEvents;
        const std::string text = R"({"format":"segment-studio/graph","format_version":1,"as_of":"2024-12-31",
          "datasets":{"customers":{"path":"customers.csv","key":"id"},
                      "events":{"path":"events.csv","key":"customer_id","time":"ts","type":"event_type"}},
          "nodes":[)" + nodes + "]}";
        GraphLoadResult loaded = parseGraph(text, "t.segment.json", base);
        if (!loaded.ok())
            qFatal("graph does not load: %s", loaded.diagnostics.front().toString().c_str());
        graph = *loaded.graph;
        data = loadDataset(graph.customers, graph.resolve("customers.csv"), graph.events, graph.resolve("events.csv"));
    }
};

std::string eventLine(const std::string& id, int customer, const std::string& ts, const std::string& type,
                  const std::string& amount = "null")
{
    Json j{{"event_id", id}, {"customer_id", customer}, {"ts", ts}, {"event_type", type},
           {"amount", Json::parse(amount)}};
    return j.dump();
}

std::vector<std::string> texts(const std::vector<LiveChange>& changes)
{
    std::vector<std::string> out;
    for (const auto& c : changes)
        out.push_back(c.segment + " " + c.key + (c.enter ? " enter" : " exit"));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> list(std::initializer_list<const char*> items)
{
    std::vector<std::string> out(items.begin(), items.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestLiveUnits : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Top 2 by spend: {1 (100), 2 (90)}. Customer 4 buys for 25 (95): 4 enters, 2 leaves
    // although nothing happened to 2. Then 5 buys for 200: 5 enters, 4 leaves.
    void topCutMovesOtherCustomers()
    {
        Fixture f(R"({"id":"d","type":"derive","name":"spend","from":"events","event":"purchase","aggregate":"sum","field":"amount"},
                     {"id":"t","type":"top","field":"spend","count":2},
                     {"id":"s_top","type":"segment","name":"Top","input":"t"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntake intake(engine, {});
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        QCOMPARE(engine.members("s_top").count(), size_t{2});
        intake.processLine(eventLine("a", 4, "2024-12-30 10:00:00", "purchase", "25"), 1, changes, dead);
        QCOMPARE(texts(changes), list({"s_top 4 enter", "s_top 2 exit"}));
        changes.clear();
        intake.processLine(eventLine("b", 5, "2024-12-30 11:00:00", "purchase", "200"), 2, changes, dead);
        QCOMPARE(texts(changes), list({"s_top 5 enter", "s_top 4 exit"}));
        QVERIFY(dead.empty());
        // A tie: 2 reaches 200 as well. Ties go by key, 2 before 5, so the cut is {2, 5}: 2
        // enters and 1 (100) leaves.
        changes.clear();
        intake.processLine(eventLine("c", 2, "2024-12-30 12:00:00", "purchase", "110"), 3, changes, dead);
        QCOMPARE(texts(changes), list({"s_top 2 enter", "s_top 1 exit"}));
        QCOMPARE(engine.members("s_top").count(), size_t{2});
    }

    // Bought in the last 2 days: an event on 2024-12-31 keeps the customer in through
    // 2025-01-02; on 2025-01-03 the window no longer holds it: the customer leaves and enters
    // "did not buy" at that moment, with no new event.
    void windowExitAndDidNotEnterWhenTheDayPasses()
    {
        Fixture f(R"({"id":"b","type":"behavior","event":"purchase","within_last_days":2,"aggregate":"count","op":"ge","value":1},
                     {"id":"n","type":"behavior","event":"purchase","within_last_days":2,"aggregate":"count","op":"eq","value":0},
                     {"id":"s_recent","type":"segment","name":"Recent","input":"b"},
                     {"id":"s_none","type":"segment","name":"None","input":"n"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntake intake(engine, {});
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        // The imported June purchases are outside every window that would count them: not kept.
        QCOMPARE(engine.storedEvents(), size_t{0});
        intake.processLine(eventLine("a", 3, "2024-12-31 09:00:00", "purchase", "5"), 1, changes, dead);
        QCOMPARE(texts(changes), list({"s_recent 3 enter", "s_none 3 exit"}));
        QCOMPARE(engine.storedEvents(), size_t{1});
        changes.clear();
        intake.advanceClock(*parseIsoDate("2025-01-02"), changes);
        QVERIFY(changes.empty());
        intake.advanceClock(*parseIsoDate("2025-01-03"), changes);
        QCOMPARE(texts(changes), list({"s_recent 3 exit", "s_none 3 enter"}));
        QCOMPARE(engine.storedEvents(), size_t{0}); // dropped when its window passed
        QCOMPARE(changes.front().cause, std::string("clock:2025-01-03"));
        QVERIFY(changes.front().eventId.empty());
    }

    // An event dated after the clock counts in a window only when the clock reaches its day.
    void futureEventEntersWhenTheClockReachesIt()
    {
        Fixture f(R"({"id":"b","type":"behavior","event":"purchase","within_last_days":5,"aggregate":"count","op":"ge","value":1},
                     {"id":"s","type":"segment","name":"Recent","input":"b"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntake intake(engine, {});
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        intake.processLine(eventLine("a", 1, "2025-01-01 09:00:00", "purchase", "5"), 1, changes, dead);
        QVERIFY(dead.empty());
        QVERIFY(changes.empty());
        intake.advanceClock(*parseIsoDate("2025-01-01"), changes);
        QCOMPARE(texts(changes), list({"s 1 enter"}));
    }

    // The events clock follows the latest event: an event three days later moves the clock
    // there first (the earlier buyer's 2-day window passes: exit caused by the clock), then
    // counts (enter caused by the event).
    void eventsClockFollowsTheLatestEvent()
    {
        Fixture f(R"({"id":"b","type":"behavior","event":"purchase","within_last_days":2,"aggregate":"count","op":"ge","value":1},
                     {"id":"s","type":"segment","name":"Recent","input":"b"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntakeOptions o;
        o.clock = LiveClockMode::Events;
        LiveIntake intake(engine, o);
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        intake.processLine(eventLine("a", 1, "2024-12-31 09:00:00", "purchase", "5"), 1, changes, dead);
        QCOMPARE(texts(changes), list({"s 1 enter"}));
        changes.clear();
        intake.processLine(eventLine("b", 2, "2025-01-03 09:00:00", "purchase", "5"), 2, changes, dead);
        QVERIFY(dead.empty());
        QCOMPARE(engine.clock(), *parseIsoDate("2025-01-03"));
        QCOMPARE(changes.size(), size_t{2});
        QCOMPARE(changes[0].key + " " + changes[0].cause, std::string("1 clock:2025-01-03"));
        QVERIFY(!changes[0].enter);
        QCOMPARE(changes[1].key + " " + changes[1].cause, std::string("2 event:b"));
        QVERIFY(changes[1].enter);
    }

    // 150.10 + 49.90 is exactly 200 (spec: exact decimal sums), in any order.
    void sumsAreDecimalExact()
    {
        Fixture f(R"({"id":"b","type":"behavior","event":"purchase","within_last_days":30,"aggregate":"sum","field":"amount","op":"ge","value":200},
                     {"id":"s","type":"segment","name":"Big","input":"b"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntake intake(engine, {});
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        intake.processLine(eventLine("a", 2, "2024-12-20 09:00:00", "purchase", "49.90"), 1, changes, dead);
        QVERIFY(changes.empty());
        intake.processLine(eventLine("b", 2, "2024-12-21 09:00:00", "purchase", "150.10"), 2, changes, dead);
        QCOMPARE(texts(changes), list({"s 2 enter"}));
    }

    // min over 2 days: 5 (on 12-29) and 50 (on 12-31). When 12-29 leaves the window the
    // minimum is 50 again: "min le 10" no longer holds.
    void minStaysCorrectWhenTheWindowDropsTheExtreme()
    {
        Fixture f(R"({"id":"b","type":"behavior","event":"purchase","within_last_days":2,"aggregate":"min","field":"amount","op":"le","value":10},
                     {"id":"s","type":"segment","name":"Cheap","input":"b"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntake intake(engine, {});
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        intake.processLine(eventLine("a", 1, "2024-12-29 09:00:00", "purchase", "5"), 1, changes, dead);
        intake.processLine(eventLine("b", 1, "2024-12-31 09:00:00", "purchase", "50"), 2, changes, dead);
        QCOMPARE(texts(changes), list({"s 1 enter"}));
        changes.clear();
        intake.advanceClock(*parseIsoDate("2025-01-01"), changes);
        QCOMPARE(texts(changes), list({"s 1 exit"}));
    }

    void profileUpdatesMoveConditionsAndExpressions()
    {
        Fixture f(R"({"id":"c","type":"condition","field":"vip","op":"is_true"},
                     {"id":"x","type":"expression","expr":"vip AND name LIKE 'B%'"},
                     {"id":"s_vip","type":"segment","name":"VIP","input":"c"},
                     {"id":"s_b","type":"segment","name":"B VIP","input":"x"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntake intake(engine, {});
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        intake.processLine(R"({"kind":"profile","id":"2","set":{"vip":true}})", 1, changes, dead);
        QCOMPARE(texts(changes), list({"s_vip 2 enter", "s_b 2 enter"}));
        changes.clear();
        intake.processLine(R"({"kind":"profile","id":2,"set":{"name":"Rob"}})", 2, changes, dead);
        QCOMPARE(texts(changes), list({"s_b 2 exit"}));
        QVERIFY(dead.empty());
        QCOMPARE(intake.counters().profiles, uint64_t{2});
    }

    // A profile update naming an unknown key creates the customer: its other columns NULL
    // (so it is in "not vip"), its events count from then on (before, they are events of an
    // unknown customer), top ranks it by key among the others, and windows drop it later.
    void profileOfAnUnknownCustomerCreatesIt()
    {
        Fixture f(R"({"id":"c","type":"condition","field":"vip","op":"is_true"},
                     {"id":"n","type":"not","input":"c"},
                     {"id":"b","type":"behavior","event":"purchase","within_last_days":30,"aggregate":"count","op":"ge","value":1},
                     {"id":"t","type":"top","input":"b","field":"id","count":1},
                     {"id":"s_vip","type":"segment","name":"VIP","input":"c"},
                     {"id":"s_not","type":"segment","name":"Not VIP","input":"n"},
                     {"id":"s_buyer","type":"segment","name":"Buyer","input":"b"},
                     {"id":"s_top","type":"segment","name":"Top","input":"t"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntake intake(engine, {});
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        intake.processLine(eventLine("early", 8, "2024-12-30 08:00:00", "purchase", "1"), 1, changes, dead);
        QCOMPARE(intake.counters().unknownCustomers, uint64_t{1});
        intake.processLine(R"({"kind":"profile","id":"7","set":{"vip":true}})", 2, changes, dead);
        QCOMPARE(texts(changes), list({"s_vip 7 enter"}));
        changes.clear();
        intake.processLine(R"({"kind":"profile","id":8,"set":{}})", 3, changes, dead);
        QCOMPARE(texts(changes), list({"s_not 8 enter"}));
        const uint32_t row8 = *engine.rowOfKey("8");
        QCOMPARE(row8, uint32_t{6});
        QVERIFY(engine.customerValue(row8, f.data.customers.table.indexOf("name")).null);
        changes.clear();
        intake.processLine(eventLine("p8", 8, "2024-12-30 09:00:00", "purchase", "1"), 4, changes, dead);
        QCOMPARE(texts(changes), list({"s_buyer 8 enter", "s_top 8 enter"}));
        changes.clear();
        intake.processLine(eventLine("p7", 7, "2024-12-30 09:00:00", "purchase", "1"), 5, changes, dead);
        QCOMPARE(texts(changes), list({"s_buyer 7 enter"})); // 8 stays the top id
        changes.clear();
        intake.processLine(eventLine("p1", 1, "2024-12-31 09:00:00", "purchase", "1"), 6, changes, dead);
        QCOMPARE(texts(changes), list({"s_buyer 1 enter"}));
        changes.clear();
        // Keys of the wrong type, or a dataset that could not take them, are dead-lettered.
        intake.processLine(R"({"kind":"profile","id":"x7","set":{"vip":true}})", 7, changes, dead);
        QCOMPARE(dead.size(), size_t{1});
        QVERIFY2(dead[0].reason.find("must be an integer") != std::string::npos, dead[0].reason.c_str());
        QCOMPARE(intake.counters().createdCustomers, uint64_t{2});
        QCOMPARE(engine.customers(), size_t{7});
        intake.advanceClock(*parseIsoDate("2025-01-30"), changes);
        QCOMPARE(texts(changes), list({"s_buyer 7 exit", "s_buyer 8 exit", "s_top 8 exit", "s_top 1 enter"}));
        changes.clear();
        intake.advanceClock(*parseIsoDate("2025-01-31"), changes);
        QCOMPARE(texts(changes), list({"s_buyer 1 exit", "s_top 1 exit"}));
        // The final table: the imported rows, then 7 and 8 with NULL names.
        const CustomerTable table = engine.customerTable();
        QCOMPARE(table.rows(), size_t{7});
        QCOMPARE(table.key().textAt(5), std::string("7"));
        QCOMPARE(table.table.columns[2].textAt(5), std::string("true"));
        QVERIFY(table.table.columns[1].isNull(6));
    }

    // Text keys: a created customer takes its place in top's key order (ties go to the
    // smaller key) and in split's hash, exactly as in a batch run over the file with its row.
    void createdCustomerWithATextKeyRanksByKey()
    {
        QTemporaryDir dir;
        const std::string base = dir.path().toStdString();
        // (Plain strings: a raw string ending in a quote before `)"` confuses moc.)
        const std::string nodes =
            "[{\"id\":\"t\",\"type\":\"top\",\"field\":\"score\",\"count\":2},"
            "{\"id\":\"sp\",\"type\":\"split\",\"seed\":\"s1\",\"parts\":[{\"name\":\"a\",\"percent\":50},"
            "{\"name\":\"b\",\"percent\":50}]},"
            "{\"id\":\"s_top\",\"type\":\"segment\",\"name\":\"Top\",\"input\":\"t\"},"
            "{\"id\":\"s_a\",\"type\":\"segment\",\"name\":\"A\",\"input\":\"sp:a\"}]";
        auto graphText = [&](const std::string& file) {
            Json g = Json::parse("{\"format\":\"segment-studio/graph\",\"format_version\":1,\"as_of\":\"2024-12-31\"}");
            g["datasets"]["customers"] = Json{{"path", file}, {"key", "code"}};
            g["nodes"] = Json::parse(nodes);
            return g.dump();
        };
        std::ofstream(base + "/c.csv") << "code,score\nk2,5\nk3,5\nk4,1\nk5,\n";
        std::ofstream(base + "/edited.csv") << "code,score\nk2,5\nk3,5\nk4,1\nk5,\nk1,5\nk9,\n";
        GraphLoadResult live = parseGraph(graphText("c.csv"), "t.segment.json", base);
        GraphLoadResult edited = parseGraph(graphText("edited.csv"), "e.segment.json", base);
        QVERIFY(live.ok() && edited.ok());
        const Dataset data = loadDataset(live.graph->customers, live.graph->resolve("c.csv"), std::nullopt, std::nullopt);
        const Dataset editedData =
            loadDataset(edited.graph->customers, edited.graph->resolve("edited.csv"), std::nullopt, std::nullopt);
        LiveEngine engine(*live.graph, data, *live.graph->asOf);
        engine.start();
        LiveIntake intake(engine, {});
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        intake.processLine(R"({"kind":"profile","code":"k1","set":{"score":5}})", 1, changes, dead);
        intake.processLine(R"({"kind":"profile","code":"k9","set":{}})", 2, changes, dead);
        intake.processLine(R"({"kind":"profile","code":"","set":{}})", 3, changes, dead);
        QCOMPARE(dead.size(), size_t{1}); // an empty key
        // k1 ties with k2 and k3 at 5 and sorts first: k3 leaves the top two.
        std::vector<std::string> got = texts(changes);
        QVERIFY2(std::find(got.begin(), got.end(), "s_top k1 enter") != got.end(), got.front().c_str());
        QVERIFY(std::find(got.begin(), got.end(), "s_top k3 exit") != got.end());
        RunOptions o;
        o.strategy = Strategy::Sequential;
        const RunResult batch = runGraph(*edited.graph, editedData, o);
        for (const char* ref : {"s_top", "s_a", "sp:b"}) {
            std::set<std::string> want, have;
            batch.members(ref)->forEach([&](size_t r) { want.insert(editedData.customers.key().textAt(r)); });
            engine.members(ref).forEach([&](size_t r) { have.insert(engine.keyText(static_cast<uint32_t>(r))); });
            QVERIFY2(want == have, ref);
        }
    }

    // Each bad message is dead-lettered with its line and a reason naming the field, counted,
    // and the stream goes on: the valid events around them are all applied.
    void badMessagesAreCountedAndTheStreamGoesOn()
    {
        Fixture f(R"({"id":"b","type":"behavior","aggregate":"count","op":"ge","value":2},
                     {"id":"s","type":"segment","name":"Two","input":"b"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntakeOptions o;
        o.latenessDays = 30;
        LiveIntake intake(engine, o);
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        const std::string big(10u << 20, 'x');
        const std::vector<std::pair<std::string, std::string>> lines = {
            {"{not json", "malformed JSON"},
            {"[1,2]", "must be a JSON object"},
            {R"({"customer_id":1,"ts":"2024-12-30","event_type":"view"})", "missing field \"event_id\""},
            {R"({"event_id":"m","customer_id":1,"event_type":"view"})", "missing field \"ts\""},
            {R"({"event_id":"t","customer_id":1,"ts":"2024-12-30","event_type":"view","amount":"abc"})",
             "field \"amount\": expected a number"},
            {R"({"event_id":"u","customer_id":1,"ts":"2024-12-30","event_type":"view","colour":"red"})",
             "unknown field \"colour\""},
            {R"({"event_id":"d","customer_id":1,"ts":"31/12/2024","event_type":"view"})", "field \"ts\": expected a timestamp"},
            {eventLine("late", 1, "2024-10-01 10:00:00", "view"), "older than the allowed lateness of 30 days"},
            {eventLine("future", 1, "2025-03-01 10:00:00", "view"), "days after the clock"},
            {R"({"kind":"unsubscribe","id":"1"})", "\"kind\" must be"},
            {R"({"kind":"profile","id":"1","set":{"shoe_size":42}})", "unknown customer column \"shoe_size\""},
        };
        size_t number = 0;
        for (const auto& [text, reason] : lines)
            intake.processLine(text, ++number, changes, dead);
        QCOMPARE(dead.size(), lines.size());
        for (size_t i = 0; i < lines.size(); ++i) {
            QCOMPARE(dead[i].line, i + 1);
            QVERIFY2(dead[i].reason.find(lines[i].second) != std::string::npos, dead[i].reason.c_str());
            QCOMPARE(dead[i].message, lines[i].first);
        }
        QCOMPARE(intake.counters().tooLate, uint64_t{1});
        QCOMPARE(intake.counters().tooEarly, uint64_t{1});
        // Counted, not dead-lettered: unknown customers (ignored as in batch), unknown event
        // types (kept: "any type" nodes count them), duplicates (ignored).
        intake.processLine(eventLine("x1", 99, "2024-12-30 10:00:00", "view"), ++number, changes, dead);
        intake.processLine(eventLine("x2", 1, "2024-12-30 10:00:00", "teleport"), ++number, changes, dead);
        intake.processLine(eventLine("x2", 1, "2024-12-30 10:00:00", "teleport"), ++number, changes, dead);
        const std::string bigLine =
            "{\"event_id\":\"big\",\"customer_id\":3,\"ts\":\"2024-12-30 10:00:00\",\"event_type\":\"view\",\"note\":\"" +
            big + "\"}";
        intake.processLine(bigLine, ++number, changes, dead);
        QCOMPARE(dead.size(), lines.size());
        const LiveCounters& c = intake.counters();
        QCOMPARE(c.unknownCustomers, uint64_t{1});
        QCOMPARE(c.unknownEventTypes, uint64_t{1}); // x2 once: its duplicate is dropped before
        QCOMPARE(c.duplicates, uint64_t{1});
        QCOMPARE(c.events, uint64_t{2});
        QCOMPARE(c.messages, uint64_t{lines.size() + 4});
        QCOMPARE(c.deadLettered, uint64_t{lines.size()});
        // Customer 1 had one event at import and got "teleport"; 3 had one and got the 10 MiB one.
        QCOMPARE(texts(changes), list({"s 1 enter", "s 3 enter"}));
        // A line over the limit is refused without being parsed.
        o.maxLineBytes = 1u << 20;
        LiveIntake small(engine, o);
        small.processLine(bigLine, 1, changes, dead);
        QVERIFY(dead.back().reason.find("longer than the limit") != std::string::npos);
        QVERIFY(dead.back().message.size() <= 1000);
    }

    // Same event, same change: same id. Replaying the same stream into a new engine gives
    // the same ids; an enter and the later exit of the same customer have different ids.
    void changeIdsAreDeterministic()
    {
        const char* nodes = R"({"id":"b","type":"behavior","event":"purchase","within_last_days":1,"aggregate":"count","op":"ge","value":2},
                               {"id":"s","type":"segment","name":"Two","input":"b"})";
        std::vector<std::string> ids[2];
        for (auto& out : ids) {
            Fixture f(nodes);
            LiveEngine engine(f.graph, f.data, *f.graph.asOf);
            engine.start();
            LiveIntake intake(engine, {});
            std::vector<LiveChange> changes;
            std::vector<DeadLetter> dead;
            intake.processLine(eventLine("p1", 1, "2024-12-31 08:00:00", "purchase", "1"), 1, changes, dead);
            intake.processLine(eventLine("p2", 1, "2024-12-31 09:00:00", "purchase", "1"), 2, changes, dead);
            intake.advanceClock(*parseIsoDate("2025-01-02"), changes);
            for (const auto& c : changes)
                out.push_back(c.changeId + " " + (c.enter ? "enter" : "exit") + " " + c.eventId);
        }
        QCOMPARE(ids[0].size(), size_t{2});
        QCOMPARE(ids[0], ids[1]);
        QVERIFY(ids[0][0].substr(0, 24) != ids[0][1].substr(0, 24));
        QVERIFY(ids[0][0].find("enter p2") != std::string::npos);
    }

    // Dedup retention by count: over 100 ids the oldest go down to 75, so of 1,000 distinct
    // ids the newest 90 are remembered (prunes at the 101st, then every 26 more: 1000 - 101 =
    // 34 * 26 + 15); the first id sent again is applied again, the last one is a duplicate.
    void dedupRetentionByCount()
    {
        Fixture f(R"({"id":"b","type":"behavior","aggregate":"count","op":"ge","value":1},
                     {"id":"s","type":"segment","name":"Any","input":"b"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntakeOptions o;
        o.dedupMaxIds = 100;
        LiveIntake intake(engine, o);
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        for (int i = 0; i < 1000; ++i)
            intake.processLine(eventLine("i" + std::to_string(i), 1, "2024-12-30 10:00:00", "view"), 1, changes, dead);
        QCOMPARE(intake.dedupIds(), size_t{90});
        QCOMPARE(intake.counters().idsForgotten, uint64_t{910});
        intake.processLine(eventLine("i999", 1, "2024-12-30 10:00:00", "view"), 2, changes, dead);
        intake.processLine(eventLine("i910", 1, "2024-12-30 10:00:00", "view"), 3, changes, dead);
        QCOMPARE(intake.counters().duplicates, uint64_t{2});
        intake.processLine(eventLine("i0", 1, "2024-12-30 10:00:00", "view"), 4, changes, dead);
        intake.processLine(eventLine("i909", 1, "2024-12-30 10:00:00", "view"), 5, changes, dead);
        QCOMPARE(intake.counters().duplicates, uint64_t{2});
        QCOMPARE(intake.counters().events, uint64_t{1002});
        QVERIFY(dead.empty());
    }

    // Dedup retention by days: an id whose event day is more than 5 days before the clock no
    // longer counts as seen.
    void dedupRetentionByDays()
    {
        Fixture f(R"({"id":"b","type":"behavior","aggregate":"count","op":"ge","value":1},
                     {"id":"s","type":"segment","name":"Any","input":"b"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        LiveIntakeOptions o;
        o.dedupDays = 5;
        LiveIntake intake(engine, o);
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        intake.processLine(eventLine("a", 1, "2024-12-20 10:00:00", "view"), 1, changes, dead); // 11 days old
        intake.processLine(eventLine("a", 1, "2024-12-20 10:00:00", "view"), 2, changes, dead);
        intake.processLine(eventLine("b", 1, "2024-12-26 10:00:00", "view"), 3, changes, dead); // 5 days: kept
        intake.processLine(eventLine("b", 1, "2024-12-26 10:00:00", "view"), 4, changes, dead);
        QCOMPARE(intake.counters().events, uint64_t{3});
        QCOMPARE(intake.counters().duplicates, uint64_t{1});
        intake.advanceClock(*parseIsoDate("2025-01-01"), changes);
        intake.processLine(eventLine("b", 1, "2024-12-26 10:00:00", "view"), 5, changes, dead); // now 6 days
        QCOMPARE(intake.counters().events, uint64_t{4});
        QCOMPARE(intake.counters().duplicates, uint64_t{1});
        QVERIFY(dead.empty());
    }

    // The flat tables behind dedup and key lookups, through growth and pruning.
    void flatTablesFindWhatWasInserted()
    {
        EventIdSet ids;
        for (int i = 0; i < 100000; ++i)
            QVERIFY(ids.insert("id-" + std::to_string(i), i % 10));
        QCOMPARE(ids.size(), size_t{100000});
        QVERIFY(!ids.insert("id-77", 0));
        QVERIFY(!ids.insert("id-99999", 3));
        QVERIFY(ids.insert("", 5));
        QVERIFY(!ids.insert("", 5));
        ids.eraseBefore(5); // days 0..4 forgotten: half of them
        QCOMPARE(ids.size(), size_t{50001});
        QVERIFY(ids.insert("id-0", 9));    // day 0: forgotten
        QVERIFY(!ids.insert("id-5", 9));   // day 5: kept
        QVERIFY(!ids.insert("", 9));
        IntKeyIndex keys;
        for (uint32_t r = 0; r < 50000; ++r)
            keys.insert(int64_t{r} * 7919 - 100000, r);
        for (uint32_t r = 0; r < 50000; r += 97)
            QCOMPARE(keys.find(int64_t{r} * 7919 - 100000), int64_t{r});
        QCOMPARE(keys.find(1), int64_t{-1});
    }

    // A behavior node whose events dataset could not be read cannot be kept live: refused,
    // naming the node.
    void refusesAGraphItCannotKeepLive()
    {
        Fixture f(R"({"id":"b_buyers","type":"behavior","event":"purchase","aggregate":"count","op":"ge","value":1},
                     {"id":"s","type":"segment","name":"Buyers","input":"b_buyers"})");
        f.data.events.reset();
        f.data.eventsError = "events.csv: cannot be read";
        try {
            LiveEngine engine(f.graph, f.data, *f.graph.asOf);
            QFAIL("a graph with a failed events dataset was accepted");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("node 'b_buyers'") != std::string::npos, e.what());
        }
    }

    void printsThePlanAndState()
    {
        Fixture f(R"({"id":"b","type":"behavior","event":"purchase","within_last_days":7,"aggregate":"count","op":"ge","value":1},
                     {"id":"t","type":"top","input":"b","field":"id","count":1},
                     {"id":"s","type":"segment","name":"One","input":"t"})");
        LiveEngine engine(f.graph, f.data, *f.graph.asOf);
        engine.start();
        const std::string text = engine.toString();
        QVERIFY2(text.find("b (behavior): event bit 0, count over 7 days (deadline queue)") != std::string::npos,
                 text.c_str());
        QVERIFY2(text.find("t (top): order-statistic tree") != std::string::npos, text.c_str());
        QVERIFY2(text.find("segment s: 0 members") != std::string::npos, text.c_str());
    }
};

QTEST_GUILESS_MAIN(TestLiveUnits)
#include "test_live_units.moc"
