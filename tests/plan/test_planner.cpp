// The planner's DAG, levels, critical path, strategy choice and printable forms.
#include "bind/bound_graph.h"
#include "exec/runner.h"
#include "fixtures.h"
#include "plan/planner.h"

#include <QtTest>

using namespace seg;
using namespace seg::test;

namespace {

// c1 spend>100, c2 country=US, a1=and, t1=top 1 by spend, d1 derive, c3 on d1, s1..s3 segments.
Graph sampleGraph()
{
    Node top = node("t1", NodeType::Top, {"a1"});
    top.field = "spend";
    top.count = 1;
    Node derive = node("d1", NodeType::Derive);
    derive.name = "spend_eur";
    derive.expr = "spend * 0.9";
    return graphOf({condition("c1", "spend", CompareOp::Gt, 100), condition("c2", "country", CompareOp::Eq, "US"),
                    node("a1", NodeType::And, {"c1", "c2"}), top, segment("s1", "Top spender", "t1"),
                    segment("s2", "US", "c2"), derive, condition("c3", "spend_eur", CompareOp::Ge, 450),
                    segment("s3", "Big in EUR", "c3")});
}

} // namespace

class TestPlanner : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void levelsAndEdges()
    {
        Dataset d = sixCustomers();
        Plan p = planGraph(sampleGraph(), d, Strategy::Hybrid, 2);
        QCOMPARE(p.nodes.size(), size_t{9});
        QCOMPARE(p.find("c1")->level, 0);
        QCOMPARE(p.find("a1")->level, 1);
        QCOMPARE(p.find("t1")->level, 2);
        QCOMPARE(p.find("s1")->level, 3);
        QCOMPARE(p.find("c3")->level, 1);
        QCOMPARE(p.find("c3")->implicitDeps, std::vector<std::string>{"d1"});
        QVERIFY(p.find("t1")->barrier);
        // Hybrid runs each level together: c1 c2 d1 first.
        QCOMPARE(p.stages.size(), size_t{4});
        QCOMPARE(p.stages[0].nodes, (std::vector<std::string>{"c1", "c2", "d1"}));
        // The critical path ends in the longest chain: ... a1 -> t1 -> s1.
        QVERIFY(p.criticalPath.size() == 4);
        QCOMPARE(p.criticalPath.back(), std::string("s1"));
        QCOMPARE(p.criticalPath[2], std::string("t1"));
        QVERIFY(p.find("t1")->onCriticalPath);
        QVERIFY(!p.find("s2")->onCriticalPath);
    }

    void autoExplainsItsChoice()
    {
        Dataset d = sixCustomers();
        Plan one = planGraph(sampleGraph(), d, Strategy::Auto, 1);
        QCOMPARE(one.strategy, Strategy::Sequential);
        QVERIFY(one.reason.find("only 1 thread") != std::string::npos);
        Plan two = planGraph(sampleGraph(), d, Strategy::Auto, 2);
        // Six customers: starting workers costs more than the scans.
        QCOMPARE(two.strategy, Strategy::Sequential);
        QVERIFY(two.reason.find("estimated sequential") != std::string::npos);
        QCOMPARE(two.threads, 1);
    }

    void onlyNodesSegmentsNeed()
    {
        Dataset d = sixCustomers();
        Graph g = sampleGraph();
        g.nodes.push_back(condition("unused", "vip", CompareOp::IsTrue, nullptr));
        Plan p = planGraph(g, d, Strategy::Sequential, 1);
        QVERIFY(!p.find("unused"));
        QCOMPARE(p.stages.size(), p.nodes.size()); // one node per step
    }

    void printableForms()
    {
        Dataset d = sixCustomers();
        Plan p = planGraph(sampleGraph(), d, Strategy::Parallel, 2);
        const std::string dot = planToDot(p);
        QVERIFY(dot.starts_with("digraph plan {"));
        QVERIFY(dot.find("\"c2\" -> \"a1\"") != std::string::npos);
        QVERIFY(dot.find("\"d1\" -> \"c3\" [style=dashed") != std::string::npos);
        const std::string text = planToText(p);
        QVERIFY(text.find("Strategy: parallel") != std::string::npos);
        QVERIFY(text.find("c3 [condition] <- d1(column)") != std::string::npos);
        const Json j = planToJson(p);
        QCOMPARE(j["strategy"].get<std::string>(), std::string("parallel"));
        QCOMPARE(j["nodes"].size(), size_t{9});
        QCOMPARE(j["stages"].size(), size_t{9});
    }

    void invalidGraphIsNotPlanned()
    {
        Dataset d = sixCustomers();
        Graph g = graphOf({condition("c1", "nope", CompareOp::IsNull, nullptr)});
        try {
            planGraph(g, d, Strategy::Auto, 2);
            QFAIL("planGraph accepted an invalid graph");
        } catch (const std::exception& e) {
            QVERIFY(std::string(e.what()).find("node 'c1'") != std::string::npos);
        }
    }

    void everyStrategyGivesTheHandWorkedMembers()
    {
        Dataset d = sixCustomers();
        for (Strategy s : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid, Strategy::Auto}) {
            RunOptions o;
            o.strategy = s;
            o.threads = 2;
            RunResult r = runGraph(sampleGraph(), d, o);
            // c1 = {1,3,5,6} (NULL spend of 2 never matches); c2 = {1,3}; top 1 by spend = {3}.
            QCOMPARE(r.members("s1")->toRows(), (std::vector<uint32_t>{2}));
            QCOMPARE(r.members("s2")->toRows(), (std::vector<uint32_t>{0, 2}));
            // spend*0.9 >= 450: 800 -> 720, 500 -> 450, 999.99 -> 899.991.
            QCOMPARE(r.members("s3")->toRows(), (std::vector<uint32_t>{2, 4, 5}));
            QCOMPARE(r.segments.size(), size_t{3});
            QVERIFY(!r.partialFailure());
        }
    }
};

QTEST_GUILESS_MAIN(TestPlanner)
#include "test_planner.moc"
