// Profile updates proven against the batch engine: a stream that mixes events with profile
// updates of known customers and of new ones (which creates them) ends with exactly the members
// of a batch run over a customers file edited the same way, written here as text, and an events
// file holding the new customers' events sent after their creation (those sent before it are
// ignored, as events of unknown customers are). Then day by day, as in the differential test.
#include "graph/graph_io.h"
#include "live_test_support.h"

#include <QtTest/QtTest>
#include <QTemporaryDir>

#include <fstream>
#include <map>
#include <sstream>

using namespace seg;
using namespace seg::live_test;

namespace {

namespace fs = std::filesystem;

// One CSV record as raw field texts (quotes kept, so a field can be copied verbatim).
std::vector<std::string> splitCsv(const std::string& line)
{
    std::vector<std::string> out(1);
    bool quoted = false;
    for (char ch : line) {
        if (ch == '"')
            quoted = !quoted;
        if (ch == ',' && !quoted)
            out.emplace_back();
        else
            out.back().push_back(ch);
    }
    return out;
}

std::string joinCsv(const std::vector<std::string>& fields)
{
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i)
        out += (i ? "," : "") + fields[i];
    return out;
}

std::vector<std::vector<std::string>> readCsv(const fs::path& file)
{
    std::ifstream in(file);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line))
        if (!line.empty())
            rows.push_back(splitCsv(line));
    return rows;
}

void writeCsv(const fs::path& file, const std::vector<std::vector<std::string>>& rows)
{
    std::ofstream out(file);
    for (const auto& r : rows)
        out << joinCsv(r) << "\n";
}

// A customer value as the JSON of a profile update (the importer's value of the source row).
Json jsonOf(const Column& c, size_t row)
{
    if (c.isNull(row))
        return nullptr;
    switch (c.type()) {
    case DataType::Int: return c.intAt(row);
    case DataType::Double: return c.doubleAt(row);
    case DataType::Bool: return c.boolAt(row);
    default: return c.textAt(row);
    }
}

// An events.csv record (customer_id,ts,event_type,amount,product_category) as a message.
std::string eventMessage(const std::vector<std::string>& f, const std::string& key, const std::string& id)
{
    Json j = Json::object();
    j["event_id"] = id;
    j["customer_id"] = key;
    j["ts"] = f[1];
    j["event_type"] = f[2];
    j["amount"] = f[3].empty() ? Json(nullptr) : Json::parse(f[3]);
    j["product_category"] = f[4].empty() ? Json(nullptr) : Json(f[4]);
    return j.dump();
}

struct Scenario {
    std::vector<std::string> stream; // the messages in order
    fs::path editedGraph;            // the same graph over the edited customers and events files
    size_t created = 0;
};

