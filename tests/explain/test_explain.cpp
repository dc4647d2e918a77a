// core/explain proven against the batch engine: for random customers of random graphs of every
// node type (the SQLite oracle's generator) and of the demo project, every segment's verdict is
// the run's membership, every node's verdict and every value shown agree with the run and the
// data (explain_checks.h). Hand-worked cases on the demo check the details a marketer reads:
// the excluding condition, an aggregate summed here from the events file, a top rank counted
// here from the candidates.
#include "explain_checks.h"

#include "exec/runner.h"
#include "graph/graph_io.h"
#include "oracle_graph.h"
#include "util/error.h"

#include <QtTest/QtTest>
#include <QTemporaryDir>

#include <random>

using namespace seg;
using namespace seg::explain_test;

namespace {

struct Project {
    Graph graph;
    Dataset data;
};

Project loadDemo()
{
    const std::filesystem::path file = std::filesystem::path(SEG_SOURCE_DIR) / "resources/demo/retail.segment.json";
    GraphLoadResult loaded = loadGraphFile(file);
    if (!loaded.ok())
        qFatal("cannot load the demo: %s", loaded.diagnostics.front().toString().c_str());
    Project p{std::move(*loaded.graph), {}};
    p.data = loadDataset(p.graph.customers, p.graph.resolve(p.graph.customers.path), p.graph.events,
                         p.graph.resolve(p.graph.events->path));
    return p;
}

RunResult batchRun(const Graph& g, const Dataset& data)
{
    RunOptions o;
    o.strategy = Strategy::Sequential;
    o.threads = 1;
    return runGraph(g, data, o);
}

size_t rowOf(const Dataset& data, const std::string& key)
{
    for (size_t r = 0; r < data.customers.rows(); ++r)
        if (data.customers.key().textAt(r) == key)
            return r;
    qFatal("no row for key %s", key.c_str());
}

// The first member of a set (set.size() when empty).
size_t firstMember(const Bitset& set)
{
    size_t first = set.size();
    set.forEach([&](size_t r) { first = std::min(first, r); });
    return first;
}

const ExplainStep* stepOf(const SegmentExplanation& e, const std::string& node)
{
    for (const ExplainStep& s : e.path)
        if (s.node == node)
            return &s;
    return nullptr;
}

} // namespace

