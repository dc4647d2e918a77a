// The one-read import: pass 1 parses each chunk's values as the type the chunk agrees on so
// far, and pass 2 re-reads only what that guess got wrong. These files change a column's type
// part way (in another chunk, or inside one), so every way back is taken; the expected values
// are worked out from the generated text, and the result must not depend on the thread count.
#include "data/importer.h"
#include "import_test_util.h"

#include <tbb/task_arena.h>

#include <QtTest>

#include <functional>
#include <map>
#include <set>

using namespace seg;
using namespace seg::test;

namespace {

constexpr int kRows = 180000; // ~14 MB: many chunks of ~1 MiB, and more than one 4 MiB

struct Cell {
    std::string text;     // as written (unquoted)
    std::string expected; // textAt() of the imported value, "<null>" for NULL
};

// Cell of column `c` in data row i (0-based). Each column has its own twist.
Cell cell(char c, int i)
{
    const std::string n = std::to_string(i);
    switch (c) {
    case 'a': // ints, and one double in the last chunk: double
        if (i == kRows - 10)
            return {"2.5", "2.5"};
        return {n, formatDouble(i)};
    case 'b': // ints (some with leading zeros), then a word in the second chunk: the original texts
        if (i == 70000)
            return {"x", "x"};
        return i % 3 == 0 ? Cell{"00" + n, "00" + n} : Cell{n, n};
    case 'c': // ints with "-0", then a double: "-0" must read as -0.0, not as the int 0
        if (i == 100000)
            return {"1.5", "1.5"};
        if (i % 1000 == 0)
            return {"-0", "-0"};
        return {std::to_string(i % 50), formatDouble(i % 50)};
    case 'd': // NULL for the first 110000 rows (two chunks), then dates
        if (i < 110000)
            return i % 2 ? Cell{"", "<null>"} : Cell{"NA", "<null>"};
        {
            char buf[16];
            std::snprintf(buf, sizeof buf, "2024-01-%02d", i % 28 + 1);
            return {buf, buf};
        }
    case 'e': // dates, then a timestamp in the last chunk: neither fits all, so text
        if (i == 150000)
            return {"2024-01-01 10:00", "2024-01-01 10:00"};
        return {"2023-12-" + std::to_string(10 + i % 20), "2023-12-" + std::to_string(10 + i % 20)};
    case 'f': // bools in any case
        return i % 2 ? Cell{"TRUE", "true"} : Cell{"false", "false"};
    case 'g': // an int, then a word in the first chunk's eleventh row
        return i == 10 ? Cell{"abc", "abc"} : Cell{n, n};
    case 'h': // ints, then a double in the sixth row: converted inside the chunk
        return i == 5 ? Cell{"5.5", "5.5"} : Cell{n, formatDouble(i)};
    case 'i': // spaces around ints, NULL now and then
        return i % 11 == 0 ? Cell{"NULL", "<null>"} : Cell{"  " + n + " ", n};
    case 'j': // quoted text with delimiters, doubled quotes and UTF-8
        return {"\"q, " + std::to_string(i % 7) + " \"\"é\"\"\"", "q, " + std::to_string(i % 7) + " \"é\""};
    }
    return {};
}

const std::string kColumns = "abcdefghij";

struct Generated {
    std::string text;
    std::vector<int> keptRows;    // data rows that are not rejected
    std::vector<size_t> rejectLines;
};

Generated generate()
{
    Generated g;
    g.text = "id";
    for (const char c : kColumns)
        g.text += std::string(",") + c;
    g.text += "\n";
    size_t line = 2;
    for (int i = 0; i < kRows; ++i, ++line) {
        if (i % 9973 == 4) { // ragged: rejected, and not seen by the inference
            g.text += std::to_string(i) + ",x,y\n";
            g.rejectLines.push_back(line);
            continue;
        }
        g.text += std::to_string(i);
        for (const char c : kColumns)
            g.text += "," + cell(c, i).text;
        g.text += i % 2 ? "\r\n" : "\n";
        g.keptRows.push_back(i);
    }
    return g;
}

} // namespace

