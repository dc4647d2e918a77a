// segstudio-cli template: list names every template and its roles; new writes a graph that
// validates and runs (VIP by spend on the demo: 10 % of 2000 customers = 200, counted by the
// spec's top-k rule), with dataset paths relative to the graph file ("../" included); a
// dd-mm-yyyy date column is recognised; a bad mapping exits 1 naming the role. Also
// `describe` showing the date layouts it recognises (the same detection as the wizard).
#include "cli_runner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QString kDemo = QStringLiteral(SEG_SOURCE_DIR "/resources/demo");

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestCliTemplate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listNamesEveryTemplateAndItsRoles()
    {
        const CliResult r = runCli({"template", "list"});
        QCOMPARE(r.exitCode, 0);
        for (const char* id : {"win-back", "cart-abandonment", "vip-by-spend", "churn-risk", "new-customer-welcome",
                               "rfm-tiers"})
            QVERIFY2(r.out.contains(QString("\n") + id) || r.out.startsWith(id), id);
        QVERIFY(r.out.contains("spend: total spend column (a number column)"));
        QVERIFY(r.out.contains("purchase_event: purchase event type (an event type)"));
    }

    void newWritesARunnableGraphWithRelativePaths()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("data"));
        QVERIFY(QDir(dir.path()).mkpath("project"));
        QVERIFY(QFile::copy(kDemo + "/customers.csv", dir.filePath("data/customers.csv")));
        QVERIFY(QFile::copy(kDemo + "/events.csv", dir.filePath("data/events.csv")));
        const QString graph = dir.filePath("project/vip.segment.json");
        const CliResult made = runCli({"template", "new", "vip-by-spend", "--customers", dir.filePath("data/customers.csv"),
                                       "--map", "spend=total_spend", "--out", graph});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.out.contains("spend=total_spend"));
        const QJsonObject json = readJson(graph);
        QCOMPARE(json["datasets"].toObject()["customers"].toObject()["path"].toString(), QString("../data/customers.csv"));
        QCOMPARE(json["datasets"].toObject()["customers"].toObject()["key"].toString(), QString("customer_id"));
        QVERIFY(json["ui"].toObject()["positions"].toObject().contains("t_vip"));

        const CliResult run = runCli({"run", graph, "--report", dir.filePath("report.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject report = readJson(dir.filePath("report.json"));
        const QJsonObject vip = report["segments"].toArray()[0].toObject();
        QCOMPARE(vip["size"].toInt(), 200);

        // An events template, all roles guessed from the names.
        const QString cart = dir.filePath("project/cart.segment.json");
        const CliResult madeCart = runCli({"template", "new", "cart-abandonment", "--customers",
                                           dir.filePath("data/customers.csv"), "--events", dir.filePath("data/events.csv"),
                                           "--out", cart});
        QVERIFY2(madeCart.exitCode == 0, qPrintable(madeCart.err));
        QVERIFY2(madeCart.out.contains("cart_event=cart") && madeCart.out.contains("as of 2024-12-31"),
                 qPrintable(madeCart.out));
        const QJsonObject events = readJson(cart)["datasets"].toObject()["events"].toObject();
        QCOMPARE(events["time"].toString(), QString("ts"));
        QCOMPARE(events["type"].toString(), QString("event_type"));
        QCOMPARE(runCli({"validate", cart}).exitCode, 0);
    }

    void newRecognisesDayMonthYearDates()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("c.csv"), "id,joined\n1,30-11-2024\n2,01-12-2024\n3,15-06-2024\n");
        const QString graph = dir.filePath("welcome.segment.json");
        const CliResult made = runCli({"template", "new", "new-customer-welcome", "--customers", dir.filePath("c.csv"),
                                       "--map", "signup=joined", "--out", graph});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QJsonObject customers = readJson(graph)["datasets"].toObject()["customers"].toObject();
        QCOMPARE(customers["path"].toString(), QString("c.csv"));
        QCOMPARE(customers["columns"].toObject()["joined"].toString(), QString("date:%d-%m-%Y"));
        QCOMPARE(readJson(graph)["as_of"].toString(), QString("2024-12-01"));
        // Signed up within 30 days of 2024-12-01: ids 1 and 2.
        const CliResult run = runCli({"run", graph, "--report", dir.filePath("r.json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(readJson(dir.filePath("r.json"))["segments"].toArray()[0].toObject()["size"].toInt(), 2);
    }

    void describeShowsRecognisedDateLayouts()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath("c.csv"), "id,joined,seen\n1,30-11-2024,03/04/2024 10:00\n2,01-12-2024,04/03/2024 11:30\n");
        CliResult r = runCli({"describe", dir.filePath("c.csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("  joined: dd-mm-yyyy -> \"date:%d-%m-%Y\""), qPrintable(r.out));
        QVERIFY2(r.out.contains("  seen: dd/mm/yyyy hh:mm or mm/dd/yyyy hh:mm (every day is 12 or less"), qPrintable(r.out));
        r = runCli({"describe", dir.filePath("c.csv"), "--json"});
        const QJsonObject formats = QJsonDocument::fromJson(r.out.toUtf8()).object()["date_formats"].toObject();
        QCOMPARE(formats["joined"].toObject()["overrides"].toArray()[0].toString(), QString("date:%d-%m-%Y"));
        QCOMPARE(formats["seen"].toObject()["ambiguous"].toBool(), true);
        QCOMPARE(formats["seen"].toObject()["overrides"].toArray()[1].toString(), QString("timestamp:%m/%d/%Y %H:%M"));
    }

    void badMappingIsExplained()
    {
        QTemporaryDir dir;
        const QString graph = dir.filePath("x.segment.json");
        CliResult r = runCli({"template", "new", "vip-by-spend", "--customers", kDemo + "/customers.csv", "--map",
                              "spend=email", "--out", graph});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("role 'spend' (total spend column): 'email' is string, but a number column is needed"),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(graph));
        r = runCli({"template", "new", "vip", "--customers", kDemo + "/customers.csv", "--out", graph});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("unknown template 'vip' (templates: win-back, "), qPrintable(r.err));
        r = runCli({"template", "new", "churn-risk", "--customers", kDemo + "/customers.csv", "--out", graph});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("give the events file with --events"));
        r = runCli({"template", "new", "vip-by-spend", "--customers", kDemo + "/customers.csv", "--map", "spend",
                    "--out", graph});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("role=COLUMN pairs"));
    }
};

QTEST_GUILESS_MAIN(TestCliTemplate)
#include "test_cli_template.moc"
