// Regression: the hybrid scheduler launched a node twice when its inputs finished while the
// roots were still being launched (the launch loop then also saw its counter at zero), so a
// node ran twice and its dependents could start before their other inputs were done.
#include "exec/runner.h"
#include "fixtures.h"

#include <QtTest>

#include <map>
#include <mutex>

using namespace seg;
using namespace seg::test;

class TestHybridSchedule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyNodeRunsExactlyOnce()
    {
        Dataset d = sixCustomers();
        // Thousands of cheap roots, then z = and(c0, c1) last in topological order: c0 and c1
        // are done long before the launch loop reaches z.
        std::vector<Node> nodes;
        const int roots = 3000;
        for (int i = 0; i < roots; ++i)
            nodes.push_back(condition("c" + std::to_string(i), i % 2 ? "spend" : "id", CompareOp::Ge, i % 7));
        nodes.push_back(node("z", NodeType::And, {"c0", "c1"}));
        nodes.push_back(node("y", NodeType::And, {"z", "c2"}));
        nodes.push_back(segment("s", "S", "y"));
        Graph g = graphOf(nodes);
        g.nodes.back().inputs = {"y"};

        std::mutex mutex;
        std::map<std::string, int> finished;
        RunOptions o;
        o.strategy = Strategy::Hybrid;
        o.threads = 4;
        o.allNodes = true;
        o.onNodeFinished = [&](const NodeRun& run) {
            std::lock_guard lock(mutex);
            ++finished[run.id];
        };
        for (int round = 0; round < 5; ++round) {
            finished.clear();
            const RunResult r = runGraph(g, d, o);
            QVERIFY(!r.partialFailure());
            QCOMPARE(finished.size(), size_t(roots + 3));
            for (const auto& [id, count] : finished)
                QVERIFY2(count == 1, qPrintable(QString::fromStdString(id) + " ran " + QString::number(count) + " times"));
            // id >= 0 is everyone; spend >= 1 is rows 1,3,4,5,6 (row 2 is NULL); c2: id >= 2.
            QCOMPARE(r.members("s")->toRows(), (std::vector<uint32_t>{2, 3, 4, 5}));
        }
    }
};

QTEST_GUILESS_MAIN(TestHybridSchedule)
#include "test_hybrid_schedule.moc"
