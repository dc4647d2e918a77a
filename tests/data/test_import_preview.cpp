// The import preview (the wizard's second page): detected delimiter and encoding, the first rows
// read exactly as the importer reads them, and column types inferred from a sample. Every
// expectation below is worked out by hand from the CSV text written in the test.
#include "data/import_preview.h"
#include "import_test_util.h"

#include <QtTest>

using namespace seg;
using seg::test::errorOf;
using seg::test::Fixtures;

namespace {

std::vector<std::string> names(const ImportPreview& p)
{
    std::vector<std::string> out;
    for (const auto& c : p.columns)
        out.push_back(c.name);
    return out;
}

std::vector<DataType> types(const ImportPreview& p)
{
    std::vector<DataType> out;
    for (const auto& c : p.columns)
        out.push_back(c.inferred);
    return out;
}

std::vector<std::string> rowTexts(const PreviewRow& row)
{
    std::vector<std::string> out;
    for (const auto& cell : row.cells)
        out.push_back(cell.null ? "<null>" : cell.text);
    return out;
}

using Strings = std::vector<std::string>;
using Types = std::vector<DataType>;

} // namespace

class TestImportPreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void semicolonsQuotesAndNewlines()
    {
        Fixtures files;
        const auto path = files.write("c.csv", "id;name;score;joined\n"
                                               "1;\"Smith; John\";3.5;2024-01-31\n"
                                               "2;\"multi\nline\";4;2024-02-01\n"
                                               "3; Ann ;;2024-03-15\n");
        const ImportPreview p = previewImport(path, {});
        QCOMPARE(p.delimiter, ';');
        QVERIFY(p.delimiterDetected);
        QCOMPARE(p.encoding, std::string("utf-8"));
        QVERIFY(!p.hadBom);
        QCOMPARE(names(p), (Strings{"id", "name", "score", "joined"}));
        QCOMPARE(types(p), (Types{DataType::Int, DataType::String, DataType::Double, DataType::Date}));
        QCOMPARE(p.rows.size(), size_t{3});
        QCOMPARE(rowTexts(p.rows[0]), (Strings{"1", "Smith; John", "3.5", "2024-01-31"}));
        QCOMPARE(rowTexts(p.rows[1]), (Strings{"2", "multi\nline", "4", "2024-02-01"}));
        QCOMPARE(rowTexts(p.rows[2]), (Strings{"3", "Ann", "<null>", "2024-03-15"})); // trimmed
        // Line numbers are physical lines: the quoted newline pushes row 3 to line 5.
        QCOMPARE(p.rows[0].line, size_t{2});
        QCOMPARE(p.rows[1].line, size_t{3});
        QCOMPARE(p.rows[2].line, size_t{5});
        QCOMPARE(p.columns[2].sampleNulls, size_t{1});
        QCOMPARE(p.columns[2].sampleValues, size_t{2});
        QVERIFY(p.wholeFile);
        QCOMPARE(p.sampledRows, size_t{3});
    }

    void latin1AndWindows1252AreDetectedAndConverted()
    {
        Fixtures files;
        const ImportPreview latin = previewImport(files.write("l.csv", "id,city\n1,M\xFCnchen\n2,Z\xFCrich\n"), {});
        QCOMPARE(latin.encoding, std::string("latin-1"));
        QVERIFY(latin.encodingDetected);
        QCOMPARE(latin.rows[0].cells[1].text, std::string("M\xC3\xBCnchen"));
        QCOMPARE(latin.rows[1].cells[1].text, std::string("Z\xC3\xBCrich"));

        // 0x93/0x94 are curly quotes in windows-1252 but control codes in Latin-1.
        const auto cp = files.write("w.csv", "id,quote\n1,\x93hi\x94\n");
        const ImportPreview win = previewImport(cp, {});
        QCOMPARE(win.encoding, std::string("windows-1252"));
        QCOMPARE(win.rows[0].cells[1].text, std::string("\xE2\x80\x9Chi\xE2\x80\x9D"));

        // The user may insist on UTF-8: then the row is shown with the importer's reject reason.
        PreviewOptions utf8;
        utf8.encoding = "utf-8";
        const ImportPreview forced = previewImport(cp, utf8);
        QVERIFY(!forced.encodingDetected);
        QCOMPARE(forced.sampleProblems, size_t{1});
        VERIFY_CONTAINS(forced.rows[0].problem, "column 'quote': invalid UTF-8 (byte 0x93 at byte 1");
    }

    void bomIsSkippedAndBoolsInferred()
    {
        Fixtures files;
        const ImportPreview p = previewImport(files.write("b.csv", "\xEF\xBB\xBFid,flag\r\n1,true\r\n2,FALSE\r\n"), {});
        QVERIFY(p.hadBom);
        QCOMPARE(p.encoding, std::string("utf-8"));
        QCOMPARE(names(p), (Strings{"id", "flag"}));
        QCOMPARE(types(p), (Types{DataType::Int, DataType::Bool}));
    }

    void timestampsAndDates()
    {
        Fixtures files;
        const ImportPreview p = previewImport(
            files.write("t.csv", "seen,day,mixed\n2024-01-02 10:00,2024-01-02,2024-01-02\n"
                                 "2024-01-03T11:30:15Z,2024-12-31,2024-01-03 08:00\n"),
            {});
        // A date and a timestamp in one column are not all timestamps under the spec's rule.
        QCOMPARE(types(p), (Types{DataType::Timestamp, DataType::Date, DataType::String}));
    }

    void raggedRowsAreShownWithTheirProblemAndLeftOutOfInference()
    {
        Fixtures files;
        const ImportPreview p = previewImport(files.write("r.csv", "a,b\n1,2\n3\n4,5,x\n7,8\n\"9,10\n"), {});
        QCOMPARE(p.rows.size(), size_t{5});
        QCOMPARE(p.rows[1].problem, std::string("has 1 field, expected 2"));
        QCOMPARE(rowTexts(p.rows[1]), (Strings{"3", ""}));
        QCOMPARE(p.rows[2].problem, std::string("has 3 fields, expected 2"));
        QCOMPARE(p.rows[2].line, size_t{4});
        VERIFY_CONTAINS(p.rows[4].problem, "column 'a': quote is never closed");
        QCOMPARE(p.sampleProblems, size_t{3});
        // Only rows 1,2 and 7,8 count: the "x" of the ragged row does not make b a string.
        QCOMPARE(types(p), (Types{DataType::Int, DataType::Int}));
        QCOMPARE(p.sample.size(), size_t{2});
    }

    void nullMarkersAreTheUsersChoice()
    {
        Fixtures files;
        const auto path = files.write("n.csv", "x,y\n1,\n-,2\nNA,3\n");
        const ImportPreview byDefault = previewImport(path, {});
        // Default markers: "" and NA are NULL, "-" is text.
        QCOMPARE(types(byDefault), (Types{DataType::String, DataType::Int}));
        QCOMPARE(rowTexts(byDefault.rows[0]), (Strings{"1", "<null>"}));

        PreviewOptions dash;
        dash.nullValues = {"-", " NA "}; // trimmed like the importer does
        const ImportPreview custom = previewImport(path, dash);
        QCOMPARE(rowTexts(custom.rows[0]), (Strings{"1", ""}));
        QCOMPARE(rowTexts(custom.rows[1]), (Strings{"<null>", "2"}));
        QCOMPARE(rowTexts(custom.rows[2]), (Strings{"<null>", "3"}));
        // x: only "1" is a value; y: "" is now a value, so not every value is an int.
        QCOMPARE(types(custom), (Types{DataType::Int, DataType::String}));
    }

    void chosenDelimiterWins()
    {
        Fixtures files;
        const auto path = files.write("d.csv", "a,b|c\n1,2|3\n");
        PreviewOptions pipe;
        pipe.delimiter = '|';
        const ImportPreview p = previewImport(path, pipe);
        QVERIFY(!p.delimiterDetected);
        QCOMPARE(names(p), (Strings{"a,b", "c"}));
        QCOMPARE(rowTexts(p.rows[0]), (Strings{"1,2", "3"}));
        pipe.delimiter = '\t';
        QCOMPARE(names(previewImport(path, pipe)), (Strings{"a,b|c"}));
    }

    void rowAndSampleLimits()
    {
        Fixtures files;
        std::string csv = "n\n";
        for (int i = 1; i <= 100; ++i)
            csv += std::to_string(i) + "\n";
        const auto path = files.write("big.csv", csv);
        const ImportPreview all = previewImport(path, {});
        QCOMPARE(all.rows.size(), size_t{50});
        QCOMPARE(all.rows.back().cells[0].text, std::string("50"));
        QCOMPARE(all.sampledRows, size_t{100});
        QVERIFY(all.wholeFile);

        PreviewOptions small;
        small.rows = 5;
        small.sampleRows = 60;
        const ImportPreview part = previewImport(path, small);
        QCOMPARE(part.rows.size(), size_t{5});
        QCOMPARE(part.sampledRows, size_t{60});
        QVERIFY(!part.wholeFile);
    }

    void fitCheckCountsSampleValuesAnOverrideWouldReject()
    {
        Fixtures files;
        const auto path = files.write("f.csv", "joined,zip\n31-01-2024,01234\n2024-02-01,\n5-3-2024,99999\n");
        const ImportPreview p = previewImport(path, {});
        QCOMPARE(types(p), (Types{DataType::String, DataType::Int}));
        std::string error;
        const FitCheck dmy = checkSampleFit(p, 0, *parseTypeSpec("date:%d-%m-%Y", error));
        QCOMPARE(dmy.mismatches, size_t{1}); // one-digit %d and %m are accepted
        QCOMPARE(dmy.firstMismatch, std::string("2024-02-01"));
        QCOMPARE(checkSampleFit(p, 1, *parseTypeSpec("string", error)).mismatches, size_t{0});
        QCOMPARE(checkSampleFit(p, 1, *parseTypeSpec("bool", error)).mismatches, size_t{2}); // NULL skipped
    }

    void badFilesNameTheFile()
    {
        Fixtures files;
        const auto missing = files.write("x.csv", "") .parent_path() / "missing.csv";
        VERIFY_CONTAINS(errorOf([&] { previewImport(missing, {}); }), "missing.csv");
        VERIFY_CONTAINS(errorOf([&] { previewImport(files.write("e.csv", ""), {}); }), "e.csv: empty file");
        const std::string dup = errorOf([&] { previewImport(files.write("dup.csv", "a,b,a\n1,2,3\n"), {}); });
        VERIFY_CONTAINS(dup, "dup.csv:1: duplicate column name 'a' (columns 1 and 3)");
        const std::string blank = errorOf([&] { previewImport(files.write("blank.csv", "a,,c\n"), {}); });
        VERIFY_CONTAINS(blank, "blank.csv:1: column 2 has an empty name");
        PreviewOptions bad;
        bad.encoding = "ebcdic";
        VERIFY_CONTAINS(errorOf([&] { previewImport(files.write("ok.csv", "a\n1\n"), bad); }),
                        "ok.csv: unknown encoding 'ebcdic'");
        // A header with only a header line previews as no rows, not as an error.
        const ImportPreview headerOnly = previewImport(files.write("h.csv", "a,b\n"), {});
        QCOMPARE(headerOnly.rows.size(), size_t{0});
        QCOMPARE(types(headerOnly), (Types{DataType::String, DataType::String}));
    }
};

QTEST_GUILESS_MAIN(TestImportPreview)
#include "test_import_preview.moc"
