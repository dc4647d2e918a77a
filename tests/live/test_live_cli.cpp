// `segstudio-cli stream` as a user runs it: the demo project imported with half of its events,
// the other half streamed (plus a duplicate and a broken line) ends with the exports of a
// batch `run` over all events, byte for byte; the report carries the stream's counters; the
// dead letter names the line; SIGTERM on a live pipe stops cleanly with the report written.
#include "cli_runner.h"
#include "demo_messages.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <csignal>

namespace {

const QString kDemo = QStringLiteral(SEG_SOURCE_DIR "/resources/demo/");

struct Split {
    QByteArray importedCsv; // header + every second event
    QByteArray streamed;    // the others as NDJSON
    int streamedCount = 0;
};

Split splitDemoEvents()
{
    const QList<QByteArray> lines = readFile(kDemo + "events.csv").split('\n');
    Split s;
    s.importedCsv = lines[0] + "\n";
    for (int i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        if (i % 2 == 0) {
            s.importedCsv += lines[i] + "\n";
        } else {
            s.streamed += demoEventMessage(line, i) + "\n";
            ++s.streamedCount;
        }
    }
    return s;
}

} // namespace

class TestLiveCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void streamEndsWithTheBatchExports()
    {
        QTemporaryDir dir;
        const QString d = dir.path() + "/";
        const Split split = splitDemoEvents();
        writeFile(d + "customers.csv", readFile(kDemo + "customers.csv"));
        writeFile(d + "events.csv", split.importedCsv);
        writeFile(d + "g.segment.json", readFile(kDemo + "retail.segment.json"));
        const QByteArray firstMessage = split.streamed.left(split.streamed.indexOf('\n') + 1);
        writeFile(d + "in.ndjson", split.streamed + firstMessage + "{broken\n");
        EXPECT_CLI(runCli({"stream", d + "g.segment.json", "--from", d + "in.ndjson", "--notify", d + "t.ndjson",
                           "--dead-letter", d + "dead.ndjson", "--report", d + "r.json", "--export", d + "live"}),
                   0);
        EXPECT_CLI(runCli({"run", kDemo + "retail.segment.json", "--quiet", "--export", d + "batch"}), 0);
        const QStringList files = QDir(d + "batch").entryList({"*.csv"});
        QCOMPARE(files.size(), 11);
        for (const QString& f : files)
            QVERIFY2(readFile(d + "live/" + f) == readFile(d + "batch/" + f), qPrintable(f));

        const QJsonObject report = QJsonDocument::fromJson(readFile(d + "r.json")).object();
        const QJsonObject stream = report["stream"].toObject();
        QCOMPARE(stream["messages"].toInt(), split.streamedCount + 2);
        QCOMPARE(stream["events"].toInt(), split.streamedCount);
        QCOMPARE(stream["duplicates"].toInt(), 1);
        QCOMPARE(stream["dead_lettered"].toInt(), 1);
        QCOMPARE(report["as_of"].toString(), QString("2024-12-31"));
        QCOMPARE(report["segments"].toArray().size(), 11);

        const QJsonObject dead = QJsonDocument::fromJson(readFile(d + "dead.ndjson")).object();
        QCOMPARE(dead["line"].toInt(), split.streamedCount + 2);
        QCOMPARE(dead["message"].toString(), QString("{broken"));
        QVERIFY(dead["reason"].toString().startsWith("malformed JSON"));

        // Every trigger is a complete object; the enters minus exits of a segment are its
        // growth from the start state, which the per-segment counters report too.
        int triggers = 0;
        for (const QByteArray& line : readFile(d + "t.ndjson").split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject t = QJsonDocument::fromJson(line).object();
            for (const char* field : {"change_id", "segment", "key", "change", "event_id", "event_time", "emitted_at"})
                QVERIFY2(t.contains(field), line.constData());
            ++triggers;
        }
        QCOMPARE(stream["changes"].toInt(), triggers);
        QVERIFY(triggers > 0);
    }

    // Profile updates (one of a known customer, one creating customer 900001) and the new
    // customer's events: --export writes the final state, byte for byte what `run --export`
    // writes over the customers file edited by hand the same way (the new customer's other
    // columns empty) and its events appended to the events file.
    void exportReflectsProfileUpdatesAndNewCustomers()
    {
        QTemporaryDir dir;
        const QString d = dir.path() + "/";
        QByteArray stream;
        stream += R"({"kind":"profile","customer_id":"100002","set":{"loyalty_tier":"platinum","avg_order_value":150}})" "\n";
        stream += R"({"event_id":"n1","customer_id":900001,"ts":"2024-12-29 10:00:00","event_type":"cart"})" "\n"; // not yet known
        stream += R"({"kind":"profile","customer_id":900001,"set":{"email":"new@example.org","loyalty_tier":"gold","email_opt_in":true,"signup_date":"2024-12-20","country":"US"}})" "\n";
        stream += R"({"event_id":"n2","customer_id":"900001","ts":"2024-12-30 10:00:00","event_type":"cart","product_category":"home"})" "\n";
        stream += R"({"event_id":"n3","customer_id":900001,"ts":"2024-12-29 11:00:00","event_type":"purchase","amount":150.5,"product_category":"home"})" "\n";
        writeFile(d + "in.ndjson", stream);
        EXPECT_CLI(runCli({"stream", kDemo + "retail.segment.json", "--from", d + "in.ndjson", "--notify", d + "t.ndjson",
                           "--report", d + "r.json", "--export", d + "live", "--quiet"}),
                   0);
        // The same edits by hand: fields of 100002's record, a new record, two event records.
        QList<QByteArray> customers = readFile(kDemo + "customers.csv").split('\n');
        const QList<QByteArray> header = customers[0].split(',');
        auto column = [&](const char* name) { return static_cast<int>(header.indexOf(QByteArray(name))); };
        for (QByteArray& line : customers)
            if (line.startsWith("100002,")) {
                QList<QByteArray> f = line.split(',');
                f[column("loyalty_tier")] = "platinum";
                f[column("avg_order_value")] = "150";
                line = f.join(',');
            }
        QList<QByteArray> added(header.size());
        added[column("customer_id")] = "900001";
        added[column("email")] = "new@example.org";
        added[column("loyalty_tier")] = "gold";
        added[column("email_opt_in")] = "true";
        added[column("signup_date")] = "2024-12-20";
        added[column("country")] = "US";
        while (!customers.isEmpty() && customers.back().isEmpty())
            customers.pop_back();
        customers.push_back(added.join(','));
        writeFile(d + "customers.csv", customers.join('\n') + "\n");
        writeFile(d + "events.csv", readFile(kDemo + "events.csv") + "900001,2024-12-30 10:00:00,cart,,home\n"
                                    "900001,2024-12-29 11:00:00,purchase,150.5,home\n");
        writeFile(d + "g.segment.json", readFile(kDemo + "retail.segment.json"));
        EXPECT_CLI(runCli({"run", d + "g.segment.json", "--quiet", "--export", d + "batch"}), 0);
        const QStringList files = QDir(d + "batch").entryList({"*.csv"});
        QCOMPARE(files.size(), 11);
        bool newCustomerExported = false;
        for (const QString& f : files) {
            QVERIFY2(readFile(d + "live/" + f) == readFile(d + "batch/" + f), qPrintable(f));
            newCustomerExported = newCustomerExported || readFile(d + "live/" + f).contains("900001");
        }
        QVERIFY(newCustomerExported);
        const QJsonObject report = QJsonDocument::fromJson(readFile(d + "r.json")).object();
        QCOMPARE(report["stream"].toObject()["created_customers"].toInt(), 1);
        QCOMPARE(report["stream"].toObject()["unknown_customers"].toInt(), 1); // n1, before the sign-up
        QCOMPARE(report["stream"].toObject()["profiles"].toInt(), 2);
        QCOMPARE(report["rows"].toInt(), 2001);
        QVERIFY(readFile(d + "t.ndjson").contains(R"("key":"900001")"));
    }

    // A pipe that stays open: SIGTERM ends the stream after the current message, and the
    // report is still written.
    void sigtermStopsCleanly()
    {
        QTemporaryDir dir;
        const QString d = dir.path() + "/";
        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH), {"stream", kDemo + "retail.segment.json", "--from", "-", "--notify", "-",
                                               "--report", d + "r.json"});
        QVERIFY(p.waitForStarted());
        p.write(R"({"kind":"profile","customer_id":"100002","set":{"loyalty_tier":"gold"}})" "\n");
        // Ready once the import is done (stderr says so); then give the message a moment.
        QByteArray err;
        for (int i = 0; i < 200 && !err.contains("ready in"); ++i) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("ready in"), err.constData());
        QTest::qWait(300);
        ::kill(static_cast<pid_t>(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(20'000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject report = QJsonDocument::fromJson(readFile(d + "r.json")).object();
        QCOMPARE(report["stream"].toObject()["stopped_by"].toString(), QString("signal"));
        QCOMPARE(report["stream"].toObject()["profiles"].toInt(), 1);
    }

    // --replay-speed 36000: events 1 and 2 hours after the first are applied 0.1 s and 0.2 s
    // after the start, so the replay takes at least 0.2 s, and all three are applied.
    void replaySpeedPacesTheEvents()
    {
        QTemporaryDir dir;
        const QString d = dir.path() + "/";
        QByteArray in;
        const char* times[] = {"2024-12-30 10:00:00", "2024-12-30 11:00:00", "2024-12-30 12:00:00"};
        for (int i = 0; i < 3; ++i)
            in += "{\"event_id\":\"r" + QByteArray::number(i) + "\",\"customer_id\":100001,\"ts\":\"" + times[i] +
                "\",\"event_type\":\"view\"}\n";
        writeFile(d + "in.ndjson", in);
        QElapsedTimer timer;
        timer.start();
        EXPECT_CLI(runCli({"stream", kDemo + "retail.segment.json", "--from", d + "in.ndjson", "--notify", d + "t.ndjson",
                           "--replay-speed", "36000", "--report", d + "r.json", "--quiet"}),
                   0);
        QVERIFY(timer.elapsed() >= 200);
        const QJsonObject report = QJsonDocument::fromJson(readFile(d + "r.json")).object();
        QCOMPARE(report["stream"].toObject()["events"].toInt(), 3);
    }

    void usageAndRefusals()
    {
        EXPECT_CLI(runCli({"stream", kDemo + "retail.segment.json", "--notify", "-"}), 2);
        EXPECT_CLI(runCli({"stream", kDemo + "retail.segment.json", "--from", "-", "--notify", "-", "--clock", "noon"}), 2);
        EXPECT_CLI(runCli({"stream", kDemo + "retail.segment.json", "--from", "-", "--notify", "-", "--dedup-ids", "0"}), 2);
    }
};

QTEST_GUILESS_MAIN(TestLiveCli)
#include "test_live_cli.moc"