// Builds the stream and, independently, the edited files: each message has a random place in
// the stream; the files are edited walking the messages in that order.
Scenario buildScenario(const Graph& g, const Dataset& data, const fs::path& demo, const fs::path& out, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&](double a, double b) { return std::uniform_real_distribution<double>(a, b)(rng); };
    auto below = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
    auto customers = readCsv(demo / "customers.csv");
    auto events = readCsv(demo / "events.csv");
    const auto original = customers; // profile values come from the unedited records
    const size_t columns = customers[0].size();
    std::map<std::string, std::vector<size_t>> eventsOf; // customer key text -> events.csv records
    for (size_t e = 1; e < events.size(); ++e)
        eventsOf[events[e][0]].push_back(e);
    // Customer records by the importer's row (the demo has no duplicate keys: file order).
    const Table& table = data.customers.table;

    struct Item {
        double at = 0;
        std::string line;
        int kind = 0;      // 0 event, 1 update, 2 create, 3 event of a new customer after creation
        size_t target = 0; // customer record (1-based, in `customers`)
        std::vector<std::pair<size_t, size_t>> set; // (column, source record)
        size_t eventRecord = 0;
        std::string key;
    };
    std::vector<Item> items;
    for (const auto& l : eventLines(*data.events, [](size_t r) { return r % 2 == 0; }, false, 0.05, seed))
        items.push_back({uniform(0, 1), l.text, 0, 0, {}, 0, {}});
    auto randomSet = [&](size_t count) {
        std::vector<std::pair<size_t, size_t>> set;
        for (size_t i = 0; i < count; ++i) {
            const size_t column = 1 + below(columns - 1); // never the key (column 0)
            set.emplace_back(column, 1 + below(customers.size() - 1));
        }
        return set;
    };
    auto profileLine = [&](const std::string& key, const std::vector<std::pair<size_t, size_t>>& set) {
        Json values = Json::object();
        for (const auto& [column, source] : set)
            values[table.columns[column].name()] = jsonOf(table.columns[column], source - 1);
        return Json{{"kind", "profile"}, {"customer_id", key}, {"set", values}}.dump();
    };
    for (int i = 0; i < 200; ++i) {
        const size_t target = 1 + below(customers.size() - 1);
        auto set = randomSet(1 + below(3));
        items.push_back({uniform(0, 1), profileLine(customers[target][0], set), 1, target, set, 0, {}});
    }
    Scenario s;
    for (int i = 0; i < 40; ++i) {
        const std::string key = std::to_string(900001 + i);
        auto set = randomSet(below(5)); // sometimes nothing: a bare sign-up
        const double created = uniform(0, 0.8);
        items.push_back({created, profileLine(key, set), 2, 0, set, 0, key});
        // The events of an existing customer, sent again for the new one: after its creation
        // they count; one sent before it is ignored.
        const auto& source = eventsOf[customers[1 + below(customers.size() - 1)][0]];
        for (size_t k = 0; k < source.size(); ++k) {
            const bool before = k == 0 && i % 4 == 0;
            const std::string id = "n" + key + "_" + std::to_string(k);
            items.push_back({before ? uniform(0, created) : uniform(created, 1),
                             eventMessage(events[source[k]], key, id), before ? 0 : 3, 0, {}, source[k], key});
        }
        ++s.created;
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.at < b.at; });
    for (const Item& item : items) {
        s.stream.push_back(item.line);
        if (item.kind == 1) {
            for (const auto& [column, source] : item.set)
                customers[item.target][column] = original[source][column];
        } else if (item.kind == 2) {
            std::vector<std::string> record(columns);
            record[0] = item.key;
            for (const auto& [column, source] : item.set)
                record[column] = original[source][column];
            customers.push_back(record);
        } else if (item.kind == 3) {
            auto record = events[item.eventRecord];
            record[0] = item.key;
            events.push_back(record);
        }
    }
    fs::create_directories(out);
    writeCsv(out / "customers.csv", customers);
    writeCsv(out / "events.csv", events);
    s.editedGraph = out / "retail.segment.json";
    fs::copy_file(demo / "retail.segment.json", s.editedGraph, fs::copy_options::overwrite_existing);
    (void)g;
    return s;
}

Dataset loadData(const Graph& g)
{
    return loadDataset(g.customers, g.resolve(g.customers.path), g.events, g.resolve(g.events->path));
}

// Every set of the batch run, as "ref|key" texts, against the live engine's.
std::string compareByKey(const RunResult& batch, const Dataset& edited, const LiveEngine& live)
{
    for (const auto& [ref, set] : batch.sets) {
        std::set<std::string> want, got;
        set->forEach([&](size_t r) { want.insert(edited.customers.key().textAt(r)); });
        live.members(ref).forEach([&](size_t r) { got.insert(live.keyText(static_cast<uint32_t>(r))); });
        if (want != got) {
            for (const auto& k : want)
                if (!got.count(k))
                    return "set '" + ref + "' at " + formatDate(live.clock()) + ": customer " + k + " missing";
            for (const auto& k : got)
                if (!want.count(k))
                    return "set '" + ref + "' at " + formatDate(live.clock()) + ": customer " + k + " extra";
        }
    }
    return {};
}

} // namespace

class TestLiveProfiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void profileUpdatesAndNewCustomersEqualBatchOverTheEditedTable_data()
    {
        QTest::addColumn<size_t>("batch");
        QTest::newRow("line by line") << size_t{0};
        QTest::newRow("in batches") << size_t{300};
    }
    void profileUpdatesAndNewCustomersEqualBatchOverTheEditedTable()
    {
        QFETCH(size_t, batch);
        const fs::path demo = fs::path(SEG_SOURCE_DIR) / "resources/demo";
        GraphLoadResult loaded = loadGraphFile(demo / "retail.segment.json");
        QVERIFY(loaded.ok());
        const Graph& g = *loaded.graph;
        const Dataset data = loadData(g);
        QTemporaryDir dir;
        const Scenario s = buildScenario(g, data, demo, fs::path(dir.path().toStdString()) / "edited", 17);

        LiveEngine engine(g, data, *g.asOf);
        engine.start([](size_t r) { return r % 2 == 0; });
        LiveIntakeOptions options;
        options.maxFutureDays = 1'000'000;
        LiveIntake intake(engine, options);
        std::vector<LiveChange> changes;
        std::vector<DeadLetter> dead;
        if (batch == 0) {
            for (size_t i = 0; i < s.stream.size(); ++i)
                intake.processLine(s.stream[i], i + 1, changes, dead);
        } else {
            for (size_t from = 0; from < s.stream.size(); from += batch) {
                std::vector<std::string_view> views(s.stream.begin() + static_cast<std::ptrdiff_t>(from),
                                                    s.stream.begin() + static_cast<std::ptrdiff_t>(std::min(s.stream.size(), from + batch)));
                intake.processLines(views, from + 1, changes, dead);
            }
        }
        QVERIFY2(dead.empty(), dead.empty() ? "" : dead.front().reason.c_str());
        QCOMPARE(intake.counters().createdCustomers, uint64_t{s.created});
        QCOMPARE(engine.createdCustomers(), s.created);
        QCOMPARE(intake.counters().unknownCustomers, uint64_t{10}); // one early event per 4th new customer

        GraphLoadResult editedLoaded = loadGraphFile(s.editedGraph);
        QVERIFY(editedLoaded.ok());
        const Graph& eg = *editedLoaded.graph;
        const Dataset edited = loadData(eg);
        QCOMPARE(edited.customers.rows(), engine.customers());
        // The final customers table (what --export writes) is the edited file, cell by cell.
        const CustomerTable final = engine.customerTable();
        QCOMPARE(final.rows(), edited.customers.rows());
        for (size_t c = 0; c < edited.customers.table.columns.size(); ++c)
            for (size_t r = 0; r < edited.customers.rows(); ++r)
                if (final.table.columns[c].textAt(r) != edited.customers.table.columns[c].textAt(r) ||
                    final.table.columns[c].isNull(r) != edited.customers.table.columns[c].isNull(r))
                    QFAIL(("customer table differs at row " + std::to_string(r) + ", column " +
                           edited.customers.table.columns[c].name())
                              .c_str());

        RunResult reference = batchAt(eg, edited, *g.asOf);
        std::string problem = compareByKey(reference, edited, engine);
        QVERIFY2(problem.empty(), problem.c_str());
        // The new customers are in some segment (else this test would prove little).
        size_t newMembers = 0;
        for (const auto& c : changes)
            newMembers += c.key.rfind("9000", 0) == 0 && c.enter;
        QVERIFY(newMembers > 0);
        for (int d = 1; d <= 20; ++d) {
            RunResult next = batchAt(eg, edited, *g.asOf + d);
            changes.clear();
            intake.advanceClock(*g.asOf + d, changes);
            problem = compareByKey(next, edited, engine);
            QVERIFY2(problem.empty(), problem.c_str());
            const auto expected = expectedTriggers(segmentMembers(eg, reference, edited), segmentMembers(eg, next, edited));
            QCOMPARE(triggerTexts(changes), expected);
            reference = std::move(next);
        }
    }
};

QTEST_GUILESS_MAIN(TestLiveProfiles)
#include "test_live_profiles.moc"
