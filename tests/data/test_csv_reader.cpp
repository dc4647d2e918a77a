// The streaming CSV reader: RFC 4180 quoting, line numbers, blank lines, block boundaries,
// delimiter detection, and the text-encoding helpers the importer uses on its fields.
#include "data/csv_reader.h"
#include "data/text_encoding.h"
#include "import_test_util.h"

#include <QtTest>

using namespace seg;
using seg::test::Fixtures;

namespace {

struct Rec {
    size_t line;
    std::vector<std::string> fields;
    QuoteProblem problem;
};

std::vector<Rec> readAll(const std::filesystem::path& path, char delimiter = ',')
{
    CsvReader reader(path, delimiter);
    CsvRecord r;
    std::vector<Rec> out;
    while (reader.next(r))
        out.push_back({r.line, std::vector<std::string>(r.fields.begin(), r.fields.end()), r.quoteProblem});
    return out;
}

using Fields = std::vector<std::string>;

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quotedNewlinesKeepPhysicalLineNumbers()
    {
        Fixtures files;
        const auto recs = readAll(files.write("a.csv", "id,note\n1,\"two\nlines\"\n2,x\n3,\"a\r\nb\"\n4,y\n"));
        QCOMPARE(recs.size(), size_t{5});
        QCOMPARE(recs[1].line, size_t{2});
        QCOMPARE(recs[1].fields, (Fields{"1", "two\nlines"}));
        QCOMPARE(recs[2].line, size_t{4}); // the quoted newline took line 3
        QCOMPARE(recs[3].fields, (Fields{"3", "a\r\nb"}));
        QCOMPARE(recs[4].line, size_t{7});
    }
    void doubledQuotes()
    {
        Fixtures files;
        const auto recs = readAll(files.write("a.csv", "a,\"say \"\"hi\"\"\",\"\"\"\",\"\"\n"));
        QCOMPARE(recs.size(), size_t{1});
        QCOMPARE(recs[0].fields, (Fields{"a", "say \"hi\"", "\"", ""}));
        QCOMPARE(recs[0].problem, QuoteProblem::None);
    }
    void bomIsSkipped()
    {
        Fixtures files;
        CsvReader reader(files.write("a.csv", "\xEF\xBB\xBFid,name\n1,x\n"), ',');
        CsvRecord r;
        QVERIFY(reader.next(r));
        QVERIFY(reader.hadBom());
        QCOMPARE(std::string(r.fields[0]), std::string("id"));
        QCOMPARE(r.line, size_t{1});
    }
    void crlfAndLoneCr()
    {
        Fixtures files;
        auto recs = readAll(files.write("a.csv", "a,b\r\n1,2\r\n3,4"));
        QCOMPARE(recs.size(), size_t{3});
        QCOMPARE(recs[1].fields, (Fields{"1", "2"}));
        QCOMPARE(recs[2].fields, (Fields{"3", "4"}));
        QCOMPARE(recs[2].line, size_t{3});
        recs = readAll(files.write("b.csv", "a,b\r1,2\r3,4\r"));
        QCOMPARE(recs.size(), size_t{3});
        QCOMPARE(recs[2].fields, (Fields{"3", "4"}));
        QCOMPARE(recs[2].line, size_t{3});
    }
    void blankLinesAreSkippedButCounted()
    {
        Fixtures files;
        const auto recs = readAll(files.write("a.csv", "a\n\n\n1\n\r\n2\n\n"));
        QCOMPARE(recs.size(), size_t{3});
        QCOMPARE(recs[1].fields, (Fields{"1"}));
        QCOMPARE(recs[1].line, size_t{4});
        QCOMPARE(recs[2].line, size_t{6});
    }
    void emptyFileAndHeaderOnly()
    {
        Fixtures files;
        QVERIFY(readAll(files.write("empty.csv", "")).empty());
        QVERIFY(readAll(files.write("blank.csv", "\n\r\n")).empty());
        const auto recs = readAll(files.write("header.csv", "a,b"));
        QCOMPARE(recs.size(), size_t{1});
        QCOMPARE(recs[0].fields, (Fields{"a", "b"}));
    }
    void lastLineWithoutNewlineAndTrailingDelimiter()
    {
        Fixtures files;
        const auto recs = readAll(files.write("a.csv", "a,b\n1,\n,\n5,\"6\""));
        QCOMPARE(recs.size(), size_t{4});
        QCOMPARE(recs[1].fields, (Fields{"1", ""}));
        QCOMPARE(recs[2].fields, (Fields{"", ""}));
        QCOMPARE(recs[3].fields, (Fields{"5", "6"}));
    }
    void brokenQuoteAtEndOfFile()
    {
        Fixtures files;
        // Issue 16 finding 1: the broken record is cut at its first line end and reading
        // resumes on the next line (it used to swallow "2,3" into its field).
        auto recs = readAll(files.write("a.csv", "a,b\n1,\"oops\n2,3\n"));
        QCOMPARE(recs.size(), size_t{3});
        QCOMPARE(recs[1].line, size_t{2});
        QCOMPARE(recs[1].problem, QuoteProblem::Unclosed);
        QCOMPARE(recs[1].fields, (Fields{"1", "oops"}));
        QCOMPARE(recs[2].line, size_t{3});
        QCOMPARE(recs[2].fields, (Fields{"2", "3"}));
        QCOMPARE(recs[2].problem, QuoteProblem::None);
        // On the last line there is nothing to resume: the record ends with the file.
        recs = readAll(files.write("b.csv", "a,b\n1,\"oops"));
        QCOMPARE(recs.size(), size_t{2});
        QCOMPARE(recs[1].fields, (Fields{"1", "oops"}));
        QCOMPARE(recs[1].problem, QuoteProblem::Unclosed);
    }
    void textAfterClosingQuote()
    {
        Fixtures files;
        CsvReader reader(files.write("a.csv", "\"ab\"cd,e\nx,\"y\"\"\"z\n"), ',');
        CsvRecord r;
        QVERIFY(reader.next(r));
        QVERIFY(r.brokenQuote);
        QCOMPARE(r.quoteProblem, QuoteProblem::TextAfterQuote);
        QCOMPARE(r.brokenField, size_t{0});
        QCOMPARE(std::string(r.fields[0]), std::string("abcd"));
        QCOMPARE(std::string(r.fields[1]), std::string("e"));
        QVERIFY(reader.next(r));
        QCOMPARE(r.brokenField, size_t{1});
        QCOMPARE(std::string(r.fields[1]), std::string("y\"z"));
        QCOMPARE(r.line, size_t{2});
    }
    void spacesAroundQuotedFieldAndLiteralQuotes()
    {
        Fixtures files;
        const auto recs = readAll(files.write("a.csv", "1, \"x, y\" ,2\nab\"c,d\n"));
        QCOMPARE(recs[0].fields, (Fields{"1", "x, y", "2"}));
        QCOMPARE(recs[0].problem, QuoteProblem::None);
        QCOMPARE(recs[1].fields, (Fields{"ab\"c", "d"})); // a quote inside an unquoted field is text
    }
    void recordsAcrossBlockBoundaries()
    {
        // Enough rows that records, quotes, doubled quotes and CRLF pairs straddle the 1 MiB
        // block edges at many different offsets.
        std::string text = "id,note,tail\r\n";
        const int n = 60000;
        for (int i = 0; i < n; ++i)
            text += std::to_string(i) + ",\"l1\r\nsay \"\"" + std::to_string(i * 7) + "\"\"\",t" + std::to_string(i % 10)
                + "\r\n";
        Fixtures files;
        CsvReader reader(files.write("big.csv", text), ',');
        CsvRecord r;
        QVERIFY(reader.next(r));
        for (int i = 0; i < n; ++i) {
            QVERIFY(reader.next(r));
            QCOMPARE(r.fields.size(), size_t{3});
            QCOMPARE(std::string(r.fields[0]), std::to_string(i));
            QCOMPARE(std::string(r.fields[1]), "l1\r\nsay \"" + std::to_string(i * 7) + "\"");
            QCOMPARE(std::string(r.fields[2]), "t" + std::to_string(i % 10));
            QCOMPARE(r.line, size_t(2 + 2 * i));
        }
        QVERIFY(!reader.next(r));
        QCOMPARE(reader.bytesRead(), uint64_t(text.size()));
        QCOMPARE(reader.fileSize(), uint64_t(text.size()));
    }
    void recordLongerThanTheBlock()
    {
        const std::string huge(CsvReader::kBlockSize * 2 + 123, 'x');
        Fixtures files;
        const auto recs = readAll(files.write("a.csv", "a,b\n1,\"" + huge + "\"\n2," + huge + "\n3,z\n"));
        QCOMPARE(recs.size(), size_t{4});
        QCOMPARE(recs[1].fields[1], huge);
        QCOMPARE(recs[2].fields[1], huge);
        QCOMPARE(recs[3].fields, (Fields{"3", "z"}));
    }
    void blockCallbackSeesEveryBlock()
    {
        Fixtures files;
        std::string text;
        while (text.size() < CsvReader::kBlockSize * 3 + 10)
            text += "a,b,c,d,e,f,g\n";
        CsvReader reader(files.write("a.csv", text), ',');
        std::vector<uint64_t> seen;
        reader.setBlockCallback([&](uint64_t bytes) { seen.push_back(bytes); });
        CsvRecord r;
        while (reader.next(r)) {
        }
        QVERIFY(seen.size() >= 3);
        QCOMPARE(seen.back(), uint64_t(text.size()));
    }
    void missingFileNamesThePath()
    {
        const std::string message = seg::test::errorOf([] { CsvReader r("/nonexistent/x.csv", ','); });
        QVERIFY2(message.find("/nonexistent/x.csv") != std::string::npos, message.c_str());
    }
    void plainBytesFlagMatchesTheBytes()
    {
        // The fast path's flag (every byte ASCII, none NUL) against a byte-by-byte look at the
        // record, for records of 1..200 bytes with one odd byte (NUL, 0xFF, an UTF-8 lead) at
        // every place: before, on and after each 64-byte block edge, in the last field, and in
        // the bytes just past the line end (which must not count).
        Fixtures files;
        std::string csv = "a,b,c\n";
        std::vector<std::string> lines;
        const char odd[] = {'\0', '\xFF', '\xC3'};
        for (size_t len = 5; len <= 200; len += 3)
            for (size_t at = 0; at <= len; at += (len < 70 ? 1 : 7))
                for (const char o : odd) {
                    std::string line(len, 'x');
                    line[1] = ',';
                    line[3] = ',';
                    if (at < len && at != 1 && at != 3)
                        line[at] = o;
                    csv += line + ((at + len) % 2 ? "\n" : "\r\n");
                }
        const auto path = files.write("odd.csv", csv);
        CsvReader reader(path, ',');
        CsvRecord r;
        size_t records = 0, clean = 0, flagged = 0;
        while (reader.next(r)) {
            bool plain = true;
            for (const char c : r.raw)
                plain = plain && c != '\0' && static_cast<unsigned char>(c) < 0x80;
            if (r.plainBytes)
                QVERIFY2(plain, qPrintable(QString("line %1").arg(r.line)));
            ++records;
            clean += plain;
            flagged += r.plainBytes; // a clean record of the general path (the file's end) stays unknown
        }
        QVERIFY(records > 1000);
        QVERIFY(clean > 100);
        QVERIFY(flagged + 3 >= clean); // the fast path ran and set it on the clean records
    }
    void detectsDelimiter()
    {
        Fixtures files;
        QCOMPARE(CsvReader::detectDelimiter(files.write("c.csv", "a,b,c\n1,2,3\n")), ',');
        // Commas inside quotes do not count: the semicolon is the only consistent choice.
        QCOMPARE(CsvReader::detectDelimiter(files.write("s.csv", "name;amount\n\"Smith, J\";\"1,5\"\n\"Doe, A\";2\n")),
                 ';');
        // Semicolons inside quotes do not count either.
        QCOMPARE(CsvReader::detectDelimiter(files.write("q.csv", "a,b\n\"x;y;z\",1\n")), ',');
        QCOMPARE(CsvReader::detectDelimiter(files.write("t.tsv", "a\tb, c\n1\t2\n")), '\t');
        QCOMPARE(CsvReader::detectDelimiter(files.write("p.csv", "a|b\n1|2\n")), '|');
        QCOMPARE(CsvReader::detectDelimiter(files.write("one.csv", "id\n1\n2\n")), ',');
        QCOMPARE(CsvReader::detectDelimiter(files.write("bom.csv", "\xEF\xBB\xBF" "a;b\n1;2")), ';');
        // More fields wins when two are consistent.
        QCOMPARE(CsvReader::detectDelimiter(files.write("m.csv", "a,b;c;d\n1,2;3;4\n")), ';');
        // A ragged line: the delimiter agreeing with the header most often.
        QCOMPARE(CsvReader::detectDelimiter(files.write("r.csv", "a;b;c\n1;2;3\n4;5\n6;7;8\n")), ';');
    }
    void encodingHelpers()
    {
        QVERIFY(isAscii("plain text, longer than eight bytes"));
        QVERIFY(!isAscii("caf\xC3\xA9 and more text"));
        QCOMPARE(findInvalidUtf8("caf\xC3\xA9"), std::string_view::npos);
        QCOMPARE(findInvalidUtf8("\xF0\x9F\x98\x80 ok"), std::string_view::npos); // U+1F600
        QCOMPARE(findInvalidUtf8("caf\xE9!"), size_t{3});                     // latin-1 e-acute
        QCOMPARE(findInvalidUtf8("a\xC0\x80"), size_t{1});                   // overlong NUL
        QCOMPARE(findInvalidUtf8("\xED\xA0\x80"), size_t{0});                // surrogate
        QCOMPARE(findInvalidUtf8("ab\xE2\x82"), size_t{2});                  // truncated
        std::string out;
        appendAsUtf8("caf\xE9", TextEncoding::Latin1, out);
        QCOMPARE(out, std::string("caf\xC3\xA9"));
        out.clear();
        appendAsUtf8("\x80 \x93x\x94 \x81", TextEncoding::Windows1252, out);
        QCOMPARE(out, std::string("\xE2\x82\xAC \xE2\x80\x9Cx\xE2\x80\x9D \xC2\x81"));
        out.clear();
        appendAsUtf8("\x80", TextEncoding::Latin1, out);
        QCOMPARE(out, std::string("\xC2\x80"));
        QCOMPARE(parseEncodingName("ISO-8859-1").value(), TextEncoding::Latin1);
        QCOMPARE(parseEncodingName("UTF8").value(), TextEncoding::Utf8);
        QCOMPARE(parseEncodingName("cp1252").value(), TextEncoding::Windows1252);
        QVERIFY(!parseEncodingName("utf-16"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
