// Issue 18, the cold path: prepareForRun (data/run_prep.h) builds the scan copies, day copies
// and domain indexes right after the import, which the first run otherwise builds lazily
// inside its nodes. A run on prepared data must give exactly the members and derived columns
// of the plain (lazy) path, for every strategy and for 1 and 2 threads: random graphs of every
// node type over random data with NULLs and edge values (oracle_data.h), on sizes across the
// word and partition boundaries; and the generated benchmark graphs over the generator's
// customers, whose e-mail column is big enough for a domain index.
// Also: the decimal scan copy (rewritten without its temporary) decodes to every value.
#include "data/run_prep.h"
#include "data/importer.h"
#include "exec/runner.h"
#include "generate/generator.h"
#include "generate/standard_graph.h"
#include "graph/graph_io.h"
#include "oracle_graph.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <cstring>

using namespace seg;
using namespace seg::oracle;

namespace {

Graph loadGenerated(const Json& doc)
{
    const GraphLoadResult loaded = parseGraph(doc.dump(), "random.segment.json", {});
    if (!loaded.ok())
        throw std::runtime_error("generated graph does not load");
    return *loaded.graph;
}

RunResult runWith(const Graph& g, const Dataset& data, Strategy s, int threads)
{
    RunOptions o;
    o.strategy = s;
    o.threads = threads;
    o.allNodes = true;
    return runGraph(g, data, o);
}

// Empty when `b` has the statuses, sizes, sets and derived values of `a`.
std::string difference(const RunResult& a, const RunResult& b)
{
    if (a.nodes.size() != b.nodes.size() || a.sets.size() != b.sets.size())
        return "different node or set counts";
    for (const NodeRun& na : a.nodes) {
        const NodeRun* nb = b.node(na.id);
        if (!nb || na.status != nb->status || na.size != nb->size)
            return "node '" + na.id + "' differs";
    }
    for (const auto& [ref, set] : a.sets) {
        const Bitset* other = b.members(ref);
        if (!other || !(*other == *set))
            return "set '" + ref + "' differs";
    }
    for (const auto& [name, col] : a.derived) {
        const auto it = b.derived.find(name);
        if (it == b.derived.end() || it->second->size() != col->size())
            return "derived column '" + name + "' missing";
        for (size_t r = 0; r < col->size(); ++r)
            if (col->isNull(r) != it->second->isNull(r) || col->textAt(r) != it->second->textAt(r))
                return "derived column '" + name + "' differs at row " + std::to_string(r);
    }
    return {};
}

} // namespace

