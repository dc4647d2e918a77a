// Suppression lists (issue 17): import in every header kind, matching in any spelling, the
// stored form, and the property that no suppressed identifier reaches any export file.
#include "destination_test_util.h"

#include "destinations/destination_export.h"
#include "destinations/identifier_forms.h"
#include "util/error.h"

#include <QtTest>

#include <random>
#include <sys/stat.h>
#include <map>
#include <set>

using namespace seg;
using namespace seg::test;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// One person's identity, and spellings of it that all mean the same mailbox / line.
struct Person {
    std::string local, domain; // e-mail mailbox
    bool gmail = false;
    std::string country;       // "DE" or "US"
    std::string national;      // DE: "30" + 7 digits; US: 10 digits
};

std::string upperAscii(std::string s)
{
    for (char& c : s)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string emailSpelling(const Person& p, std::mt19937_64& random)
{
    std::string local = p.local;
    std::string domain = p.domain;
    if (p.gmail) {
        if (random() % 2) // dots anywhere in a gmail local part reach the same mailbox
            local.insert(1 + random() % (local.size() - 1), ".");
        if (random() % 3 == 0)
            local += "+promo";
        if (random() % 3 == 0)
            domain = "googlemail.com";
    }
    std::string email = local + "@" + domain;
    if (random() % 2)
        email = upperAscii(email);
    if (random() % 2)
        email = "  " + email + " ";
    return email;
}

std::string phoneSpelling(const Person& p, std::mt19937_64& random, bool nationalAllowed)
{
    const std::string cc = p.country == "DE" ? "49" : "1";
    switch (nationalAllowed ? random() % 4 : random() % 2) {
    case 0: return "+" + cc + " " + p.national.substr(0, 3) + " " + p.national.substr(3);
    case 1: return "+" + cc + "-" + p.national;
    case 2: return p.country == "DE" ? "0" + p.national : "(" + p.national.substr(0, 3) + ") " + p.national.substr(3);
    default: return p.country == "DE" ? "0" + p.national.substr(0, 2) + "/" + p.national.substr(2) : "1-" + p.national;
    }
}

} // namespace

