// `segstudio-cli stream --from http://127.0.0.1:PORT/events`: producers POST NDJSON or JSON
// arrays with a bearer token. The demo project is imported with half of its events and the
// other half is POSTed; the batch run over all events is the reference. A 202 must mean the
// request's changes are already in the sink; rejected lines are listed by number; a full
// queue answers 503 with Retry-After.
#include "broker_server.h"
#include "demo_stream.h"
#include "http_test_support.h"

#include <QProcessEnvironment>
#include <QRegularExpression>

#include <thread>

namespace {

const QByteArray kToken = "tok-3f9a";

QByteArray ndjson(const QStringList& messages)
{
    return (messages.join('\n') + "\n").toUtf8();
}

QByteArray jsonArray(const QStringList& messages)
{
    return ("[" + messages.join(',') + "]").toUtf8();
}

QList<QByteArray> nonEmptyLines(const QByteArray& text)
{
    QList<QByteArray> out;
    for (const QByteArray& line : text.split('\n'))
        if (!line.isEmpty())
            out << line;
    return out;
}

QJsonObject jsonOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

// The value of one sample line of a /metrics page, or -1.
double sample(const QByteArray& page, const QString& series)
{
    for (const QByteArray& line : page.split('\n'))
        if (line.startsWith((series + ' ').toUtf8()))
            return line.mid(series.size() + 1).toDouble();
    return -1;
}

} // namespace

