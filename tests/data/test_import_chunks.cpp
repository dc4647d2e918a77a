// Import strategies (issue 18): pass 1 cuts the file into chunks, scans them in parallel and
// merges each chunk's columns into the final ones while the next chunks are scanned. Tiny
// chunks (ImportOptions::chunkBytes) put chunk boundaries everywhere, including inside quoted
// fields with separators, quotes and line breaks; every strategy (chunk size, merge during or
// after the scan, 1 or 2 threads) must give the table of the plain path (one chunk, merged
// after the scan, one thread), whose values are checked by hand first. The events half checks
// the dense key look-up and the already-ordered shortcut against the hash look-up and the sort.
#include "data/importer.h"
#include "import_test_util.h"

#include <tbb/task_arena.h>

#include <QtTest>

#include <string>
#include <vector>

using namespace seg;
using namespace seg::test;

namespace {

// A file whose columns change type across chunks: "n" is int, then one value overflows
// int64 (so the column is double), "m" is int until a word at the end (text), "d" is NULL for
// its first rows then dates, "q" is quoted text with commas, doubled quotes and line breaks,
// "z" is ints with a "-0" and then a double: a double column whose -0 keeps its sign (the
// chunk holding "-0" cannot be widened from ints; with tiny chunks "-0" is a chunk's first value).
std::string mixedFile()
{
    std::string text = "id,n,m,d,q,z\r\n";
    for (int i = 0; i < 400; ++i) {
        const std::string s = std::to_string(i);
        std::string n = i == 350 ? "99999999999999999999" : s; // overflows int64
        std::string m = i == 399 ? "word" : std::to_string(i * 7);
        std::string d = i < 120 ? "" : "2024-01-" + std::string(i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1);
        std::string q = i % 5 == 0 ? "\"a, \"\"b\"\"\r\nc " + s + "\"" : (i % 5 == 1 ? "NULL" : "plain " + std::to_string(i % 3));
        std::string z = i == 10 ? "-0" : (i == 390 ? "1.5" : s);
        if (i == 200) // a ragged row: rejected, and reading goes on with the next record
            text += s + ",1,2\r\n";
        text += s + "," + n + "," + m + "," + d + "," + q + "," + z + (i % 2 ? "\r\n" : "\n");
    }
    return text;
}

struct Imported {
    std::vector<Strings> columns;
    std::vector<int> types;
    std::vector<Strings> dicts;
    std::vector<size_t> rejectLines;
    size_t rows = 0;
};

Imported importWith(const std::filesystem::path& path, uint64_t chunkBytes, bool mergeDuringScan, int threads)
{
    ImportOptions options;
    options.spec = keyed("id");
    options.chunkBytes = chunkBytes;
    options.mergeDuringScan = mergeDuringScan;
    Imported out;
    tbb::task_arena arena(threads);
    arena.execute([&] {
        ImportReport report;
        const CustomerTable t = importCustomers(path, options, report);
        out.rows = t.rows();
        for (const Column& c : t.table.columns) {
            out.columns.push_back(texts(c));
            out.types.push_back(int(c.type()));
            out.dicts.push_back(c.type() == DataType::String ? Strings(c.dict().begin(), c.dict().end()) : Strings{});
        }
        for (const auto& reject : report.rejects)
            out.rejectLines.push_back(reject.line);
    });
    return out;
}

} // namespace

