// `stream --metrics 127.0.0.1:PORT`: a scrape of /metrics while the stream runs reports what
// the stream did, checked against independent counts: the messages written to it, the
// triggers file per segment, and the members the final --export holds per segment.
#include "broker_server.h"
#include "demo_stream.h"

#include <QRegularExpression>
#include <QTcpSocket>

namespace {

// One HTTP/1.0 GET on loopback: the status line and the body.
std::pair<QString, QString> httpGet(quint16 port, const QString& path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path.toUtf8() + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    reply += socket.readAll();
    const QString text = QString::fromUtf8(reply);
    const qsizetype split = text.indexOf("\r\n\r\n");
    return {text.section("\r\n", 0, 0), split < 0 ? QString() : text.mid(split + 4)};
}

// The value of one sample line ("name{labels} value"), or -1.
double sample(const QString& page, const QString& series)
{
    for (const QString& line : page.split('\n'))
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toDouble();
    return -1;
}

} // namespace

class TestStreamMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scrapeMatchesWhatTheStreamDid()
    {
        QTemporaryDir dir;
        const QString d = dir.path() + "/";
        const QStringList messages = prepareProject(d).mid(0, 3000);
        const quint16 port = freeLoopbackPort();
        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH), {"stream", d + "g.segment.json", "--from", "-", "--notify", d + "t.ndjson",
                                               "--dead-letter", d + "dead.ndjson", "--export", d + "live", "--metrics",
                                               QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(p.waitForStarted());
        p.write((messages.join('\n') + "\n" + messages.first() + "\n{sentinel\n").toUtf8());
        QByteArray err;
        for (int i = 0; i < 300 && !readFile(d + "dead.ndjson").contains("sentinel"); ++i) {
            p.waitForReadyRead(100);
            err += p.readAllStandardError();
        }
        QVERIFY2(readFile(d + "dead.ndjson").contains("sentinel"), err.constData());

        const auto [status, page] = httpGet(port, "/metrics");
        QVERIFY2(status.contains("200"), qPrintable(status));
        QVERIFY(page.contains("# TYPE segstudio_event_to_change_seconds histogram"));
        QCOMPARE(sample(page, "segstudio_messages_total"), double(messages.size() + 2));
        QCOMPARE(sample(page, "segstudio_events_total"), double(messages.size()));
        QCOMPARE(sample(page, "segstudio_duplicates_total"), 1.0);
        QCOMPARE(sample(page, "segstudio_dead_lettered_total"), 1.0);
        QVERIFY(httpGet(port, "/other").first.contains("404"));

        // Triggers per segment and change, counted from the file.
        std::map<QString, int> triggers;
        int total = 0;
        for (const QByteArray& line : readFile(d + "t.ndjson").split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject t = QJsonDocument::fromJson(line).object();
            ++triggers[t["segment"].toString() + "\",change=\"" + t["change"].toString()];
            ++total;
        }
        QVERIFY(total > 0);
        for (const auto& [s, name] : demoSegments())
            for (const char* change : {"enter", "exit"}) {
                const QString key = s + "\",change=\"" + change;
                QCOMPARE(sample(page, "segstudio_changes_total{segment=\"" + key + "\"}"),
                         double(triggers.count(key) ? triggers.at(key) : 0));
            }
        // Every trigger is in the latency histogram; the buckets are cumulative.
        QCOMPARE(sample(page, "segstudio_event_to_change_seconds_count"), double(total));
        QCOMPARE(sample(page, "segstudio_event_to_change_seconds_bucket{le=\"+Inf\"}"), double(total));
        double previous = 0;
        for (const QString& line : page.split('\n'))
            if (line.startsWith("segstudio_event_to_change_seconds_bucket")) {
                const double v = line.section(' ', -1).toDouble();
                QVERIFY2(v >= previous, qPrintable(line));
                previous = v;
            }

        stopStream(p, err);
        // The member gauges equal the members exported at the end (no message came since).
        for (const auto& [segment, keys] : membersOf(d + "live"))
            QCOMPARE(sample(page, "segstudio_segment_members{segment=\"" + segment + "\"}"), double(keys.size()));
    }

    void badAddressIsRefused()
    {
        const CliResult r = runCli({"stream", kDemo + "retail.segment.json", "--from", "-", "--notify", "-", "--metrics",
                                    "localhost:http"});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains("--metrics takes an IPv4 address and port such as 127.0.0.1:9464"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestStreamMetrics)
#include "test_stream_metrics.moc"
