// The Live dock listening to a real Redis stream (issue 14), started here on loopback by
// scripts/broker-servers.sh: the demo project with half of its events imported listens to the
// other half published to the stream and ends with exactly the members of a batch run over all
// events (computed here); the lag is what waits before the first read and 0 once caught up,
// grows while paused; the dock acknowledges what it handled (XINFO: nothing pending, no lag);
// a server that goes away is named in plain words with the retry countdown and the dock
// recovers when it comes back; Stop answers at once even while retrying; dead letters are
// counted by reason; the password never shows. The URL form and Test Connection too.
#include "live_broker_fixture.h"

#include "live/broker_dialog.h"
#include "live/live_feed_model.h"
#include "live/live_panel.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

QString num(uint64_t n) { return QLocale().toString(static_cast<qulonglong>(n)); }

LiveReplaySettings brokerSettings(const Graph& g, const QString& url)
{
    LiveReplaySettings s;
    s.source = LiveSource::Broker;
    s.brokerUrl = url;
    s.clock = LiveClock::Fixed;
    s.fixedDay = *g.asOf;
    return s;
}

// Every set of the batch run has the listener's count.
void compareWithBatch(const LiveUpdate& u, const RunResult& batch)
{
    size_t compared = 0;
    for (const auto& [ref, set] : batch.sets) {
        const auto it = u.counts.find(ref);
        QVERIFY2(it != u.counts.end(), ref.c_str());
        QVERIFY2(it->second == set->count(),
                 qPrintable(QStringLiteral("%1: live %2, batch %3")
                                .arg(QString::fromStdString(ref))
                                .arg(it->second)
                                .arg(set->count())));
        ++compared;
    }
    QVERIFY(compared >= 20);
}

} // namespace

class TestLiveBroker : public QObject {
    Q_OBJECT
    std::unique_ptr<HalfStreamedDemo> demo_;
    RunResult batch_;

private Q_SLOTS:
    void initTestCase()
    {
        demo_ = std::make_unique<HalfStreamedDemo>();
        QString why;
        QVERIFY2(demo_->prepare(why), qPrintable(why));
        QVERIFY(demo_->messages.size() > 10000);
        batch_ = demo_->batch();
    }