class TestExplain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Random graphs (every node type) over random data with int and string keys: random
    // customers plus one member of every segment, every segment explained and checked.
    void randomGraphsAgreeWithBatch()
    {
        using namespace seg::oracle;
        std::map<std::string, int> coverage;
        int explained = 0;
        for (uint64_t seed = 1; seed <= 20; ++seed) {
            DataOptions o;
            o.customers = 200 + seed * 23;
            o.maxEventsPerCustomer = 8;
            o.stringKeys = seed % 3 == 2;
            o.timeIsDate = seed % 4 == 3;
            o.asOf = daysOfIso("2024-12-31");
            const RandomData data = makeRandomData(o, seed);
            GeneratedGraph gen = generateGraph(data, GraphOptions{}, seed * 131, {});
            // A segment on every set the graph makes, so that every node is on some path.
            int extra = 0;
            for (const std::string& ref : gen.setRefs)
                gen.json["nodes"].push_back(
                    Json{{"id", "explain_" + std::to_string(++extra)}, {"type", "segment"}, {"name", "Explain " + ref}, {"input", ref}});
            const GraphLoadResult loaded = parseGraph(gen.json.dump(), "random.segment.json", {});
            QVERIFY2(loaded.ok(), loaded.diagnostics.empty() ? "generated graph does not load"
                                                              : loaded.diagnostics.front().toString().c_str());
            const Graph& g = *loaded.graph;
            const RunResult batch = batchRun(g, data.dataset);
            const Explainer explainer(g, data.dataset, batch);
            std::vector<size_t> rows;
            std::mt19937_64 rng(seed);
            for (int i = 0; i < 12; ++i)
                rows.push_back(std::uniform_int_distribution<size_t>(0, data.rows() - 1)(rng));
            for (const Node& n : g.nodes)
                if (n.type == NodeType::Segment)
                    if (const Bitset* m = batch.members(n.id); m && m->count() > 0)
                        rows.push_back(firstMember(*m));
            for (size_t row : rows) {
                const Explanation x = explainer.explain(data.keyText(row));
                QCOMPARE(x.row, row);
                for (const SegmentExplanation& e : x.segments) {
                    const std::string problem = checkSegment(e, g, data.dataset, batch, row, &coverage);
                    QVERIFY2(problem.empty(), ("seed " + std::to_string(seed) + ": " + problem).c_str());
                    ++explained;
                }
            }
        }
        // The generator's graphs reach every node type, and both verdicts of the set nodes.
        std::string seen;
        for (const auto& [what, n] : coverage)
            seen += what + " " + std::to_string(n) + "; ";
        for (const char* needed : {"condition in", "condition out", "expression in", "expression out", "behavior in",
                                   "behavior out", "derive", "top in", "top out", "split in", "priority in",
                                   "priority out", "and in", "and out", "or in", "or out", "except in", "except out", "not in",
                                   "not out", "segment in",
                                   "segment out"})
            QVERIFY2(coverage[needed] > 0, (needed + std::string(" never seen: ") + seen).c_str());
        QVERIFY(explained > 500);
    }

    // Every 40th demo customer, every segment.
    void demoAgreesWithBatch()
    {
        const Project p = loadDemo();
        const RunResult batch = batchRun(p.graph, p.data);
        const Explainer explainer(p.graph, p.data, batch);
        for (size_t row = 0; row < p.data.customers.rows(); row += 40) {
            const Explanation x = explainer.explain(p.data.customers.key().textAt(row));
            QCOMPARE(x.segments.size(), batch.segments.size());
            for (const SegmentExplanation& e : x.segments) {
                const std::string problem = checkSegment(e, p.graph, p.data, batch, row);
                QVERIFY2(problem.empty(), problem.c_str());
            }
        }
    }

    // Customer 100001 lives in ES: the VIP segment's first excluding node is the market
    // condition, showing country = ES; the 12-month spend is the sum of their purchases in
    // [as_of - 365, as_of], summed here from the events table.
    void demoVipExclusionHandWorked()
    {
        const Project p = loadDemo();
        const RunResult batch = batchRun(p.graph, p.data);
        const Explainer explainer(p.graph, p.data, batch);
        const SegmentExplanation e = explainer.explainSegment(static_cast<uint32_t>(rowOf(p.data, "100001")), "s_vip");
        QVERIFY(!e.member);
        QVERIFY(e.excluding());
        QCOMPARE(e.excluding()->node, std::string("c_core_markets"));
        QCOMPARE(e.excluding()->read.front().value, std::string("ES"));
        QVERIFY(e.excluding()->reason.find("ES") != std::string::npos);

        const ExplainStep* spend = stepOf(e, "d_spend_365d");
        QVERIFY(spend && spend->events);
        const EventTable& ev = *p.data.events;
        const Column& time = ev.table.columns[static_cast<size_t>(ev.timeColumn)];
        const Column& type = ev.table.columns[static_cast<size_t>(ev.typeColumn)];
        const Column* amount = nullptr;
        for (const Column& c : ev.table.columns)
            if (c.name() == "amount")
                amount = &c;
        const size_t row = rowOf(p.data, "100001");
        double sum = 0;
        size_t purchases = 0;
        const int32_t asOf = batch.asOf;
        for (uint64_t i = ev.offsets[row]; i < ev.offsets[row + 1]; ++i) {
            const int32_t day = dayOfTimestamp(time.intAt(i));
            if (type.textAt(i) == "purchase" && day >= asOf - 365 && day <= asOf && !amount->isNull(i)) {
                sum += amount->doubleAt(i);
                ++purchases;
            }
        }
        QCOMPARE(spend->events->matched, purchases);
        QCOMPARE(std::stod(spend->value), sum);
    }

    // A customer of the VIP pool outside the top 20 %: the top node excludes, with the rank
    // counted here (pool members with a higher 12-month spend, ties by key) and k = ceil(20 % of n).
    void demoTopRankHandWorked()
    {
        const Project p = loadDemo();
        const RunResult batch = batchRun(p.graph, p.data);
        const Explainer explainer(p.graph, p.data, batch);
        const Bitset& pool = *batch.members("a_vip_pool");
        const Bitset& top = *batch.members("t_vip");
        const Column& spend = *batch.derived.at("spend_365d");
        const Column& key = p.data.customers.key();
        size_t candidates = 0;
        pool.forEach([&](size_t r) { candidates += !spend.isNull(r); });
        const size_t cut = (candidates * 20 + 99) / 100;
        int checked = 0;
        pool.forEach([&](size_t r) {
            if (spend.isNull(r) || checked >= 5)
                return;
            size_t rank = 1;
            pool.forEach([&](size_t o) {
                if (o != r && !spend.isNull(o) &&
                    (spend.doubleAt(o) > spend.doubleAt(r) ||
                     (spend.doubleAt(o) == spend.doubleAt(r) && key.intAt(o) < key.intAt(r))))
                    ++rank;
            });
            const SegmentExplanation e = explainer.explainSegment(static_cast<uint32_t>(r), "s_vip");
            const ExplainStep* t = stepOf(e, "t_vip");
            QVERIFY(t && t->rank && t->cut && t->candidates);
            QCOMPARE(*t->rank, rank);
            QCOMPARE(*t->cut, cut);
            QCOMPARE(*t->candidates, candidates);
            QCOMPARE(t->member, top.test(r));
            QCOMPARE(e.member, rank <= cut);
            if (!e.member) {
                QCOMPARE(e.excluding()->node, std::string("t_vip"));
                ++checked;
            }
        });
        QCOMPARE(checked, 5);
    }

    // A split and a priority on the demo: the bucket names the part the customer is in, and a
    // customer of the high-value-at-risk wave is "taken by" it in the win-back wave.
    void demoSplitAndPriority()
    {
        const Project p = loadDemo();
        const RunResult batch = batchRun(p.graph, p.data);
        const Explainer explainer(p.graph, p.data, batch);
        const Bitset& test = *batch.members("s_winback_test");
        const size_t r = firstMember(test);
        QVERIFY(r < test.size());
        const SegmentExplanation inTest = explainer.explainSegment(static_cast<uint32_t>(r), "s_winback_control");
        QVERIFY(!inTest.member);
        QCOMPARE(inTest.excluding()->node, std::string("sp_winback"));
        QVERIFY(inTest.excluding()->bucket.has_value());
        QVERIFY(inTest.excluding()->reason.find("'test'") != std::string::npos);

        // A win-back customer who is not in the win-back wave: an earlier campaign took them.
        const Bitset& wave = *batch.members("s_wave_winback");
        const Bitset& winback = *batch.members("s_winback");
        size_t taken = winback.size();
        winback.forEach([&](size_t x) {
            if (taken == winback.size() && !wave.test(x))
                taken = x;
        });
        QVERIFY2(taken < winback.size(), "the demo has no win-back customer taken by an earlier wave");
        const SegmentExplanation lost = explainer.explainSegment(static_cast<uint32_t>(taken), "s_wave_winback");
        QVERIFY(!lost.member);
        QCOMPARE(lost.excluding()->type, NodeType::Priority);
        QVERIFY(lost.excluding()->takenBy == "s_vip" || lost.excluding()->takenBy == "s_hv_risk" ||
                lost.excluding()->takenBy == "s_cart");
        QVERIFY(batch.members(lost.excluding()->takenBy)->test(taken));
    }

    // The events file cannot be read: the behavior node failed in the run; the explanation
    // says so at that node, which is where the exclusion starts, and the rest still explains.
    void failedNodeIsNamedNotACrash()
    {
        QTemporaryDir dir;
        QFile customers(dir.filePath("customers.csv"));
        QVERIFY(customers.open(QIODevice::WriteOnly));
        customers.write("id,country\n1,US\n2,DE\n");
        customers.close();
        const char* graphText = R"({"format":"segment-studio/graph","format_version":1,"as_of":"2024-12-31",
          "datasets":{"customers":{"path":"customers.csv","key":"id"},
                      "events":{"path":"missing.csv","key":"id","time":"ts","type":"type"}},
          "nodes":[{"id":"c_us","type":"condition","field":"country","op":"eq","value":"US"},
                   {"id":"b_buy","type":"behavior","input":"c_us","event":"purchase","aggregate":"count","op":"ge","value":1},
                   {"id":"s_buyers","type":"segment","name":"Buyers","input":"b_buy"},
                   {"id":"s_us","type":"segment","name":"US","input":"c_us"}]})";
        GraphLoadResult loaded = parseGraph(graphText, (dir.path() + "/g.segment.json").toStdString(), {});
        QVERIFY(loaded.ok());
        Graph& g = *loaded.graph;
        g.baseDir = dir.path().toStdString();
        const Dataset data = loadDataset(g.customers, g.resolve(g.customers.path), g.events, g.resolve(g.events->path));
        QVERIFY(!data.eventsError.empty());
        const RunResult batch = batchRun(g, data);
        const Explainer explainer(g, data, batch);
        const Explanation x = explainer.explain("1");
        QCOMPARE(x.segments.size(), size_t{2});
        const SegmentExplanation& buyers = x.segments[0];
        QVERIFY(!buyers.member);
        QCOMPARE(buyers.excluding()->node, std::string("b_buy"));
        QVERIFY(!buyers.excluding()->error.empty());
        QVERIFY(buyers.excluding()->reason.find("could not be evaluated") != std::string::npos);
        QVERIFY(x.segments[1].member);
        QVERIFY(x.toString().find("error: ") != std::string::npos);
    }

    void missingKeyAndSegmentAreNamed()
    {
        const Project p = loadDemo();
        const RunResult batch = batchRun(p.graph, p.data);
        const Explainer explainer(p.graph, p.data, batch);
        QVERIFY(!explainer.rowOfKey("no-such-customer"));
        try {
            (void)explainer.explain("no-such-customer");
            QFAIL("no error for a missing key");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("no customer with key 'no-such-customer'") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(Error, (void)explainer.explain("100001", std::string("c_lapsed")));
    }
};

QTEST_GUILESS_MAIN(TestExplain)
#include "test_explain.moc"
