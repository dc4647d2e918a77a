// The data generator: byte-for-byte determinism, row counts, headers, and that every value
// has the intended type and is consistent with the rest of its row and with events.csv.
#include "csv_test_util.h"
#include "data/types.h"
#include "generate/generator.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <set>

using namespace seg;
using seg::test::CsvRows;
using seg::test::parseCsvText;
using seg::test::readFile;
using seg::test::tempFilesIn;

namespace {

std::filesystem::path tempPath(const QTemporaryDir& dir) { return dir.path().toStdString(); }

GenerateOptions options(size_t customers, size_t events, uint64_t seed, std::filesystem::path out)
{
    GenerateOptions o;
    o.customers = customers;
    o.events = events;
    o.seed = seed;
    o.outDir = std::move(out);
    return o;
}

// The inference rule of spec section 2, written independently of the importer: the type a
// column of text values (empty = NULL) will be read as.
std::string inferredType(const CsvRows& rows, size_t column)
{
    bool isInt = true, isDouble = true, isBool = true, isDate = true, isTimestamp = true;
    for (size_t r = 1; r < rows.size(); ++r) {
        const std::string& v = rows[r][column];
        if (v.empty())
            continue;
        isInt = isInt && parseInt64(v).has_value();
        isDouble = isDouble && parseDouble(v).has_value();
        isBool = isBool && parseBool(v).has_value();
        isDate = isDate && parseIsoDate(v).has_value();
        isTimestamp = isTimestamp && parseIsoTimestamp(v).has_value();
    }
    return isInt ? "int" : isDouble ? "double" : isBool ? "bool" : isDate ? "date" : isTimestamp ? "timestamp" : "string";
}

size_t columnIndex(const CsvRows& rows, const std::string& name)
{
    for (size_t i = 0; i < rows[0].size(); ++i)
        if (rows[0][i] == name)
            return i;
    return SIZE_MAX;
}

} // namespace

class TestGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameBytesOtherSeedOtherBytes()
    {
        QTemporaryDir a, b, c;
        generateDataset(options(300, 4000, 42, tempPath(a)));
        generateDataset(options(300, 4000, 42, tempPath(b)));
        generateDataset(options(300, 4000, 43, tempPath(c)));
        for (const char* name : {"customers.csv", "events.csv", "demo.segment.json"})
            QCOMPARE(readFile(tempPath(a) / name), readFile(tempPath(b) / name));
        QVERIFY(readFile(tempPath(a) / "customers.csv") != readFile(tempPath(c) / "customers.csv"));
        QVERIFY(readFile(tempPath(a) / "events.csv") != readFile(tempPath(c) / "events.csv"));
    }

    void demoDataIsReproducible()
    {
        // resources/demo was made with these options; a difference means the generator's output
        // changed (platform, compiler or code): regenerate the demo only if that was intended.
        QTemporaryDir dir;
        generateDataset(options(2000, 30000, 2024, tempPath(dir)));
        const std::filesystem::path demo = std::filesystem::path(SEG_SOURCE_DIR) / "resources" / "demo";
        QVERIFY(readFile(tempPath(dir) / "customers.csv") == readFile(demo / "customers.csv"));
        QVERIFY(readFile(tempPath(dir) / "events.csv") == readFile(demo / "events.csv"));
    }

    void headersAndRowCounts()
    {
        QTemporaryDir dir;
        generateDataset(options(1234, 5678, 7, tempPath(dir)));
        const CsvRows customers = parseCsvText(readFile(tempPath(dir) / "customers.csv"));
        const CsvRows events = parseCsvText(readFile(tempPath(dir) / "events.csv"));
        const std::vector<std::string> expectedCustomerHeader{
            "customer_id", "email", "first_name", "last_name", "gender", "age", "country", "city", "signup_date",
            "lifetime_days", "channel", "device", "orders", "total_spend", "avg_order_value", "first_order_date",
            "last_order_date", "loyalty_tier", "email_opt_in", "sms_opt_in", "churn_score", "last_seen",
            "referrals", "returns", "preferred_category", "nps"};
        QCOMPARE(customers[0], expectedCustomerHeader);
        QCOMPARE(generatedCustomerColumns(), expectedCustomerHeader);
        QCOMPARE(events[0], (std::vector<std::string>{"customer_id", "ts", "event_type", "amount", "product_category"}));
        QCOMPARE(customers.size(), size_t{1235});
        QCOMPARE(events.size(), size_t{5679});
        for (const auto& row : customers)
            QCOMPARE(row.size(), expectedCustomerHeader.size());
        for (const auto& row : events)
            QCOMPARE(row.size(), size_t{5});
    }

    void customerValuesHaveTheirTypes()
    {
        QTemporaryDir dir;
        const GenerateOptions o = options(2000, 0, 99, tempPath(dir));
        generateDataset(o);
        const CsvRows rows = parseCsvText(readFile(tempPath(dir) / "customers.csv"));
        const std::map<std::string, std::string> intended{
            {"customer_id", "int"}, {"email", "string"}, {"first_name", "string"}, {"last_name", "string"},
            {"gender", "string"}, {"age", "int"}, {"country", "string"}, {"city", "string"},
            {"signup_date", "date"}, {"lifetime_days", "int"}, {"channel", "string"}, {"device", "string"},
            {"orders", "int"}, {"total_spend", "double"}, {"avg_order_value", "double"},
            {"first_order_date", "date"}, {"last_order_date", "date"}, {"loyalty_tier", "string"},
            {"email_opt_in", "bool"}, {"sms_opt_in", "bool"}, {"churn_score", "double"},
            {"last_seen", "timestamp"}, {"referrals", "int"}, {"returns", "int"},
            {"preferred_category", "string"}, {"nps", "int"}};
        const std::set<std::string> nullable{"gender", "age", "device", "avg_order_value", "first_order_date",
                                             "last_order_date", "sms_opt_in", "churn_score", "preferred_category",
                                             "nps"};
        QCOMPARE(intended.size(), rows[0].size());
        for (size_t c = 0; c < rows[0].size(); ++c) {
            const std::string& name = rows[0][c];
            QVERIFY2(intended.count(name), name.c_str());
            QCOMPARE(inferredType(rows, c), intended.at(name));
            size_t nulls = 0;
            for (size_t r = 1; r < rows.size(); ++r)
                nulls += rows[r][c].empty();
            if (nullable.count(name))
                QVERIFY2(nulls > 0 && nulls < rows.size() - 1, name.c_str()); // some NULLs, not all
            else
                QVERIFY2(nulls == 0, name.c_str());
        }
    }

    void customerRowsAreConsistent()
    {
        QTemporaryDir dir;
        const GenerateOptions o = options(3000, 0, 5, tempPath(dir));
        generateDataset(o);
        const CsvRows rows = parseCsvText(readFile(tempPath(dir) / "customers.csv"));
        auto col = [&](const char* name) { return columnIndex(rows, name); };
        std::set<int64_t> ids;
        std::set<std::string> emails;
        std::map<std::string, std::set<std::string>> countriesOfCity;
        std::map<std::string, size_t> perCountry;
        for (size_t r = 1; r < rows.size(); ++r) {
            const auto& row = rows[r];
            QVERIFY(ids.insert(parseInt64(row[col("customer_id")]).value()).second);
            QVERIFY(emails.insert(row[col("email")]).second);
            QVERIFY(row[col("email")].find('@') != std::string::npos);
            countriesOfCity[row[col("city")]].insert(row[col("country")]);
            ++perCountry[row[col("country")]];

            const int32_t signup = parseIsoDate(row[col("signup_date")]).value();
            QVERIFY(signup <= o.asOf);
            QCOMPARE(parseInt64(row[col("lifetime_days")]).value(), int64_t{o.asOf - signup});
            const int64_t orders = parseInt64(row[col("orders")]).value();
            const double spend = parseDouble(row[col("total_spend")]).value();
            const bool hasOrders = orders > 0;
            QCOMPARE(!row[col("last_order_date")].empty(), hasOrders);
            QCOMPARE(!row[col("first_order_date")].empty(), hasOrders);
            QCOMPARE(!row[col("avg_order_value")].empty(), hasOrders);
            if (hasOrders) {
                const int32_t first = parseIsoDate(row[col("first_order_date")]).value();
                const int32_t last = parseIsoDate(row[col("last_order_date")]).value();
                QVERIFY(signup <= first && first <= last && last <= o.asOf);
                const double aov = parseDouble(row[col("avg_order_value")]).value();
                QVERIFY(std::abs(aov * static_cast<double>(orders) - spend) <= 0.005 * static_cast<double>(orders) + 1e-6);
            } else {
                QCOMPARE(spend, 0.0);
            }
            const int64_t seen = parseIsoTimestamp(row[col("last_seen")]).value();
            QVERIFY(dayOfTimestamp(seen) >= signup && dayOfTimestamp(seen) <= o.asOf);
            if (!row[col("churn_score")].empty()) {
                const double churn = parseDouble(row[col("churn_score")]).value();
                QVERIFY(churn >= 0.0 && churn <= 1.0);
            }
            const std::set<std::string> tiers{"bronze", "silver", "gold", "platinum"};
            QVERIFY(tiers.count(row[col("loyalty_tier")]));
        }
        for (const auto& [city, countries] : countriesOfCity)
            QVERIFY2(countries.size() == 1, city.c_str());
        QVERIFY(countriesOfCity.count("Washington, D.C.")); // a value that needs quotes
        QCOMPARE(*countriesOfCity["M\xC3\xBCnchen"].begin(), std::string("DE"));
        // Skewed: the US is the largest market and at least six countries appear.
        QVERIFY(perCountry.size() >= 6);
        for (const auto& [country, n] : perCountry)
            QVERIFY(country == "US" || n < perCountry["US"]);
    }

    void eventsAreSortedTypedAndConsistent()
    {
        QTemporaryDir dir;
        const GenerateOptions o = options(800, 12000, 11, tempPath(dir));
        generateDataset(o);
        const CsvRows customers = parseCsvText(readFile(tempPath(dir) / "customers.csv"));
        const CsvRows events = parseCsvText(readFile(tempPath(dir) / "events.csv"));
        QCOMPARE(inferredType(events, 0), std::string("int"));
        QCOMPARE(inferredType(events, 1), std::string("timestamp"));
        QCOMPARE(inferredType(events, 2), std::string("string"));
        QCOMPARE(inferredType(events, 3), std::string("double"));
        QCOMPARE(inferredType(events, 4), std::string("string"));

        struct Info { int64_t orders; int32_t signup; };
        std::map<int64_t, Info> byId;
        for (size_t r = 1; r < customers.size(); ++r)
            byId[parseInt64(customers[r][0]).value()] = {parseInt64(customers[r][columnIndex(customers, "orders")]).value(),
                                                         parseIsoDate(customers[r][columnIndex(customers, "signup_date")]).value()};
        std::map<std::string, size_t> typeCounts;
        std::pair<int64_t, int64_t> previous{INT64_MIN, INT64_MIN};
        for (size_t r = 1; r < events.size(); ++r) {
            const auto& e = events[r];
            const int64_t id = parseInt64(e[0]).value();
            const int64_t when = parseIsoTimestamp(e[1]).value();
            QVERIFY2(byId.count(id), e[0].c_str());
            // Documented order: grouped by customer (file order of customers), by time within.
            QVERIFY(std::make_pair(id, when) >= previous);
            previous = {id, when};
            const int32_t d = dayOfTimestamp(when);
            QVERIFY(d <= o.asOf && d >= o.asOf - 730 && d >= byId[id].signup);
            ++typeCounts[e[2]];
            const bool purchase = e[2] == "purchase";
            QCOMPARE(!e[3].empty(), purchase);
            if (purchase) {
                QVERIFY(byId[id].orders > 0);
                QVERIFY(parseDouble(e[3]).value() > 0);
            }
            QCOMPARE(e[4].empty(), e[2] == "email_open");
        }
        QCOMPARE(typeCounts.size(), size_t{4});
        for (const char* t : {"view", "cart", "email_open", "purchase"})
            QVERIFY2(typeCounts.count(t), t);
        for (const auto& [type, n] : typeCounts)
            QVERIFY(type == "view" || n < typeCounts["view"]); // browsing dominates
        QVERIFY(typeCounts["purchase"] * 100 >= (events.size() - 1) * 3);
    }

    void noEventsMeansNoEventsFile()
    {
        QTemporaryDir dir;
        generateDataset(options(50, 0, 1, tempPath(dir)));
        QVERIFY(std::filesystem::exists(tempPath(dir) / "customers.csv"));
        QVERIFY(std::filesystem::exists(tempPath(dir) / "demo.segment.json"));
        QVERIFY(!std::filesystem::exists(tempPath(dir) / "events.csv"));
    }

    void tinySizes()
    {
        QTemporaryDir one, empty;
        generateDataset(options(1, 3, 1, tempPath(one)));
        QCOMPARE(parseCsvText(readFile(tempPath(one) / "customers.csv")).size(), size_t{2});
        QCOMPARE(parseCsvText(readFile(tempPath(one) / "events.csv")).size(), size_t{4});
        generateDataset(options(0, 0, 1, tempPath(empty)));
        QCOMPARE(parseCsvText(readFile(tempPath(empty) / "customers.csv")).size(), size_t{1});
    }

    void progressAndCreatesTheDirectory()
    {
        QTemporaryDir dir;
        GenerateOptions o = options(2500, 7000, 3, tempPath(dir) / "nested" / "out");
        uint64_t lastDone = 0, lastTotal = 0;
        o.progress = [&](uint64_t done, uint64_t total) {
            QVERIFY(done >= lastDone && done <= total);
            lastDone = done;
            lastTotal = total;
        };
        generateDataset(o);
        QCOMPARE(lastTotal, uint64_t{9500});
        QCOMPARE(lastDone, uint64_t{9500});
        QVERIFY(std::filesystem::exists(o.outDir / "events.csv"));
    }

    void cancelLeavesNoPartialFiles()
    {
        QTemporaryDir dir;
        std::atomic<bool> cancel{false};
        GenerateOptions o = options(5000, 20000, 3, tempPath(dir));
        o.cancel = &cancel;
        o.progress = [&](uint64_t done, uint64_t) {
            if (done > 5000) // customers.csv is complete, events.csv under way
                cancel = true;
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, generateDataset(o));
        QVERIFY(std::filesystem::exists(tempPath(dir) / "customers.csv"));
        QVERIFY(!std::filesystem::exists(tempPath(dir) / "events.csv"));
        QVERIFY(!std::filesystem::exists(tempPath(dir) / "demo.segment.json"));
        QVERIFY(tempFilesIn(tempPath(dir)).empty());

        QTemporaryDir early;
        cancel = true;
        o.outDir = tempPath(early);
        o.progress = nullptr;
        QVERIFY_THROWS_EXCEPTION(Cancelled, generateDataset(o));
        QVERIFY(std::filesystem::is_empty(tempPath(early)));
    }

    void badOptionsAreReported()
    {
        try {
            generateDataset(options(10, 10, 1, {}));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("output directory") != std::string::npos, e.what());
        }
        QTemporaryDir dir;
        try {
            generateDataset(options(0, 10, 1, tempPath(dir)));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("customer") != std::string::npos, e.what());
        }
        try {
            generateDataset(options(3, 30001, 1, tempPath(dir)));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("10000 events per customer") != std::string::npos, e.what());
        }
        generateDataset(options(3, 30000, 1, tempPath(dir))); // exactly the limit is fine
        QCOMPARE(parseCsvText(readFile(tempPath(dir) / "events.csv")).size(), size_t{30001});
        const auto file = tempPath(dir) / "a-file";
        seg::test::writeFile(file, "x");
        try {
            generateDataset(options(10, 10, 1, file));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find(file.string()) != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "test_generator.moc"
