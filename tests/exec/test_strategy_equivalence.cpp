// Every strategy and thread count gives the same members (spec section 5): random graphs of
// every node type over random data whose sizes sit on word (64) and partition (65,536 rows)
// boundaries. Also: cancellation (before and during a run) and the result cache (an edit
// recomputes exactly the edited node and what depends on it).
#include "exec/result_cache.h"
#include "exec/runner.h"
#include "graph/graph_io.h"
#include "oracle_graph.h"
#include "plan/planner.h"

#include <QtTest/QtTest>

#include <mutex>
#include <regex>
#include <set>
#include <thread>

using namespace seg;
using namespace seg::oracle;

namespace {

constexpr Strategy kStrategies[] = {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid, Strategy::Auto};
constexpr int kThreadCounts[] = {1, 2, 3, 8};

DataOptions optionsFor(size_t customers, uint64_t seed)
{
    DataOptions o;
    o.customers = customers;
    o.maxEventsPerCustomer = customers > 10'000 ? 4 : 8;
    o.stringKeys = seed % 3 == 2;
    o.timeIsDate = seed % 4 == 3;
    o.asOf = daysOfIso("2024-12-31");
    return o;
}

Graph loadGenerated(const Json& doc)
{
    const GraphLoadResult loaded = parseGraph(doc.dump(), "random.segment.json", {});
    if (!loaded.ok()) {
        std::string why = "generated graph does not load:";
        for (const auto& d : loaded.diagnostics)
            why += "\n  " + d.toString();
        throw std::runtime_error(why);
    }
    return *loaded.graph;
}

RunResult runWith(const Graph& g, const Dataset& data, Strategy s, int threads, ResultCache* cache = nullptr,
                  const std::atomic<bool>* cancel = nullptr, std::function<void(const NodeRun&)> onFinished = {})
{
    RunOptions o;
    o.strategy = s;
    o.threads = threads;
    o.allNodes = true;
    o.cache = cache;
    o.cancel = cancel;
    o.onNodeFinished = std::move(onFinished);
    return runGraph(g, data, o);
}

bool sameColumn(const Column& a, const Column& b)
{
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    for (size_t r = 0; r < a.size(); ++r)
        if (a.isNull(r) != b.isNull(r) || (!a.isNull(r) && a.textAt(r) != b.textAt(r)))
            return false;
    return true;
}

// Empty when `b` has exactly the statuses, sizes, sets and derived columns of `a`.
std::string difference(const RunResult& a, const RunResult& b)
{
    if (a.nodes.size() != b.nodes.size())
        return "different node counts";
    for (const auto& na : a.nodes) {
        const NodeRun* nb = b.node(na.id);
        if (!nb)
            return "node '" + na.id + "' missing";
        if (na.status != nb->status)
            return "node '" + na.id + "' status " + std::string(nodeStatusName(nb->status)) + ": " + nb->error;
        if (na.size != nb->size)
            return "node '" + na.id + "' size " + std::to_string(nb->size.value_or(0)) + " instead of "
                + std::to_string(na.size.value_or(0));
    }
    if (a.sets.size() != b.sets.size())
        return "different numbers of sets";
    for (const auto& [ref, set] : a.sets) {
        const Bitset* other = b.members(ref);
        if (!other || !(*other == *set))
            return "set '" + ref + "' differs";
    }
    for (const auto& [name, col] : a.derived) {
        auto it = b.derived.find(name);
        if (it == b.derived.end() || !sameColumn(*col, *it->second))
            return "derived column '" + name + "' differs";
    }
    return {};
}

// Node ids that depend on `changed` (itself included), through inputs and derived columns.
std::set<std::string> dependentsOf(const Json& doc, const std::string& changed)
{
    std::map<std::string, std::set<std::string>> deps;
    std::map<std::string, std::string> deriveNode; // column name -> node id
    for (const auto& n : doc["nodes"])
        if (n["type"] == "derive")
            deriveNode[n["name"].get<std::string>()] = n["id"].get<std::string>();
    const std::regex word("[A-Za-z_][A-Za-z0-9_]*");
    for (const auto& n : doc["nodes"]) {
        auto& d = deps[n["id"].get<std::string>()];
        std::vector<std::string> refs;
        if (n.contains("input"))
            refs.push_back(n["input"]);
        if (n.contains("inputs"))
            for (const auto& r : n["inputs"])
                refs.push_back(r);
        for (const auto& r : refs)
            d.insert(splitInputRef(r).first);
        if (n.contains("field") && deriveNode.count(n["field"]))
            d.insert(deriveNode[n["field"]]);
        if (n.contains("expr")) {
            const std::string e = n["expr"];
            for (auto it = std::sregex_iterator(e.begin(), e.end(), word); it != std::sregex_iterator(); ++it)
                if (deriveNode.count(it->str()))
                    d.insert(deriveNode[it->str()]);
        }
    }
    std::set<std::string> out{changed};
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& [id, ds] : deps)
            if (!out.count(id))
                for (const auto& d : ds)
                    if (out.count(d)) {
                        out.insert(id);
                        grew = true;
                        break;
                    }
    }
    return out;
}

