// Events import (matching keys, unknown keys, NULL time, sorting per customer) and loadDataset.
#include "data/dataset.h"
#include "data/importer.h"
#include "import_test_util.h"

#include <QtTest>

using namespace seg;
using namespace seg::test;

namespace {

DatasetSpec eventSpec(const std::string& key = "cust", const std::string& time = "ts",
                      const std::string& type = "event_type")
{
    DatasetSpec spec;
    spec.key = key;
    spec.time = time;
    spec.type = type;
    return spec;
}

struct Loaded {
    CustomerTable customers;
    EventTable events;
    ImportReport report;
};

Loaded load(Fixtures& files, const std::string& customersCsv, const DatasetSpec& customerSpec,
            const std::string& eventsCsv, const DatasetSpec& spec)
{
    Loaded out;
    ImportReport customerReport;
    out.customers = importText(files, customersCsv, customerSpec, customerReport);
    ImportOptions options;
    options.spec = spec;
    out.events = importEvents(files.write("events.csv", eventsCsv), options, out.customers, out.report);
    return out;
}

const std::string kCustomers = "id,name\n10,A\n20,B\n30,C\n";

} // namespace

class TestImportEvents : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupsSortsAndDropsUnknownKeys()
    {
        Fixtures files;
        const auto d = load(files, kCustomers, keyed("id"),
                            "cust,ts,event_type,amount\n"
                            "20,2024-03-01 10:00,purchase,5\n"
                            "10,2024-01-01 09:00,visit,\n"
                            "99,2024-01-01 00:00,purchase,1\n"
                            "20,2024-01-15 08:00,visit,\n"
                            "abc,2024-01-01,purchase,2\n" // not an int key: unknown (and its date is not inferred)
                            "010,2024-02-01 00:00,purchase,3\n"
                            "20,2024-01-15 08:00,purchase,7\n"
                            ",2024-01-01 00:00,visit,\n"
                            "30,,visit,\n",
                            eventSpec());
        QCOMPARE(d.report.unknownKeys, size_t{2});
        QCOMPARE(d.report.rejected, size_t{2});
        QCOMPARE(d.report.rejects[0].line, size_t{9});
        QCOMPARE(d.report.rejects[0].reason, std::string("customer key is NULL"));
        QCOMPARE(d.report.rejects[1].line, size_t{10});
        QCOMPARE(d.report.rejects[1].column, std::string("ts"));
        QCOMPARE(d.report.rejects[1].reason, std::string("event time is NULL"));
        QCOMPARE(d.report.dataRows, size_t{9});
        QCOMPARE(d.events.rows(), size_t{5});
        QVERIFY(d.report.isEvents);

        QCOMPARE(d.events.offsets, (std::vector<uint64_t>{0, 2, 5, 5}));
        const Table& t = d.events.table;
        QCOMPARE(t.columns[static_cast<size_t>(d.events.timeColumn)].type(), DataType::Timestamp);
        QCOMPARE(t.columns[static_cast<size_t>(d.events.typeColumn)].type(), DataType::String);
        QCOMPARE(t.columns[static_cast<size_t>(d.events.keyColumn)].type(), DataType::Int);
        QCOMPARE(texts(t.columns[static_cast<size_t>(d.events.keyColumn)]), (Strings{"10", "10", "20", "20", "20"}));
        QCOMPARE(texts(*t.find("event_type")), (Strings{"visit", "purchase", "visit", "purchase", "purchase"}));
        // Equal times keep file order (visit before purchase on 2024-01-15 08:00).
        QCOMPARE(texts(*t.find("amount")), (Strings{"<null>", "3", "<null>", "7", "5"}));
        QCOMPARE(t.find("amount")->type(), DataType::Int);
        QCOMPARE(texts(*t.find("ts")), (Strings{"2024-01-01 09:00:00", "2024-02-01 00:00:00", "2024-01-15 08:00:00",
                                                "2024-01-15 08:00:00", "2024-03-01 10:00:00"}));
    }
    void stringKeysMatchExactBytes()
    {
        Fixtures files;
        const auto d = load(files, "code,x\nab,1\nb,2\n", keyed("code"),
                            "code;day;kind\nb;2024-01-02;x\nAB;2024-01-01;x\n ab ;2024-01-03;y\nab;2024-01-01;z\n",
                            eventSpec("code", "day", "kind"));
        QCOMPARE(d.report.delimiter, ';');
        QCOMPARE(d.report.unknownKeys, size_t{1}); // "AB" is not "ab"
        QCOMPARE(d.events.offsets, (std::vector<uint64_t>{0, 2, 3}));
        QCOMPARE(d.events.table.columns[1].type(), DataType::Date);
        QCOMPARE(texts(*d.events.table.find("kind")), (Strings{"z", "y", "x"}));
    }
    void rowNumberCustomersAndEmptyEvents()
    {
        Fixtures files;
        auto d = load(files, "name\nA\nB\n", DatasetSpec{}, "row,ts,event_type\n2,2024-01-01,x\n1,2024-01-02,y\n3,2024-01-02,z\n",
                      eventSpec("row"));
        QCOMPARE(d.events.offsets, (std::vector<uint64_t>{0, 1, 2}));
        QCOMPARE(texts(*d.events.table.find("event_type")), (Strings{"y", "x"}));
        QCOMPARE(d.report.unknownKeys, size_t{1});

        d = load(files, kCustomers, keyed("id"), "cust,ts,event_type\n", eventSpec());
        QCOMPARE(d.events.rows(), size_t{0});
        QCOMPARE(d.events.offsets, (std::vector<uint64_t>{0, 0, 0, 0}));
        QCOMPARE(d.events.table.find("ts")->type(), DataType::Timestamp);
    }
    void timeColumnMustBeTemporal()
    {
        Fixtures files;
        std::string message = errorOf([&] {
            load(files, kCustomers, keyed("id"), "cust,ts,event_type\n10,yesterday,x\n20,2024-01-01,y\n", eventSpec());
        });
        VERIFY_CONTAINS(message, "events.csv: time column 'ts' holds values that are not dates or timestamps");
        // With a format, the same text style imports.
        DatasetSpec spec = eventSpec();
        spec.columnTypes = {{"ts", "timestamp:%d/%m/%Y %H:%M"}};
        const auto d = load(files, kCustomers, keyed("id"), "cust,ts,event_type\n10,2/1/2024 10:00,x\n10,x,y\n", spec);
        QCOMPARE(d.events.rows(), size_t{1});
        QCOMPARE(d.report.rejects[0].reason, std::string("'x' is not a timestamp in the format %d/%m/%Y %H:%M"));

        spec.columnTypes = {{"ts", "int"}};
        message = errorOf([&] { load(files, kCustomers, keyed("id"), "cust,ts,event_type\n10,1,x\n", spec); });
        VERIFY_CONTAINS(message, "events.csv: time column 'ts' must be a date or timestamp, not int");
        spec.columnTypes = {{"event_type", "int"}};
        message = errorOf([&] { load(files, kCustomers, keyed("id"), "cust,ts,event_type\n10,2024-01-01,1\n", spec); });
        VERIFY_CONTAINS(message, "events.csv: type column 'event_type' must be a string, not int");
    }
    void typeColumnIsForcedToString()
    {
        Fixtures files;
        const auto d = load(files, kCustomers, keyed("id"), "cust,ts,event_type\n10,2024-01-01,1\n20,2024-01-01,2\n",
                            eventSpec());
        QCOMPARE(d.events.table.find("event_type")->type(), DataType::String);
        QCOMPARE(texts(*d.events.table.find("event_type")), (Strings{"1", "2"}));
    }
    void missingEventColumns()
    {
        Fixtures files;
        VERIFY_CONTAINS(errorOf([&] { load(files, kCustomers, keyed("id"), "cust,ts\n", eventSpec()); }),
                        "events.csv: type column 'event_type' is not in the file (columns: cust, ts)");
        VERIFY_CONTAINS(errorOf([&] { load(files, kCustomers, keyed("id"), "c,ts,event_type\n", eventSpec()); }),
                        "events.csv: key column 'cust' is not in the file");
        DatasetSpec noTime = eventSpec();
        noTime.time.clear();
        VERIFY_CONTAINS(errorOf([&] { load(files, kCustomers, keyed("id"), "cust,ts,event_type\n", noTime); }),
                        "events.csv: events need \"time\"");
        // `type` may be left out: every event is of the same kind.
        DatasetSpec noType = eventSpec();
        noType.type.clear();
        const auto d = load(files, kCustomers, keyed("id"), "cust,ts\n30,2024-01-01\n", noType);
        QCOMPARE(d.events.typeColumn, -1);
        QCOMPARE(d.events.offsets, (std::vector<uint64_t>{0, 0, 0, 1}));
    }
    void manyEventsAcrossChunksSortedPerCustomer()
    {
        // ~10 MB of events in reverse time order, so pass 2 reads several chunks in parallel
        // and every customer's events must be re-sorted.
        const int customers = 1000, n = 250000;
        std::string customerCsv = "id\n";
        for (int c = 0; c < customers; ++c)
            customerCsv += std::to_string(c * 3) + "\n"; // keys 0, 3, 6, ...
        std::string eventCsv = "cust,ts,event_type,detail\n";
        const std::string padding(20, '-');
        for (int i = 0; i < n; ++i) {
            const int minutes = n - i; // descending in the file
            const std::string ts =
                formatTimestamp(daysFromCivil(2024, 1, 1) * kMicrosPerDay + int64_t{minutes} * 60 * kMicrosPerSecond);
            const int key = (i % 1001) * 3; // 1000 -> key 3000 is not a customer
            eventCsv += std::to_string(key) + "," + ts + ",e" + std::to_string(i % 5) + "," + std::to_string(i) + padding + "\n";
        }
        QVERIFY(eventCsv.size() > 2 * (size_t{4} << 20));
        Fixtures files;
        const auto d = load(files, customerCsv, keyed("id"), eventCsv, eventSpec());

        std::vector<std::vector<int>> byCustomer(customers); // expected event numbers, file order
        size_t unknown = 0;
        for (int i = 0; i < n; ++i) {
            if (i % 1001 == 1000)
                ++unknown;
            else
                byCustomer[static_cast<size_t>(i % 1001)].push_back(i);
        }
        QCOMPARE(d.report.unknownKeys, unknown);
        QCOMPARE(d.events.rows(), size_t(n) - unknown);
        const Column& time = *d.events.table.find("ts");
        const Column& detail = *d.events.table.find("detail");
        for (size_t c = 0; c < size_t(customers); ++c) {
            const auto& expected = byCustomer[c];
            QCOMPARE(d.events.offsets[c + 1] - d.events.offsets[c], uint64_t(expected.size()));
            // Times strictly grow back to front in the file, so sorted order is reversed file order,
            // unless two events share a time (not here: one event per minute).
            for (size_t k = 0; k < expected.size(); ++k) {
                const size_t row = d.events.offsets[c] + k;
                const int event = expected[expected.size() - 1 - k];
                QCOMPARE(std::string(detail.stringAt(row)), std::to_string(event) + padding);
                if (k > 0)
                    QVERIFY(time.intAt(row) > time.intAt(row - 1));
            }
        }
    }
    void loadDatasetReportsProgressAndKeepsEventErrorsApart()
    {
        Fixtures files;
        std::string customers = "id,name\n";
        std::string events = "cust,ts,event_type\n";
        for (int i = 0; i < 100000; ++i) {
            customers += std::to_string(i) + ",n" + std::to_string(i) + "\n";
            events += std::to_string(99999 - i) + ",2024-01-01 10:00,e" + std::to_string(i % 3) + "\n";
        }
        const auto customersPath = files.write("c.csv", customers);
        const auto eventsPath = files.write("e.csv", events);
        std::vector<double> fractions;
        const Dataset a = loadDataset(keyed("id"), customersPath, eventSpec(), eventsPath,
                                      [&](double f) { fractions.push_back(f); });
        QCOMPARE(a.customers.rows(), size_t{100000});
        QVERIFY(a.events);
        QCOMPARE(a.events->rows(), size_t{100000});
        QCOMPARE(a.events->offsets[100000], uint64_t{100000});
        QVERIFY(a.eventsReport);
        QCOMPARE(a.eventsReport->rows, size_t{100000});
        QVERIFY(a.eventsError.empty());
        QVERIFY(fractions.size() >= 2);
        for (size_t i = 1; i < fractions.size(); ++i)
            QVERIFY(fractions[i] >= fractions[i - 1]);
        QCOMPARE(fractions.back(), 1.0);

        const Dataset b = loadDataset(keyed("id"), customersPath, eventSpec(), files.write("bad.csv", "x\n1\n"));
        QVERIFY(b.version > a.version);
        QVERIFY(!b.events);
        QCOMPARE(b.customers.rows(), size_t{100000});
        VERIFY_CONTAINS(b.eventsError, "bad.csv: key column 'cust' is not in the file");

        VERIFY_CONTAINS(errorOf([&] { loadDataset(keyed("nope"), customersPath, std::nullopt, std::nullopt); }),
                        "c.csv: key column 'nope'");
        std::atomic<bool> cancel{true};
        QVERIFY_THROWS_EXCEPTION(Cancelled, loadDataset(keyed("id"), customersPath, eventSpec(), eventsPath, {}, &cancel));
    }
};

QTEST_GUILESS_MAIN(TestImportEvents)
#include "test_import_events.moc"
