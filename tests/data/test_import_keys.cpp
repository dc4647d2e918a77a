// Customers import: key column, duplicate-key policies, the "_row" key, large files read in
// parallel chunks, progress and cancellation.
#include "data/importer.h"
#include "import_test_util.h"

#include <QtTest>

#include <map>

using namespace seg;
using namespace seg::test;

class TestImportKeys : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void duplicateKeysKeepLast()
    {
        Fixtures files;
        ImportReport report;
        const auto t = importText(files, "id,v\n1,a\n2,b\n1,c\n3,d\n2,e\n", keyed("id"), report);
        // Each kept row stays at its own place in the file, so U is 1(c), 3(d), 2(e).
        QCOMPARE(texts(t.key()), (Strings{"1", "3", "2"}));
        QCOMPARE(texts(col(t, "v")), (Strings{"c", "d", "e"}));
        QCOMPARE(report.duplicateKeys, size_t{2});
        QCOMPARE(report.rows, size_t{3});
        QCOMPARE(report.columns[1].distinct, size_t{3}); // "a" and "b" are gone with their rows
    }
    void duplicateKeysKeepFirst()
    {
        Fixtures files;
        ImportReport report;
        DatasetSpec spec = keyed("id");
        spec.onDuplicateKey = DuplicateKeyPolicy::KeepFirst;
        const auto t = importText(files, "id,v\n1,a\n2,b\n1,c\n3,d\n2,e\n", spec, report);
        QCOMPARE(texts(t.key()), (Strings{"1", "2", "3"}));
        QCOMPARE(texts(col(t, "v")), (Strings{"a", "b", "d"}));
        QCOMPARE(report.duplicateKeys, size_t{2});
    }
    void duplicateKeysCompareTypedValues()
    {
        Fixtures files;
        ImportReport report;
        // Lossless keys (issue 16 finding 2): 7, 007 and +7 are three texts, so the key column
        // is text and they are three customers. Typed comparison only applies to an "int" override.
        auto t = importText(files, "id,v\n7,a\n007,b\n+7,c\n8,d\n", keyed("id"), report);
        QCOMPARE(t.key().type(), DataType::String);
        QCOMPARE(texts(t.key()), (Strings{"7", "007", "+7", "8"}));
        QCOMPARE(report.duplicateKeys, size_t{0});
        DatasetSpec asInt = keyed("id");
        asInt.columnTypes = {{"id", "int"}};
        t = importText(files, "id,v\n7,a\n007,b\n+7,c\n8,d\n", asInt, report, "i.csv");
        QCOMPARE(texts(t.key()), (Strings{"7", "8"}));
        QCOMPARE(texts(col(t, "v")), (Strings{"c", "d"}));
        QCOMPARE(report.duplicateKeys, size_t{2});
        t = importText(files, "code,v\nab,1\nAB,2\n ab ,3\n", keyed("code"), report, "s.csv");
        QCOMPARE(texts(t.key()), (Strings{"AB", "ab"})); // exact bytes after trimming
        QCOMPARE(texts(col(t, "v")), (Strings{"2", "3"}));
    }
    void duplicateKeyPolicyError()
    {
        Fixtures files;
        ImportReport report;
        DatasetSpec spec = keyed("id");
        spec.onDuplicateKey = DuplicateKeyPolicy::Error;
        const std::string message = errorOf([&] { importText(files, "id,v\n1,a\n2,b\n\n1,c\n", spec, report); });
        VERIFY_CONTAINS(message, "customers.csv:5: duplicate customer key '1' (first on line 2)");
        const auto t = importText(files, "id\n1\n2\n", spec, report, "ok.csv");
        QCOMPARE(t.rows(), size_t{2});
    }
    void missingKeyColumnAndNullKeys()
    {
        Fixtures files;
        ImportReport report;
        const std::string message =
            errorOf([&] { importText(files, "id,name\n1,a\n", keyed("customer_id"), report); });
        VERIFY_CONTAINS(message, "customers.csv: key column 'customer_id' is not in the file (columns: id, name)");

        const auto t = importText(files, "id,v\n1,a\n,b\nNULL,c\n2,d\n", keyed("id"), report, "n.csv");
        QCOMPARE(texts(t.key()), (Strings{"1", "2"}));
        QCOMPARE(report.rejected, size_t{2});
        QCOMPARE(report.rejects[0].line, size_t{3});
        QCOMPARE(report.rejects[0].column, std::string("id"));
        QCOMPARE(report.rejects[0].reason, std::string("customer key is NULL"));
    }
    void rowNumberKeyWhenNoKeyIsGiven()
    {
        Fixtures files;
        ImportReport report;
        const auto t = importText(files, "v,w\n1,2\n3\n\n4,5\n4,5\n", DatasetSpec{}, report);
        QCOMPARE(t.keyColumn, 0);
        QCOMPARE(t.key().name(), std::string("_row"));
        QCOMPARE(t.key().type(), DataType::Int);
        // Data record numbers: the rejected record 2 keeps its number; blank lines have none.
        QCOMPARE(texts(t.key()), (Strings{"1", "3", "4"}));
        QCOMPARE(report.duplicateKeys, size_t{0});
        VERIFY_CONTAINS(errorOf([&] { importText(files, "_row,v\n1,2\n", DatasetSpec{}, report, "r.csv"); }),
                        "r.csv: the file has a column named '_row'");
    }
    void progressAndCancel()
    {
        Fixtures files;
        std::string text = "id,name,amount,pad\n";
        for (int i = 0; i < 200000; ++i) // ~6 MB: two chunks
            text += std::to_string(i) + ",name " + std::to_string(i % 1000) + "," + std::to_string(i % 97) + ".5,padding..\n";
        const auto path = files.write("big.csv", text);

        ImportOptions options;
        options.spec = keyed("id");
        std::vector<std::pair<uint64_t, uint64_t>> calls;
        options.progress = [&](uint64_t done, uint64_t total) { calls.emplace_back(done, total); };
        ImportReport report;
        const auto t = importCustomers(path, options, report);
        QCOMPARE(t.rows(), size_t{200000});
        QCOMPARE(col(t, "amount").doubleAt(199999), 199999 % 97 + 0.5);
        QVERIFY(calls.size() >= 3); // both passes, per chunk of ~4 MiB
        for (size_t i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].first >= calls[i - 1].first);
        QCOMPARE(calls.back().first, uint64_t(2 * text.size()));
        QCOMPARE(calls.back().second, uint64_t(2 * text.size()));

        std::atomic<bool> cancel{false};
        options.cancel = &cancel;
        options.progress = [&](uint64_t done, uint64_t) {
            if (done > 0)
                cancel = true; // the user presses Cancel after the first block
        };
        bool cancelled = false;
        try {
            importCustomers(path, options, report);
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        cancel = true;
        options.progress = {};
        QVERIFY_THROWS_EXCEPTION(Cancelled, importCustomers(path, options, report));
    }
    void largeFileAcrossParallelChunks()
    {
        // ~12 MB, so pass 2 reads several chunks in parallel; quoted CRLFs, ragged rows and
        // duplicate keys are spread over the whole file, chunk edges included.
        const char* cities[] = {"Oslo", "Paris", "New York", "Lima", "Cairo", "Rome", "Quito"};
        struct Row {
            int64_t key;
            std::string city, note, amount;
            size_t line;
        };
        std::vector<Row> rows;
        std::vector<size_t> rejectLines;
        std::string text = "id,city,note,amount\r\n";
        size_t line = 2;
        const int n = 150000;
        const std::string padding(60, '.');
        for (int i = 1; i <= n; ++i) {
            const int64_t key = i % 10007 == 0 ? i - 3 : i;
            const std::string city = cities[(int64_t{i} * i / 3) % 7];
            if (i % 5000 == 0) {
                text += std::to_string(key) + "," + city + ",x,1,extra\r\n";
                rejectLines.push_back(line++);
                continue;
            }
            const bool multiLine = i % 7 == 0;
            const std::string note = multiLine ? "multi\r\nline \"" + std::to_string(i) + "\"" : "note " + std::to_string(i) + padding;
            const std::string amount = i % 2 ? std::to_string(i) + ".5" : "";
            text += std::to_string(key) + "," + city + ","
                + (multiLine ? "\"multi\r\nline \"\"" + std::to_string(i) + "\"\"\"" : note) + "," + amount + "\r\n";
            rows.push_back({key, city, note, amount, line});
            line += multiLine ? 2 : 1;
        }
        QVERIFY(text.size() > 2 * (size_t{4} << 20)); // at least three chunks
        Fixtures files;
        const auto path = files.write("big.csv", text);

        for (const auto policy : {DuplicateKeyPolicy::KeepLast, DuplicateKeyPolicy::KeepFirst}) {
            // Expected result, worked out directly from the generated rows.
            std::vector<const Row*> expected;
            std::map<int64_t, size_t> position;
            for (const Row& row : rows) {
                auto [it, fresh] = position.try_emplace(row.key, expected.size());
                if (fresh)
                    expected.push_back(&row);
                else if (policy == DuplicateKeyPolicy::KeepLast) {
                    expected[it->second] = nullptr; // the earlier row goes, the later keeps its place
                    it->second = expected.size();
                    expected.push_back(&row);
                }
            }
            std::erase(expected, nullptr);

            DatasetSpec spec = keyed("id");
            spec.onDuplicateKey = policy;
            ImportOptions options;
            options.spec = spec;
            ImportReport report;
            const auto t = importCustomers(path, options, report);
            QCOMPARE(report.dataRows, size_t(n));
            QCOMPARE(report.rejected, rejectLines.size());
            for (size_t i = 0; i < rejectLines.size(); ++i)
                QCOMPARE(report.rejects[i].line, rejectLines[i]);
            QCOMPARE(report.duplicateKeys, size_t(n / 10007));
            QCOMPARE(t.rows(), expected.size());
            const Column& city = col(t, "city");
            const Column& note = col(t, "note");
            const Column& amount = col(t, "amount");
            QCOMPARE(amount.type(), DataType::Double);
            std::vector<std::string> firstSeen;
            for (size_t r = 0; r < expected.size(); ++r) {
                const Row& row = *expected[r];
                QCOMPARE(t.key().intAt(r), row.key);
                QCOMPARE(std::string(city.stringAt(r)), row.city);
                QCOMPARE(std::string(note.stringAt(r)), row.note);
                QCOMPARE(amount.isNull(r), row.amount.empty());
                if (!row.amount.empty())
                    QCOMPARE(amount.doubleAt(r), std::stod(row.amount));
                if (std::find(firstSeen.begin(), firstSeen.end(), row.city) == firstSeen.end())
                    firstSeen.push_back(row.city);
            }
            if (policy == DuplicateKeyPolicy::KeepFirst) // no dropped rows in front: exact first-seen order
                QCOMPARE(city.dict(), firstSeen);
        }

        DatasetSpec strict = keyed("id");
        strict.onDuplicateKey = DuplicateKeyPolicy::Error;
        ImportOptions options;
        options.spec = strict;
        ImportReport report;
        const std::string message = errorOf([&] { importCustomers(path, options, report); });
        const Row& firstDuplicate = *std::find_if(rows.begin(), rows.end(), [](const Row& r) { return r.key == 10004 && r.note == "note 10007" + std::string(60, '.'); });
        const Row& original = *std::find_if(rows.begin(), rows.end(), [](const Row& r) { return r.key == 10004; });
        VERIFY_CONTAINS(message, "big.csv:" + std::to_string(firstDuplicate.line) + ": duplicate customer key '10004' (first on line "
                                     + std::to_string(original.line) + ")");
    }
    void chunkEdgeInsideAQuotedField()
    {
        // Pass 1 guesses chunk starts at line starts ~4 MiB apart. Put a quoted field full of
        // lines that look like records (one with a stray quote) across the first guess: the
        // import must notice and read that part again from the true record start.
        const std::string header = "id,note\n";
        const uint64_t firstGuessAt = header.size() + (uint64_t{4} << 20);
        std::string text = header;
        std::vector<std::string> notes;
        while (text.size() + 300 < firstGuessAt) {
            notes.push_back("plain " + std::to_string(notes.size() + 1));
            text += std::to_string(notes.size()) + "," + notes.back() + "\n";
        }
        std::string tricky;
        for (int k = 0; k < 60; ++k)
            tricky += std::to_string(900 + k) + (k % 7 == 3 ? ",\"broken\n" : ",fake\n");
        notes.push_back(tricky);
        std::string escaped;
        for (const char ch : tricky)
            escaped += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        const uint64_t trickyStart = text.size();
        text += std::to_string(notes.size()) + ",\"" + escaped + "\"\n";
        QVERIFY(trickyStart < firstGuessAt && text.size() > firstGuessAt + 200);
        while (text.size() < header.size() + (uint64_t{9} << 20)) {
            notes.push_back("after " + std::to_string(notes.size() + 1));
            text += std::to_string(notes.size()) + "," + notes.back() + "\n";
        }
        text += "x,too,many\n"; // one reject, to check its line number after the tricky part
        const size_t rejectLine = std::count(text.begin(), text.end(), '\n');

        Fixtures files;
        ImportReport report;
        const auto t = importText(files, text, keyed("id"), report);
        QCOMPARE(report.rejected, size_t{1});
        QCOMPARE(report.rejects[0].line, rejectLine);
        QCOMPARE(t.rows(), notes.size());
        const Column& note = col(t, "note");
        for (size_t r = 0; r < notes.size(); ++r) {
            QCOMPARE(t.key().intAt(r), int64_t(r + 1));
            QCOMPARE(std::string(note.stringAt(r)), notes[r]);
        }
    }
};

QTEST_GUILESS_MAIN(TestImportKeys)
#include "test_import_keys.moc"
