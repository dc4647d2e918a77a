// The live path proven against the batch engine (the reference): replaying an event log into a
// live engine that started from the imported customers (and part of the events) ends with
// exactly the batch members of every set, whatever the order and with messages sent twice;
// then, moving the clock day by day, the members equal a batch run at each day and the
// triggers are exactly the difference between consecutive days. On the demo project, on
// generated data and on random graphs of every node type (the SQLite oracle's generator).
#include "generate/generator.h"
#include "graph/graph_io.h"
#include "live_test_support.h"
#include "oracle_graph.h"

#include <QtTest/QtTest>
#include <QTemporaryDir>

using namespace seg;
using namespace seg::live_test;

#define EXPECT_NO_PROBLEM(text)                                                                          \
    do {                                                                                                 \
        const std::string problem_ = (text);                                                             \
        QVERIFY2(problem_.empty(), problem_.c_str());                                                    \
    } while (false)

namespace {

struct Project {
    Graph graph;
    Dataset data;
};

Project loadProject(const std::filesystem::path& file)
{
    GraphLoadResult loaded = loadGraphFile(file);
    if (!loaded.ok())
        qFatal("cannot load %s: %s", file.string().c_str(), loaded.diagnostics.front().toString().c_str());
    Project p{std::move(*loaded.graph), {}};
    std::optional<std::filesystem::path> events;
    if (p.graph.events)
        events = p.graph.resolve(p.graph.events->path);
    p.data = loadDataset(p.graph.customers, p.graph.resolve(p.graph.customers.path), p.graph.events, events);
    return p;
}

// Replays `lines` through an intake, one by one or in batches of `batch` (processLines);
// returns the problem or "".
std::string replay(LiveIntake& intake, const std::vector<Line>& lines, std::vector<LiveChange>& changes,
                   std::vector<DeadLetter>& dead, size_t batch = 0)
{
    if (batch == 0) {
        for (const auto& l : lines)
            intake.processLine(l.text, l.number, changes, dead);
    } else {
        for (size_t from = 0; from < lines.size(); from += batch) {
            std::vector<std::string_view> views;
            for (size_t i = from; i < std::min(lines.size(), from + batch); ++i)
                views.push_back(lines[i].text);
            intake.processLines(views, lines[from].number, changes, dead);
        }
    }
    return {};
}

std::string replay(LiveIntake& intake, const std::vector<Line>& lines, std::vector<LiveChange>& changes,
                   size_t batch = 0)
{
    std::vector<DeadLetter> dead;
    replay(intake, lines, changes, dead, batch);
    if (!dead.empty())
        return "dead letter at line " + std::to_string(dead.front().line) + ": " + dead.front().reason;
    return {};
}

// The whole differential check of one graph and data set: start with the events that
// `imported` keeps, replay the others (order and duplicates per the flags), compare with batch
// at as_of; then `days` days forward one at a time, comparing members and triggers.
std::string checkGraph(const Graph& g, const Dataset& data, const std::function<bool(size_t)>& imported, bool shuffle,
                       double duplicates, int days, uint64_t seed, size_t batchSize = 0)
{
    const int32_t asOf = *g.asOf;
    LiveEngine engine(g, data, asOf);
    engine.start(imported ? imported : [](size_t) { return false; });
    // The random data has events after as_of on purpose (window edges): a replay of a log
    // takes every event, as a batch run does.
    LiveIntakeOptions options;
    options.maxFutureDays = 1'000'000;
    LiveIntake intake(engine, options);
    std::vector<LiveChange> changes;
    if (data.events) {
        const auto lines = eventLines(*data.events, imported, shuffle, duplicates, seed);
        if (auto p = replay(intake, lines, changes, batchSize); !p.empty())
            return p;
        if (duplicates > 0 && intake.counters().duplicates == 0)
            return "no duplicate was counted";
    }
    RunResult batch = batchAt(g, data, asOf);
    if (auto p = difference(batch, engine); !p.empty())
        return "after the replay: " + p;
    for (int d = 1; d <= days; ++d) {
        RunResult next = batchAt(g, data, asOf + d);
        changes.clear();
        intake.advanceClock(asOf + d, changes);
        if (auto p = difference(next, engine); !p.empty())
            return p;
        const auto expected = expectedTriggers(segmentMembers(g, batch, data), segmentMembers(g, next, data));
        const auto got = triggerTexts(changes);
        if (expected != got)
            return "triggers at " + formatDate(asOf + d) + ": " + std::to_string(got.size()) + " instead of " +
                std::to_string(expected.size()) + " expected";
        batch = std::move(next);
    }
    return {};
}

} // namespace