class TestImportFold : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typeChangesAcrossAndInsideChunks()
    {
        const Generated g = generate();
        QVERIFY(g.text.size() > 3 * (size_t{4} << 20));
        Fixtures files;
        const auto path = files.write("fold.csv", g.text);
        ImportOptions options;
        options.spec = keyed("id");

        std::vector<std::vector<std::string>> first;
        for (const int threads : {2, 1}) {
            tbb::task_arena arena(threads);
            ImportReport report;
            CustomerTable t;
            arena.execute([&] { t = importCustomers(path, options, report); });
            QCOMPARE(report.rejected, g.rejectLines.size());
            for (size_t r = 0; r < g.rejectLines.size(); ++r)
                QCOMPARE(report.rejects[r].line, g.rejectLines[r]);
            QCOMPARE(t.rows(), g.keptRows.size());

            const std::map<char, DataType> types{{'a', DataType::Double}, {'b', DataType::String},
                                                 {'c', DataType::Double}, {'d', DataType::Date},
                                                 {'e', DataType::String}, {'f', DataType::Bool},
                                                 {'g', DataType::String}, {'h', DataType::Double},
                                                 {'i', DataType::Int},    {'j', DataType::String}};
            std::vector<std::vector<std::string>> all;
            for (const char c : kColumns) {
                const Column& column = col(t, std::string(1, c));
                QCOMPARE(int(column.type()), int(types.at(c)));
                const auto got = texts(column);
                for (size_t r = 0; r < g.keptRows.size(); ++r) {
                    const std::string want = cell(c, g.keptRows[r]).expected;
                    if (got[r] != want)
                        QFAIL(("column " + std::string(1, c) + " row " + std::to_string(g.keptRows[r]) + ": got '"
                               + got[r] + "', want '" + want + "'")
                                  .c_str());
                }
                all.push_back(got);
                if (column.type() == DataType::String) { // dictionary in first-seen order
                    std::vector<std::string> seen;
                    std::set<std::string> known;
                    for (const auto& s : got)
                        if (s != "<null>" && known.insert(s).second)
                            seen.push_back(s);
                    QCOMPARE(column.dict(), seen);
                }
            }
            const ColumnProfile& c = report.columns[4]; // "d": NULLs counted though no chunk saw both
            QCOMPARE(c.name, std::string("d"));
            QCOMPARE(c.nulls, size_t(std::count(all[3].begin(), all[3].end(), "<null>")));
            if (first.empty())
                first = all;
            else
                QVERIFY(all == first);
        }
    }
    void duplicateKeyLinesComeFromPassOne()
    {
        // on_duplicate_key "error" names both lines: they are kept in pass 1 now.
        std::string text = "id,v\n";
        for (int i = 0; i < 400000; ++i)
            text += std::to_string(i == 399990 ? 17 : i) + ",value " + std::to_string(i) + "\n";
        Fixtures files;
        DatasetSpec spec = keyed("id");
        spec.onDuplicateKey = DuplicateKeyPolicy::Error;
        ImportReport report;
        const std::string message = errorOf([&] { importText(files, text, spec, report); });
        VERIFY_CONTAINS(message, "customers.csv:399992: duplicate customer key '17' (first on line 19)");
    }
    void overrideThatDoesNotParseIsRejectedNotGuessed()
    {
        // A fixed type parses in pass 1 directly; a bad value rejects its row as before.
        std::string text = "id,n\n";
        for (int i = 0; i < 300000; ++i)
            text += std::to_string(i) + "," + (i == 250000 ? "zz" : std::to_string(i)) + "\n";
        Fixtures files;
        DatasetSpec spec = keyed("id");
        spec.columnTypes = {{"n", "double"}};
        ImportReport report;
        const auto t = importText(files, text, spec, report);
        QCOMPARE(report.rejected, size_t{1});
        QCOMPARE(report.rejects[0].line, size_t{250002});
        QCOMPARE(col(t, "n").type(), DataType::Double);
        QCOMPARE(t.rows(), size_t{299999});
        QCOMPARE(col(t, "n").doubleAt(299998), 299999.0);
    }
};

QTEST_GUILESS_MAIN(TestImportFold)
#include "test_import_fold.moc"
