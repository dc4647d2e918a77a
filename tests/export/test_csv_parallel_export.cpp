// Whole exports of tables full of awkward values (quotes, delimiters, line breaks, NULLs,
// UTF-8, formula starts) over many morsels and batches, formatted on one thread and on many,
// against a file built cell by cell (csv_reference.h); the key-order check and its fallback,
// replacing large files, progress and cancel between batches.
#include "csv_reference.h"
#include "csv_test_util.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

#include <tbb/task_arena.h>

#include <atomic>

using namespace seg;
using namespace seg::test;

class TestCsvParallelExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
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
                name.appendString((i % 3 ? std::string("n") : std::string("\"q\",")).append(std::to_string(i)));
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

QTEST_GUILESS_MAIN(TestCsvParallelExport)
#include "test_csv_parallel_export.moc"