class TestFirstRunPrepared : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void preparedRunEqualsLazyRun_data()
    {
        QTest::addColumn<size_t>("customers");
        QTest::addColumn<uint64_t>("seed");
        for (uint64_t seed : {1u, 2u, 3u, 4u})
            QTest::newRow(("1000 rows, seed " + std::to_string(seed)).c_str()) << size_t{1000} << seed;
        // Over one partition (65,536 rows) and enough distinct e-mails for a domain index.
        QTest::newRow("70000 rows, seed 7") << size_t{70000} << uint64_t{7};
    }
    void preparedRunEqualsLazyRun()
    {
        QFETCH(size_t, customers);
        QFETCH(uint64_t, seed);
        DataOptions o;
        o.customers = customers;
        o.maxEventsPerCustomer = customers > 10'000 ? 2 : 6;
        o.stringKeys = seed % 3 == 2;
        o.asOf = daysOfIso("2024-12-31");
        // Two independent copies of the same data: a column copy would share its scan copies.
        const RandomData lazy = makeRandomData(o, seed);
        const RandomData prepared = makeRandomData(o, seed);
        prepareForRun(prepared.dataset.customers.table);
        for (int i = 0; i < 2; ++i) {
            const GeneratedGraph gen = generateGraph(lazy, GraphOptions{}, seed * 100 + static_cast<uint64_t>(i), {});
            const Graph graph = loadGenerated(gen.json);
            for (Strategy s : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid})
                for (int threads : {1, 2}) {
                    // Each pair runs on the lazy copy first: its first run builds what it needs.
                    const RunResult a = runWith(graph, lazy.dataset, s, threads);
                    const RunResult b = runWith(graph, prepared.dataset, s, threads);
                    const std::string diff = difference(a, b);
                    QVERIFY2(diff.empty(), (std::string(strategyName(s)) + " x" + std::to_string(threads) + ": " + diff).c_str());
                }
        }
    }

    // The generator's customers (70,000: unique e-mails enough for a domain index, NULLs in
    // several columns, a timestamp), imported twice without preparation; the standard graph
    // (customers only: ends_with on e-mail, a top, a split, derive nodes) and the honest
    // graph on the prepared copy and on the lazy one.
    void generatedGraphsPreparedEqualLazy()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path root = dir.path().toStdString();
        GenerateOptions gen;
        gen.customers = 70000;
        gen.events = 0;
        gen.seed = 5;
        gen.outDir = root;
        generateDataset(gen);
        ImportOptions io;
        io.spec.path = (root / "customers.csv").string();
        io.spec.key = "customer_id";
        Dataset lazy, prepared;
        lazy.customers = importCustomers(root / "customers.csv", io, lazy.customersReport);
        prepared.customers = importCustomers(root / "customers.csv", io, prepared.customersReport);

        const Table& t = prepared.customers.table;
        const size_t before = t.memoryBytes();
        prepareForRun(t);
        const size_t after = t.memoryBytes();
        QVERIFY(after > before); // the copies are counted in the memory report
        prepareForRun(t);        // a second call builds nothing more
        QCOMPARE(t.memoryBytes(), after);
        QVERIFY(t.find("last_seen")->dayCopy());
        QVERIFY(t.find("email")->domainIndex());
        QVERIFY(t.find("total_spend")->narrowCopy());

        StandardGraphOptions so;
        so.events = false;
        for (const Json& doc : {standardGraph(so).graph, honestGraph(so).graph}) {
            const Graph graph = loadGenerated(doc);
            for (Strategy s : {Strategy::Sequential, Strategy::Parallel, Strategy::Hybrid})
                for (int threads : {1, 2}) {
                    const RunResult a = runWith(graph, lazy, s, threads);
                    const RunResult b = runWith(graph, prepared, s, threads);
                    QVERIFY(!a.partialFailure());
                    const std::string diff = difference(a, b);
                    QVERIFY2(diff.empty(), (graph.name + ", " + std::string(strategyName(s)) + " x"
                                            + std::to_string(threads) + ": " + diff).c_str());
                }
        }
    }

    // The decimal copy: stored + base over 10^decimals gives every present value back exactly;
    // NULL rows hold 0; values past 4 decimals or 2^31 / 10^d give no copy.
    void decimalCopyDecodesEveryValue_data()
    {
        QTest::addColumn<QString>("values"); // "" is NULL
        QTest::addColumn<int>("decimals");   // -1: no copy
        QTest::addColumn<int>("width");
        QTest::newRow("money") << "19.99,,-5.25,0,1000000.5,-0.0,0.01" << 2 << 4;
        QTest::newRow("small") << "1.5,2.5,,3" << 1 << 1;
        QTest::newRow("integers") << "-40000,12,,40000" << 0 << 4;
        QTest::newRow("four decimals") << "0.0001,-0.0002,,214748.3646" << 4 << 4;
        QTest::newRow("five decimals") << "0.00001,1" << -1 << 0;
        QTest::newRow("too big at 4 decimals") << "214748.3648,0.0001" << -1 << 0;
        QTest::newRow("too big") << "3e9,1" << -1 << 0;
        QTest::newRow("all NULL") << ",," << 0 << 1;
    }
    void decimalCopyDecodesEveryValue()
    {
        QFETCH(QString, values);
        QFETCH(int, decimals);
        QFETCH(int, width);
        std::vector<double> v;
        Bitset valid;
        const QStringList parts = values.split(',');
        valid.resize(static_cast<size_t>(parts.size()));
        for (int i = 0; i < parts.size(); ++i) {
            v.push_back(parts[i].isEmpty() ? 0.0 : parts[i].toDouble());
            if (!parts[i].isEmpty())
                valid.set(static_cast<size_t>(i));
        }
        const Column c = Column::fromDoubles("x", v, valid);
        const Column::NarrowCopy* copy = c.narrowCopy();
        if (decimals < 0) {
            QVERIFY(!copy);
            return;
        }
        QVERIFY(copy);
        QCOMPARE(copy->decimals, decimals);
        QCOMPARE(static_cast<int>(copy->width), width);
        for (size_t r = 0; r < v.size(); ++r) {
            uint64_t stored = 0;
            std::memcpy(&stored, copy->bytes.data() + r * copy->width, copy->width); // little-endian
            if (c.isNull(r)) {
                QCOMPARE(stored, uint64_t{0});
                continue;
            }
            const double back = static_cast<double>(static_cast<int64_t>(stored) + copy->base) / Column::decimalScale(decimals);
            QVERIFY2(back == v[r], values.toUtf8().constData()); // exact, not fuzzy
            QVERIFY(stored <= copy->maxStored);
        }
    }
};

QTEST_GUILESS_MAIN(TestFirstRunPrepared)
#include "test_first_run_prepared.moc"