class TestImportChunks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void plainPathHasTheHandWorkedValues()
    {
        Fixtures files;
        const auto path = files.write("mixed.csv", mixedFile());
        const Imported plain = importWith(path, 0, false, 1);
        QCOMPARE(plain.rows, size_t{400});
        QCOMPARE(plain.rejectLines, (std::vector<size_t>{2 + 200 + 40})); // 40 quoted fields span 2 lines each before it
        QCOMPARE(plain.types, (std::vector<int>{int(DataType::Int), int(DataType::Double), int(DataType::String),
                                                int(DataType::Date), int(DataType::String), int(DataType::Double)}));
        QCOMPARE(plain.columns[1][350], std::string("1e+20"));
        QCOMPARE(plain.columns[1][7], std::string("7"));
        QCOMPARE(plain.columns[2][3], std::string("21"));
        QCOMPARE(plain.columns[2][399], std::string("word"));
        QCOMPARE(plain.columns[3][119], std::string("<null>"));
        QCOMPARE(plain.columns[3][120], std::string("2024-01-09"));
        QCOMPARE(plain.columns[4][5], std::string("a, \"b\"\r\nc 5"));
        QCOMPARE(plain.columns[4][6], std::string("<null>"));
        QCOMPARE(plain.columns[5][10], std::string("-0"));
        QCOMPARE(plain.columns[5][390], std::string("1.5"));
        QCOMPARE(plain.dicts[4].front(), std::string("a, \"b\"\r\nc 0"));
    }
    void everyStrategyGivesThePlainTable()
    {
        Fixtures files;
        const auto path = files.write("mixed.csv", mixedFile());
        const Imported plain = importWith(path, 0, false, 1);
        // 7 and 13 bytes: chunk guesses land inside nearly every quoted field and CRLF pair.
        for (const uint64_t chunk : {uint64_t{7}, uint64_t{13}, uint64_t{64}, uint64_t{333}, uint64_t{4096}})
            for (const bool eager : {true, false})
                for (const int threads : {1, 2}) {
                    const Imported got = importWith(path, chunk, eager, threads);
                    const std::string what = "chunk " + std::to_string(chunk) + (eager ? " eager" : " after")
                        + " threads " + std::to_string(threads);
                    QVERIFY2(got.rows == plain.rows, what.c_str());
                    QVERIFY2(got.types == plain.types, what.c_str());
                    for (size_t c = 0; c < got.columns.size() && c < plain.columns.size(); ++c)
                        for (size_t r = 0; r < got.columns[c].size() && r < plain.columns[c].size(); ++r)
                            if (got.columns[c][r] != plain.columns[c][r])
                                QFAIL((what + ": column " + std::to_string(c) + " row " + std::to_string(r) + ": '"
                                       + got.columns[c][r] + "' instead of '" + plain.columns[c][r] + "'")
                                          .c_str());
                    QVERIFY2(got.columns == plain.columns, what.c_str());
                    QVERIFY2(got.dicts == plain.dicts, what.c_str()); // first-seen order
                    QVERIFY2(got.rejectLines == plain.rejectLines, what.c_str());
                }
    }
    void eagerMergeWithALateTypeChangeReadsTheChunksAgain()
    {
        // "v" is int in every chunk until the last row's word: the ints merged during the
        // scan are not the final type, so their chunks are read again as text.
        std::string text = "id,v,w\n";
        for (int i = 0; i < 300; ++i)
            text += std::to_string(i) + "," + (i == 299 ? std::string("x") : "00" + std::to_string(i)) + ","
                + (i < 250 ? "" : "1") + "\n";
        Fixtures files;
        const auto path = files.write("late.csv", text);
        const Imported got = importWith(path, 50, true, 2);
        QCOMPARE(got.types[1], int(DataType::String));
        QCOMPARE(got.columns[1][0], std::string("000")); // the text as written, not the int 0
        QCOMPARE(got.columns[1][299], std::string("x"));
        QCOMPARE(got.types[2], int(DataType::Int)); // NULL-only chunks, then ints
        QCOMPARE(got.columns[2][249], std::string("<null>"));
        QCOMPARE(got.columns[2][250], std::string("1"));
        QVERIFY(got.columns == importWith(path, 0, false, 1).columns);
    }

    void eventsDenseKeysAndOrderedShortcutMatchTheGeneralPath()
    {
        // The same events against customers with dense ids (array look-up) and with sparse
        // ids (hash look-up), in customer order (no reordering) and shuffled (sorted).
        std::string customersDense = "id\n", customersSparse = "id\n";
        for (int c = 0; c < 50; ++c) {
            customersDense += std::to_string(100 + c) + "\n";
            customersSparse += std::to_string(100 + c * 1000000007LL) + "\n";
        }
        auto eventsFor = [](bool sparse, bool shuffled) {
            std::string text = "id,ts,kind\n";
            for (int k = 0; k < 200; ++k) {
                const int e = shuffled ? (k * 37) % 200 : k;
                const int c = e / 4; // 4 events per customer, in time order
                const long long key = sparse ? 100 + c * 1000000007LL : 100 + c;
                text += (e % 50 == 3 ? "00" : "") + std::to_string(key) + ",2024-03-0" + std::to_string(e % 4 + 1)
                    + " 10:00:00,k" + std::to_string(e % 3) + "\n";
            }
            text += "99,2024-01-01,unknown\n1000000,2024-01-01,unknown\n-5,2024-01-01,unknown\n";
            return text;
        };
        std::vector<Strings> first;
        std::vector<uint64_t> firstOffsets;
        for (const bool sparse : {false, true})
            for (const bool shuffled : {false, true}) {
                Fixtures files;
                ImportOptions co;
                co.spec = keyed("id");
                ImportReport cr;
                const CustomerTable customers =
                    importCustomers(files.write("c.csv", sparse ? customersSparse : customersDense), co, cr);
                ImportOptions eo;
                eo.spec = keyed("id");
                eo.spec.time = "ts";
                eo.spec.type = "kind";
                eo.chunkBytes = 100;
                ImportReport er;
                EventTable events;
                tbb::task_arena arena(2);
                arena.execute([&] { events = importEvents(files.write("e.csv", eventsFor(sparse, shuffled)), eo, customers, er); });
                QCOMPARE(er.unknownKeys, size_t{3});
                QCOMPARE(events.rows(), size_t{200});
                std::vector<Strings> got{texts(events.table.columns[1]), texts(events.table.columns[2])};
                if (first.empty()) {
                    first = got;
                    firstOffsets = events.offsets;
                    QCOMPARE(events.offsets[1], uint64_t{4});
                    QCOMPARE(got[0][0], std::string("2024-03-01 10:00:00"));
                    QCOMPARE(got[0][3], std::string("2024-03-04 10:00:00"));
                } else {
                    QVERIFY(got == first);
                    QVERIFY(events.offsets == firstOffsets);
                }
            }
    }
};

QTEST_GUILESS_MAIN(TestImportChunks)
#include "test_import_chunks.moc"
