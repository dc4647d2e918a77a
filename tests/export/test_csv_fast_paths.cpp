// The export's fast paths against simple references (csv_reference.h): double formatting
// against std::to_chars, text cells against the quoting rules done byte by byte, key order
// against a stable sort, and a small table with the expected bytes written out.
#include "csv_reference.h"
#include "csv_test_util.h"
#include "export/atomic_text_file.h"
#include "export/csv_rows.h"

#include <QTemporaryDir>
#include <QtTest>

#include <charconv>
#include <cstring>

using namespace seg;
using namespace seg::test;

namespace {

std::string toCharsText(double v)
{
    char buf[64];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, v).ptr);
}

std::string fastText(double v)
{
    char buf[64];
    return std::string(buf, text::writeDouble(buf, v));
}

} // namespace

class TestCsvFastPaths : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void doublesMatchToChars()
    {
        std::vector<double> values;
        for (int64_t n = -300000; n <= 300000; ++n) {
            values.push_back(static_cast<double>(n) / 100.0);
            values.push_back(static_cast<double>(n) / 10000.0);
            values.push_back(static_cast<double>(n));
        }
        std::mt19937_64 rng(42);
        for (int i = 0; i < 300000; ++i) {
            const double money = static_cast<double>(static_cast<int64_t>(rng() % 100000000000ULL)) / 100.0;
            values.push_back(money);
            values.push_back(std::nextafter(money, 1e300)); // not n / 10^4: the general path
            values.push_back(static_cast<double>(static_cast<int64_t>(rng() % 687194767360000ULL)) / 10000.0);
            values.push_back(std::bit_cast<double>(rng()));
            values.push_back(std::ldexp(static_cast<double>(rng() % 1000000), static_cast<int>(rng() % 80) - 50));
        }
        // Edges of the shortcut: its range, the switch to scientific form, signed zero, specials.
        for (const double edge : {68719476736.0, 0.001, 1e5, 99999.9999, 1e-4, 9.99e-4, 1e15, 1e16, 1e17}) {
            for (const double v : {edge, -edge}) {
                double up = v, down = v;
                for (int k = 0; k < 40; ++k) {
                    values.push_back(up);
                    values.push_back(down);
                    up = std::nextafter(up, HUGE_VAL);
                    down = std::nextafter(down, -HUGE_VAL);
                }
            }
        }
        for (int64_t n = 99990; n <= 1000010; ++n)
            values.push_back(static_cast<double>(n));
        for (const double v : {0.0, -0.0, std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
                               std::nan(""), -std::nan(""), std::numeric_limits<double>::denorm_min(),
                               std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()})
            values.push_back(v);
        size_t mismatches = 0;
        for (const double v : values) {
            if (fastText(v) != toCharsText(v) && mismatches++ < 5)
                qWarning("bits %llx: fast %s, to_chars %s", static_cast<unsigned long long>(std::bit_cast<uint64_t>(v)),
                         fastText(v).c_str(), toCharsText(v).c_str());
        }
        QCOMPARE(mismatches, size_t{0});
    }

    void textCellsMatchTheReference()
    {
        const std::vector<std::string> strings = trickyStrings(20000, 7);
        size_t checked = 0;
        for (const char delimiter : std::string(",;\t| "))
            for (const bool safe : {false, true})
                for (const std::string& s : strings) {
                    // Exactly sized copies, so a read or write past either end trips the sanitizers.
                    const auto source = std::make_unique<char[]>(std::max<size_t>(s.size(), 1));
                    std::memcpy(source.get(), s.data(), s.size());
                    const std::string_view view(source.get(), s.size());
                    const size_t room = csv::textCellRoom(s.size());
                    const auto out = std::make_unique<char[]>(room);
                    char* end = csv::writeTextCell(out.get(), view, delimiter, safe);
                    QVERIFY(end <= out.get() + room);
                    const std::string expected = referenceCell(s, delimiter, safe);
                    if (std::string_view(out.get(), static_cast<size_t>(end - out.get())) != expected)
                        QFAIL(qPrintable(QString("cell %1 (delimiter %2, safe %3)")
                                             .arg(QString::fromStdString(s).toHtmlEscaped())
                                             .arg(int(delimiter))
                                             .arg(safe)));
                    ++checked;
                }
        QVERIFY(checked > 100000);
    }

    void handWrittenTrickyCells()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "t.csv";
        Column note("note", DataType::String);
        for (const char* s : {"0123456789abcdef\"", "0123456789abcde,", "=0123456789abcdefXYZ", "\xE6\x97\xA5\xE6\x9C\xAC,\xF0\x9F\x98\x80",
                              "trailing space 0123456789 ", "a\r\nb", "-1"})
            note.appendString(s);
        note.appendNull();
        note.finish();
        Column spend("spend", DataType::Double);
        for (const double v : {1024.43, -0.05, 1e5, 100000.5, 0.0001, -0.0, 7.0, 68719476736.25})
            spend.appendDouble(v);
        CustomerTable t = makeCustomers({intColumn("id", {8, 7, 6, 5, 4, 3, 2, 1}), std::move(note), std::move(spend)});
        ExportOptions o;
        o.columns = {"id", "note", "spend"};
        o.spreadsheetSafe = true;
        exportMembersCsv(t, {}, Bitset(t.rows(), true), file, o);
        const std::string expected = "id,note,spend\r\n"
                                     "1,,68719476736.25\r\n"
                                     "2,'-1,7\r\n"
                                     "3,\"a\r\nb\",-0\r\n"
                                     "4,\"trailing space 0123456789 \",1e-04\r\n"
                                     "5,\"\xE6\x97\xA5\xE6\x9C\xAC,\xF0\x9F\x98\x80\",100000.5\r\n"
                                     "6,'=0123456789abcdefXYZ,1e+05\r\n"
                                     "7,\"0123456789abcde,\",-0.05\r\n"
                                     "8,\"0123456789abcdef\"\"\",1024.43\r\n";
        QCOMPARE(QByteArray::fromStdString(seg::test::readFile(file)), QByteArray::fromStdString(expected));
    }

    void keyOrderMatchesAStableSort()
    {
        std::mt19937_64 rng(3);
        const size_t n = 300000; // several pieces of the parallel extraction
        for (const bool withNulls : {false, true}) {
            for (const bool ascending : {false, true}) {
                std::vector<std::optional<int64_t>> keys(n);
                for (size_t i = 0; i < n; ++i)
                    keys[i] = ascending ? static_cast<int64_t>(i / 4) : static_cast<int64_t>(rng() % 1000) - 500;
                if (withNulls)
                    for (size_t i = 5; i < n; i += 1001)
                        keys[i] = std::nullopt;
                const Column key = intColumn("k", keys);
                const Bitset members = someMembers(n, rng());
                QCOMPARE(membersInKeyOrder(key, members), referenceKeyOrder(key, members));
            }
        }
        // Doubles: -0 and +0 are equal keys and keep row order.
        Column doubles("d", DataType::Double);
        for (size_t i = 0; i < n; ++i)
            doubles.appendDouble(i % 3 == 0 ? (i % 2 ? -0.0 : 0.0) : static_cast<double>(i % 1000) - 500.5);
        QCOMPARE(membersInKeyOrder(doubles, Bitset(n, true)), referenceKeyOrder(doubles, Bitset(n, true)));
    }
};

QTEST_GUILESS_MAIN(TestCsvFastPaths)
#include "test_csv_fast_paths.moc"
