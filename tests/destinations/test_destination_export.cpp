// Destination exports (issue 17): each preset's columns, normalised and hashed cells, left-out
// identifiers counted by row number, files split at the limits, manifests, owner-only files.
#include "destination_test_util.h"

#include "destinations/destination_export.h"
#include "destinations/manifest.h"
#include "util/error.h"

#include <QtTest>

#include <sys/stat.h>

using namespace seg;
using namespace seg::test;
namespace fs = std::filesystem;

namespace {

// Row 1: a complete US customer; row 2: a German customer with a national phone number;
// row 3: a broken e-mail and phone and no zip (left out: no identifier to match on, not even
// the whole address); row 4: NULLs.
CustomerTable sampleCustomers()
{
    return customersOf({
        idColumn("id", 4),
        textColumn("mail", {"  Test@Gmail.com", "CHLOÉ@Example.com", "not-an-email", std::nullopt}),
        textColumn("mobile", {"1-800-888-8888", "030 123456", "12", std::nullopt}),
        textColumn("first", {"John", "Émilie", "X", std::nullopt}),
        textColumn("last", {"Smith", "Pérez", "Y", std::nullopt}),
        textColumn("land", {"us", "Germany", "DE", std::nullopt}),
        textColumn("postcode", {"94016", "10115", std::nullopt, std::nullopt}),
    });
}

std::map<Identifier, std::string> fullMapping()
{
    return {{Identifier::Email, "mail"},     {Identifier::Phone, "mobile"}, {Identifier::FirstName, "first"},
            {Identifier::LastName, "last"},  {Identifier::Country, "land"}, {Identifier::Zip, "postcode"}};
}

struct Exported {
    DestinationExportSummary summary;
    fs::path folder;
};

Exported exportWith(const QTemporaryDir& dir, const CustomerTable& customers, const Preset& preset,
                    const std::map<Identifier, std::string>& mapping, std::vector<const SuppressionList*> lists = {})
{
    const MappedColumns mapped = resolveMapping(customers, {}, mapping);
    Bitset all(customers.rows(), true);
    const fs::path folder = fs::path(dir.path().toStdString()) / "out";
    ExportSet set(folder);
    DestinationExportOptions options;
    options.preset = &preset;
    options.defaultRegion = "DE";
    options.suppression = std::move(lists);
    ManifestSource source{"Demo", "g", "vip", "VIP", "d", "2026-01-31", "2026-12-07T17:00:00Z"};
    DestinationExportSummary summary = exportForDestination(customers, mapped, all, set, "vip", options, source);
    set.commit();
    return {summary, folder};
}

} // namespace

class TestDestinationExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyPresetNameIsKnownToTheGraphFormat()
    {
        const auto& names = destinationPresetNames();
        QCOMPARE(names.size(), destinationPresets().size());
        for (const Preset& p : destinationPresets())
            QVERIFY(std::find(names.begin(), names.end(), p.name) != names.end());
    }

    void googleCustomerMatchHashesWhatGoogleHashes()
    {
        QTemporaryDir dir;
        const Exported e = exportWith(dir, sampleCustomers(), *findPreset("google-customer-match"), fullMapping());
        const auto lines = fileLines(e.folder / "vip.csv");
        QCOMPARE(lines.size(), size_t{3}); // header + rows 1 and 2; row 3 has nothing to match on
        QCOMPARE(lines[0], std::string("Email,Phone,First Name,Last Name,Country,Zip"));
        const auto row1 = splitCells(lines[1]);
        QCOMPARE(row1[0], sha256Hex("test@gmail.com"));
        QCOMPARE(row1[0], std::string("87924606b4131a8aceeeae8868531fbb9712aaa07a5d3a756b26ce0f5d6ca674"));
        QCOMPARE(row1[1], std::string("f096eb92986ea543ab4ab565c4a1ad86d35dec42acb9b893e2d2c59444fbe33d")); // +18008888888
        QCOMPARE(row1[2], std::string("96d9632f363564cc3032521409cf22a852f2032eec099ed5967c0d000cec607a")); // john
        QCOMPARE(row1[4], std::string("US"));    // not hashed
        QCOMPARE(row1[5], std::string("94016")); // not hashed
        const auto row2 = splitCells(lines[2]);
        QCOMPARE(row2[0], std::string("e312b32a8ab875d19cd209b72c48982f932e9f355b4368f7368f4af80bbc80b0")); // chloé@example.com
        QCOMPARE(row2[1], std::string("a909469fabf3f43d0b7b6c42a85a6e7e8ceb36c7a2f0f1b9c15b80dc16384cb7")); // +4930123456
        QCOMPARE(row2[4], std::string("DE"));
        // Row 3: e-mail and phone could not be normalised; counted by row number, never shown.
        QCOMPARE(e.summary.identifiers[size_t(Identifier::Email)].invalid, uint64_t{1});
        QCOMPARE(e.summary.identifiers[size_t(Identifier::Email)].firstRows, std::vector<uint64_t>{3});
        QCOMPARE(e.summary.noIdentifier, uint64_t{2}); // rows 3 and 4
        QCOMPARE(e.summary.noIdentifierRows, (std::vector<uint64_t>{3, 4}));
        QCOMPARE(e.summary.written, uint64_t{2});
        bool sizeWarning = false;
        for (const std::string& w : e.summary.warnings) {
            QVERIFY2(w.find("not-an-email") == std::string::npos, w.c_str());
            sizeWarning |= w.find("1,000") != std::string::npos;
        }
        QVERIFY(sizeWarning); // below Google's minimum audience
    }

    void metaHashesEveryIdentifierInItsOwnForm()
    {
        QTemporaryDir dir;
        const Exported e = exportWith(dir, sampleCustomers(), *findPreset("meta-custom-audiences"), fullMapping());
        const auto lines = fileLines(e.folder / "vip.csv");
        QCOMPARE(lines[0], std::string("email,phone,fn,ln,zip,country"));
        const auto row1 = splitCells(lines[1]);
        QCOMPARE(row1[1], sha256Hex("18008888888")); // digits only, with the country code
        QCOMPARE(row1[5], std::string("79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621")); // "us"
        const auto row2 = splitCells(lines[2]);
        QCOMPARE(row2[2], std::string("2863487194ad92314c0d76b8e4fe04d127789e79c94081329c682b7beea2bf6c")); // émilie
    }

    void plainPresetsKeepReadableValues()
    {
        QTemporaryDir dir;
        const Exported mc = exportWith(dir, sampleCustomers(), *findPreset("mailchimp"), fullMapping());
        auto lines = fileLines(mc.folder / "vip.csv");
        QCOMPARE(lines[0], std::string("Email Address,First Name,Last Name,Phone Number"));
        QCOMPARE(lines[1], std::string("test@gmail.com,John,Smith,+18008888888"));
        // Mailchimp takes international characters only after the @: chloé's row is left out.
        QCOMPARE(lines.size(), size_t{2});
        QCOMPARE(mc.summary.identifiers[size_t(Identifier::Email)].invalid, uint64_t{2});

        QTemporaryDir dir2;
        const Exported li = exportWith(dir2, sampleCustomers(), *findPreset("linkedin-matched-audiences"),
                                       {{Identifier::Email, "mail"}});
        lines = fileLines(li.folder / "vip.csv");
        // LinkedIn's template keeps every header, also of what is not mapped.
        QCOMPARE(lines[0], std::string("email,firstname,lastname,country,jobtitle,employeecompany,googleaid"));
        QCOMPARE(lines[1], sha256Hex("test@gmail.com") + ",,,,,,");

        QTemporaryDir dir3;
        const Exported x = exportWith(dir3, sampleCustomers(), *findPreset("excel"),
                                      {{Identifier::Phone, "mobile"}, {Identifier::Country, "land"}});
        const std::string text = fileText(x.folder / "vip.csv");
        QVERIFY(text.starts_with("\xEF\xBB\xBFkey,phone,country\r\n1,'+18008888888,US\r\n"));
        // Generic presets write every member (the key is always there) without a phone left blank.
        lines = fileLines(x.folder / "vip.csv");
        QCOMPARE(lines.size(), size_t{5});
        QCOMPARE(lines[3], std::string("3,,DE")); // "12" is no phone number in Germany
    }

    void filesSplitAtTheLimitWithAManifestEach()
    {
        const size_t n = 10;
        std::vector<std::optional<std::string>> mails;
        for (size_t i = 0; i < n; ++i)
            mails.push_back("person" + std::to_string(i) + "@example.com");
        const CustomerTable customers = customersOf({idColumn("id", n), textColumn("mail", mails)});
        Preset preset = *findPreset("linkedin-matched-audiences");
        preset.maxRowsPerFile = 4;
        QTemporaryDir dir;
        const Exported e = exportWith(dir, customers, preset, {{Identifier::Email, "mail"}});
        QCOMPARE(e.summary.files, (std::vector<std::string>{"vip-part1.csv", "vip-part2.csv", "vip-part3.csv"}));
        QVERIFY(!fs::exists(e.folder / "vip.csv"));
        size_t rows = 0;
        for (size_t part = 1; part <= 3; ++part) {
            const fs::path file = e.folder / ("vip-part" + std::to_string(part) + ".csv");
            const auto lines = fileLines(file);
            QCOMPARE(lines[0], std::string("email,firstname,lastname,country,jobtitle,employeecompany,googleaid"));
            rows += lines.size() - 1;
            QCOMPARE(lines.size() - 1, part < 3 ? size_t{4} : size_t{2});
            // Owner-only: the file holds personal data.
            struct stat st{};
            QCOMPARE(::stat(file.c_str(), &st), 0);
            QCOMPARE(st.st_mode & 0777, mode_t{0600});
            const Json manifest = Json::parse(fileText(e.folder / ("vip-part" + std::to_string(part) + ".manifest.json")));
            QCOMPARE(manifest["file"].get<std::string>(), file.filename().string());
            QCOMPARE(manifest["file_sha256"].get<std::string>(), sha256Hex(fileText(file)));
            QCOMPARE(manifest["rows"].get<uint64_t>(), uint64_t(lines.size() - 1));
            QCOMPARE(manifest["part"].get<size_t>(), part);
            QCOMPARE(manifest["parts"].get<size_t>(), size_t{3});
            QCOMPARE(manifest["preset"].get<std::string>(), std::string("linkedin-matched-audiences"));
            QCOMPARE(manifest["segment"]["id"].get<std::string>(), std::string("vip"));
            QCOMPARE(manifest["as_of"].get<std::string>(), std::string("2026-01-31"));
            QCOMPARE(manifest["columns"]["email"].get<std::string>(), std::string("mail"));
        }
        QCOMPARE(rows, n);
    }

    void byteLimitSplitsBeforeTheRowThatWouldPassIt()
    {
        const size_t n = 6;
        std::vector<std::optional<std::string>> mails;
        for (size_t i = 0; i < n; ++i)
            mails.push_back("p" + std::to_string(i) + "@example.com"); // 15 bytes + CRLF each
        const CustomerTable customers = customersOf({idColumn("id", n), textColumn("mail", mails)});
        Preset preset = *findPreset("klaviyo");
        preset.maxBytesPerFile = 15 + 2 * 16 + 10; // header "Email Address\r\n", then room for 2 rows of 16 bytes, not 3
        QTemporaryDir dir;
        const Exported e = exportWith(dir, customers, preset, {{Identifier::Email, "mail"}});
        QCOMPARE(e.summary.files.size(), size_t{3});
        for (const std::string& f : e.summary.files)
            QVERIFY(fs::file_size(e.folder / f) <= preset.maxBytesPerFile);
    }

    // A segment that is no longer exported loses its old file and manifest: the folder's
    // .csv and .manifest.json files are replaced as one set.
    void manifestsAreReplacedWithTheirSet()
    {
        QTemporaryDir dir;
        const CustomerTable customers = sampleCustomers();
        const MappedColumns mapped = resolveMapping(customers, {}, {{Identifier::Email, "mail"}});
        const fs::path folder = fs::path(dir.path().toStdString()) / "out";
        DestinationExportOptions options;
        options.preset = findPreset("csv");
        for (const std::string slug : {"first", "second"}) {
            ExportSet set(folder);
            exportForDestination(customers, mapped, Bitset(customers.rows(), true), set, slug, options, {});
            set.commit();
        }
        QVERIFY(fs::exists(folder / "second.csv") && fs::exists(folder / "second.manifest.json"));
        QVERIFY(!fs::exists(folder / "first.csv"));
        QVERIFY(!fs::exists(folder / "first.manifest.json"));
    }

    // Klaviyo keys profiles by e-mail, and its import wants "no duplicate email addresses or
    // phone numbers": the first row in customer key order keeps a value; rows are not in key
    // order here (keys 2, 1, 3, 4, 5) to show that the key decides, not the file's row order.
    void klaviyoDuplicateEmailsAreMerged()
    {
        Column key("id", DataType::Int);
        for (const int64_t k : {2, 1, 3, 4, 5})
            key.appendInt(k);
        const CustomerTable customers = customersOf({
            key,
            textColumn("mail", {"anna@example.com ", "ANNA@Example.com", "ben@example.com", std::nullopt, std::nullopt}),
            textColumn("tel", {"+49 30 2222222", "+49 30 1111111", "+49 30 1111111", "+49 30 1111111", "+49 30 3333333"}),
        });
        QTemporaryDir dir;
        const Exported e = exportWith(dir, customers, *findPreset("klaviyo"),
                                      {{Identifier::Email, "mail"}, {Identifier::Phone, "tel"}});
        // Key 1 (row 2) keeps anna's address, so key 2 (row 1) is the duplicate; key 3 (row 3)
        // keeps its own e-mail without the phone key 1 has; key 4 (row 4) has nothing else.
        QCOMPARE(fileLines(e.folder / "vip.csv"),
                 (std::vector<std::string>{"Email Address,Phone Number", "anna@example.com,+49301111111", "ben@example.com,",
                                           ",+49303333333"}));
        QCOMPARE(e.summary.written, uint64_t{3});
        QCOMPARE(e.summary.duplicates, uint64_t{2});
        QCOMPARE(e.summary.duplicateRows, (std::vector<uint64_t>{1, 4}));
        QCOMPARE(e.summary.identifiers[size_t(Identifier::Phone)].duplicate, uint64_t{1});
        QCOMPARE(e.summary.identifiers[size_t(Identifier::Phone)].duplicateRows, std::vector<uint64_t>{3});
        const Json manifest = Json::parse(fileText(e.folder / "vip.manifest.json"));
        QCOMPARE(manifest["duplicates_left_out"].get<uint64_t>(), uint64_t{2});
        QCOMPARE(manifest["duplicate_values_left_empty"]["phone"].get<uint64_t>(), uint64_t{1});
        QCOMPARE(manifest["rows_total"].get<uint64_t>(), uint64_t{3});
        bool warned = false;
        for (const std::string& w : e.summary.warnings) {
            warned |= w.find("2 rows were left out as duplicates") != std::string::npos
                && w.find("customer rows 1, 4") != std::string::npos;
            QVERIFY2(w.find("anna") == std::string::npos, w.c_str()); // row numbers, never values
        }
        QVERIFY(warned);
    }

    // Mailchimp adds an address found twice in a file once; phones may repeat (a merge field).
    void mailchimpDuplicateEmailsAreMerged()
    {
        const CustomerTable customers = customersOf({
            idColumn("id", 3),
            textColumn("mail", {"Test@Example.com", "carl@example.com", " test@EXAMPLE.com"}),
            textColumn("tel", {"+49 30 1111111", "+49 30 1111111", "+49 30 2222222"}),
        });
        QTemporaryDir dir;
        const Exported e = exportWith(dir, customers, *findPreset("mailchimp"),
                                      {{Identifier::Email, "mail"}, {Identifier::Phone, "tel"}});
        QCOMPARE(fileLines(e.folder / "vip.csv"),
                 (std::vector<std::string>{"Email Address,Phone Number", "test@example.com,+49301111111",
                                           "carl@example.com,+49301111111"}));
        QCOMPARE(e.summary.duplicates, uint64_t{1});
        QCOMPARE(e.summary.duplicateRows, std::vector<uint64_t>{3});
    }

    // Ad platforms match every row; only a row equal to an earlier one is left out (it would
    // count twice against LinkedIn's 300,000 records and the minimum audience).
    void adPlatformsDropOnlyIdenticalRows()
    {
        const CustomerTable customers = customersOf({
            idColumn("id", 3),
            // Google removes the dots of a gmail address: rows 1 and 2 become one identifier.
            textColumn("mail", {"Test@Gmail.com", "t.e.s.t@gmail.com", "test@gmail.com"}),
            textColumn("tel", {std::nullopt, std::nullopt, "+1 800 888 8888"}),
        });
        QTemporaryDir dir;
        const Exported e = exportWith(dir, customers, *findPreset("google-customer-match"),
                                      {{Identifier::Email, "mail"}, {Identifier::Phone, "tel"}});
        const std::string mail = "87924606b4131a8aceeeae8868531fbb9712aaa07a5d3a756b26ce0f5d6ca674"; // test@gmail.com
        QCOMPARE(fileLines(e.folder / "vip.csv"),
                 (std::vector<std::string>{"Email,Phone", mail + ",",
                                           mail + ",f096eb92986ea543ab4ab565c4a1ad86d35dec42acb9b893e2d2c59444fbe33d"}));
        QCOMPARE(e.summary.duplicates, uint64_t{1});
        QCOMPARE(e.summary.duplicateRows, std::vector<uint64_t>{2});
    }

    // Google's "Mailing address matching": First Name, Last Name, Country and Zip together are an
    // identifier of their own, names hashed, country (ISO alpha-2) and zip plain. A member with
    // only part of the address and no e-mail or phone has nothing to match on.
    void googleMatchesOnTheMailingAddressAlone()
    {
        const CustomerTable customers = customersOf({
            idColumn("id", 3),
            textColumn("mail", {std::nullopt, std::nullopt, std::nullopt}),
            textColumn("first", {" John ", "Zoë", "Anna"}),
            textColumn("last", {"SMITH", "Pérez", "Berg"}),
            textColumn("land", {"United States", "DE", "DE"}),
            textColumn("postcode", {"94016", "10115", std::nullopt}),
        });
        const std::map<Identifier, std::string> mapping = {{Identifier::Email, "mail"},   {Identifier::FirstName, "first"},
                                                           {Identifier::LastName, "last"}, {Identifier::Country, "land"},
                                                           {Identifier::Zip, "postcode"}};
        QTemporaryDir dir;
        const Exported e = exportWith(dir, customers, *findPreset("google-customer-match"), mapping);
        // Digests by Python's hashlib: "john", "smith", "zoë", "pérez".
        QCOMPARE(fileLines(e.folder / "vip.csv"),
                 (std::vector<std::string>{
                     "Email,First Name,Last Name,Country,Zip",
                     ",96d9632f363564cc3032521409cf22a852f2032eec099ed5967c0d000cec607a,"
                     "6627835f988e2c5e50533d491163072d3f4f41f5c8b04630150debb3722ca2dd,US,94016",
                     ",2752b88686847fa5c86f47b94ce652b7b3f22a91c37617d451a4db9afa431450,"
                     "6654977d57dddd3c0329ca741b109ef6cd6430bedd00008aad213df25683d77f,DE,10115"}));
        QCOMPARE(e.summary.noIdentifier, uint64_t{1});
        QCOMPARE(e.summary.noIdentifierRows, std::vector<uint64_t>{3});

        // Meta: the same four, each hashed in Meta's form (country and zip too: "us", "94016").
        QTemporaryDir dir2;
        const Exported m = exportWith(dir2, customers, *findPreset("meta-custom-audiences"), mapping);
        const auto lines = fileLines(m.folder / "vip.csv");
        QCOMPARE(lines.size(), size_t{3});
        QCOMPARE(lines[0], std::string("email,fn,ln,zip,country"));
        QCOMPARE(lines[1], std::string(",96d9632f363564cc3032521409cf22a852f2032eec099ed5967c0d000cec607a,"
                                       "6627835f988e2c5e50533d491163072d3f4f41f5c8b04630150debb3722ca2dd,"
                                       "ea49a862bf6e195fe92e0886ed8a89c6565137f3e90c0742d2a00952b307dd55,"
                                       "79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621"));

        // Without a zip column no member can match: the export says what the preset needs.
        QVERIFY(!presetCanMatch(*findPreset("google-customer-match"),
                                {Identifier::FirstName, Identifier::LastName, Identifier::Country}));
        QVERIFY(presetCanMatch(*findPreset("google-customer-match"),
                               {Identifier::FirstName, Identifier::LastName, Identifier::Country, Identifier::Zip}));
        QVERIFY(!presetCanMatch(*findPreset("mailchimp"), {Identifier::Phone}));
        QCOMPARE(presetMatchText(*findPreset("google-customer-match")),
                 std::string("email, phone, or first_name + last_name + country + zip"));
    }

    void unknownMappedColumnNamesTheIdentifier()
    {
        bool threw = false;
        try {
            resolveMapping(sampleCustomers(), {}, {{Identifier::Phone, "tel"}});
        } catch (const Error& e) {
            threw = std::string(e.what()).find("phone to the column 'tel'") != std::string::npos;
        }
        QVERIFY(threw);
    }

    void mappingCheckWarnsAboutAMostlyUnreadablePhoneColumn()
    {
        const CustomerTable customers = customersOf({
            idColumn("id", 5),
            textColumn("phone", {"n/a", "+49 30 123456", "unknown", "-", "call me"}),
        });
        const std::map<Identifier, std::string> mapping = {{Identifier::Phone, "phone"}};
        const auto findings = checkMapping(customers, resolveMapping(customers, {}, mapping), mapping, "DE");
        QCOMPARE(findings.size(), size_t{1});
        QCOMPARE(findings[0].invalid, uint64_t{4});
        QCOMPARE(findings[0].checked, uint64_t{5});
        QCOMPARE(findings[0].firstRows, (std::vector<uint64_t>{1, 3, 4, 5}));
        QVERIFY(findings[0].message.find("most of them") != std::string::npos);
        QVERIFY(findings[0].message.find("call me") == std::string::npos); // never the values
        // The values are kept apart, for the GUI's own screen only.
        QCOMPARE(findings[0].firstValues, (std::vector<std::string>{"n/a", "unknown", "-", "call me"}));
    }
};

QTEST_GUILESS_MAIN(TestDestinationExport)
#include "test_destination_export.moc"