    // Published before the start: the lag is every message at the first measure (taken before
    // the first read), then 0; the end is the batch result; the group has nothing pending.
    // Paused, new messages wait (the lag grows); resumed, they are handled and the lag is 0.
    void listensToARedisStreamAndEndsWithTheBatchCounts()
    {
        RestartableRedis redis;
        QString why;
        QVERIFY2(redis.start(why), qPrintable(why));
        const uint64_t n = demo_->messages.size();
        redis.publish("events", demo_->messages);

        // Test Connection before listening: the group does not exist yet, all entries will be read.
        const QString url = redis.url("stream=events&group=segment-studio-preview&consumer=test");
        BrokerDialog dialog(*brokerFormFromUrl(url, nullptr));
        dialog.testConnection();
        QVERIFY(dialog.waitForTest());
        QVERIFY2(dialog.message().contains(QStringLiteral("Connected")) && dialog.message().contains(num(n))
                     && dialog.message().contains(QStringLiteral("does not exist yet")),
                 qPrintable(dialog.message()));
        QVERIFY(redis.groupField("events", "segment-studio-preview", "lag").isEmpty()); // the test created nothing

        LivePanel panel(&demo_->doc, &demo_->data);
        panel.feed()->setCapacity(1'000'000);
        LiveReplayController* c = panel.controller();
        c->setUpdateInterval(50);
        std::vector<std::pair<uint64_t, uint64_t>> lags; // (messages handled, lag) as the GUI saw them
        connect(c, &LiveReplayController::updated, this, [&] {
            const LiveUpdate& u = c->latest();
            if (u.broker && u.broker->lag)
                lags.emplace_back(u.counters.messages, *u.broker->lag);
        });
        panel.setSettings(brokerSettings(demo_->doc.graph(), url));
        QVERIFY2(panel.startReplay(), qPrintable(panel.statusText()));
        QVERIFY(
            c->waitFor([&] { return c->messagesDone() == n && c->latest().broker && c->latest().broker->lag == 0u; }));
        QVERIFY2(!lags.empty() && lags.front().second == n,
                 qPrintable(
                     QStringLiteral("first lag %1 of %2").arg(lags.empty() ? -1 : qint64(lags.front().second)).arg(n)));
        QVERIFY(c->waitFor([&] { return c->latest().counters.messages == n; }));
        const LiveUpdate& u = c->latest();
        QCOMPARE(u.state, LiveState::Running); // a broker never ends
        QCOMPARE(u.counters.events, n);
        QCOMPARE(u.counters.deadLettered + u.sourceDeadLettered, uint64_t(0));
        compareWithBatch(u, batch_);
        QCOMPARE(panel.feed()->total(), u.counters.changes);
        QVERIFY2(
            panel.connectionText().startsWith(QStringLiteral("Connected to Redis at 127.0.0.1:%1").arg(redis.port()))
                && panel.connectionText().contains(QStringLiteral("lag: 0 waiting")),
            qPrintable(panel.connectionText()));
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Listening")), qPrintable(panel.statusText()));
        // A real consumer: everything acknowledged, nothing left for the group.
        QCOMPARE(redis.groupField("events", "segment-studio-preview", "pending"), QStringLiteral("0"));
        QCOMPARE(redis.groupField("events", "segment-studio-preview", "lag"), QStringLiteral("0"));

        // Paused: what arrives waits in the stream, and the lag (still measured) shows it.
        panel.pauseReplay();
        QVERIFY(c->waitFor([c] { return c->state() == LiveState::Paused; }, 5000));
        std::vector<std::string> more;
        for (int i = 0; i < 25; ++i) // new customers: each profile update enters "not"-type segments at once
            more.push_back(
                QStringLiteral(R"({"kind":"profile","customer_id":"%1","set":{}})").arg(900000 + i).toStdString());
        redis.publish("events", more);
        QVERIFY2(c->waitFor([c] { return c->latest().broker->lag == 25u; }, 10000), qPrintable(panel.connectionText()));
        QCOMPARE(c->messagesDone(), n);
        const size_t customersBefore = c->latest().universe;
        panel.resumeReplay();
        QVERIFY(c->waitFor([&] { return c->messagesDone() == n + 25 && c->latest().broker->lag == 0u; }));
        QVERIFY(c->waitFor([&] { return c->latest().universe == customersBefore + 25; }));
        QCOMPARE(c->latest().counters.createdCustomers, uint64_t(25));

        panel.stopReplay();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }, 5000));
        QCOMPARE(c->state(), LiveState::Stopped);
        QVERIFY(panel.connectionText().startsWith(QStringLiteral("Stopped listening to Redis")));
        QCOMPARE(redis.groupField("events", "segment-studio-preview", "pending"), QStringLiteral("0"));
    }

    // The server goes away mid-stream: the dock says so in plain words with the retry
    // countdown, keeps its state, and when the server is back (empty: no persistence) it
    // reconnects by itself and handles what is published then; the end is the batch result.
    void brokerThatGoesAwayIsShownAndRecovers()
    {
        RestartableRedis redis;
        QString why;
        QVERIFY2(redis.start(why), qPrintable(why));
        const std::vector<std::string> first(demo_->messages.begin(), demo_->messages.begin() + 5000);
        const std::vector<std::string> rest(demo_->messages.begin() + 5000, demo_->messages.end());
        redis.publish("events", first);
        LivePanel panel(&demo_->doc, &demo_->data);
        LiveReplayController* c = panel.controller();
        c->setUpdateInterval(50);
        panel.setSettings(brokerSettings(demo_->doc.graph(), redis.url("stream=events&group=g&consumer=c")));
        QVERIFY(panel.startReplay());
        QVERIFY(c->waitFor([&] { return c->latest().counters.messages == first.size(); }));

        redis.stop();
        const QString gone = QStringLiteral("Redis at 127.0.0.1:%1 is not reachable").arg(redis.port());
        QVERIFY2(c->waitFor(
                     [&] {
                         return panel.connectionText().contains(gone)
                             && panel.connectionText().contains(QStringLiteral("retrying in"));
                     },
                     15000),
                 qPrintable(panel.connectionText()));
        QVERIFY2(panel.connectionText().contains(QStringLiteral("Connection refused")),
                 qPrintable(panel.connectionText()));
        QVERIFY(c->isActive());
        QCOMPARE(c->latest().counters.messages, uint64_t(first.size()));
        QCOMPARE(c->latest().broker->connected, false);

        QVERIFY2(redis.start(why), qPrintable(why));
        QVERIFY2(c->waitFor([&] { return c->latest().broker->connected; }, 20000), qPrintable(panel.connectionText()));
        QCOMPARE(c->latest().broker->reconnects, uint64_t(1));
        redis.publish("events", rest);
        QVERIFY(c->waitFor(
            [&] { return c->latest().counters.messages == demo_->messages.size() && c->latest().broker->lag == 0u; }));
        QVERIFY2(panel.connectionText().contains(QStringLiteral("reconnected 1 time")),
                 qPrintable(panel.connectionText()));
        compareWithBatch(c->latest(), batch_);
        panel.stopReplay();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }, 5000));
    }

    // Nothing listens on the port: the dock retries (and says so); Stop ends it at once. The
    // password is in the settings (memory) and nowhere on the screen.
    void stopAnswersAtOnceWhileRetryingAndThePasswordNeverShows()
    {
        const quint16 port = freeLoopbackPort();
        const QString url
            = QStringLiteral("redis://reader:s3cr%40t@127.0.0.1:%1/0?stream=events&group=g&consumer=c").arg(port);
        LivePanel panel(&demo_->doc, &demo_->data);
        LiveReplayController* c = panel.controller();
        c->setUpdateInterval(50);
        panel.setSettings(brokerSettings(demo_->doc.graph(), url));
        QCOMPARE(panel.settings().brokerUrl, url);
        QVERIFY(!panel.shownBrokerUrl().contains(QStringLiteral("s3cr")));
        QVERIFY(panel.shownBrokerUrl().contains(QStringLiteral("reader:***@")));
        QVERIFY(panel.startReplay());
        QVERIFY2(c->waitFor([&] { return panel.connectionText().contains(QStringLiteral("is not reachable")); }, 10000),
                 qPrintable(panel.connectionText()));
        QVERIFY(c->waitFor([&] { return c->latest().broker->retryInSeconds >= 2; }, 10000)); // the backoff grows
        for (const QString& text : {panel.connectionText(), panel.statusText(), panel.shownBrokerUrl()})
            QVERIFY2(!text.contains(QStringLiteral("s3cr")), qPrintable(text));
        QElapsedTimer t;
        t.start();
        panel.stopReplay();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }, 5000));
        QVERIFY2(t.elapsed() < 1000, qPrintable(QStringLiteral("Stop took %1 ms").arg(t.elapsed())));
        QCOMPARE(c->state(), LiveState::Stopped);
    }

    // Messages the intake rejects and entries without a message are dead letters, counted by
    // reason, the most frequent first; the good ones around them are handled.
    void deadLettersAreCountedByReason()
    {
        RestartableRedis redis;
        QString why;
        QVERIFY2(redis.start(why), qPrintable(why));
        redis.publish("events", {"{broken", demo_->messages[0], "{broken"});
        redis.cli({"XADD", "events", "*", "payload", "no data field here"});
        LivePanel panel(&demo_->doc, &demo_->data);
        LiveReplayController* c = panel.controller();
        c->setUpdateInterval(50);
        panel.setSettings(brokerSettings(demo_->doc.graph(), redis.url("stream=events&group=g&consumer=c")));
        QVERIFY(panel.startReplay());
        QVERIFY(c->waitFor([&] { return c->latest().counters.messages == 3 && c->latest().sourceDeadLettered == 1; }));
        const LiveUpdate& u = c->latest();
        QCOMPARE(u.counters.deadLettered, uint64_t(2));
        QCOMPARE(u.counters.events, uint64_t(1));
        QCOMPARE(u.deadLetterReasons.size(), size_t(2));
        QVERIFY2(u.deadLetterReasons[0].first.startsWith(QStringLiteral("malformed JSON")),
                 qPrintable(u.deadLetterReasons[0].first));
        QCOMPARE(u.deadLetterReasons[0].second, uint64_t(2));
        QVERIFY(u.deadLetterReasons[1].first.contains(QStringLiteral("no 'data' field")));
        QCOMPARE(u.deadLetterReasons[1].second, uint64_t(1));
        QVERIFY2(panel.statusText().contains(QStringLiteral("3 dead-lettered")), qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().contains(QStringLiteral("Dead letters by reason: 2 × malformed JSON")),
                 qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().contains(QStringLiteral("last dead letter: events entry ")),
                 qPrintable(panel.statusText()));
        QVERIFY(c->waitFor([&] { return redis.groupField("events", "g", "pending") == QStringLiteral("0"); }, 5000));
        panel.stopReplay();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }, 5000));
    }

    // The form builds the URL the connectors read, percent-escaping what needs it; a URL read
    // back gives the same form; the shown URL hides the password; problems are named.
    void brokerFormAndUrlRoundTrip()
    {
        BrokerForm redis;
        redis.host = "cache.internal";
        redis.port = 6380;
        redis.database = "2";
        redis.stream = "web events";
        redis.user = "reader";
        redis.password = "p@ss:w/rd&?";
        redis.options = {{"count", "100"}};
        const QString url = brokerUrl(redis, true);
        QCOMPARE(url,
                 QStringLiteral("redis://reader:p%40ss%3Aw%2Frd%26%3F@cache.internal:6380/2?stream=web%20events&"
                                "group=segment-studio-preview&consumer=segment-studio&count=100"));
        QCOMPARE(*brokerFormFromUrl(url, nullptr), redis);
        QCOMPARE(brokerUrl(redis, false),
                 QStringLiteral("redis://reader:***@cache.internal:6380/2?stream=web%20events&"
                                "group=segment-studio-preview&consumer=segment-studio&count=100"));
        QCOMPARE(redactedBrokerUrl(url), brokerUrl(redis, false));
        QCOMPARE(brokerAddress(url), QStringLiteral("Redis at cache.internal:6380"));

        BrokerForm rabbit;
        rabbit.kind = BrokerKind::RabbitMq;
        rabbit.stream = "preview";
        rabbit.group.clear();
        rabbit.consumer.clear();
        rabbit.user = "guest";
        rabbit.password = "guest";
        QCOMPARE(brokerUrl(rabbit, true), QStringLiteral("amqp://guest:guest@127.0.0.1:5672/%2F?queue=preview"));
        QCOMPARE(*brokerFormFromUrl(brokerUrl(rabbit, true), nullptr), [&] {
            BrokerForm f = rabbit;
            f.port = 5672;
            f.database = "/";
            return f;
        }());

        QVERIFY(checkBrokerUrl(QStringLiteral("redis://h:1/0?group=g&consumer=c")).contains(QStringLiteral("stream")));
        QVERIFY(checkBrokerUrl(QStringLiteral("redis://h:1/0?stream=s&consumer=c")).contains(QStringLiteral("group")));
        QVERIFY(checkBrokerUrl(QStringLiteral("redis://h:1/0?stream=s&group=g&consumer=c&x=1"))
                    .contains(QStringLiteral("“x”")));
        QVERIFY(checkBrokerUrl(QStringLiteral("amqp://h/%2f")).contains(QStringLiteral("queue")));
        QVERIFY(checkBrokerUrl(QStringLiteral("http://h/events")).contains(QStringLiteral("http")));
        QVERIFY(checkBrokerUrl(QStringLiteral("redis://h:1/x?stream=s&group=g&consumer=c"))
                    .contains(QStringLiteral("database")));
        QVERIFY(checkBrokerUrl(QStringLiteral("redis://h:1/0?stream=s&group=g&consumer=c")).isEmpty());

        // The connectors' errors, reduced to their reason.
        const QString u = QStringLiteral("redis://a:b@h:1/0?stream=s&group=g&consumer=c");
        const QString shown = redactedBrokerUrl(u);
        QCOMPARE(plainBrokerReason("cannot connect to the redis source " + shown + ": Connection refused", u),
                 QStringLiteral("Connection refused"));
        QCOMPARE(plainBrokerReason(
                     "stopped while the redis source " + shown + " was unreachable (Server closed the connection)", u),
                 QStringLiteral("Server closed the connection"));
        QCOMPARE(
            plainBrokerReason("redis source " + shown + ": WRONGTYPE Operation against a key (XREADGROUP GROUP)", u),
            QStringLiteral("WRONGTYPE Operation against a key (XREADGROUP GROUP)"));
    }

    // The dialog: a pasted URL fills the fields (its password into the password field, the
    // URL line showing ***); another broker kind takes its default port; an incomplete form
    // is not accepted.
    void brokerDialogFillsFromAPastedUrl()
    {
        BrokerDialog d{BrokerForm{}};
        QVERIFY(d.setUrl(QStringLiteral("redis://u:secret@10.0.0.5:6390/1?stream=clicks&group=mine&consumer=me")));
        const BrokerForm f = d.form();
        QCOMPARE(f.host, QStringLiteral("10.0.0.5"));
        QCOMPARE(f.port, 6390);
        QCOMPARE(f.stream, QStringLiteral("clicks"));
        QCOMPARE(f.group, QStringLiteral("mine"));
        QCOMPARE(f.password, QStringLiteral("secret"));
        QCOMPARE(d.shownUrl(), QStringLiteral("redis://u:***@10.0.0.5:6390/1?stream=clicks&group=mine&consumer=me"));
        QVERIFY(d.setUrl(d.shownUrl())); // the shown URL pasted back keeps the password
        QCOMPARE(d.form().password, QStringLiteral("secret"));
        QVERIFY(!d.setUrl(QStringLiteral("redis://h:1/0?group=g&consumer=c")));
        QVERIFY(d.message().contains(QStringLiteral("stream")));

        BrokerForm rabbit;
        rabbit.kind = BrokerKind::RabbitMq;
        BrokerDialog r(rabbit);
        QCOMPARE(r.form().port, 5672);
        QVERIFY(r.shownUrl().startsWith(QStringLiteral("amqp://127.0.0.1:5672/%2F?queue=")));
        r.accept(); // no queue yet
        QCOMPARE(r.result(), int(QDialog::Rejected));
        QVERIFY(r.message().contains(QStringLiteral("queue")));
    }
};

QTEST_MAIN(TestLiveBroker)
#include "test_live_broker.moc"
