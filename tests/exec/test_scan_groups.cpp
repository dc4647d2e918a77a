// Scan groups: conditions without an input on the same customer column are planned as one
// group and evaluated in one pass over the row partitions. Which nodes group (and which must
// not: an input, a derived column, a column of their own), the plan's printed forms, members
// against per-row definitions written here, the report's timings, the result cache taking
// part of a group, and cancellation.
#include "exec/result_cache.h"
#include "exec/runner.h"
#include "graph/graph_io.h"
#include "plan/planner.h"
#include "test_graphs.h"

#include <QtTest/QtTest>

#include <functional>
#include <map>
#include <random>

using namespace seg;

namespace {

constexpr size_t kRows = 64 * 3200 + 29; // four partitions, the last one partial

Dataset data()
{
    std::mt19937_64 rng(99);
    Dataset d;
    Table& t = d.customers.table;
    t.rows = kRows;
    Column id("id", DataType::Int), age("age", DataType::Int), country("country", DataType::String),
        score("score", DataType::Double);
    const char* countries[] = {"US", "GB", "DE", "FR", "CA"};
    for (size_t r = 0; r < kRows; ++r) {
        const uint64_t x = rng();
        id.appendInt(static_cast<int64_t>(r) + 1);
        x % 13 == 0 ? age.appendNull() : age.appendInt(static_cast<int64_t>(x % 80) + 10);
        (x >> 8) % 17 == 0 ? country.appendNull() : country.appendString(countries[(x >> 16) % 5]);
        score.appendDouble(static_cast<double>((x >> 24) % 1000) / 10);
    }
    for (Column* c : {&id, &age, &country, &score}) {
        c->finish();
        t.columns.push_back(std::move(*c));
    }
    d.customers.keyColumn = 0;
    d.customersReport.rows = d.customersReport.dataRows = kRows;
    return d;
}

// c1-c3 share age and c4-c5 country; c6 has score to itself; c7 is on age but has an input;
// c8 is on a derived column.
std::string nodes(int c2Value)
{
    return R"({"id":"d","type":"derive","name":"twice","expr":"age * 2"},
      {"id":"c1","type":"condition","field":"age","op":"ge","value":30},
      {"id":"c4","type":"condition","field":"country","op":"eq","value":"US"},
      {"id":"c2","type":"condition","field":"age","op":"lt","value":)" + std::to_string(c2Value) + R"(},
      {"id":"c5","type":"condition","field":"country","op":"in","values":["GB","DE"]},
      {"id":"c3","type":"condition","field":"age","op":"is_null"},
      {"id":"c6","type":"condition","field":"score","op":"between","min":10,"max":20},
      {"id":"c7","type":"condition","field":"age","op":"between","min":40,"max":49,"input":"c4"},
      {"id":"c8","type":"condition","field":"twice","op":"ge","value":150},
      {"id":"s1","type":"segment","name":"S1","input":"c1"},
      {"id":"s2","type":"segment","name":"S2","input":"c2"},
      {"id":"s3","type":"segment","name":"S3","input":"c3"},
      {"id":"s4","type":"segment","name":"S4","input":"c4"},
      {"id":"s5","type":"segment","name":"S5","input":"c5"},
      {"id":"s6","type":"segment","name":"S6","input":"c6"},
      {"id":"s7","type":"segment","name":"S7","input":"c7"},
      {"id":"s8","type":"segment","name":"S8","input":"c8"})";
}

// Expected members of each segment, from the rows' values.
std::map<std::string, std::vector<uint32_t>> expected(const Dataset& d, int c2Value)
{
    const Table& t = d.customers.table;
    const Column &age = *t.find("age"), &country = *t.find("country"), &score = *t.find("score");
    std::map<std::string, std::function<bool(uint32_t)>> tests{
        {"s1", [&](uint32_t r) { return !age.isNull(r) && age.intAt(r) >= 30; }},
        {"s2", [&](uint32_t r) { return !age.isNull(r) && age.intAt(r) < c2Value; }},
        {"s3", [&](uint32_t r) { return age.isNull(r); }},
        {"s4", [&](uint32_t r) { return !country.isNull(r) && country.stringAt(r) == "US"; }},
        {"s5", [&](uint32_t r) { return !country.isNull(r) && (country.stringAt(r) == "GB" || country.stringAt(r) == "DE"); }},
        {"s6", [&](uint32_t r) { return score.doubleAt(r) >= 10 && score.doubleAt(r) <= 20; }},
        {"s7", [&](uint32_t r) { return !country.isNull(r) && country.stringAt(r) == "US" && !age.isNull(r)
                                        && age.intAt(r) >= 40 && age.intAt(r) <= 49; }},
        {"s8", [&](uint32_t r) { return !age.isNull(r) && age.intAt(r) * 2 >= 150; }}};
    std::map<std::string, std::vector<uint32_t>> out;
    for (const auto& [segment, test] : tests)
        for (uint32_t r = 0; r < kRows; ++r)
            if (test(r))
                out[segment].push_back(r);
    return out;
}

