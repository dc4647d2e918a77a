// Customers import: type inference, NULL tokens, overrides, rejected rows, encodings, header
// problems, delimiters, reports. (Keys, chunks and progress: test_import_keys.cpp.)
#include "data/importer.h"
#include "import_test_util.h"

#include <QtTest>

using namespace seg;
using namespace seg::test;

class TestImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void infersEachType()
    {
        Fixtures files;
        ImportReport report;
        const auto t = importText(files,
                                  "i,d,b,dt,ts,s,mix,allnull,big\n"
                                  "1,1.5,true,2024-01-01,2024-01-01 10:00,abc,1,,1\n"
                                  "-2,2,FALSE,2024-02-29,2024-01-02T03:04:05Z,def,2.5,NULL,99999999999999999999\n",
                                  DatasetSpec{}, report);
        const std::vector<DataType> expected{DataType::Int,    DataType::Double, DataType::Bool,
                                             DataType::Date,   DataType::Timestamp, DataType::String,
                                             DataType::Double, DataType::String, DataType::Double};
        QCOMPARE(t.rows(), size_t{2});
        for (size_t c = 0; c < expected.size(); ++c)
            QCOMPARE(col(t, report.columns[c + 1].name).type(), expected[c]); // +1: "_row" comes first
        QCOMPARE(col(t, "i").intAt(1), int64_t{-2});
        QCOMPARE(col(t, "d").doubleAt(1), 2.0);
        QCOMPARE(col(t, "b").boolAt(1), false);
        QCOMPARE(col(t, "dt").dateAt(1), daysFromCivil(2024, 2, 29));
        QCOMPARE(col(t, "ts").intAt(1),
                 daysFromCivil(2024, 1, 2) * kMicrosPerDay + (3 * 3600 + 4 * 60 + 5) * kMicrosPerSecond);
        QCOMPARE(col(t, "mix").doubleAt(0), 1.0);
        QCOMPARE(col(t, "allnull").nullCount(), size_t{2});
        QCOMPARE(col(t, "big").doubleAt(1), 1e20); // overflows int64, so the column is double
    }
    void datesTimestampsAndNumbersAreNotMixed()
    {
        Fixtures files;
        ImportReport report;
        const auto t = importText(files,
                                  "dates,stamps,mixed,bits,words\n"
                                  "2024-01-01,2024-01-01 10:00,2024-01-01,1,yes\n"
                                  "2024-01-02,2024-01-02 11:30:15.25,2024-01-01 10:00,0,true\n",
                                  DatasetSpec{}, report);
        QCOMPARE(col(t, "dates").type(), DataType::Date);
        QCOMPARE(col(t, "stamps").type(), DataType::Timestamp);
        QCOMPARE(col(t, "stamps").textAt(1), std::string("2024-01-02 11:30:15.250000"));
        QCOMPARE(col(t, "mixed").type(), DataType::String); // a date is not a timestamp (spec: "all are")
        QCOMPARE(col(t, "bits").type(), DataType::Int);     // 1/0 are integers, not bools
        QCOMPARE(col(t, "words").type(), DataType::String);
    }
    void nullTokensAndTrimming()
    {
        Fixtures files;
        ImportReport report;
        const auto t = importText(files,
                                  "a,b\n"
                                  "  NULL ,  New  York  \n"
                                  " NA,\" quoted \"\n"
                                  "\"\",x\n"
                                  " N/A ,\n"
                                  "null,\"NULL\"\n",
                                  DatasetSpec{}, report);
        QCOMPARE(t.rows(), size_t{5});
        QCOMPARE(col(t, "a").nullCount(), size_t{5});
        QCOMPARE(col(t, "a").type(), DataType::String); // all NULL: string
        QCOMPARE(texts(col(t, "b")), (Strings{"New  York", "quoted", "x", "<null>", "<null>"}));

        DatasetSpec spec;
        spec.nullValues = {" - ", "?"};
        const auto u = importText(files, "a,b\n-,1\n,2\nNULL,?\n", spec, report, "custom.csv");
        QCOMPARE(texts(col(u, "a")), (Strings{"<null>", "", "NULL"}));
        QCOMPARE(col(u, "b").type(), DataType::Int);
        QCOMPARE(col(u, "b").nullCount(), size_t{1});
    }
    void overridesWithFormatsAndRejects()
    {
        Fixtures files;
        DatasetSpec spec = keyed("id");
        spec.columnTypes = {{"joined", "date:%d-%m-%Y"}, {"seen", "timestamp:%m/%d/%Y %H:%M"},
                            {"zip", "string"}, {"score", "int"}};
        ImportReport report;
        const auto t = importText(files,
                                  "id,joined,seen,zip,score\n"
                                  "1,05-01-2024,12/31/2024 7:05,01234,10\n"
                                  "2,5-1-2024,1/2/2024 13:00,02134,\n"
                                  "3,5-1-2024,1/2/2024 13:00,99,x\n"
                                  "4,2024-01-05,1/2/2024 13:00,99,1\n",
                                  spec, report);
        QCOMPARE(t.rows(), size_t{2});
        QCOMPARE(col(t, "joined").dateAt(1), daysFromCivil(2024, 1, 5));
        QCOMPARE(col(t, "seen").intAt(0),
                 daysFromCivil(2024, 12, 31) * kMicrosPerDay + (7 * 3600 + 5 * 60) * kMicrosPerSecond);
        QCOMPARE(texts(col(t, "zip")), (Strings{"01234", "02134"}));
        QCOMPARE(col(t, "score").isNull(1), true);
        QCOMPARE(report.rejected, size_t{2});
        QCOMPARE(report.rejects[0].line, size_t{4});
        QCOMPARE(report.rejects[0].column, std::string("score"));
        QCOMPARE(report.rejects[0].reason, std::string("'x' is not an int"));
        QCOMPARE(report.rejects[1].line, size_t{5});
        QCOMPARE(report.rejects[1].column, std::string("joined"));
        QCOMPARE(report.rejects[1].reason, std::string("'2024-01-05' is not a date in the format %d-%m-%Y"));
        QVERIFY(report.columns[1].overridden);
        QVERIFY(!report.columns[0].overridden);
    }
    void lenientTemporalOverrides()
    {
        Fixtures files;
        DatasetSpec spec;
        spec.columnTypes = {{"ts", "timestamp"}, {"day", "date"}, {"n", "double"}};
        ImportReport report;
        const auto t = importText(files, "ts,day,n\n2024-01-01,2024-01-01 23:59,3\n2024-01-01 06:00,2024-01-02,2.5\n",
                                  spec, report);
        QCOMPARE(report.rejected, size_t{0});
        QCOMPARE(col(t, "ts").intAt(0), daysFromCivil(2024, 1, 1) * kMicrosPerDay); // a date is midnight UTC
        QCOMPARE(col(t, "day").dateAt(0), daysFromCivil(2024, 1, 1));              // a timestamp's day
        QCOMPARE(col(t, "n").doubleAt(0), 3.0);
    }
    void overrideProblemsAreErrors()
    {
        Fixtures files;
        ImportReport report;
        DatasetSpec spec;
        spec.columnTypes = {{"zipcode", "string"}};
        std::string message = errorOf([&] { importText(files, "zip\n1\n", spec, report); });
        VERIFY_CONTAINS(message, "customers.csv");
        VERIFY_CONTAINS(message, "'zipcode', which is not a column");
        VERIFY_CONTAINS(message, "columns: zip");
        spec.columnTypes = {{"zip", "integer"}};
        message = errorOf([&] { importText(files, "zip\n1\n", spec, report); });
        VERIFY_CONTAINS(message, "customers.csv: \"columns\" type of 'zip': unknown type 'integer'");
        spec.columnTypes = {{"zip", "date:%d.%q"}};
        message = errorOf([&] { importText(files, "zip\n1\n", spec, report); });
        VERIFY_CONTAINS(message, "unknown directive '%q'");
        spec.columnTypes = {{"zip", "int:%Y"}};
        message = errorOf([&] { importText(files, "zip\n1\n", spec, report); });
        VERIFY_CONTAINS(message, "only allowed for date and timestamp");
    }
    void raggedRowsAndBrokenQuotesAreRejected()
    {
        Fixtures files;
        ImportReport report;
        const auto t = importText(files, "id,name\n1,a\n2,b,extra\n3\n4,\"x\"y\n5,\"unclosed\n6,z\n", keyed("id"), report);
        // The unclosed quote costs its own line only (issue 16 finding 1): 6,z is kept.
        QCOMPARE(t.rows(), size_t{2});
        QCOMPARE(report.dataRows, size_t{6});
        QCOMPARE(report.rejected, size_t{4});
        QCOMPARE(report.rejects[0].line, size_t{3});
        QCOMPARE(report.rejects[0].reason, std::string("has 3 fields, expected 2"));
        QCOMPARE(report.rejects[1].reason, std::string("has 1 field, expected 2"));
        QCOMPARE(report.rejects[2].line, size_t{5});
        QCOMPARE(report.rejects[2].column, std::string("name"));
        QCOMPARE(report.rejects[2].reason, std::string("text after a closing quote"));
        QCOMPARE(report.rejects[3].line, size_t{6});
        VERIFY_CONTAINS(report.rejects[3].reason, "never closed");
    }
    void invalidUtf8RejectsTheRow()
    {
        Fixtures files;
        ImportReport report;
        const auto t = importText(files, "id,name\n1,caf\xE9\n2,caf\xC3\xA9\n", keyed("id"), report);
        QCOMPARE(t.rows(), size_t{1});
        QCOMPARE(col(t, "name").textAt(0), std::string("caf\xC3\xA9"));
        QCOMPARE(report.rejects.size(), size_t{1});
        QCOMPARE(report.rejects[0].line, size_t{2});
        QCOMPARE(report.rejects[0].column, std::string("name"));
        VERIFY_CONTAINS(report.rejects[0].reason, "invalid UTF-8 (byte 0xE9 at byte 4");
        VERIFY_CONTAINS(report.rejects[0].reason, "latin-1");
    }
    void singleByteEncodingsAreConverted()
    {
        Fixtures files;
        ImportReport report;
        DatasetSpec spec = keyed("id");
        spec.encoding = "ISO-8859-1";
        auto t = importText(files, "id,pr\xE9nom, ville\n1,Ren\xE9,Z\xFCrich\n2, \xC9mile ,Paris\n", spec, report);
        QCOMPARE(report.encoding, std::string("latin-1"));
        QCOMPARE(texts(col(t, "pr\xC3\xA9nom")), (Strings{"Ren\xC3\xA9", "\xC3\x89mile"}));
        QCOMPARE(col(t, "ville").textAt(0), std::string("Z\xC3\xBCrich"));
        spec.encoding = "windows-1252";
        t = importText(files, "id,price\n1,\x80" "5\n", spec, report, "cp.csv");
        QCOMPARE(col(t, "price").textAt(0), std::string("\xE2\x82\xAC" "5"));
        spec.encoding = "ebcdic";
        const std::string message = errorOf([&] { importText(files, "id\n1\n", spec, report, "e.csv"); });
        VERIFY_CONTAINS(message, "e.csv: unknown encoding 'ebcdic'");
    }
    void headerProblems()
    {
        Fixtures files;
        ImportReport report;
        VERIFY_CONTAINS(errorOf([&] { importText(files, "", DatasetSpec{}, report, "e.csv"); }), "e.csv: empty file");
        VERIFY_CONTAINS(errorOf([&] { importText(files, "\n\n", DatasetSpec{}, report, "e.csv"); }), "empty file");
        VERIFY_CONTAINS(errorOf([&] { importText(files, "a,b,a\n1,2,3\n", DatasetSpec{}, report, "d.csv"); }),
                        "d.csv:1: duplicate column name 'a' (columns 1 and 3)");
        VERIFY_CONTAINS(errorOf([&] { importText(files, "\n\na, ,c\n", DatasetSpec{}, report, "n.csv"); }),
                        "n.csv:3: column 2 has an empty name");
        VERIFY_CONTAINS(errorOf([&] { importText(files, "a,\"b\n", DatasetSpec{}, report, "q.csv"); }),
                        "q.csv:1: header line: quote is never closed");
        const std::string missing = errorOf([&] {
            ImportOptions options;
            importCustomers("/no/such/file.csv", options, report);
        });
        VERIFY_CONTAINS(missing, "/no/such/file.csv: cannot open");

        // Header only: a valid, empty table (BOM and spaces in names dropped).
        const auto t = importText(files, "\xEF\xBB\xBF id , name\r\n", keyed("id"), report, "h.csv");
        QCOMPARE(t.rows(), size_t{0});
        QCOMPARE(t.table.columns.size(), size_t{2});
        QCOMPARE(t.key().name(), std::string("id"));
        QCOMPARE(t.key().type(), DataType::String);
        QVERIFY(report.hadBom);
    }
    void explicitDelimiterWins()
    {
        Fixtures files;
        ImportReport report;
        DatasetSpec spec;
        spec.delimiter = ',';
        const auto t = importText(files, "a;b,c\n1;2,3\n1;2,3\n", spec, report);
        QCOMPARE(t.table.columns[1].name(), std::string("a;b"));
        QCOMPARE(report.delimiter, ',');
        spec.delimiter = '"';
        VERIFY_CONTAINS(errorOf([&] { importText(files, "a\n", spec, report, "x.csv"); }),
                        "x.csv: '\"' cannot be a delimiter");
        const auto tsv = importText(files, "a\tb\n1\t x y \n", DatasetSpec{}, report, "t.tsv");
        QCOMPARE(report.delimiter, '\t');
        QCOMPARE(col(tsv, "b").textAt(0), std::string("x y"));
    }
    void reportsAsTextAndJson()
    {
        Fixtures files;
        ImportReport report;
        std::string text = "id,amount,city\n";
        for (int i = 1; i <= 30; ++i)
            text += std::to_string(i) + "," + (i % 2 ? "x" : std::to_string(i)) + ",Oslo\n";
        DatasetSpec spec = keyed("id");
        spec.columnTypes = {{"amount", "double"}};
        importText(files, text + "2,2,Rome\n", spec, report);
        QCOMPARE(report.rejected, size_t{15});
        const std::string out = importReportToText(report);
        VERIFY_CONTAINS(out, "customers.csv");
        VERIFY_CONTAINS(out, "Delimiter: ','");
        VERIFY_CONTAINS(out, "15 imported of 31 data rows");
        VERIFY_CONTAINS(out, "Duplicate keys: 1");
        VERIFY_CONTAINS(out, "line 2: column 'amount': 'x' is not a number");
        VERIFY_CONTAINS(out, "line 30: column 'amount'");
        QVERIFY(!contains(out, "more"));
        VERIFY_CONTAINS(out, "amount  double *");
        VERIFY_CONTAINS(out, "city    string      0           2");

        const Json j = importReportToJson(report);
        QCOMPARE(j["rows"].get<size_t>(), size_t{15});
        QCOMPARE(j["rejected"].get<size_t>(), size_t{15});
        QCOMPARE(j["duplicate_keys"].get<size_t>(), size_t{1});
        QCOMPARE(j["delimiter"].get<std::string>(), std::string(","));
        QCOMPARE(j["rejects"][0]["line"].get<size_t>(), size_t{2});
        QCOMPARE(j["rejects"][0]["column"].get<std::string>(), std::string("amount"));
        QCOMPARE(j["columns"][2]["name"].get<std::string>(), std::string("city"));
        QCOMPARE(j["columns"][2]["distinct"].get<size_t>(), size_t{2});
        QVERIFY(j["columns"][1]["distinct"].is_null());
        QCOMPARE(j["columns"][1]["overridden"].get<bool>(), true);
    }
    void longRejectListingIsCapped()
    {
        Fixtures files;
        ImportReport report;
        std::string text = "id,n\n";
        for (int i = 1; i <= 50; ++i)
            text += std::to_string(i) + ",1,extra\n";
        importText(files, text, keyed("id"), report);
        QCOMPARE(report.rejected, size_t{50});
        const std::string out = importReportToText(report);
        VERIFY_CONTAINS(out, "line 21: has 3 fields, expected 2");
        QVERIFY(!contains(out, "line 22:"));
        VERIFY_CONTAINS(out, "... and 30 more");
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "test_import.moc"