class TestHttpSource : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        QVERIFY(dir_.isValid());
        EXPECT_CLI(runCli({"run", kDemo + "retail.segment.json", "--quiet", "--export", dir_.filePath("batch")}), 0);
        batch_ = membersOf(dir_.filePath("batch"));
        QCOMPARE(batch_.at("s_vip_big_basket").size(), size_t(43));
    }

    // The streamed half POSTed in requests of 100 (NDJSON and JSON arrays in turn): the live
    // members equal the batch run's. Each trigger is already in the sink file when the 202
    // of the request holding its event arrives; a request sent again changes nothing.
    void membersEqualTheBatchAndA202ComesAfterTheSinkWrite()
    {
        const QString d = dir_.filePath("members/");
        const QStringList messages = prepareProject(d);
        writeFile(d + "token", kToken + "\n");
        const quint16 port = freeLoopbackPort();
        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH),
                {"stream", d + "g.segment.json", "--from", QStringLiteral("http://127.0.0.1:%1/events").arg(port), "--notify",
                 d + "t.ndjson", "--http-token-file", d + "token", "--report", d + "r.json", "--export", d + "live"});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        waitForStderr(p, err, "ready in");

        std::map<QString, int> requestOf; // event id -> request
        std::vector<qsizetype> triggersAt202;
        constexpr int kChunk = 100;
        for (int from = 0, r = 0; from < messages.size(); from += kChunk, ++r) {
            const QStringList chunk = messages.mid(from, kChunk);
            const HttpAnswer a = httpRequest(port, "/events", kToken, r % 2 ? jsonArray(chunk) : ndjson(chunk));
            QVERIFY2(a.status == 202, a.body.constData());
            QCOMPARE(jsonOf(a.body)["accepted"].toInt(), chunk.size());
            QCOMPARE(jsonOf(a.body)["rejected"].toArray().size(), 0);
            triggersAt202.push_back(nonEmptyLines(readFile(d + "t.ndjson")).size());
            for (const QString& m : chunk)
                requestOf[QJsonDocument::fromJson(m.toUtf8()).object()["event_id"].toString()] = r;
        }
        const QList<QByteArray> triggers = nonEmptyLines(readFile(d + "t.ndjson"));
        QVERIFY(triggers.size() > 0);
        std::set<int> requestsWithTriggers;
        for (qsizetype k = 0; k < triggers.size(); ++k) {
            const QString eventId = jsonOf(triggers[k])["event_id"].toString();
            QVERIFY2(requestOf.count(eventId), qPrintable(eventId));
            const int r = requestOf.at(eventId);
            QVERIFY2(k < triggersAt202[size_t(r)],
                     qPrintable(QStringLiteral("trigger %1 (event %2) was not in the sink when request %3 got its 202")
                                    .arg(k).arg(eventId).arg(r)));
            requestsWithTriggers.insert(r);
        }
        QVERIFY(requestsWithTriggers.size() >= 2);

        // A client that missed the 202 sends again: accepted, de-duplicated, no new trigger.
        const HttpAnswer again = httpRequest(port, "/events", kToken, ndjson(messages.mid(0, kChunk)));
        QVERIFY2(again.status == 202, again.body.constData());
        QCOMPARE(nonEmptyLines(readFile(d + "t.ndjson")).size(), triggers.size());

        stopStream(p, err);
        QCOMPARE(membersOf(d + "live"), batch_);
        const QJsonObject stream = jsonOf(readFile(d + "r.json"))["stream"].toObject();
        QCOMPARE(stream["events"].toInt(), messages.size());
        QCOMPARE(stream["duplicates"].toInt(), kChunk);
    }

    // A missing or wrong token gets 401 (with WWW-Authenticate) and reaches nothing; other
    // paths 404, other methods 405; refusals are reported on stderr. The token comes from
    // SEGSTUDIO_HTTP_TOKEN here.
    void aBadTokenGets401AndNothingIsApplied()
    {
        const QString d = dir_.filePath("token/");
        const QStringList messages = prepareProject(d);
        const quint16 port = freeLoopbackPort();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("SEGSTUDIO_HTTP_TOKEN", QString::fromUtf8(kToken));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SEG_CLI_PATH), {"stream", d + "g.segment.json", "--from",
                                               QStringLiteral("http://127.0.0.1:%1/events").arg(port), "--notify",
                                               d + "t.ndjson", "--report", d + "r.json"});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        waitForStderr(p, err, "ready in");
        const HttpAnswer wrong = httpRequest(port, "/events", "tok-3f9b", ndjson(messages));
        QCOMPARE(wrong.status, 401L);
        QVERIFY2(wrong.headers.contains("WWW-Authenticate: Bearer"), wrong.headers.constData());
        QCOMPARE(jsonOf(wrong.body)["error"].toString(), QString("wrong bearer token"));
        QCOMPARE(httpRequest(port, "/events", {}, ndjson(messages)).status, 401L);
        QCOMPARE(httpRequest(port, "/other", kToken, ndjson(messages)).status, 404L);
        QCOMPARE(httpRequest(port, "/events", kToken, {}, true).status, 405L);
        stopStream(p, err);
        QVERIFY2(err.contains("answered 401 (wrong bearer token), 1 time so far"), err.constData()); // reported
        QCOMPARE(jsonOf(readFile(d + "r.json"))["stream"].toObject()["messages"].toInt(), 0);
        QVERIFY(readFile(d + "t.ndjson").isEmpty());

        // Without a token the endpoint does not start; a non-loopback address must be meant.
        const CliResult none = runCli({"stream", d + "g.segment.json", "--from", "http://127.0.0.1:1/events", "--notify", "-"});
        EXPECT_CLI(none, 1);
        QVERIFY2(none.err.contains("needs a secret: --http-token-file FILE (its first line) or the environment variable "
                                   "SEGSTUDIO_HTTP_TOKEN"),
                 qPrintable(none.err));
        const CliResult open = runCli({"stream", d + "g.segment.json", "--from", "http://0.0.0.0:1/events", "--notify", "-"});
        EXPECT_CLI(open, 1);
        QVERIFY2(open.err.contains("add ?public=1 to mean it"), qPrintable(open.err));
    }

    // Invalid lines are listed by number with the intake's reason (422) while the valid ones
    // are applied; a body that cannot be read at all is a 400 with nothing applied. The
    // dead letter names each rejected line's request and line; /metrics counts it all.
    void invalidLinesAreListedAndTheValidOnesAccepted()
    {
        const QString d = dir_.filePath("invalid/");
        const QStringList m = prepareProject(d);
        writeFile(d + "token", kToken + "\n");
        const quint16 port = freeLoopbackPort(), metricsPort = freeLoopbackPort();
        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH),
                {"stream", d + "g.segment.json", "--from", QStringLiteral("http://127.0.0.1:%1/events").arg(port), "--notify",
                 d + "t.ndjson", "--http-token-file", d + "token", "--dead-letter", d + "dead.ndjson", "--report", d + "r.json",
                 "--metrics", QStringLiteral("127.0.0.1:%1").arg(metricsPort)});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        waitForStderr(p, err, "ready in");

        QString badTime = m[1];
        badTime.replace(QRegularExpression("\"ts\":\"[^\"]*\""), "\"ts\":\"not a time\"");
        const HttpAnswer a = httpRequest(port, "/events", kToken, (m[0] + "\n{oops\n\n" + badTime + "\n" + m[2]).toUtf8());
        QVERIFY2(a.status == 422, a.body.constData());
        QCOMPARE(jsonOf(a.body)["accepted"].toInt(), 2);
        const QJsonArray rejected = jsonOf(a.body)["rejected"].toArray();
        QCOMPARE(rejected.size(), 2);
        QCOMPARE(rejected[0].toObject()["line"].toInt(), 2);
        QVERIFY2(rejected[0].toObject()["reason"].toString().startsWith("malformed JSON"), a.body.constData());
        QCOMPARE(rejected[1].toObject()["line"].toInt(), 4);
        QVERIFY2(rejected[1].toObject()["reason"].toString().contains("\"ts\""), a.body.constData());

        const HttpAnswer items = httpRequest(port, "/events", kToken, ("[" + m[3] + ",42," + m[4] + "]").toUtf8());
        QVERIFY2(items.status == 422, items.body.constData());
        QCOMPARE(jsonOf(items.body)["accepted"].toInt(), 2);
        QCOMPARE(jsonOf(items.body)["rejected"].toArray().size(), 1);
        QCOMPARE(jsonOf(items.body)["rejected"].toArray()[0].toObject()["line"].toInt(), 2);

        const HttpAnswer broken = httpRequest(port, "/events", kToken, ("[" + m[5] + ",").toUtf8());
        QCOMPARE(broken.status, 400L);
        QVERIFY2(jsonOf(broken.body)["error"].toString().contains("not a JSON array"), broken.body.constData());
        QCOMPARE(httpRequest(port, "/events", kToken, " \n\n").status, 400L);

        const QList<QByteArray> dead = nonEmptyLines(readFile(d + "dead.ndjson"));
        QCOMPARE(dead.size(), 3);
        QCOMPARE(jsonOf(dead[0])["position"].toString(), QString("http request 1 line 2"));
        QCOMPARE(jsonOf(dead[1])["position"].toString(), QString("http request 1 line 4"));
        QCOMPARE(jsonOf(dead[1])["message"].toString(), badTime);
        QCOMPARE(jsonOf(dead[2])["position"].toString(), QString("http request 2 line 2"));

        const QByteArray page = httpRequest(metricsPort, "/metrics", {}, {}, true).body;
        QCOMPARE(sample(page, "segstudio_http_requests_total{code=\"422\"}"), 2.0);
        QCOMPARE(sample(page, "segstudio_http_requests_total{code=\"400\"}"), 2.0);
        QCOMPARE(sample(page, "segstudio_http_accepted_messages_total"), 4.0);
        QCOMPARE(sample(page, "segstudio_http_rejected_lines_total"), 3.0);
        QCOMPARE(sample(page, "segstudio_http_queued_messages"), 0.0); // all taken
        stopStream(p, err);
        QCOMPARE(jsonOf(readFile(d + "r.json"))["stream"].toObject()["events"].toInt(), 4);
    }

    // Defect found here: without --metrics the stream handles a run of messages together,
    // and every dead letter of the run was given the position of the run's last message
    // ("line 3" for a bad line 2). Each now names its own.
    void deadLetterPositionIsTheMessagesOwnNotTheRunsLast()
    {
        const QString d = dir_.filePath("position/");
        const QStringList m = prepareProject(d);
        writeFile(d + "token", kToken + "\n");
        const quint16 port = freeLoopbackPort();
        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH),
                {"stream", d + "g.segment.json", "--from", QStringLiteral("http://127.0.0.1:%1/events").arg(port), "--notify",
                 d + "t.ndjson", "--http-token-file", d + "token", "--dead-letter", d + "dead.ndjson"});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        waitForStderr(p, err, "ready in");
        const HttpAnswer a = httpRequest(port, "/events", kToken, (m[0] + "\n{bad\n" + m[1] + "\n" + m[2]).toUtf8());
        QVERIFY2(a.status == 422, a.body.constData());
        stopStream(p, err);
        const QList<QByteArray> dead = nonEmptyLines(readFile(d + "dead.ndjson"));
        QCOMPARE(dead.size(), 1);
        QCOMPARE(jsonOf(dead[0])["position"].toString(), QString("http request 1 line 2"));
    }

    // A body over max_body is refused (413). While the stream is held up (its webhook sink is
    // down and retried), requests wait; past max_queue waiting messages a request gets 503
    // with Retry-After. On SIGTERM the held batch's changes go to the dead letter, so its
    // request gets its 202; the request still queued gets 503 (send it again).
    void limitsGive413And503WhenBehind()
    {
        const QString d = dir_.filePath("limits/");
        const QStringList messages = prepareProject(d);
        writeFile(d + "m.ndjson", ndjson(messages));
        writeFile(d + "token", kToken + "\n");
        writeFile(d + "secret", "whsec\n");
        // The first message that changes a segment (from a file-fed run: an independent pass).
        EXPECT_CLI(runCli({"stream", d + "g.segment.json", "--from", d + "m.ndjson", "--notify", d + "probe.ndjson", "--quiet"}), 0);
        const QString changingId = jsonOf(nonEmptyLines(readFile(d + "probe.ndjson")).first())["event_id"].toString();
        QString changing;
        for (const QString& m : messages)
            if (m.contains("\"event_id\":\"" + changingId + "\""))
                changing = m;
        QVERIFY(!changing.isEmpty());

        const quint16 port = freeLoopbackPort(), downPort = freeLoopbackPort();
        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH),
                {"stream", d + "g.segment.json", "--from",
                 QStringLiteral("http://127.0.0.1:%1/events?max_queue=1&max_body=4000").arg(port), "--notify",
                 QStringLiteral("http://127.0.0.1:%1/hook?backoff_ms=100&max_backoff_ms=200&max_retries=1000").arg(downPort),
                 "--http-token-file", d + "token", "--webhook-secret-file", d + "secret", "--dead-letter", d + "dead.ndjson"});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        waitForStderr(p, err, "ready in");
        QCOMPARE(httpRequest(port, "/events", kToken, QByteArray(4001, ' ')).status, 413L);

        HttpAnswer held, queued;
        std::thread first([&] { held = httpRequest(port, "/events", kToken, changing.toUtf8()); });
        waitForStderr(p, err, "retry 1 of 1000");
        std::thread second([&] { queued = httpRequest(port, "/events", kToken, messages[0].toUtf8()); });
        std::this_thread::sleep_for(std::chrono::milliseconds(500)); // it waits in the queue
        const HttpAnswer refused = httpRequest(port, "/events", kToken, messages[1].toUtf8());
        QCOMPARE(refused.status, 503L);
        QVERIFY2(refused.headers.contains("Retry-After: 1"), refused.headers.constData());
        QVERIFY2(jsonOf(refused.body)["error"].toString().contains("the stream is behind"), refused.body.constData());

        stopStream(p, err);
        first.join();
        second.join();
        QVERIFY2(held.status == 202, held.body.constData());
        QVERIFY2(queued.status == 503, queued.body.constData());
        const QList<QByteArray> dead = nonEmptyLines(readFile(d + "dead.ndjson"));
        QVERIFY(!dead.isEmpty());
        for (const QByteArray& line : dead) {
            QCOMPARE(jsonOf(line)["change"].toObject()["event_id"].toString(), changingId);
            QVERIFY2(jsonOf(line)["reason"].toString().contains("stopped while the webhook failed"), line.constData());
        }
    }

private:
    QTemporaryDir dir_;
    std::map<QString, std::set<QString>> batch_;
};

QTEST_GUILESS_MAIN(TestHttpSource)
#include "test_http_source.moc"
