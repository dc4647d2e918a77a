// File names for exported segments: user text must never escape the export directory or
// produce a name a file system refuses, and several segments must never overwrite each other.
#include "export/csv_export.h"

#include <QtTest>

#include <set>

using namespace seg;

namespace {
QByteArray b(const std::string& s) { return QByteArray::fromStdString(s); }
} // namespace

class TestSlugs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ordinaryNames()
    {
        QCOMPARE(b(segmentFileSlug("High value at risk")), QByteArray("high-value-at-risk"));
        QCOMPARE(b(segmentFileSlug("  VIP: Early Access!! ")), QByteArray("vip-early-access"));
        QCOMPARE(b(segmentFileSlug("Win-back -- Q4/2024")), QByteArray("win-back-q4-2024"));
        QCOMPARE(b(segmentFileSlug("segment_7")), QByteArray("segment-7"));
        QCOMPARE(b(segmentFileSlug("already-a-slug")), QByteArray("already-a-slug"));
    }

    void hostileNames()
    {
        QCOMPARE(b(segmentFileSlug("../../etc/passwd")), QByteArray("etc-passwd"));
        QCOMPARE(b(segmentFileSlug("..\\..\\Windows\\system32")), QByteArray("windows-system32"));
        QCOMPARE(b(segmentFileSlug(std::string_view("a\0b", 3))), QByteArray("a-b"));
        QCOMPARE(b(segmentFileSlug("name.csv")), QByteArray("name-csv"));
        QCOMPARE(b(segmentFileSlug("~/.ssh/id_rsa")), QByteArray("ssh-id-rsa"));
        QCOMPARE(b(segmentFileSlug("CON")), QByteArray("con-segment"));
        QCOMPARE(b(segmentFileSlug("nul")), QByteArray("nul-segment"));
        QCOMPARE(b(segmentFileSlug("COM1")), QByteArray("com1-segment"));
        QCOMPARE(b(segmentFileSlug("lpt9")), QByteArray("lpt9-segment"));
        QCOMPARE(b(segmentFileSlug("com10")), QByteArray("com10")); // not a device name
        QCOMPARE(b(segmentFileSlug("console")), QByteArray("console"));
    }

    void emptyAndSymbolOnlyNames()
    {
        QCOMPARE(b(segmentFileSlug("")), QByteArray("segment"));
        QCOMPARE(b(segmentFileSlug("   ")), QByteArray("segment"));
        QCOMPARE(b(segmentFileSlug("!!!---???")), QByteArray("segment"));
        QCOMPARE(b(segmentFileSlug("..")), QByteArray("segment"));
    }

    void unicodeNames()
    {
        QCOMPARE(b(segmentFileSlug("Caf\xC3\xA9 Cr\xC3\xA8me")), QByteArray("cafe-creme"));      // Café Crème
        QCOMPARE(b(segmentFileSlug("Stra\xC3\x9F" "e")), QByteArray("strasse"));                 // Straße
        QCOMPARE(b(segmentFileSlug("\xC3\x85RHUS \xC3\x86RE")), QByteArray("arhus-aere"));       // ÅRHUS ÆRE
        QCOMPARE(b(segmentFileSlug("5 \xC3\x97 3")), QByteArray("5-3"));                          // × separates
        QCOMPARE(b(segmentFileSlug("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E")), QByteArray("segment")); // 日本語
        QCOMPARE(b(segmentFileSlug("VIP \xF0\x9F\x8E\x81 gifts")), QByteArray("vip-gifts"));     // emoji
        QCOMPARE(b(segmentFileSlug("\xC3")), QByteArray("segment")); // truncated UTF-8 sequence
        QCOMPARE(b(segmentFileSlug("\xFF\xFEok")), QByteArray("ok")); // invalid UTF-8
    }

    void longNamesAreCut()
    {
        const std::string slug = segmentFileSlug(std::string(200, 'A'));
        QCOMPARE(slug.size(), kMaxSlugLength);
        QCOMPARE(b(slug), QByteArray(std::string(kMaxSlugLength, 'a').c_str()));
        // A cut right after a separator does not leave a trailing dash.
        const std::string cut = segmentFileSlug(std::string(79, 'x') + " yyyy");
        QCOMPARE(b(cut), QByteArray(std::string(79, 'x').c_str()));
    }

    void collisionsGetNumbered()
    {
        const std::vector<std::string> slugs =
            uniqueSlugs({"Win-back", "Win back", "win_back!", "Win-back 2", "VIP", "vip"});
        QCOMPARE(slugs, (std::vector<std::string>{"win-back", "win-back-3", "win-back-4", "win-back-2", "vip", "vip-2"}));
    }

    void collisionsOfFallbacksAndLongNames()
    {
        QCOMPARE(uniqueSlugs({"", "???", "segment"}), (std::vector<std::string>{"segment", "segment-2", "segment-3"}));
        const std::string longName(120, 'z');
        const std::vector<std::string> slugs = uniqueSlugs({longName, longName});
        QCOMPARE(slugs[0], std::string(kMaxSlugLength, 'z'));
        QCOMPARE(slugs[1], std::string(kMaxSlugLength - 2, 'z') + "-2");
        QVERIFY(uniqueSlugs({}).empty());
    }

    void manyDuplicatesStayUnique()
    {
        std::vector<std::string> names(250, "Same name");
        const std::vector<std::string> slugs = uniqueSlugs(names);
        std::set<std::string> distinct(slugs.begin(), slugs.end());
        QCOMPARE(distinct.size(), names.size());
        QCOMPARE(slugs[249], std::string("same-name-250"));
    }
};

QTEST_GUILESS_MAIN(TestSlugs)
#include "test_slugs.moc"
