// Issue 16 finding 9 (UTF-16 and legacy encodings through glibc's iconv, byte order marks,
// hints that work) and finding 11's double byte order mark. Expected texts are the UTF-8
// bytes of the same words, written out by hand.
#include "import_test_util.h"

using namespace seg;
using namespace seg::test;

namespace {

// The UTF-16 bytes (little- or big-endian) of a UTF-16 text, with an optional BOM first.
std::string utf16(const std::u16string& text, bool littleEndian, bool bom)
{
    std::string bytes;
    std::u16string all = bom ? u"\uFEFF" + text : text;
    for (const char16_t unit : all) {
        const char lo = static_cast<char>(unit & 0xFF), hi = static_cast<char>(unit >> 8);
        bytes += littleEndian ? lo : hi;
        bytes += littleEndian ? hi : lo;
    }
    return bytes;
}

const std::u16string kText = u"id,name\n1,Zo\u00EB\n2,\u6771\u4EAC\n";
const Strings kNames{"Zo\xC3\xAB", "\xE6\x9D\xB1\xE4\xBA\xAC"};

DatasetSpec withEncoding(const std::string& encoding)
{
    DatasetSpec spec = keyed("id");
    spec.encoding = encoding;
    return spec;
}

} // namespace

class TestImportEncodings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Finding 9: a UTF-16 file with a BOM got "invalid UTF-8 ... set its encoding (e.g. latin-1)".
    void finding9_utf16WithByteOrderMarkIsDecoded()
    {
        for (const bool little : {true, false}) {
            Fixtures files;
            ImportReport report;
            const auto t = importText(files, utf16(kText, little, true), keyed("id"), report);
            QCOMPARE(report.encoding, std::string(little ? "utf-16le" : "utf-16be"));
            QVERIFY(report.hadBom);
            QCOMPARE(report.rejected, size_t{0});
            QCOMPARE(texts(col(t, "name")), kNames);
            QCOMPARE(t.key().type(), DataType::Int);
        }
    }
    // ...and following that hint ("latin-1") imported text full of NULs with exit 0.
    void finding9_aConflictingEncodingIsAnError()
    {
        Fixtures files;
        ImportReport report;
        const std::string message =
            errorOf([&] { importText(files, utf16(kText, true, true), withEncoding("latin-1"), report, "w.csv"); });
        VERIFY_CONTAINS(message, "w.csv: the file starts with a utf-16le byte order mark, but its \"encoding\" is 'latin-1'");
    }
    // Without a BOM the NULs give a hint that works.
    void finding9_utf16WithoutByteOrderMarkGetsAWorkingHint()
    {
        Fixtures files;
        ImportReport report;
        const std::string bytes = utf16(kText, true, false);
        const std::string message = errorOf([&] { importText(files, bytes, keyed("id"), report, "n.csv"); });
        VERIFY_CONTAINS(message, "n.csv:1: the header line holds NUL bytes");
        VERIFY_CONTAINS(message, "\"utf-16le\"");
        const auto t = importText(files, bytes, withEncoding("UTF-16LE"), report, "n2.csv");
        QCOMPARE(texts(col(t, "name")), kNames);
        QCOMPARE(report.encoding, std::string("utf-16le"));
        QVERIFY(!report.hadBom);
    }
    void finding9_legacyEncodingsThroughIconv()
    {
        Fixtures files;
        ImportReport report;
        // "город" / "Москва" in windows-1251.
        auto t = importText(files, "id,\xE3\xEE\xF0\xEE\xE4\n1,\xCC\xEE\xF1\xEA\xE2\xE0\n", withEncoding("windows-1251"),
                            report);
        QCOMPARE(report.encoding, std::string("windows-1251"));
        QCOMPARE(texts(col(t, "\xD0\xB3\xD0\xBE\xD1\x80\xD0\xBE\xD0\xB4")),
                 (Strings{"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"}));
        // The euro sign is 0xA4 in ISO-8859-15 (in ISO-8859-1 that byte is the currency sign).
        t = importText(files, "id,price\n1,\xA4 5\n", withEncoding("iso-8859-15"), report, "e.csv");
        QCOMPARE(col(t, "price").textAt(0), std::string("\xE2\x82\xAC 5"));
        // Bytes the encoding does not have: refused with the line.
        const std::string message =
            errorOf([&] { importText(files, "id,v\n1,a\n2,caf\xE9\n", withEncoding("ascii"), report, "a.csv"); });
        VERIFY_CONTAINS(message, "a.csv:3: bytes that are not valid in the encoding 'ascii' (at byte 15 of the file)");
        VERIFY_CONTAINS(errorOf([&] { importText(files, "id\n1\n", withEncoding("klingon"), report, "k.csv"); }),
                        "k.csv: unknown encoding 'klingon'");
    }
    // Finding 11: a double BOM left an invisible U+FEFF in the first column name.
    void finding11_doubleByteOrderMarkIsSkipped()
    {
        Fixtures files;
        ImportReport report;
        const auto t = importText(files, "\xEF\xBB\xBF\xEF\xBB\xBFid,name\n1,a\n", keyed("id"), report);
        QVERIFY(report.hadBom);
        QCOMPARE(t.table.columns[0].name(), std::string("id"));
        QCOMPARE(t.rows(), size_t{1});
    }
};

QTEST_GUILESS_MAIN(TestImportEncodings)
#include "test_import_encodings.moc"
