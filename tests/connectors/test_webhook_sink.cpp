// `segstudio-cli stream --notify http://...`: changes POSTed to a webhook receiver started
// here (libmicrohttpd on loopback) that fails its first requests in different ways. The NDJSON
// sink beside it is the reference: the webhook must get exactly the same changes in the same
// order, each request signed (checked with OpenSSL here) and after a permanent failure every
// change must be in the dead letter.
#include "broker_server.h"
#include "demo_stream.h"
#include "http_test_support.h"

#include "connectors/connector_secrets.h"

#include <QProcessEnvironment>

namespace {

const QByteArray kSecret = "whsec_5b1f";

QStringList changeIdsOfLines(const QByteArray& ndjson)
{
    QStringList ids;
    for (const QByteArray& line : ndjson.split('\n'))
        if (!line.isEmpty())
            ids << QJsonDocument::fromJson(line).object()["change_id"].toString();
    return ids;
}

QJsonArray changesOf(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).array();
}

double sample(const QByteArray& page, const QString& series)
{
    for (const QByteArray& line : page.split('\n'))
        if (line.startsWith((series + ' ').toUtf8()))
            return line.mid(series.size() + 1).toDouble();
    return -1;
}

} // namespace

class TestWebhookSink : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        QVERIFY(dir_.isValid());
    }

    // RFC 4231 test cases 1 and 2, and the signature header's form.
    void hmacMatchesRfc4231()
    {
        QCOMPARE(seg::hmacSha256Hex(std::string(20, '\x0b'), "Hi There"),
                 std::string("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        QCOMPARE(seg::hmacSha256Hex("Jefe", "what do ya want for nothing?"),
                 std::string("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
        QCOMPARE(QByteArray::fromStdString(seg::webhookSignature("Jefe", 1700000000, "[]")),
                 "t=1700000000,v1=" + referenceHmacHex("Jefe", "1700000000.[]"));
    }

    // The receiver answers 500, 503, too late (past timeout_ms), 429 with Retry-After: 1, then
    // 200. Every change arrives once, in the order of the NDJSON sink (so per customer too),
    // in batches of at most batch_size; a retry repeats the same body and Idempotency-Key; the
    // request after the 429 waits the second it asked for; every signature verifies; /metrics
    // counts the retries.
    void retriesDeliverEveryChangeInOrderSigned()
    {
        const QString d = dir_.filePath("retries/");
        const QStringList messages = prepareProject(d);
        writeFile(d + "secret", kSecret + "\n");
        WebhookReceiver receiver({500, 503, 0, 429}, 200, 800);
        QVERIFY(receiver.port() != 0);
        const quint16 metricsPort = freeLoopbackPort();
        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH),
                {"stream", d + "g.segment.json", "--from", "-", "--notify",
                 QStringLiteral("http://127.0.0.1:%1/hook?batch_size=7&backoff_ms=20&max_backoff_ms=100&timeout_ms=300&team=a")
                     .arg(receiver.port()),
                 "--notify", d + "t.ndjson", "--webhook-secret-file", d + "secret", "--dead-letter", d + "dead.ndjson",
                 "--metrics", QStringLiteral("127.0.0.1:%1").arg(metricsPort)});
        QVERIFY(p.waitForStarted());
        p.write((messages.join('\n') + "\n{sentinel\n").toUtf8());
        QByteArray err;
        for (int i = 0; i < 600 && !readFile(d + "dead.ndjson").contains("sentinel"); ++i) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QVERIFY2(readFile(d + "dead.ndjson").contains("sentinel"), err.constData());
        const QByteArray page = httpRequest(metricsPort, "/metrics", {}, {}, true).body;
        stopStream(p, err);

        const QStringList expected = changeIdsOfLines(readFile(d + "t.ndjson"));
        QVERIFY(expected.size() > 20);
        const std::vector<WebhookReceiver::Received> got = receiver.received();
        QStringList delivered;
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        for (size_t i = 0; i < got.size(); ++i) {
            const WebhookReceiver::Received& r = got[i];
            const QJsonArray changes = changesOf(r.body);
            QVERIFY(!changes.isEmpty() && changes.size() <= 7);
            // Signature: t=<seconds>,v1=HMAC(secret, "<t>.<body>"), recomputed here.
            const QList<QByteArray> parts = r.signature.split(',');
            QCOMPARE(parts.size(), qsizetype(2));
            QVERIFY(parts[0].startsWith("t=") && parts[1].startsWith("v1="));
            QCOMPARE(parts[1].mid(3), referenceHmacHex(kSecret, parts[0].mid(2) + "." + r.body));
            QVERIFY(std::abs(parts[0].mid(2).toLongLong() - std::chrono::duration_cast<std::chrono::seconds>(now).count()) < 300);
            QCOMPARE(r.idempotencyKey.size(), qsizetype(32));
            QCOMPARE(r.team, QByteArray("a"));               // the receiver's own parameter stays
            QCOMPARE(r.batchSize, QByteArray("(none)"));     // the sink's options do not reach it
            if (r.status != 200) { // failed: the next request is the same batch again
                QVERIFY(i + 1 < got.size());
                QCOMPARE(got[i + 1].body, r.body);
                QCOMPARE(got[i + 1].idempotencyKey, r.idempotencyKey);
                QCOMPARE(got[i + 1].attempt.toInt(), r.attempt.toInt() + 1);
                if (r.status == 429)
                    QVERIFY2(got[i + 1].at - r.at >= std::chrono::milliseconds(990),
                             qPrintable("Retry-After: 1 was not honoured: " + QString::fromUtf8(err)));
                continue;
            }
            for (const QJsonValue& c : changes)
                delivered << c.toObject()["change_id"].toString();
        }
        QCOMPARE(got[0].status, 500);
        QCOMPARE(got[3].status, 429);
        QCOMPARE(delivered, expected); // exactly once each, in the sink's order
        QVERIFY2(err.contains("retry 1 of 8"), err.constData());
        QVERIFY2(err.contains("took the batch after 5 tries"), err.constData());
        QCOMPARE(sample(page, "segstudio_webhook_retries_total"), 4.0);
        QCOMPARE(sample(page, "segstudio_webhook_failures_total"), 4.0);
        QCOMPARE(sample(page, "segstudio_webhook_requests_total"), double(got.size()));
        QCOMPARE(sample(page, "segstudio_webhook_delivered_changes_total"), double(expected.size()));
        QCOMPARE(sample(page, "segstudio_webhook_dead_lettered_total"), 0.0);
        QCOMPARE(readFile(d + "dead.ndjson").count('\n'), 1); // the sentinel only
    }

    // A receiver that always answers 500: after max_retries the changes are in the dead
    // letter, all of them, in order, with the reason; one that answers 400 is not retried.
    void aPermanentFailureDeadLettersEveryChange()
    {
        for (const int status : {500, 400}) {
            const QString d = dir_.filePath(QStringLiteral("down%1/").arg(status));
            const QStringList messages = prepareProject(d);
            writeFile(d + "m.ndjson", (messages.join('\n') + "\n").toUtf8());
            WebhookReceiver receiver({}, status);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("SEGSTUDIO_WEBHOOK_SECRET", QString::fromUtf8(kSecret));
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(SEG_CLI_PATH),
                    {"stream", d + "g.segment.json", "--from", d + "m.ndjson", "--notify",
                     QStringLiteral("http://127.0.0.1:%1/hook?batch_size=50&max_retries=2&backoff_ms=5").arg(receiver.port()),
                     "--notify", d + "t.ndjson", "--dead-letter", d + "dead.ndjson", "--quiet"});
            QVERIFY(p.waitForFinished(60'000));
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, err.constData());

            const QStringList expected = changeIdsOfLines(readFile(d + "t.ndjson"));
            QVERIFY(expected.size() > 20);
            QStringList dead;
            for (const QByteArray& line : readFile(d + "dead.ndjson").split('\n')) {
                if (line.isEmpty())
                    continue;
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                dead << o["change"].toObject()["change_id"].toString();
                const QString reason = o["reason"].toString();
                QVERIFY2(reason.contains(QStringLiteral("HTTP %1").arg(status)), qPrintable(reason));
                QVERIFY2(reason.contains(status == 500 ? "after 3 tries (max_retries=2)" : "not retried"), qPrintable(reason));
            }
            QCOMPARE(dead, expected);
            // Each batch was tried 3 times (500) or once (400), then the next one.
            const std::vector<WebhookReceiver::Received> got = receiver.received();
            const size_t tries = status == 500 ? 3 : 1;
            QCOMPARE(got.size() % tries, size_t(0));
            QStringList sent;
            for (size_t i = 0; i < got.size(); i += tries) {
                for (size_t t = 1; t < tries; ++t)
                    QCOMPARE(got[i + t].body, got[i].body);
                const QJsonArray changes = changesOf(got[i].body);
                QVERIFY(changes.size() <= 50);
                for (const QJsonValue& c : changes)
                    sent << c.toObject()["change_id"].toString();
            }
            QCOMPARE(sent, expected);
        }
    }

private:
    QTemporaryDir dir_;
};

QTEST_GUILESS_MAIN(TestWebhookSink)
#include "test_webhook_sink.moc"