const NodeRun& nodeRun(const RunResult& r, const std::string& id)
{
    for (const NodeRun& n : r.nodes)
        if (n.id == id)
            return n;
    qFatal("no node %s in the report", id.c_str());
}

} // namespace

class TestScanGroups : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void conditionsOnOneColumnWithoutInputsGroup()
    {
        const Dataset d = data();
        const Plan p = planGraph(test::customersGraph(nodes(20)), d, Strategy::Hybrid, 2);
        QCOMPARE(p.scanGroups.size(), size_t{2});
        QCOMPARE(p.scanGroups[0].column, std::string("age"));
        QCOMPARE(p.scanGroups[0].nodes, (std::vector<std::string>{"c1", "c2", "c3"}));
        QCOMPARE(p.scanGroups[1].column, std::string("country"));
        QCOMPARE(p.scanGroups[1].nodes, (std::vector<std::string>{"c4", "c5"}));
        const std::string text = planToText(p);
        QVERIFY(text.find("Scan groups (one pass over the column each):\n  age: c1 c2 c3\n  country: c4 c5\n")
                != std::string::npos);
        const Json j = planToJson(p);
        QCOMPARE(j["scan_groups"].size(), size_t{2});
        QCOMPARE(j["scan_groups"][1]["column"].get<std::string>(), std::string("country"));
        QCOMPARE(j["scan_groups"][1]["nodes"].get<std::vector<std::string>>(), (std::vector<std::string>{"c4", "c5"}));
    }

    void membersFollowTheDefinitionsInEveryStrategy()
    {
        const Dataset d = data();
        const auto want = expected(d, 20);
        for (const Strategy s : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid}) {
            RunOptions o;
            o.strategy = s;
            o.threads = 2;
            const RunResult r = runGraph(test::customersGraph(nodes(20)), d, o);
            for (const auto& [segment, rows] : want) {
                QVERIFY2(!rows.empty(), segment.c_str());
                QCOMPARE(r.members(segment)->toRows(), rows);
            }
            // The report: each group member Ok with its own size, and the group's time shared
            // out in order on one worker (c1 then c2 then c3, back to back).
            const NodeRun &c1 = nodeRun(r, "c1"), &c2 = nodeRun(r, "c2"), &c3 = nodeRun(r, "c3");
            for (const NodeRun* n : {&c1, &c2, &c3}) {
                QCOMPARE(n->status, NodeStatus::Ok);
                QVERIFY(n->startMs <= n->endMs);
                QCOMPARE(n->worker, c1.worker);
            }
            QCOMPARE(*c2.size, want.at("s2").size());
            QCOMPARE(c2.startMs, c1.endMs);
            QCOMPARE(c3.startMs, c2.endMs);
        }
    }

    // A changed condition value re-runs that node only: its group mates come from the cache.
    void theCacheServesPartOfAGroup()
    {
        const Dataset d = data();
        ResultCache cache;
        RunOptions o;
        o.strategy = Strategy::Parallel;
        o.threads = 2;
        o.cache = &cache;
        runGraph(test::customersGraph(nodes(20)), d, o);
        const RunResult again = runGraph(test::customersGraph(nodes(25)), d, o);
        QVERIFY(nodeRun(again, "c1").cached);
        QVERIFY(!nodeRun(again, "c2").cached);
        QVERIFY(nodeRun(again, "c3").cached);
        const auto want = expected(d, 25);
        for (const char* s : {"s1", "s2", "s3"})
            QCOMPARE(again.members(s)->toRows(), want.at(s));
    }

    void cancellationSettlesEveryMember()
    {
        const Dataset d = data();
        std::atomic<bool> cancel{false};
        RunOptions o;
        o.strategy = Strategy::Sequential;
        o.cancel = &cancel;
        // The derive comes first (plan order); cancelling when it finishes stops the groups
        // before they start.
        o.onNodeFinished = [&](const NodeRun& n) {
            if (n.id == "d")
                cancel = true;
        };
        const RunResult r = runGraph(test::customersGraph(nodes(20)), d, o);
        QVERIFY(r.cancelled);
        for (const char* id : {"c1", "c2", "c3", "c4", "c5"}) {
            QCOMPARE(nodeRun(r, id).status, NodeStatus::Cancelled);
            QCOMPARE(nodeRun(r, id).error, std::string("run cancelled"));
        }
    }
};

QTEST_APPLESS_MAIN(TestScanGroups)
#include "test_scan_groups.moc"