class TestSuppression : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importsEveryKindAndStoresOnlyDigests()
    {
        QTemporaryDir dir;
        const fs::path csv = fs::path(dir.path().toStdString()) / "optouts.csv";
        writeText(csv, "\xEF\xBB\xBF" "Email;Phone;reason\r\n"
                       "  J.Doe@GMAIL.com ;+49 30 1234567;asked\r\n"
                       "broken;12;x\r\n"
                       ";;\r\n");
        SuppressionImportReport report;
        const SuppressionList list = importSuppressionCsv(csv, "Opt-outs", "DE", report);
        QCOMPARE(report.lines, size_t{3}); // the line of empty cells is read, and holds nothing
        QCOMPARE(report.entries, size_t{2});
        QCOMPARE(report.invalid, size_t{2});
        QCOMPARE(report.invalidLines, (std::vector<size_t>{3, 3}));
        Sha256 h;
        QVERIFY(list.contains(SuppressionKind::Email, h.digest("j.doe@gmail.com")));
        QVERIFY(list.contains(SuppressionKind::Email, h.digest("jdoe@gmail.com")));
        QVERIFY(list.contains(SuppressionKind::Phone, h.digest("+49301234567")));
        QVERIFY(list.contains(SuppressionKind::Phone, h.digest("49301234567")));

        const fs::path stored = fs::path(dir.path().toStdString()) / "optouts.suppression.csv";
        saveSuppressionList(list, stored);
        const std::string text = fileText(stored);
        QVERIFY(text.find("gmail") == std::string::npos && text.find("1234567") == std::string::npos);
        struct stat st{};
        QCOMPARE(::stat(stored.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, mode_t{0600});
        SuppressionImportReport again;
        const SuppressionList loaded = readSuppressionFile(stored, "Opt-outs", "DE", again);
        QVERIFY(loaded.digests == list.digests);
        QCOMPARE(loaded.entries, size_t{2});
    }

    void aHeaderWithoutKnownKindsIsRefusedNamingTheFile()
    {
        QTemporaryDir dir;
        const fs::path csv = fs::path(dir.path().toStdString()) / "list.csv";
        writeText(csv, "mail\nsomeone@example.com\n");
        SuppressionImportReport report;
        QVERIFY_THROWS_EXCEPTION(Error, importSuppressionCsv(csv, "x", "DE", report));
        try {
            importSuppressionCsv(csv, "x", "DE", report);
        } catch (const Error& e) {
            QVERIFY(std::string(e.what()).find("list.csv") != std::string::npos);
            QVERIFY(std::string(e.what()).find("someone") == std::string::npos);
        }
    }

    void aListThatCannotBeAppliedStopsTheExport()
    {
        SuppressionList phonesOnly;
        phonesOnly.name = "calls";
        phonesOnly.add(SuppressionKind::Phone, Sha256().digest("+49301234567"));
        phonesOnly.finish();
        const CustomerTable customers = customersOf({idColumn("id", 1), textColumn("mail", {"a@example.com"})});
        QTemporaryDir dir;
        ExportSet set(fs::path(dir.path().toStdString()) / "out");
        DestinationExportOptions options;
        options.preset = findPreset("mailchimp");
        options.suppression = {&phonesOnly};
        QVERIFY_THROWS_EXCEPTION(Error, exportForDestination(customers, resolveMapping(customers, {}, {{Identifier::Email, "mail"}}),
                                                             Bitset(1, true), set, "s", options, {}));
    }

    // The issue's property: random data, random lists, every preset: no suppressed identifier
    // in any form (as written, normalised, hashed) in any output file, and every member that
    // no list names is still exported.
    void noSuppressedIdentifierReachesAnyFile()
    {
        std::mt19937_64 random(20261207);
        for (int round = 0; round < 6; ++round) {
            const size_t people = 120;
            std::vector<Person> persons;
            for (size_t i = 0; i < people; ++i) {
                Person p;
                p.gmail = random() % 2;
                p.local = "user" + std::to_string(round) + "x" + std::to_string(i);
                p.domain = p.gmail ? "gmail.com" : (random() % 2 ? "example.com" : "exämple.de");
                p.country = random() % 2 ? "DE" : "US";
                p.national = p.country == "DE" ? "30" + std::to_string(1000000 + random() % 8999999)
                                               : std::to_string(200 + random() % 700) + std::to_string(2000000 + random() % 7999999);
                persons.push_back(p);
            }
            // Customers: each person once or twice (two spellings of the same identity).
            std::vector<size_t> personOf;
            std::vector<std::optional<std::string>> mails, phones, countries;
            for (size_t i = 0; i < people; ++i)
                for (size_t copy = 0; copy < 1 + random() % 2; ++copy) {
                    personOf.push_back(i);
                    mails.push_back(random() % 10 ? std::optional(emailSpelling(persons[i], random)) : std::nullopt);
                    phones.push_back(phoneSpelling(persons[i], random, true));
                    countries.push_back(persons[i].country == "DE" ? "Germany" : "us");
                }
            const size_t rows = personOf.size();
            const CustomerTable customers = customersOf({idColumn("id", rows), textColumn("mail", mails),
                                                         textColumn("tel", phones), textColumn("land", countries)});
            // Lists: by e-mail (plain or hashed), by phone (plain or hashed, with or without '+'), by key.
            QTemporaryDir dir;
            const fs::path base(dir.path().toStdString());
            // A list names an identifier; the rows that hold it (in any spelling) are suppressed.
            std::set<size_t> byEmail, byPhone, byKey, suppressedRows;
            std::string emailList = "email,note\n", hashedList = "email_sha256,phone_sha256\n", phoneList = "phone\n",
                        keyList = "key\n";
            Sha256 h;
            for (size_t i = 0; i < people; ++i) {
                switch (random() % 8) {
                case 0: emailList += emailSpelling(persons[i], random) + ",x\n"; byEmail.insert(i); break;
                case 1:
                    hashedList += h.hex(*normalizeEmail(persons[i].local + "@" + persons[i].domain)) + ",\n";
                    byEmail.insert(i);
                    break;
                case 2: phoneList += phoneSpelling(persons[i], random, false) + "\n"; byPhone.insert(i); break;
                case 3: {
                    const std::string cc = persons[i].country == "DE" ? "49" : "1";
                    hashedList += "," + h.hex((random() % 2 ? "+" : "") + cc + persons[i].national) + "\n";
                    byPhone.insert(i);
                    break;
                }
                default: break;
                }
            }
            for (size_t r = 0; r < rows; ++r) {
                if ((byEmail.count(personOf[r]) && mails[r]) || byPhone.count(personOf[r]))
                    suppressedRows.insert(r);
                else if (random() % 15 == 0) {
                    keyList += std::to_string(r + 1) + "\n";
                    byKey.insert(r);
                    suppressedRows.insert(r);
                }
            }
            std::vector<SuppressionList> lists;
            int n = 0;
            for (const std::string& text : {emailList, hashedList, phoneList, keyList}) {
                const fs::path file = base / ("list" + std::to_string(n++) + ".csv");
                writeText(file, text);
                SuppressionImportReport report;
                lists.push_back(importSuppressionCsv(file, file.stem().string(), "DE", report));
                QCOMPARE(report.invalid, size_t{0});
            }
            std::vector<const SuppressionList*> chosen;
            for (const SuppressionList& l : lists)
                chosen.push_back(&l);

            // Every form of every suppressed identifier, plain and hashed.
            std::set<std::string> forbidden;
            PhoneNormalizer phoneNormalizer;
            auto forbid = [&](const std::string& form) {
                forbidden.insert(form);
                forbidden.insert(h.hex(form));
            };
            for (size_t r = 0; r < rows; ++r) {
                if (byEmail.count(personOf[r]) && mails[r]) {
                    forbid(*mails[r]);
                    for (const std::string& f : emailForms(*mails[r]))
                        forbid(f);
                }
                if (byPhone.count(personOf[r])) {
                    forbid(*phones[r]);
                    for (const std::string& f : phoneForms(*phones[r], persons[personOf[r]].country, phoneNormalizer))
                        forbid(f);
                }
            }

            const std::map<Identifier, std::string> mapping = {
                {Identifier::Email, "mail"}, {Identifier::Phone, "tel"}, {Identifier::Country, "land"}};
            for (const Preset& preset : destinationPresets()) {
                QTemporaryDir out;
                const fs::path folder = fs::path(out.path().toStdString()) / "x";
                ExportSet set(folder);
                DestinationExportOptions options;
                options.preset = &preset;
                options.defaultRegion = "DE";
                options.suppression = chosen;
                const auto summary = exportForDestination(customers, resolveMapping(customers, {}, mapping),
                                                          Bitset(rows, true), set, "seg", options, {});
                set.commit();
                QCOMPARE(summary.suppressed, uint64_t(suppressedRows.size()));
                size_t written = 0;
                std::set<std::string> lineSeen;
                std::map<size_t, std::set<std::string>> uniqueCells; // column -> values seen
                for (const std::string& file : summary.files) {
                    const auto lines = fileLines(folder / file);
                    written += lines.size() - 1;
                    const auto header = splitCells(lines[0]);
                    for (size_t l = 1; l < lines.size(); ++l) {
                        // Duplicates (docs/destinations.md): no e-mail twice at Mailchimp and
                        // Klaviyo, no phone twice at Klaviyo, no row twice at the ad platforms.
                        if (preset.dropIdenticalRows)
                            QVERIFY2(lineSeen.insert(lines[l]).second, (preset.name + ": " + lines[l]).c_str());
                        const auto cells = splitCells(lines[l]);
                        for (size_t c = 0; c < cells.size(); ++c) {
                            for (const Identifier id : preset.uniqueBy)
                                for (const PresetColumn& pc : preset.columns)
                                    if (pc.identifier == id && pc.header == header[c] && !cells[c].empty())
                                        QVERIFY2(uniqueCells[c].insert(cells[c]).second, (preset.name + ": " + header[c]).c_str());
                            std::string cell = cells[c];
                            if (cell.starts_with('\''))
                                cell.erase(0, 1); // Excel's spreadsheet-safe apostrophe
                            const bool keyCell = preset.generic && c == 0;
                            if (keyCell)
                                QVERIFY2(!suppressedRows.count(std::stoul(cell) - 1), preset.name.c_str());
                            else
                                QVERIFY2(!forbidden.count(cell), (preset.name + ": " + cell).c_str());
                        }
                    }
                }
                // Everyone else is still there: every member is written, a duplicate of an
                // earlier row, without anything to match on, or suppressed.
                QCOMPARE(written + summary.duplicates + summary.noIdentifier + summary.suppressed, uint64_t(rows));
                // Each person not suppressed keeps at least one row; no row more than once.
                const bool emailOnly = preset.matchKeys.size() == 1 && preset.matchKeys[0][0] == Identifier::Email;
                std::set<size_t> personsLeft;
                std::set<std::string> mailboxesLeft;
                size_t eligible = 0;
                for (size_t r = 0; r < rows; ++r)
                    if (!suppressedRows.count(r) && (!emailOnly || mails[r])) {
                        ++eligible;
                        personsLeft.insert(personOf[r]);
                        if (mails[r])
                            mailboxesLeft.insert(*normalizeEmail(*mails[r], preset.email));
                    }
                QVERIFY2(written >= personsLeft.size() && written <= eligible, preset.name.c_str());
                if (preset.generic)
                    QCOMPARE(written, eligible); // keys are unique: nothing is a duplicate
                if (preset.name == "mailchimp") // one row per normalised address, the first in key order
                    QCOMPARE(written, mailboxesLeft.size());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSuppression)
#include "test_suppression.moc"
