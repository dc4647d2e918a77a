// The export's fast paths against simple reference implementations written here: double
// formatting against std::to_chars, text cells against the quoting rules done byte by byte,
// key order against a stable sort, and whole exports of a tricky table (quotes, delimiters,
// line breaks, NULLs, UTF-8, formula starts, many morsels) formatted on one thread and on many.
#include "csv_test_util.h"
#include "export/atomic_text_file.h"
#include "export/csv_export.h"
#include "export/csv_rows.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <tbb/task_arena.h>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <random>

using namespace seg;

namespace {

using DerivedMap = std::map<std::string, std::shared_ptr<const Column>, std::less<>>;

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

// The quoting rules of docs/segment-graph.md section 6, one byte at a time.
std::string referenceCell(std::string_view s, char delimiter, bool spreadsheetSafe)
{
    const bool guard = spreadsheetSafe && !s.empty() && std::string_view("=+-@\t\r").find(s.front()) != std::string_view::npos;
    bool quote = s.empty() || s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t';
    for (const char c : s)
        quote = quote || c == delimiter || c == '"' || c == '\n' || c == '\r';
    std::string out;
    if (quote)
        out += '"';
    if (guard)
        out += '\'';
    for (const char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
    return out;
}

// Strings made of pieces that trip quoting, formula guards and the 8/16-byte blocks of the
// fast copy: lengths from 0 to about 100, special bytes at every position.
std::vector<std::string> trickyStrings(size_t count, uint64_t seed)
{
    static const std::vector<std::string> pieces = {
        "", " ", "a", "\"", ",", ";", "\n", "\r", "\t", "|", "=", "+", "-", "@", "'", "x",
        "\xC3\xA9", "\xE6\x97\xA5\xE6\x9C\xAC", "\xF0\x9F\x98\x80", "0123456789abcdef", "plain.name@example.com",
    };
    std::mt19937_64 rng(seed);
    std::vector<std::string> out;
    for (size_t i = 0; i < count; ++i) {
        std::string s;
        const size_t n = rng() % 9;
        for (size_t k = 0; k < n; ++k)
            s += pieces[rng() % pieces.size()];
        out.push_back(std::move(s));
    }
    // One special byte at each position of an otherwise plain string.
    for (const char special : std::string(",;\"\n\r\t| ")) {
        for (size_t len = 1; len <= 40; ++len) {
            for (size_t at = 0; at < len; ++at) {
                std::string s(len, 'k');
                s[at] = special;
                out.push_back(std::move(s));
            }
        }
    }
    return out;
}

Column intColumn(std::string name, const std::vector<std::optional<int64_t>>& values, DataType type = DataType::Int)
{
    Column c(std::move(name), type);
    for (const auto& v : values)
        v ? c.appendInt(*v) : c.appendNull();
    return c;
}

CustomerTable makeCustomers(std::vector<Column> columns)
{
    CustomerTable t;
    t.table.rows = columns.front().size();
    t.table.columns = std::move(columns);
    t.keyColumn = 0;
    return t;
}

enum class KeyShape { Ascending, Shuffled, WithNulls };

// A customer table of n rows whose every column has NULLs and awkward values.
CustomerTable trickyTable(size_t n, KeyShape shape, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<std::optional<int64_t>> keys(n);
    for (size_t i = 0; i < n; ++i)
        keys[i] = static_cast<int64_t>(i / 3) * 7 - 1000; // ties: equal keys keep row order
    if (shape != KeyShape::Ascending)
        std::shuffle(keys.begin(), keys.end(), rng);
    if (shape == KeyShape::WithNulls)
        for (size_t i = 0; i < n; i += 97)
            keys[i] = std::nullopt;

    const std::vector<std::string> words = trickyStrings(3000, seed + 1);
    Column text("text", DataType::String);
    Column unique("unique_text", DataType::String); // one dictionary entry per row, like e-mails
    Column spend("spend", DataType::Double);
    Column joined("joined", DataType::Date);
    Column seen("seen", DataType::Timestamp);
    Column active("active", DataType::Bool);
    const double specials[] = {0.0, -0.0, 1e5, 123456.0, 1e-4, 5e-4, 0.001, 99999.9999, 68719476736.0, 1e21,
                               -1e-300, std::numeric_limits<double>::infinity(), std::nan("")};
    for (size_t i = 0; i < n; ++i) {
        rng() % 11 == 0 ? text.appendNull() : text.appendString(words[rng() % words.size()]);
        if (rng() % 13 == 0)
            unique.appendNull();
        else
            unique.appendString("user" + std::to_string(i) + (i % 5 == 0 ? ",\"x\"@example.org" : "@example.com"));
        switch (rng() % 6) {
        case 0: spend.appendNull(); break;
        case 1: spend.appendDouble(std::bit_cast<double>(rng())); break;
        case 2: spend.appendDouble(specials[rng() % std::size(specials)]); break;
        default: spend.appendDouble(static_cast<double>(static_cast<int64_t>(rng() % 20000000) - 10000000) / 100.0);
        }
        rng() % 7 == 0 ? joined.appendNull() : joined.appendDate(static_cast<int32_t>(rng() % 80000) - 30000);
        rng() % 7 == 0 ? seen.appendNull()
                       : seen.appendInt(static_cast<int64_t>(rng() % 4000000000000000ULL) - 1000000000000000LL);
        rng() % 5 == 0 ? active.appendNull() : active.appendBool(rng() % 2);
    }
    text.finish();
    unique.finish();
    return makeCustomers({intColumn("customer_id", keys), std::move(text), std::move(unique), std::move(spend),
                          std::move(joined), std::move(seen), std::move(active)});
}

// Member rows by key: numeric order, NULL keys last, equal keys in row order.
std::vector<uint32_t> referenceKeyOrder(const Column& key, const Bitset& members)
{
    std::vector<uint32_t> rows;
    members.forEach([&](size_t r) { rows.push_back(static_cast<uint32_t>(r)); });
    std::stable_sort(rows.begin(), rows.end(), [&](uint32_t a, uint32_t b) {
        if (key.isNull(a) || key.isNull(b))
            return !key.isNull(a) && key.isNull(b);
        return key.numericAt(a) < key.numericAt(b);
    });
    return rows;
}

// The whole file, built cell by cell from Column::textAt and referenceCell.
std::string referenceExport(const CustomerTable& t, const DerivedMap& derived, const Bitset& members,
                            const ExportOptions& o)
{
    std::vector<const Column*> columns;
    for (const std::string& name : o.columns) {
        const Column* c = t.table.find(name);
        columns.push_back(c ? c : derived.at(name).get());
    }
    const std::string lineEnd = o.crlf ? "\r\n" : "\n";
    std::string out = o.bom ? "\xEF\xBB\xBF" : "";
    for (size_t c = 0; c < columns.size(); ++c)
        out += (c ? std::string(1, o.delimiter) : "") + referenceCell(o.columns[c], o.delimiter, o.spreadsheetSafe);
    out += lineEnd;
    for (const uint32_t r : referenceKeyOrder(t.key(), members)) {
        for (size_t c = 0; c < columns.size(); ++c) {
            if (c)
                out += o.delimiter;
            if (columns[c]->isNull(r))
                continue;
            const std::string cell = columns[c]->textAt(r);
            out += columns[c]->type() == DataType::String ? referenceCell(cell, o.delimiter, o.spreadsheetSafe) : cell;
        }
        out += lineEnd;
    }
    return out;
}

Bitset someMembers(size_t n, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    Bitset b(n);
    for (size_t r = 0; r < n; ++r)
        if (rng() % 10 < 6)
            b.set(r);
    return b;
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

    void wholeExportOnOneThreadAndOnManyMatchesTheReference()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "big.csv";
        const size_t n = 150000; // about 90,000 members: more than one batch of morsels
        for (const KeyShape shape : {KeyShape::Ascending, KeyShape::Shuffled, KeyShape::WithNulls}) {
            const CustomerTable t = trickyTable(n, shape, 11 + static_cast<uint64_t>(shape));
            DerivedMap derived;
            derived["score"] = std::make_shared<Column>(Column::fromDoubles(
                "score", [&] {
                    std::vector<double> v(n);
                    for (size_t i = 0; i < n; ++i)
                        v[i] = static_cast<double>(i % 7919) / 100.0;
                    return v;
                }(),
                Bitset(n, true)));
            const Bitset members = someMembers(n, 5);

            std::vector<ExportOptions> variants(4);
            variants[0].columns = {"customer_id", "text", "unique_text", "spend", "joined", "seen", "active"};
            variants[1].columns = {"text", "score", "customer_id", "unique_text"};
            variants[1].delimiter = ';';
            variants[1].bom = true;
            variants[1].crlf = false;
            variants[2].columns = {"unique_text", "text", "spend"};
            variants[2].spreadsheetSafe = true;
            variants[2].delimiter = '\t';
            variants[3].columns = {"text", "active"};
            variants[3].delimiter = ' ';
            variants[3].spreadsheetSafe = true;
            for (const ExportOptions& o : variants) {
                const std::string expected = referenceExport(t, derived, members, o);
                for (const int threads : {1, 4}) {
                    tbb::task_arena arena(threads);
                    arena.execute([&] { exportMembersCsv(t, derived, members, file, o); });
                    const std::string written = seg::test::readFile(file);
                    if (written != expected) {
                        const size_t at = static_cast<size_t>(
                            std::mismatch(written.begin(), written.end(), expected.begin(), expected.end()).first
                            - written.begin());
                        QFAIL(qPrintable(QString("%1 thread(s), key shape %2: first difference at byte %3 of %4")
                                             .arg(threads)
                                             .arg(static_cast<int>(shape))
                                             .arg(at)
                                             .arg(expected.size())));
                    }
                }
            }
        }
        QVERIFY(seg::test::tempFilesIn(file.parent_path()).empty());
    }

    void rowOrderThatIsAlmostKeyOrder()
    {
        // Row order is trusted to be key order when a sample of the keys agrees, and checked
        // while formatting; keys out of order between the sampled rows (inside a morsel, across
        // two morsels, in the last batch) must still come out sorted.
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "almost.csv";
        const size_t n = 200000;
        for (const size_t swapAt : {size_t{100}, size_t{8191}, size_t{199990}}) {
            std::vector<std::optional<int64_t>> keys(n);
            for (size_t i = 0; i < n; ++i)
                keys[i] = static_cast<int64_t>(i) * 2;
            std::swap(keys[swapAt], keys[swapAt + 1]);
            Column name("name", DataType::String);
            for (size_t i = 0; i < n; ++i)
                name.appendString(i % 3 ? "n" + std::to_string(i) : "\"q\"," + std::to_string(i));
            name.finish();
            const CustomerTable t = makeCustomers({intColumn("id", keys), std::move(name)});
            ExportOptions o;
            o.columns = {"name"}; // the key is checked without being written
            std::vector<uint64_t> done;
            o.progress = [&](uint64_t d, uint64_t) { done.push_back(d); };
            tbb::task_arena arena(3);
            arena.execute([&] { exportMembersCsv(t, {}, Bitset(n, true), file, o); });
            QCOMPARE(seg::test::readFile(file), referenceExport(t, {}, Bitset(n, true), o));
            QVERIFY(std::is_sorted(done.begin(), done.end()));
            QCOMPARE(done.back(), uint64_t{n});
        }
        QVERIFY(seg::test::tempFilesIn(file.parent_path()).empty());
    }

    void replacesALargeFileAtOnce()
    {
        // A replaced file of 1 MiB or more is let go on another thread: the new file must be
        // complete when the export returns, also when it is replaced again straight away.
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "big-old.csv";
        seg::test::writeFile(file, std::string(3 << 20, 'x'));
        const CustomerTable t = trickyTable(40000, KeyShape::Ascending, 2);
        ExportOptions o;
        o.columns = {"customer_id", "unique_text", "text"};
        for (int round = 0; round < 3; ++round) {
            const Bitset members = someMembers(t.rows(), static_cast<uint64_t>(round));
            exportMembersCsv(t, {}, members, file, o);
            QCOMPARE(seg::test::readFile(file), referenceExport(t, {}, members, o));
        }
        QVERIFY(seg::test::tempFilesIn(file.parent_path()).empty());
    }

    void progressAndCancelBetweenBatches()
    {
        QTemporaryDir dir;
        const auto file = std::filesystem::path(dir.path().toStdString()) / "p.csv";
        const size_t n = 300000;
        const CustomerTable t = trickyTable(n, KeyShape::Ascending, 1);
        ExportOptions o;
        o.columns = {"customer_id", "unique_text"};
        std::vector<uint64_t> done;
        o.progress = [&](uint64_t d, uint64_t total) {
            QCOMPARE(total, uint64_t{n});
            done.push_back(d);
        };
        tbb::task_arena arena(4);
        arena.execute([&] { exportMembersCsv(t, {}, Bitset(n, true), file, o); });
        QVERIFY(done.size() >= 3);
        QVERIFY(std::is_sorted(done.begin(), done.end()));
        QCOMPARE(done.back(), uint64_t{n});

        // Cancelled while later batches are being formatted: the old file stays, nothing is left.
        seg::test::writeFile(file, "old\n");
        std::atomic<bool> cancel{false};
        o.cancel = &cancel;
        o.progress = [&](uint64_t d, uint64_t) {
            if (d > 0 && d < n)
                cancel = true;
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, arena.execute([&] { exportMembersCsv(t, {}, Bitset(n, true), file, o); }));
        QCOMPARE(seg::test::readFile(file), std::string("old\n"));
        QVERIFY(seg::test::tempFilesIn(file.parent_path()).empty());
    }
};

QTEST_GUILESS_MAIN(TestCsvFastPaths)
#include "test_csv_fast_paths.moc"
