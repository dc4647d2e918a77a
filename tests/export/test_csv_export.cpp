// CSV export: exact bytes for hand-built tables (quoting, NULLs, key order), options,
// and the atomic-write guarantees (old file untouched, no temporary left behind).
#include "csv_test_util.h"
#include "data/types.h"
#include "export/csv_export.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace seg;
using seg::test::readFile;
using seg::test::tempFilesIn;
using seg::test::writeFile;

namespace {

using DerivedMap = std::map<std::string, std::shared_ptr<const Column>, std::less<>>;

QByteArray bytes(const std::string& s) { return QByteArray::fromStdString(s); }

int64_t ts(const char* iso) { return parseIsoTimestamp(iso).value(); }
int32_t day(const char* iso) { return parseIsoDate(iso).value(); }

Column intColumn(std::string name, std::vector<std::optional<int64_t>> values)
{
    Column c(std::move(name), DataType::Int);
    for (const auto& v : values)
        v ? c.appendInt(*v) : c.appendNull();
    return c;
}
Column stringColumn(std::string name, std::vector<std::optional<std::string>> values)
{
    Column c(std::move(name), DataType::String);
    for (const auto& v : values)
        v ? c.appendString(*v) : c.appendNull();
    c.finish();
    return c;
}
Column doubleColumn(std::string name, std::vector<std::optional<double>> values)
{
    Column c(std::move(name), DataType::Double);
    for (const auto& v : values)
        v ? c.appendDouble(*v) : c.appendNull();
    return c;
}
Column dateColumn(std::string name, std::vector<std::optional<int32_t>> values)
{
    Column c(std::move(name), DataType::Date);
    for (const auto& v : values)
        v ? c.appendDate(*v) : c.appendNull();
    return c;
}
Column boolColumn(std::string name, std::vector<std::optional<bool>> values)
{
    Column c(std::move(name), DataType::Bool);
    for (const auto& v : values)
        v ? c.appendBool(*v) : c.appendNull();
    return c;
}
Column timestampColumn(std::string name, std::vector<std::optional<int64_t>> values)
{
    Column c(std::move(name), DataType::Timestamp);
    for (const auto& v : values)
        v ? c.appendInt(*v) : c.appendNull();
    return c;
}

CustomerTable makeCustomers(std::vector<Column> columns, int keyColumn = 0)
{
    CustomerTable t;
    t.table.rows = columns.front().size();
    t.table.columns = std::move(columns);
    t.keyColumn = keyColumn;
    return t;
}

// Rows in file order with keys out of order; row 7 is not a member.
CustomerTable mixedTable()
{
    return makeCustomers({
        intColumn("customer_id", {30, 5, 100, 7, -2, 8, 6, 1}),
        stringColumn("name", {"Smith, Anna", "Say \"hi\"", "line1\nline2", "Zo\xC3\xAB \xC3\x9Cnal \xE6\x97\xA5\xE6\x9C\xAC",
                              "", " padded ", std::nullopt, "hidden"}),
        doubleColumn("spend", {12.5, std::nullopt, -0.1, 3.0, 0.1, 100.0, 7.0, 1.0}),
        dateColumn("joined", {day("2024-01-31"), std::nullopt, day("1999-12-31"), day("2024-02-29"), day("2024-03-01"),
                              std::nullopt, day("2000-01-01"), day("2020-01-01")}),
        boolColumn("active", {true, false, std::nullopt, true, true, std::nullopt, false, true}),
        timestampColumn("seen", {ts("2024-12-31 23:59:59"), ts("2024-02-29 00:00:00.25"), std::nullopt,
                                 ts("1969-12-31 23:59:59"), ts("2024-03-01 12:00"), ts("2024-12-31 00:00"),
                                 std::nullopt, ts("2020-01-01 00:00")}),
    });
}

Bitset allBut(size_t rows, std::vector<size_t> excluded)
{
    Bitset b(rows, true);
    for (size_t r : excluded)
        b.reset(r);
    return b;
}

ExportOptions columnsOf(std::vector<std::string> names)
{
    ExportOptions o;
    o.columns = std::move(names);
    return o;
}

} // namespace

class TestCsvExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exactBytesWithNullsQuotesAndKeyOrder()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "out.csv";
        const CustomerTable t = mixedTable();
        exportMembersCsv(t, {}, allBut(t.rows(), {7}), file,
                         columnsOf({"customer_id", "name", "spend", "joined", "active", "seen"}));
        const std::string expected =
            "customer_id,name,spend,joined,active,seen\r\n"
            "-2,\"\",0.1,2024-03-01,true,2024-03-01 12:00:00\r\n"
            "5,\"Say \"\"hi\"\"\",,,false,2024-02-29 00:00:00.250000\r\n"
            "6,,7,2000-01-01,false,\r\n"
            "7,Zo\xC3\xAB \xC3\x9Cnal \xE6\x97\xA5\xE6\x9C\xAC,3,2024-02-29,true,1969-12-31 23:59:59\r\n"
            "8,\" padded \",100,,,2024-12-31 00:00:00\r\n"
            "30,\"Smith, Anna\",12.5,2024-01-31,true,2024-12-31 23:59:59\r\n"
            "100,\"line1\nline2\",-0.1,1999-12-31,,\r\n";
        QCOMPARE(bytes(readFile(file)), bytes(expected));
        QVERIFY(tempFilesIn(file.parent_path()).empty());
    }

    void readsBackWithAnIndependentParser()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "out.csv";
        const CustomerTable t = mixedTable();
        exportMembersCsv(t, {}, Bitset(t.rows(), true), file, columnsOf({"name", "customer_id"}));
        const auto rows = seg::test::parseCsvText(readFile(file));
        QCOMPARE(rows.size(), size_t{9});
        QCOMPARE(rows[1], (std::vector<std::string>{"", "-2"}));   // empty string, kept distinct by quotes
        QCOMPARE(rows[2], (std::vector<std::string>{"hidden", "1"}));
        QCOMPARE(rows[8], (std::vector<std::string>{"line1\nline2", "100"}));
    }

    void defaultColumnIsTheKey()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "keys.csv";
        const CustomerTable t = mixedTable();
        Bitset members(t.rows());
        members.set(2);
        members.set(1);
        exportMembersCsv(t, {}, members, file, {});
        QCOMPARE(bytes(readFile(file)), QByteArray("customer_id\r\n5\r\n100\r\n"));
    }

    void emptyMembersGiveHeaderOnly()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "none.csv";
        const CustomerTable t = mixedTable();
        exportMembersCsv(t, {}, Bitset(t.rows()), file, columnsOf({"customer_id", "spend"}));
        QCOMPARE(bytes(readFile(file)), QByteArray("customer_id,spend\r\n"));
    }

    void stringKeysInByteOrder()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "s.csv";
        // 'B' (0x42) < 'a' (0x61) < "ab" < 'b' < "é" (0xC3 0xA9): bytes, not locale or case order.
        const CustomerTable t = makeCustomers({
            intColumn("n", {1, 2, 3, 4, 5}),
            stringColumn("code", {"b", "\xC3\xA9", "ab", "B", "a"}),
        }, 1);
        exportMembersCsv(t, {}, Bitset(t.rows(), true), file, columnsOf({"code", "n"}));
        QCOMPARE(bytes(readFile(file)), QByteArray("code,n\r\nB,4\r\na,5\r\nab,3\r\nb,1\r\n\xC3\xA9,2\r\n"));
    }

    void lineFeedAndOtherDelimiter()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "semi.csv";
        const CustomerTable t = makeCustomers({
            intColumn("id", {2, 1}),
            stringColumn("text", {"a;b", "c,d"}),
            doubleColumn("x", {0.5, 1.25}),
        });
        ExportOptions o = columnsOf({"id", "text", "x"});
        o.delimiter = ';';
        o.crlf = false;
        exportMembersCsv(t, {}, Bitset(t.rows(), true), file, o);
        // With ';' the comma needs no quotes, the semicolon does.
        QCOMPARE(bytes(readFile(file)), QByteArray("id;text;x\n1;c,d;1.25\n2;\"a;b\";0.5\n"));
    }

    void badDelimiterIsRefused()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "q.csv";
        const CustomerTable t = mixedTable();
        ExportOptions o;
        o.delimiter = '"';
        try {
            exportMembersCsv(t, {}, Bitset(t.rows(), true), file, o);
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("q.csv") != std::string::npos);
            QVERIFY(std::string(e.what()).find("delimiter") != std::string::npos);
        }
        QVERIFY(!std::filesystem::exists(file));
    }

    void byteOrderMark()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "bom.csv";
        const CustomerTable t = mixedTable();
        Bitset members(t.rows());
        members.set(0);
        ExportOptions o;
        o.bom = true;
        exportMembersCsv(t, {}, members, file, o);
        QCOMPARE(bytes(readFile(file)), QByteArray("\xEF\xBB\xBF" "customer_id\r\n30\r\n"));
    }

    void spreadsheetSafeText()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "safe.csv";
        const CustomerTable t = makeCustomers({
            intColumn("id", {1, 2, 3, 4, 5, 6, 7, 8}),
            stringColumn("note", {"=SUM(A1:A9)", "+1", "-2", "@cmd", "\tx", "\ry", "a=b", "=\"x\",y"}),
            intColumn("delta", {-5, 5, 0, 1, 2, 3, 4, 6}),
        });
        ExportOptions o = columnsOf({"id", "note", "delta"});
        o.spreadsheetSafe = true;
        o.crlf = false;
        exportMembersCsv(t, {}, Bitset(t.rows(), true), file, o);
        // Numbers are never prefixed (-5 stays a number); tab and CR starts also need quotes.
        QCOMPARE(bytes(readFile(file)), QByteArray("id,note,delta\n"
                                                   "1,'=SUM(A1:A9),-5\n"
                                                   "2,'+1,5\n"
                                                   "3,'-2,0\n"
                                                   "4,'@cmd,1\n"
                                                   "5,\"'\tx\",2\n"
                                                   "6,\"'\ry\",3\n"
                                                   "7,a=b,4\n"
                                                   "8,\"'=\"\"x\"\",y\",6\n"));
        // Off by default: the data is written as it is.
        ExportOptions plain = columnsOf({"note"});
        plain.crlf = false;
        Bitset first(t.rows());
        first.set(0);
        exportMembersCsv(t, {}, first, file, plain);
        QCOMPARE(bytes(readFile(file)), QByteArray("note\n=SUM(A1:A9)\n"));
    }

    void spreadsheetSafeHeader()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "h.csv";
        const CustomerTable t = makeCustomers({intColumn("=id", {1})});
        ExportOptions o;
        o.spreadsheetSafe = true;
        exportMembersCsv(t, {}, Bitset(1, true), file, o);
        QCOMPARE(bytes(readFile(file)), QByteArray("'=id\r\n1\r\n"));
    }

    void derivedColumns()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "d.csv";
        const CustomerTable t = makeCustomers({
            intColumn("customer_id", {20, 10, 30}),
            doubleColumn("spend", {100.0, 50.0, 9.0}),
        });
        DerivedMap derived;
        derived["aov"] = std::make_shared<Column>(doubleColumn("aov", {25.5, std::nullopt, 3.0}));
        derived["purchases_90d"] = std::make_shared<Column>(intColumn("purchases_90d", {4, 0, 3}));
        exportMembersCsv(t, derived, Bitset(t.rows(), true), file,
                         columnsOf({"customer_id", "aov", "spend", "purchases_90d"}));
        QCOMPARE(bytes(readFile(file)),
                 QByteArray("customer_id,aov,spend,purchases_90d\r\n10,,50,0\r\n20,25.5,100,4\r\n30,3,9,3\r\n"));

        derived["short"] = std::make_shared<Column>(intColumn("short", {1}));
        try {
            exportMembersCsv(t, derived, Bitset(t.rows(), true), file, columnsOf({"short"}));
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("'short'") != std::string::npos);
        }
    }

    void unknownColumnLeavesExistingFileUntouched()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "keep.csv";
        writeFile(file, "old contents\n");
        const CustomerTable t = mixedTable();
        try {
            exportMembersCsv(t, {}, Bitset(t.rows(), true), file, columnsOf({"customer_id", "spnd"}));
            QFAIL("expected an error");
        } catch (const Error& e) {
            const std::string message = e.what();
            QVERIFY2(message.find("unknown column 'spnd'") != std::string::npos, e.what());
            QVERIFY2(message.find("keep.csv") != std::string::npos, e.what());
        }
        QCOMPARE(bytes(readFile(file)), QByteArray("old contents\n"));
        QVERIFY(tempFilesIn(file.parent_path()).empty());
    }

    void cancelBeforeStartLeavesNothing()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "c.csv";
        writeFile(file, "old\n");
        const CustomerTable t = mixedTable();
        std::atomic<bool> cancel{true};
        ExportOptions o;
        o.cancel = &cancel;
        QVERIFY_THROWS_EXCEPTION(Cancelled, exportMembersCsv(t, {}, Bitset(t.rows(), true), file, o));
        QCOMPARE(bytes(readFile(file)), QByteArray("old\n"));
        QVERIFY(tempFilesIn(file.parent_path()).empty());
    }

    void cancelHalfWayRemovesTheTemporaryFile()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "big.csv";
        writeFile(file, "old\n");
        std::vector<std::optional<int64_t>> ids;
        for (int64_t i = 0; i < 200000; ++i)
            ids.emplace_back(i);
        const CustomerTable t = makeCustomers({intColumn("id", ids)});
        std::atomic<bool> cancel{false};
        bool sawTemporary = false;
        ExportOptions o;
        o.cancel = &cancel;
        o.progress = [&](uint64_t done, uint64_t total) {
            QCOMPARE(total, uint64_t{200000});
            if (done > 0 && done < total) {
                sawTemporary = !tempFilesIn(file.parent_path()).empty();
                cancel = true;
            }
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, exportMembersCsv(t, {}, Bitset(t.rows(), true), file, o));
        QVERIFY(sawTemporary); // the export really was under way
        QCOMPARE(bytes(readFile(file)), QByteArray("old\n"));
        QVERIFY(tempFilesIn(file.parent_path()).empty());
    }

    void progressEndsAtTotal()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "p.csv";
        const CustomerTable t = mixedTable();
        uint64_t lastDone = 0, lastTotal = 0;
        ExportOptions o;
        o.progress = [&](uint64_t done, uint64_t total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        };
        exportMembersCsv(t, {}, allBut(t.rows(), {0, 1}), file, o);
        QCOMPARE(lastDone, uint64_t{6});
        QCOMPARE(lastTotal, uint64_t{6});
    }

    void missingDirectoryNamesTheFile()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "no-such-dir" / "x.csv";
        const CustomerTable t = mixedTable();
        try {
            exportMembersCsv(t, {}, Bitset(t.rows(), true), file, {});
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find(file.string()) != std::string::npos, e.what());
        }
        QVERIFY(!std::filesystem::exists(file.parent_path()));
    }

    void targetIsADirectory()
    {
        QTemporaryDir dir;
        const auto target = std::filesystem::path(dir.path().toStdString()) / "sub";
        std::filesystem::create_directory(target);
        const CustomerTable t = mixedTable();
        try {
            exportMembersCsv(t, {}, Bitset(t.rows(), true), target, {});
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("directory") != std::string::npos, e.what());
        }
        QVERIFY(std::filesystem::is_directory(target));
        QVERIFY(tempFilesIn(target.parent_path()).empty());
    }

    void memberSetOfTheWrongSize()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "w.csv";
        const CustomerTable t = mixedTable();
        try {
            exportMembersCsv(t, {}, Bitset(3, true), file, {});
            QFAIL("expected an error");
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find("w.csv") != std::string::npos, e.what());
        }
        QVERIFY(!std::filesystem::exists(file));
    }

    void overwritesAnExistingFile()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "o.csv";
        writeFile(file, "a much longer old file that must not leave a tail behind\n");
        const CustomerTable t = makeCustomers({intColumn("id", {1})});
        exportMembersCsv(t, {}, Bitset(1, true), file, {});
        QCOMPARE(bytes(readFile(file)), QByteArray("id\r\n1\r\n"));
    }

    void keyOrderOfNumericKeys()
    {
        const Column ints = intColumn("k", {5, -3, int64_t{1} << 40, 5, std::nullopt, 0});
        QCOMPARE(membersInKeyOrder(ints, Bitset(6, true)), (std::vector<uint32_t>{1, 5, 0, 3, 2, 4}));
        Bitset some(6);
        some.set(2);
        some.set(1);
        QCOMPARE(membersInKeyOrder(ints, some), (std::vector<uint32_t>{1, 2}));

        const Column doubles = doubleColumn("k", {2.5, -1.0, -0.0, 0.0, -7.25, 1e300});
        QCOMPARE(membersInKeyOrder(doubles, Bitset(6, true)), (std::vector<uint32_t>{4, 1, 2, 3, 0, 5}));

        const Column dates = dateColumn("k", {day("2024-01-02"), day("1969-12-31"), day("2024-01-01")});
        QCOMPARE(membersInKeyOrder(dates, Bitset(3, true)), (std::vector<uint32_t>{1, 2, 0}));
    }

    void keyOrderOfManyShuffledKeys()
    {
        // A permutation with keys above 2^32 and negative ones exercises every radix pass.
        std::vector<std::optional<int64_t>> keys;
        const size_t n = 5000;
        for (size_t i = 0; i < n; ++i) {
            const auto k = static_cast<int64_t>((i * 7919) % n);
            keys.emplace_back((k - 2500) * (int64_t{1} << 33) + k);
        }
        const Column c = intColumn("k", keys);
        const std::vector<uint32_t> order = membersInKeyOrder(c, Bitset(n, true));
        QCOMPARE(order.size(), n);
        for (size_t i = 1; i < n; ++i)
            QVERIFY(c.intAt(order[i - 1]) < c.intAt(order[i]));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "test_csv_export.moc"
