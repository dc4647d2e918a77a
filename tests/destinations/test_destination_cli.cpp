// segstudio-cli with destination presets (issue 17): run --export --preset with --map over
// the graph's saved mapping, suppression lists stored with 'suppress' and given with
// --suppress, the summary's removed counts, manifests, and clear usage errors.
#include "cli_runner.h"
#include "destination_test_util.h"

#include "util/sha256.h"
#include "util/json.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::test;

namespace {

const char* kGraph = R"({
  "format": "segment-studio/graph", "format_version": 1, "name": "Newsletter",
  "as_of": "2026-12-01",
  "datasets": {"customers": {"path": "customers.csv", "key": "id"}},
  "nodes": [
    {"id": "c_de", "type": "condition", "field": "land", "op": "eq", "value": "DE"},
    {"id": "s_de", "type": "segment", "name": "Germany", "input": "c_de"}
  ],
  "export": {"preset": "google-customer-match", "columns": {"email": "mail", "phone": "tel", "country": "land"},
             "default_region": "DE"}
})";

const char* kCustomers = "id,mail,tel,land\n"
                         "1,Anna@Example.com,030 1234567,DE\n"
                         "2,optout@example.com,+49 30 7654321,DE\n"
                         "3,carl@example.com,0171 2345678,DE\n"
                         "4,dora@example.com,+1 212 555 0100,US\n";

} // namespace

class TestDestinationCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runExportsForThePresetSavedInTheGraph()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("g.segment.json"), kGraph);
        writeFile(dir.filePath("customers.csv"), kCustomers);
        writeFile(dir.filePath("optouts.csv"), "Email\n OPTOUT@example.com \n");
        const CliResult imported = runCli({"suppress", dir.filePath("g.segment.json"), dir.filePath("optouts.csv"),
                                           "--name", "Opt-outs", "--always"});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY(QFile::exists(dir.filePath("opt-outs.suppression.csv")));
        // The graph names the stored list and still loads.
        QVERIFY(fileText(dir.filePath("g.segment.json").toStdString()).find("\"suppression_lists\"") != std::string::npos);

        writeFile(dir.filePath("calls.csv"), "phone\n0171/2345678\n");
        const CliResult r = runCli({"run", dir.filePath("g.segment.json"), "--export", dir.filePath("out"), "--suppress",
                                    dir.filePath("calls.csv")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("Germany: 1 of 3 members to germany.csv"), qPrintable(r.out));
        QVERIFY(r.out.contains("suppression list 'Opt-outs' removed 1"));
        QVERIFY(r.out.contains("suppression list 'calls.csv' removed 1"));
        const auto lines = fileLines(dir.filePath("out/germany.csv").toStdString());
        QCOMPARE(lines.size(), size_t{2});
        QCOMPARE(lines[0], std::string("Email,Phone,Country"));
        QCOMPARE(lines[1], sha256Hex("anna@example.com") + "," + sha256Hex("+49301234567") + ",DE");
        const Json manifest = Json::parse(fileText(dir.filePath("out/germany.manifest.json").toStdString()));
        QCOMPARE(manifest["suppression_lists"][0]["removed"].get<int>(), 1);
        QCOMPARE(manifest["graph"]["name"].get<std::string>(), std::string("Newsletter"));
        // Every field the issue names: graph hash, segment id and definition hash, as_of, run
        // time, row count, preset, lists with counts, the file's SHA-256.
        const QRegularExpression hex64("^[0-9a-f]{64}$");
        QVERIFY(hex64.match(QString::fromStdString(manifest["graph"]["sha256"].get<std::string>())).hasMatch());
        QVERIFY(hex64.match(QString::fromStdString(manifest["segment"]["definition_sha256"].get<std::string>())).hasMatch());
        QCOMPARE(manifest["segment"]["id"].get<std::string>(), std::string("s_de"));
        QCOMPARE(manifest["as_of"].get<std::string>(), std::string("2026-12-01"));
        QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")
                    .match(QString::fromStdString(manifest["run_time"].get<std::string>())).hasMatch());
        QCOMPARE(manifest["rows"].get<int>(), 1);
        QCOMPARE(manifest["preset"].get<std::string>(), std::string("google-customer-match"));
        QCOMPARE(manifest["suppression_lists"][0]["name"].get<std::string>(), std::string("Opt-outs"));
        QCOMPARE(manifest["file_sha256"].get<std::string>(), sha256Hex(fileText(dir.filePath("out/germany.csv").toStdString())));
        QVERIFY(!r.err.contains("optout")); // no personal data in messages

        // --map replaces the saved mapping: only the e-mail now.
        const CliResult mapped = runCli({"run", dir.filePath("g.segment.json"), "--export", dir.filePath("out2"), "--preset",
                                         "mailchimp", "--map", "email=mail", "--suppression-lists", "none", "--quiet"});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        const auto mc = fileLines(dir.filePath("out2/germany.csv").toStdString());
        QCOMPARE(mc, (std::vector<std::string>{"Email Address", "anna@example.com", "optout@example.com", "carl@example.com"}));
    }

    void badFlagsAreUsageErrors()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("g.segment.json"), kGraph);
        writeFile(dir.filePath("customers.csv"), kCustomers);
        const QString g = dir.filePath("g.segment.json");
        const QString out = dir.filePath("out");
        CliResult r = runCli({"run", g, "--export", out, "--preset", "facebook"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown preset 'facebook'") && r.err.contains("meta-custom-audiences"), qPrintable(r.err));
        r = runCli({"run", g, "--export", out, "--map", "mobile=tel"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown identifier 'mobile'"), qPrintable(r.err));
        r = runCli({"run", g, "--preset", "csv"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("apply to '--export'"), qPrintable(r.err));
        r = runCli({"run", g, "--export", out, "--map", "email=nope"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("maps email to the column 'nope'"), qPrintable(r.err));
    }

    // Klaviyo from the command line: a repeated e-mail is left out and said (row numbers
    // only); --phone-check valid refuses a number in no assigned range (NANP area codes
    // cannot start with 1), which the default length check keeps.
    void klaviyoDuplicatesAndPhoneCheckFromTheCommandLine()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("g.segment.json"), kGraph);
        writeFile(dir.filePath("customers.csv"), "id,mail,tel,land\n1,anna@example.com,030 1234567,DE\n"
                                                 "2,ANNA@Example.com ,0171 2345678,DE\n3,eve@example.com,+1 123 456 7890,DE\n");
        const QString g = dir.filePath("g.segment.json");
        const QStringList base = {"run", g, "--preset", "klaviyo", "--map", "email=mail,phone=tel", "--quiet"};
        CliResult r = runCli(base + QStringList{"--export", dir.filePath("a")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileLines(dir.filePath("a/germany.csv").toStdString()),
                 (std::vector<std::string>{"Email Address,Phone Number", "anna@example.com,+49301234567", "eve@example.com,+11234567890"}));
        QVERIFY2(r.err.contains("1 row was left out as duplicates") && r.err.contains("customer row 2"), qPrintable(r.err));
        QVERIFY(!r.err.contains("anna"));
        r = runCli(base + QStringList{"--export", dir.filePath("b"), "--phone-check", "valid"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(fileLines(dir.filePath("b/germany.csv").toStdString()),
                 (std::vector<std::string>{"Email Address,Phone Number", "anna@example.com,+49301234567", "eve@example.com,"}));
        QVERIFY2(r.err.contains("1 phone value could not be normalised") && r.err.contains("customer row 3"), qPrintable(r.err));
        r = runCli(base + QStringList{"--export", dir.filePath("c"), "--phone-check", "strict"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("'--phone-check' takes 'length'"), qPrintable(r.err));
        // Google with names and a country but no zip: no member could match; said before anything is written.
        r = runCli({"run", g, "--export", dir.filePath("d"), "--map", "first_name=mail,last_name=mail,country=land"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("needs columns mapped to email, phone, or first_name + last_name + country + zip"),
                 qPrintable(r.err));
    }

    void aMostlyUnreadablePhoneColumnIsAWarningWithRowNumbers()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("g.segment.json"), kGraph);
        writeFile(dir.filePath("customers.csv"), "id,mail,tel,land\n1,a@example.com,n/a,DE\n2,b@example.com,none,DE\n"
                                                 "3,c@example.com,+49 30 1234567,DE\n");
        const CliResult r = runCli({"run", dir.filePath("g.segment.json"), "--export", dir.filePath("out"), "--quiet"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("column 'tel' (mapped to phone): 2 of 3 values") && r.err.contains("customer rows 1, 2"),
                 qPrintable(r.err));
        QVERIFY(!r.err.contains("n/a"));
    }
};

QTEST_GUILESS_MAIN(TestDestinationCli)
#include "test_destination_cli.moc"
