// Issue 16 finding 2: a key column is never converted in a way that can merge two distinct
// texts. Keys that do not read back unchanged as 64-bit integers make the key column text.
#include "export/csv_export.h"
#include "import_test_util.h"

#include <fstream>
#include <sstream>

using namespace seg;
using namespace seg::test;

class TestImportKeysLossless : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Four distinct 21-digit ids became 2 customers (as doubles) exported as 1e+20.
    void finding2_longIdsStayDistinctAndExportVerbatim()
    {
        Fixtures files;
        ImportReport report;
        const std::string csv = "id,name\n"
                                "100000000000000000001,a\n"
                                "100000000000000000002,b\n"
                                "100000000000000000003,c\n"
                                "100000000000000000004,d\n";
        const auto t = importText(files, csv, keyed("id"), report);
        QCOMPARE(t.rows(), size_t{4});
        QCOMPARE(report.duplicateKeys, size_t{0});
        QCOMPARE(t.key().type(), DataType::String);
        QCOMPARE(texts(t.key()), (Strings{"100000000000000000001", "100000000000000000002", "100000000000000000003",
                                          "100000000000000000004"}));
        QCOMPARE(report.notes.size(), size_t{1});
        VERIFY_CONTAINS(report.notes[0], "key column 'id' is read as text: 4 keys (e.g. '100000000000000000001')");
        VERIFY_CONTAINS(importReportToText(report), "Note:");

        Bitset all(t.rows(), true);
        const auto out = files.write("out.csv", "");
        ExportOptions lf;
        lf.crlf = false;
        exportMembersCsv(t, {}, all, out, lf);
        std::ifstream in(out, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        QCOMPARE(text.str(), std::string("id\n100000000000000000001\n100000000000000000002\n"
                                         "100000000000000000003\n100000000000000000004\n"));
    }
    void finding2_leadingZerosSignsAndDecimalsMakeTextKeys_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("example");
        QTest::newRow("leading zero") << "1,007,8" << "007";
        QTest::newRow("plus sign") << "1,+7,8" << "+7";
        QTest::newRow("minus zero") << "1,-0,8" << "-0";
        QTest::newRow("beyond int64") << "1,9223372036854775808,8" << "9223372036854775808";
        QTest::newRow("decimal") << "1,2.0,8" << "2.0";
        QTest::newRow("dates") << "2024-01-01,2024-01-02" << "2024-01-01";
    }
    void finding2_leadingZerosSignsAndDecimalsMakeTextKeys()
    {
        QFETCH(QString, keys);
        QFETCH(QString, example);
        std::string csv = "id\n";
        for (const QString& k : keys.split(','))
            csv += k.toStdString() + "\n";
        Fixtures files;
        ImportReport report;
        const auto t = importText(files, csv, keyed("id"), report);
        QCOMPARE(t.key().type(), DataType::String);
        QCOMPARE(texts(t.key()).size(), static_cast<size_t>(keys.split(',').size()));
        QCOMPARE(report.notes.size(), size_t{1});
        VERIFY_CONTAINS(report.notes[0], "(e.g. '" + example.toStdString() + "')");
    }
    void exactIntegerKeysStayInts()
    {
        Fixtures files;
        ImportReport report;
        const auto t = importText(files, "id\n-5\n0\n9223372036854775807\n-9223372036854775808\n", keyed("id"), report);
        QCOMPARE(t.key().type(), DataType::Int);
        QCOMPARE(texts(t.key()), (Strings{"-5", "0", "9223372036854775807", "-9223372036854775808"}));
        QVERIFY(report.notes.empty());
        // Other columns follow the inference (the rule written down in the spec, section 6).
        const auto u = importText(files, "id,zip\n1,007\n2,+8\n", keyed("id"), report, "z.csv");
        QCOMPARE(col(u, "zip").type(), DataType::Int);
        QVERIFY(report.notes.empty());
    }
    void eventsFindTextKeysByExactBytes()
    {
        Fixtures files;
        ImportReport report;
        const auto customers = importText(files, "id\n007\n7\n", keyed("id"), report);
        DatasetSpec events;
        events.key = "id";
        events.time = "t";
        ImportOptions options;
        options.spec = events;
        const EventTable e = importEvents(files.write("e.csv", "id,t\n7,2024-01-01\n007,2024-01-02\n0007,2024-01-03\n"),
                                          options, customers, report);
        QCOMPARE(report.unknownKeys, size_t{1}); // 0007 is no customer
        QCOMPARE(e.offsets, (std::vector<uint64_t>{0, 1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestImportKeysLossless)
#include "test_import_keys_lossless.moc"
