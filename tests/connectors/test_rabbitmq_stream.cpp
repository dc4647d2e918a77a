// `segstudio-cli stream` fed by a RabbitMQ queue, against a real rabbitmq-server (started once
// for this binary by scripts/broker-servers.sh; startup takes seconds). Half of the demo's
// events are published with `publish --to amqp://...`; the queue is declared as a quorum
// queue; the live exports equal the batch run's; every message was acknowledged (a second
// consumer afterwards receives nothing).
#include "broker_server.h"
#include "demo_stream.h"

class TestRabbitmqStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(rabbit_.start(why), qPrintable(why));
        QVERIFY(dir_.isValid());
        EXPECT_CLI(runCli({"run", kDemo + "retail.segment.json", "--quiet", "--export", dir_.filePath("batch")}), 0);
        batch_ = membersOf(dir_.filePath("batch"));
    }

    void queueMessagesEndWithTheBatchMembers()
    {
        const QString d = dir_.filePath("queue/");
        const QStringList messages = prepareProject(d);
        // The last message is malformed: once it is in the dead letter, every message before it
        // (one queue, one consumer: in order) has been handled.
        writeFile(d + "in.ndjson", (messages.join('\n') + "\n{\"customer_id\":1,sentinel\n").toUtf8());
        const QString url = rabbit_.url() + "?queue=ev1";
        const CliResult published = runCli({"publish", d + "in.ndjson", "--to", url});
        EXPECT_CLI(published, 0);
        QVERIFY2(published.err.contains(QStringLiteral("publish: %1 messages").arg(messages.size() + 1)),
                 qPrintable(published.err));
        QCOMPARE(rabbit_.ctl({"list_queues", "name", "type", "durable"}).filter("ev1"), QStringList{"ev1\tquorum\ttrue"});

        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH), {"stream", d + "g.segment.json", "--from", url + "&prefetch=300", "--notify",
                                               d + "t.ndjson", "--dead-letter", d + "dead.ndjson", "--report",
                                               d + "r.json", "--export", d + "live"});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        waitForStderr(p, err, "ready in");
        for (int i = 0; i < 300 && !readFile(d + "dead.ndjson").contains("sentinel"); ++i)
            QTest::qWait(100);
        QVERIFY2(readFile(d + "dead.ndjson").contains("sentinel"), err.constData());
        stopStream(p, err);
        QCOMPARE(membersOf(d + "live"), batch_);
        const QJsonObject stream = QJsonDocument::fromJson(readFile(d + "r.json")).object()["stream"].toObject();
        QCOMPARE(stream["events"].toInt(), messages.size());
        QCOMPARE(stream["dead_lettered"].toInt(), 1);
        const QJsonObject dead = QJsonDocument::fromJson(readFile(d + "dead.ndjson")).object();
        QVERIFY2(dead["position"].toString().startsWith("ev1 delivery "), qPrintable(dead["position"].toString()));

        // Everything was acknowledged: unacknowledged messages would return to the queue when
        // the first consumer's connection closed, and a second consumer would get them.
        QProcess second;
        second.start(QStringLiteral(SEG_CLI_PATH), {"stream", d + "g.segment.json", "--from", url, "--notify",
                                                    d + "t2.ndjson", "--report", d + "r2.json"});
        QVERIFY(second.waitForStarted());
        QByteArray err2;
        waitForStderr(second, err2, "ready in");
        QTest::qWait(1000);
        stopStream(second, err2);
        QCOMPARE(QJsonDocument::fromJson(readFile(d + "r2.json")).object()["stream"].toObject()["messages"].toInt(), 0);
    }

    // The broker closes the stream's connection: the stream says so, reconnects with backoff,
    // consumes again and handles all 2,000 messages published afterwards.
    void aClosedConnectionIsRetriedAndReported()
    {
        const QString d = dir_.filePath("closed/");
        const QStringList messages = prepareProject(d).mid(0, 2000);
        writeFile(d + "in.ndjson", (messages.join('\n') + "\n{\"customer_id\":1,sentinel\n").toUtf8());
        const QString url = rabbit_.url() + "?queue=ev2";
        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH), {"stream", d + "g.segment.json", "--from", url, "--notify", d + "t.ndjson",
                                               "--dead-letter", d + "dead.ndjson", "--report", d + "r.json"});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        waitForStderr(p, err, "ready in");
        rabbit_.ctl({"close_all_connections", "test"});
        EXPECT_CLI(runCli({"publish", d + "in.ndjson", "--to", url, "--quiet"}), 0);
        for (int i = 0; i < 300 && !readFile(d + "dead.ndjson").contains("sentinel"); ++i) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QVERIFY2(readFile(d + "dead.ndjson").contains("sentinel"), err.constData());
        stopStream(p, err);
        QVERIFY2(err.contains("went away") && err.contains("is back after"), err.constData());
        const QJsonObject stream = QJsonDocument::fromJson(readFile(d + "r.json")).object()["stream"].toObject();
        QCOMPARE(stream["events"].toInt(), messages.size());
        QCOMPARE(stream["duplicates"].toInt(), 0);
    }

    // stream --state on a queue, killed after a batch was logged but before it was
    // acknowledged (SEGSTUDIO_STATE_FAULT): RabbitMQ delivers the batch again with new delivery
    // tags, and the stream recognises each message by the message_id publish set, so nothing
    // is handled twice. Profile updates make a second handling visible: a customer who opts
    // out of e-mail and into SMS enters "SMS but no e-mail", then opts in to e-mail again and
    // leaves; handled twice, the pair would enter and leave once more. The triggers must equal
    // one uninterrupted run's, line for line.
    void aKilledStreamWithStateHandlesEachRedeliveredMessageOnce()
    {
        const QString d = dir_.filePath("state/");
        QStringList messages = prepareProject(d).mid(0, 1200);
        for (int i = 0; i < 10; ++i) {
            const int customer = 100001 + 37 * i;
            messages.insert(100 * i + 10, QStringLiteral(R"({"kind":"profile","customer_id":%1,"set":{"email_opt_in":false,"sms_opt_in":true}})").arg(customer));
            messages.insert(100 * i + 60, QStringLiteral(R"({"kind":"profile","customer_id":%1,"set":{"email_opt_in":true}})").arg(customer));
        }
        writeFile(d + "in.ndjson", messages.join('\n').toUtf8() + "\n");
        EXPECT_CLI(runCli({"stream", d + "g.segment.json", "--from", d + "in.ndjson", "--notify", d + "ref.ndjson",
                           "--export", d + "ref", "--quiet"}),
                   0);
        const QString url = rabbit_.url() + "?queue=ev3";
        EXPECT_CLI(runCli({"publish", d + "in.ndjson", "--to", url, "--quiet"}), 0);
        const QStringList args{"stream", d + "g.segment.json", "--from", url + "&prefetch=100", "--notify",
                               d + "out.ndjson", "--state", d + "st", "--snapshot-messages", "400"};
        for (const char* fault : {"after-log:2", "after-log:3", "after-sinks:2", "after-log:1"}) {
            QProcess stream;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("SEGSTUDIO_STATE_FAULT", fault);
            stream.setProcessEnvironment(env);
            stream.setProcessChannelMode(QProcess::MergedChannels);
            stream.start(QStringLiteral(SEG_CLI_PATH), args);
            QVERIFY(stream.waitForStarted());
            QVERIFY(stream.waitForFinished(60'000));
            QVERIFY2(stream.exitStatus() == QProcess::CrashExit, qPrintable(QString(fault) + ": " + stream.readAll()));
        }
        QProcess last;
        last.start(QStringLiteral(SEG_CLI_PATH), args + QStringList{"--export", d + "live"});
        QVERIFY(last.waitForStarted());
        QByteArray err;
        waitForStderr(last, err, "ready in");
        for (int i = 0; i < 300 && triggerCount(d + "out.ndjson") < triggerCount(d + "ref.ndjson"); ++i)
            QTest::qWait(100);
        QTest::qWait(300); // a repeat, if any, would come right after
        stopStream(last, err);
        QCOMPARE(triggerLines(d + "out.ndjson"), triggerLines(d + "ref.ndjson"));
        QCOMPARE(membersOf(d + "live"), membersOf(d + "ref"));
    }

    void wrongCredentialsFailWithTheReason()
    {
        QString url = rabbit_.url();
        url.replace("guest:guest@", "guest:wrong@");
        const CliResult r = runCli({"stream", kDemo + "retail.segment.json", "--from", url + "?queue=x", "--notify", "-"});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains("cannot connect to the rabbitmq source amqp://guest:***@127.0.0.1:"), qPrintable(r.err));
        QVERIFY2(r.err.contains("login as 'guest'"), qPrintable(r.err));
    }

private:
    RabbitServer rabbit_;
    QTemporaryDir dir_;
    std::map<QString, std::set<QString>> batch_;
};

QTEST_GUILESS_MAIN(TestRabbitmqStream)
#include "test_rabbitmq_stream.moc"