// QCOMPARE cannot print std::string: this shows the text of what went wrong.
#define EXPECT_NO_PROBLEM(text)                                                                              \
    do {                                                                                                 \
        const std::string problem_ = (text);                                                            \
        QVERIFY2(problem_.empty(), problem_.c_str());                                                   \
    } while (false)

// Counts onNodeFinished calls (made from worker threads): every node must finish exactly once.
class FinishCounter {
public:
    std::function<void(const NodeRun&)> callback()
    {
        return [this](const NodeRun& n) {
            std::lock_guard lock(mutex_);
            ++calls_[n.id];
        };
    }
    std::string problems(const RunResult& r)
    {
        std::lock_guard lock(mutex_);
        std::string out;
        for (const auto& n : r.nodes)
            if (calls_[n.id] != 1)
                out += "node '" + n.id + "' finished " + std::to_string(calls_[n.id]) + " times; ";
        return out;
    }

private:
    std::mutex mutex_;
    std::map<std::string, int> calls_;
};

// A chain c1 -> c2 -> c3 -> s1 plus an independent c4 -> s2 over the given data.
Graph chainGraph()
{
    const char* text = R"({"format":"segment-studio/graph","format_version":1,"as_of":"2024-12-31",
      "datasets":{"customers":{"path":"c.csv","key":"id"},
                  "events":{"path":"e.csv","key":"customer_id","time":"ts","type":"event_type"}},
      "nodes":[{"id":"c1","type":"condition","field":"age","op":"ge","value":30},
               {"id":"c2","type":"condition","field":"score","op":"gt","value":0,"input":"c1"},
               {"id":"c3","type":"condition","field":"vip","op":"is_true","input":"c2"},
               {"id":"s1","type":"segment","name":"Chain","input":"c3"},
               {"id":"c4","type":"condition","field":"country","op":"eq","value":"US"},
               {"id":"s2","type":"segment","name":"US","input":"c4"}]})";
    return loadGenerated(Json::parse(text));
}

} // namespace

class StrategyEquivalenceTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStrategyGivesTheSameSets_data()
    {
        QTest::addColumn<int>("customers");
        QTest::addColumn<int>("graphs");
        for (int n : {0, 1, 63, 64, 65, 1000})
            QTest::newRow(("rows " + std::to_string(n)).c_str()) << n << 6;
        QTest::newRow("rows 65536 (one full partition)") << 65536 << 1;
        QTest::newRow("rows 65537 (one row into the second partition)") << 65537 << 1;
        QTest::newRow("rows 200000 (four partitions)") << 200000 << 2;
    }
    void everyStrategyGivesTheSameSets()
    {
        QFETCH(int, customers);
        QFETCH(int, graphs);
        const uint64_t dataSeed = static_cast<uint64_t>(customers) + 17;
        const RandomData data = makeRandomData(optionsFor(static_cast<size_t>(customers), dataSeed), dataSeed);
        for (int k = 0; k < graphs; ++k) {
            const uint64_t seed = dataSeed * 100 + static_cast<uint64_t>(k);
            const GeneratedGraph gen = generateGraph(data, GraphOptions{}, seed, {});
            const Graph g = loadGenerated(gen.json);
            const RunResult reference = runWith(g, data.dataset, Strategy::Sequential, 1);
            for (const auto& n : reference.nodes)
                QVERIFY2(n.status == NodeStatus::Ok, (n.id + ": " + n.error).c_str());
            for (const auto& ref : gen.setRefs)
                QVERIFY2(reference.members(ref) && reference.members(ref)->size() == data.rows(), ref.c_str());
            for (Strategy s : kStrategies)
                for (int threads : kThreadCounts) {
                    FinishCounter finished;
                    const RunResult r = runWith(g, data.dataset, s, threads, nullptr, nullptr, finished.callback());
                    const std::string context = "graph seed " + std::to_string(seed) + ", " + std::to_string(customers)
                        + " rows, strategy " + std::string(strategyName(s)) + " resolved to "
                        + std::string(strategyName(r.strategy)) + ", " + std::to_string(threads) + " threads: ";
                    QVERIFY2(r.strategy != Strategy::Auto, context.c_str());
                    if (s != Strategy::Auto)
                        QVERIFY2(r.strategy == s, context.c_str());
                    const std::string diff = difference(reference, r);
                    QVERIFY2(diff.empty(), (context + diff + "\n" + gen.json.dump()).c_str());
                    EXPECT_NO_PROBLEM(finished.problems(r));
                }
        }
    }

    // Many independent sources before one dependent node in plan order: a source that ends
    // while the scheduler is still launching the others must not get its dependent run twice.
    void wideGraphsRunEveryNodeExactlyOnce()
    {
        const RandomData data = makeRandomData(optionsFor(1000, 13), 13);
        Json doc = Json::parse(R"({"format":"segment-studio/graph","format_version":1,"as_of":"2024-12-31",
          "datasets":{"customers":{"path":"c.csv","key":"id"}},"nodes":[]})");
        doc["nodes"].push_back({{"id", "c0"}, {"type", "condition"}, {"field", "age"}, {"op", "ge"}, {"value", 30}});
        for (int k = 1; k <= 400; ++k)
            doc["nodes"].push_back({{"id", "k" + std::to_string(k)}, {"type", "condition"}, {"field", "visits"}, {"op", "ge"}, {"value", k % 20}});
        doc["nodes"].push_back({{"id", "dep"}, {"type", "condition"}, {"field", "vip"}, {"op", "is_true"}, {"input", "c0"}});
        doc["nodes"].push_back({{"id", "s"}, {"type", "segment"}, {"name", "S"}, {"input", "dep"}});
        const Graph g = loadGenerated(doc);
        const RunResult reference = runWith(g, data.dataset, Strategy::Sequential, 1);
        for (Strategy s : {Strategy::Parallel, Strategy::Hybrid})
            for (int threads : {2, 3, 8})
                for (int repeat = 0; repeat < 10; ++repeat) {
                    FinishCounter finished;
                    const RunResult r = runWith(g, data.dataset, s, threads, nullptr, nullptr, finished.callback());
                    EXPECT_NO_PROBLEM(finished.problems(r));
                    EXPECT_NO_PROBLEM(difference(reference, r));
                }
    }

    void cancelBeforeTheRunCancelsEveryNode()
    {
        const RandomData data = makeRandomData(optionsFor(500, 3), 3);
        const Graph g = loadGenerated(generateGraph(data, GraphOptions{}, 303, {}).json);
        const std::atomic<bool> cancel{true};
        for (Strategy s : kStrategies) {
            const RunResult r = runWith(g, data.dataset, s, 2, nullptr, &cancel);
            QVERIFY(r.cancelled);
            QCOMPARE(r.nodes.size(), g.nodes.size());
            for (const auto& n : r.nodes) {
                QCOMPARE(n.status, NodeStatus::Cancelled);
                QCOMPARE(n.error, std::string("run cancelled"));
            }
            QVERIFY(r.sets.empty());
        }
    }

    // The flag is raised when the first node finishes: in a chain, nothing after it runs.
    void cancelDuringTheRunStopsTheRest()
    {
        const RandomData data = makeRandomData(optionsFor(2000, 5), 5);
        const Graph g = chainGraph();
        const RunResult full = runWith(g, data.dataset, Strategy::Sequential, 1);
        for (Strategy s : kStrategies) {
            std::atomic<bool> cancel{false};
            const RunResult r = runWith(g, data.dataset, s, 2, nullptr, &cancel, [&](const NodeRun& n) {
                if (n.id == "c1")
                    cancel = true;
            });
            QVERIFY(r.cancelled);
            QCOMPARE(r.node("c1")->status, NodeStatus::Ok);
            QVERIFY(*r.members("c1") == *full.members("c1"));
            for (const char* id : {"c2", "c3", "s1"}) {
                QCOMPARE(r.node(id)->status, NodeStatus::Cancelled);
                QVERIFY(r.members(id) == nullptr);
            }
            for (const auto& n : r.nodes) // independent nodes may have run first; if so, correctly
                if (n.status == NodeStatus::Ok && n.size)
                    QVERIFY2(*r.members(n.id) == *full.members(n.id), n.id.c_str());
        }
    }

    // Cancelled from another thread at an arbitrary moment of a large run: whatever finished
    // is correct, everything else is cancelled, and nothing crashes.
    void cancelAtAnyMomentLeavesOnlyCorrectResults()
    {
        const RandomData data = makeRandomData(optionsFor(200000, 7), 7);
        const GeneratedGraph gen = generateGraph(data, GraphOptions{20, 30}, 707, {});
        const Graph g = loadGenerated(gen.json);
        const RunResult full = runWith(g, data.dataset, Strategy::Sequential, 1);
        const double totalMs = full.totalMs;
        int delayIndex = 0;
        for (Strategy s : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid}) {
            for (double fraction : {0.1, 0.5}) {
                std::atomic<bool> cancel{false};
                const auto delay = std::chrono::microseconds(static_cast<int64_t>(totalMs * fraction * 1000));
                std::thread canceller([&] {
                    std::this_thread::sleep_for(delay);
                    cancel = true;
                });
                const RunResult r = runWith(g, data.dataset, s, 2, nullptr, &cancel);
                canceller.join();
                ++delayIndex;
                for (const auto& n : r.nodes) {
                    QVERIFY2(n.status == NodeStatus::Ok || n.status == NodeStatus::Cancelled, n.error.c_str());
                    if (n.status == NodeStatus::Ok && n.size)
                        QVERIFY2(n.size == full.node(n.id)->size, n.id.c_str());
                }
                for (const auto& [ref, set] : r.sets)
                    QVERIFY2(*set == *full.members(ref), ref.c_str());
            }
        }
        QCOMPARE(delayIndex, 6);
    }

    // Hand-made: changing c1 recomputes c1 -> c2 -> c3 -> s1 only; c4 and s2 come from the cache.
    void cacheRecomputesOnlyTheEditedNodeAndItsDependents()
    {
        const RandomData data = makeRandomData(optionsFor(3000, 9), 9);
        Graph g = chainGraph();
        ResultCache cache;
        const RunResult first = runWith(g, data.dataset, Strategy::Sequential, 1, &cache);
        for (const auto& n : first.nodes)
            QVERIFY2(!n.cached, n.id.c_str());
        const RunResult again = runWith(g, data.dataset, Strategy::Hybrid, 2, &cache);
        for (const auto& n : again.nodes)
            QVERIFY2(n.cached, n.id.c_str());
        QVERIFY(difference(first, again).empty());

        g.find("c1")->condition.cmp.value = 45;
        const RunResult edited = runWith(g, data.dataset, Strategy::Sequential, 1, &cache);
        for (const char* id : {"c1", "c2", "c3", "s1"})
            QVERIFY2(!edited.node(id)->cached, id);
        for (const char* id : {"c4", "s2"})
            QVERIFY2(edited.node(id)->cached, id);
        const RunResult fresh = runWith(g, data.dataset, Strategy::Sequential, 1);
        EXPECT_NO_PROBLEM(difference(fresh, edited));
        QVERIFY(edited.members("c1")->count() < first.members("c1")->count());
    }

    // Random graphs: edit one condition's numeric value; exactly its dependents are recomputed.
    void cacheOnRandomGraphsMatchesFreshRuns()
    {
        const RandomData data = makeRandomData(optionsFor(1500, 11), 11);
        int edits = 0;
        for (uint64_t seed = 1100; seed < 1130 && edits < 8; ++seed) {
            GeneratedGraph gen = generateGraph(data, GraphOptions{}, seed, {});
            std::string changed;
            for (auto& n : gen.json["nodes"])
                if (n["type"] == "condition" && n.contains("value") && n["value"].is_number()) {
                    n["value"] = n["value"].get<double>() + 1.0;
                    changed = n["id"];
                    break;
                }
            if (changed.empty())
                continue;
            ++edits;
            const Strategy s = kStrategies[seed % 3];
            const Graph before = loadGenerated(generateGraph(data, GraphOptions{}, seed, {}).json);
            const Graph after = loadGenerated(gen.json);
            ResultCache cache;
            runWith(before, data.dataset, s, 2, &cache);
            const RunResult edited = runWith(after, data.dataset, s, 2, &cache);
            const std::set<std::string> recomputed = dependentsOf(gen.json, changed);
            for (const auto& n : edited.nodes) {
                const std::string context = "seed " + std::to_string(seed) + " changed " + changed + ", node " + n.id;
                QVERIFY2(n.cached == !recomputed.count(n.id), context.c_str());
            }
            const RunResult fresh = runWith(after, data.dataset, Strategy::Sequential, 1);
            EXPECT_NO_PROBLEM(difference(fresh, edited));
        }
        QVERIFY(edits >= 5);
    }
};

QTEST_GUILESS_MAIN(StrategyEquivalenceTest)
#include "test_strategy_equivalence.moc"