class TestLiveDifferential : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoReplayEqualsBatch_data()
    {
        QTest::addColumn<int>("importEvery");
        QTest::addColumn<bool>("shuffle");
        QTest::addColumn<double>("duplicates");
        QTest::newRow("file order") << 0 << false << 0.0;
        QTest::newRow("shuffled") << 0 << true << 0.0;
        QTest::newRow("shuffled, 10 % twice") << 0 << true << 0.1;
        QTest::newRow("every 3rd imported, shuffled, 10 % twice") << 3 << true << 0.1;
    }
    void demoReplayEqualsBatch()
    {
        QFETCH(int, importEvery);
        QFETCH(bool, shuffle);
        QFETCH(double, duplicates);
        const Project p = loadProject(std::filesystem::path(SEG_SOURCE_DIR) / "resources/demo/retail.segment.json");
        std::function<bool(size_t)> imported;
        if (importEvery > 0)
            imported = [importEvery](size_t r) { return r % static_cast<size_t>(importEvery) == 0; };
        EXPECT_NO_PROBLEM(checkGraph(p.graph, p.data, imported, shuffle, duplicates, 0, 42));
    }

    // processLines() gives exactly what processLine() one by one gives: the same changes (ids
    // and order), dead letters, counters and members, with bad lines and profiles mixed in.
    void batchesEqualLineByLine()
    {
        const Project p = loadProject(std::filesystem::path(SEG_SOURCE_DIR) / "resources/demo/retail.segment.json");
        auto lines = eventLines(*p.data.events, [](size_t r) { return r % 2 == 0; }, true, 0.1, 3);
        const std::vector<std::string> extra = {"{broken", "", R"({"kind":"profile","customer_id":"100002","set":{"loyalty_tier":"gold"}})",
                                                R"({"event_id":"x","customer_id":1,"ts":"2024-12-30","colour":1})", "[1]",
                                                R"({"event_id":"y","customer_id":100003,"ts":"2030-01-01","event_type":"view"})"};
        for (size_t i = 0; i < extra.size(); ++i)
            lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(i * 997 % lines.size()), Line{extra[i], 0});
        for (size_t i = 0; i < lines.size(); ++i)
            lines[i].number = i + 1;
        std::string result[2];
        for (int mode = 0; mode < 2; ++mode) {
            LiveEngine engine(p.graph, p.data, *p.graph.asOf);
            engine.start([](size_t r) { return r % 2 == 0; });
            LiveIntakeOptions options;
            options.latenessDays = 200; // some events refused as too late, in the admission stage
            LiveIntake intake(engine, options);
            std::vector<LiveChange> changes;
            std::vector<DeadLetter> dead;
            replay(intake, lines, changes, dead, mode == 0 ? 0 : 777);
            std::string& out = result[mode];
            for (const auto& c : changes)
                out += c.changeId + " " + c.segment + " " + c.key + " " + c.eventId + "\n";
            for (const auto& d : dead)
                out += std::to_string(d.line) + " " + d.reason + " " + d.message + "\n";
            out += intake.countersToJson().dump() + "\n";
            for (const Node& n : p.graph.nodes)
                if (n.type == NodeType::Segment)
                    out += n.id + " " + std::to_string(engine.members(n.id).count()) + "\n";
            QVERIFY(intake.counters().deadLettered > 4);
            QVERIFY(intake.counters().tooLate > 0);
            QVERIFY(intake.counters().profiles == 1);
        }
        QCOMPARE(result[1], result[0]);
    }

    // 40 days forward from as_of: windows of 30 days lose events, "joined in the last 60 days"
    // customers age out, days_since() moves for everyone.
    void demoDayByDay()
    {
        const Project p = loadProject(std::filesystem::path(SEG_SOURCE_DIR) / "resources/demo/retail.segment.json");
        EXPECT_NO_PROBLEM(checkGraph(p.graph, p.data, [](size_t r) { return r % 2 == 0; }, true, 0.1, 40, 7));
    }

    void generatedDataReplayAndDays()
    {
        QTemporaryDir dir;
        GenerateOptions o;
        o.customers = 3000;
        o.events = 45000;
        o.seed = 5;
        o.outDir = dir.path().toStdString();
        generateDataset(o);
        const Project p = loadProject(o.outDir / "demo.segment.json");
        EXPECT_NO_PROBLEM(checkGraph(p.graph, p.data, {}, true, 0.1, 0, 11));
        EXPECT_NO_PROBLEM(checkGraph(p.graph, p.data, [](size_t r) { return r % 4 == 1; }, true, 0.1, 20, 12));
    }

    // Random graphs of every node type (tests/exec's oracle generator) over random data with
    // int and string keys, timestamp and date event times.
    void randomGraphsEqualBatch()
    {
        using namespace seg::oracle;
        for (uint64_t seed = 1; seed <= 24; ++seed) {
            DataOptions o;
            o.customers = 300 + seed * 37;
            o.maxEventsPerCustomer = 8;
            o.stringKeys = seed % 3 == 2;
            o.timeIsDate = seed % 4 == 3;
            o.asOf = daysOfIso("2024-12-31");
            const RandomData data = makeRandomData(o, seed);
            const GeneratedGraph gen = generateGraph(data, GraphOptions{}, seed * 101, {});
            const GraphLoadResult loaded = parseGraph(gen.json.dump(), "random.segment.json", {});
            QVERIFY2(loaded.ok(), "generated graph does not load");
            const Graph& g = *loaded.graph;
            // Odd seeds replay in batches (processLines: parsed on all workers, applied in order).
            const std::string problem = checkGraph(g, data.dataset, [](size_t r) { return r % 3 == 0; }, true, 0.1, 8,
                                                   seed, seed % 2 ? 500 : 0);
            QVERIFY2(problem.empty(), ("seed " + std::to_string(seed) + ": " + problem).c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestLiveDifferential)
#include "test_live_differential.moc"
