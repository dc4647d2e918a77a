// Generator -> importer -> export -> importer: the generated files import cleanly with the
// intended types, and an export of any columns reads back to the same values.
#include "data/importer.h"
#include "export/csv_export.h"
#include "generate/generator.h"

#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace seg;

namespace {

ImportOptions customerSpec()
{
    ImportOptions o;
    o.spec.key = "customer_id";
    return o;
}

ImportOptions eventSpec()
{
    ImportOptions o;
    o.spec.key = "customer_id";
    o.spec.time = "ts";
    o.spec.type = "event_type";
    return o;
}

} // namespace

class TestRoundTrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generatedFilesImportWithTheIntendedTypes()
    {
        QTemporaryDir dir;
        GenerateOptions o;
        o.customers = 1500;
        o.events = 9000;
        o.seed = 77;
        o.outDir = dir.path().toStdString();
        generateDataset(o);

        ImportReport report;
        const CustomerTable customers = importCustomers(o.outDir / "customers.csv", customerSpec(), report);
        QCOMPARE(customers.rows(), size_t{1500});
        QCOMPARE(report.rejected, size_t{0});
        QCOMPARE(report.duplicateKeys, size_t{0});
        const std::map<std::string, DataType> intended{
            {"customer_id", DataType::Int}, {"email", DataType::String}, {"age", DataType::Int},
            {"signup_date", DataType::Date}, {"total_spend", DataType::Double},
            {"avg_order_value", DataType::Double}, {"last_order_date", DataType::Date},
            {"email_opt_in", DataType::Bool}, {"sms_opt_in", DataType::Bool}, {"churn_score", DataType::Double},
            {"last_seen", DataType::Timestamp}, {"nps", DataType::Int}, {"city", DataType::String}};
        for (const auto& [name, type] : intended) {
            QVERIFY2(customers.table.find(name), name.c_str());
            QCOMPARE(typeName(customers.table.find(name)->type()), typeName(type));
        }
        QCOMPARE(customers.table.columns.size(), generatedCustomerColumns().size());

        ImportReport eventsReport;
        const EventTable events = importEvents(o.outDir / "events.csv", eventSpec(), customers, eventsReport);
        QCOMPARE(events.rows(), size_t{9000});
        QCOMPARE(eventsReport.rejected, size_t{0});
        QCOMPARE(eventsReport.unknownKeys, size_t{0});
        QCOMPARE(typeName(events.table.columns[static_cast<size_t>(events.timeColumn)].type()), typeName(DataType::Timestamp));
        QCOMPARE(typeName(events.table.find("amount")->type()), typeName(DataType::Double));
    }

    void demoProjectImports()
    {
        const std::filesystem::path demo = std::filesystem::path(SEG_SOURCE_DIR) / "resources" / "demo";
        ImportReport report, eventsReport;
        const CustomerTable customers = importCustomers(demo / "customers.csv", customerSpec(), report);
        const EventTable events = importEvents(demo / "events.csv", eventSpec(), customers, eventsReport);
        QCOMPARE(customers.rows(), size_t{2000});
        QCOMPARE(events.rows(), size_t{30000});
        QCOMPARE(report.rejected + eventsReport.rejected + eventsReport.unknownKeys, size_t{0});
    }

    void exportReadsBackToTheSameValues()
    {
        QTemporaryDir dir;
        GenerateOptions o;
        o.customers = 700;
        o.events = 0;
        o.seed = 5;
        o.outDir = dir.path().toStdString();
        generateDataset(o);
        ImportReport report;
        const CustomerTable source = importCustomers(o.outDir / "customers.csv", customerSpec(), report);

        // Every third customer, all columns plus a derived one, with spreadsheet protection off.
        Bitset members(source.rows());
        for (size_t r = 0; r < source.rows(); r += 3)
            members.set(r);
        std::vector<double> doubled(source.rows());
        Bitset valid(source.rows(), true);
        const Column& spend = *source.table.find("total_spend");
        for (size_t r = 0; r < source.rows(); ++r)
            doubled[r] = spend.doubleAt(r) * 2;
        std::map<std::string, std::shared_ptr<const Column>, std::less<>> derived;
        derived["double_spend"] = std::make_shared<Column>(Column::fromDoubles("double_spend", doubled, valid));
        ExportOptions exportOptions;
        exportOptions.columns = generatedCustomerColumns();
        exportOptions.columns.push_back("double_spend");
        exportOptions.bom = true;
        const auto file = o.outDir / "export.csv";
        exportMembersCsv(source, derived, members, file, exportOptions);

        ImportReport backReport;
        const CustomerTable back = importCustomers(file, customerSpec(), backReport);
        QCOMPARE(back.rows(), members.count());
        QVERIFY(backReport.hadBom);
        QCOMPARE(backReport.rejected, size_t{0});
        std::map<int64_t, size_t> sourceRowOfKey;
        for (size_t r = 0; r < source.rows(); ++r)
            sourceRowOfKey[source.key().intAt(r)] = r;
        int64_t previousKey = INT64_MIN;
        for (size_t r = 0; r < back.rows(); ++r) {
            const int64_t key = back.key().intAt(r);
            QVERIFY(key > previousKey); // ascending key order
            previousKey = key;
            const size_t s = sourceRowOfKey.at(key);
            QVERIFY(members.test(s));
            for (const Column& c : source.table.columns) {
                const Column* b = back.table.find(c.name());
                QVERIFY2(b, c.name().c_str());
                QCOMPARE(b->type(), c.type());
                QCOMPARE(b->textAt(r), c.textAt(s));
            }
            QCOMPARE(back.table.find("double_spend")->doubleAt(r), doubled[s]);
        }
    }
};

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "test_roundtrip.moc"
