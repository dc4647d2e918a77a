// The Live dock listening to a real RabbitMQ queue (issue 14), started here on loopback by
// scripts/broker-servers.sh: Test Connection reports the messages ready; the demo with half of
// its events imported, listening to the other half, ends with the batch members of every set;
// the lag (ready messages, from a passive queue.declare) is > 0 at the start and 0 at the end;
// the queue is left with nothing ready and nothing unacknowledged (the dock acknowledged all);
// a broker whose application stops is named, retried, and recovered when it starts again.
#include "live_broker_fixture.h"

#include "live/broker_dialog.h"
#include "live/live_feed_model.h"
#include "live/live_panel.h"

#include <QLocale>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

class TestLiveRabbitMq : public QObject {
    Q_OBJECT
    std::unique_ptr<HalfStreamedDemo> demo_;
    RabbitServer rabbit_;

private Q_SLOTS:
    void initTestCase()
    {
        demo_ = std::make_unique<HalfStreamedDemo>();
        QString why;
        QVERIFY2(demo_->prepare(why), qPrintable(why));
        QVERIFY2(rabbit_.start(why), qPrintable(why));
    }

    void listensToAQueueAndEndsWithTheBatchCounts()
    {
        const QString base = rabbit_.url(); // amqp://guest:guest@127.0.0.1:PORT/%2f
        const QString url = base + "?queue=segment-studio-preview";
        const uint64_t n = demo_->messages.size();
        {
            auto publisher = openPublisher(url.toStdString(), 1);
            for (const std::string& m : demo_->messages)
                publisher->add(0, m, {});
            publisher->flush();
        }
        // Test Connection: the ready count of a quorum queue settles a moment after the publish
        // (its log commits asynchronously), so ask until it shows all.
        BrokerDialog dialog(*brokerFormFromUrl(url, nullptr));
        const QString ready = QStringLiteral("Queue “segment-studio-preview”: %1 message(s) ready")
                                  .arg(QLocale().toString(static_cast<qulonglong>(n)));
        for (int i = 0; i < 50 && !dialog.message().contains(ready); ++i) {
            if (i > 0)
                QTest::qWait(200);
            dialog.testConnection();
            QVERIFY(dialog.waitForTest());
        }
        QVERIFY2(dialog.message().contains(ready), qPrintable(dialog.message()));

        LivePanel panel(&demo_->doc, &demo_->data);
        panel.feed()->setCapacity(1'000'000);
        LiveReplayController* c = panel.controller();
        c->setUpdateInterval(50);
        std::vector<uint64_t> lags;
        connect(c, &LiveReplayController::updated, this, [&] {
            if (c->latest().broker && c->latest().broker->lag)
                lags.push_back(*c->latest().broker->lag);
        });
        LiveReplaySettings s;
        s.source = LiveSource::Broker;
        s.brokerUrl = url;
        s.clock = LiveClock::Fixed;
        s.fixedDay = *demo_->doc.graph().asOf;
        panel.setSettings(s);
        QVERIFY2(panel.startReplay(), qPrintable(panel.statusText()));
        QVERIFY2(c->waitFor([&] { return c->messagesDone() == n && c->latest().broker->lag == 0u; }, 60000),
                 qPrintable(panel.connectionText() + "\n" + panel.statusText()));
        // The first measure comes before the first read; the broker may already have pushed up
        // to the prefetch (256) messages to the consumer, which RabbitMQ no longer counts as ready.
        QVERIFY2(!lags.empty() && lags.front() + 256 >= n && lags.front() <= n,
                 qPrintable(QStringLiteral("first lag %1 of %2").arg(lags.empty() ? -1 : qint64(lags.front())).arg(n)));
        QVERIFY(c->waitFor([&] { return c->latest().counters.messages == n; }));
        const LiveUpdate& u = c->latest();
        QCOMPARE(u.counters.events, n);
        const RunResult batch = demo_->batch();
        for (const auto& [ref, set] : batch.sets)
            QVERIFY2(u.counts.at(ref) == set->count(), ref.c_str());
        QVERIFY2(panel.connectionText().startsWith(QStringLiteral("Connected to RabbitMQ at 127.0.0.1:")),
                 qPrintable(panel.connectionText()));
        panel.stopReplay();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }, 5000));
        // All acknowledged: nothing ready, nothing unacknowledged (the connection is closed).
        const QStringList queues = rabbit_.ctl({"list_queues", "name", "messages_ready", "messages_unacknowledged"});
        QVERIFY2(queues.join('\n').contains(QRegularExpression("segment-studio-preview\\s+0\\s+0")),
                 qPrintable(queues.join('\n')));
    }

    // The broker's application stops (connections closed, nothing listening) and starts again:
    // the dock names it, retries, reconnects by itself and handles what is published then.
    void brokerThatGoesAwayIsShownAndRecovers()
    {
        const QString url = rabbit_.url() + "?queue=outage";
        LivePanel panel(&demo_->doc, &demo_->data);
        LiveReplayController* c = panel.controller();
        c->setUpdateInterval(50);
        LiveReplaySettings s;
        s.source = LiveSource::Broker;
        s.brokerUrl = url;
        s.clock = LiveClock::Fixed;
        s.fixedDay = *demo_->doc.graph().asOf;
        panel.setSettings(s);
        QVERIFY(panel.startReplay());
        QVERIFY2(c->waitFor([&] { return c->latest().broker && c->latest().broker->connected; }, 20000),
                 qPrintable(panel.connectionText()));
        rabbit_.ctl({"stop_app"});
        QVERIFY2(c->waitFor([&] { return panel.connectionText().contains(QStringLiteral("is not reachable")); }, 30000),
                 qPrintable(panel.connectionText()));
        QVERIFY(panel.connectionText().startsWith(QStringLiteral("RabbitMQ at 127.0.0.1:")));
        rabbit_.ctl({"start_app"});
        QVERIFY2(c->waitFor([&] { return c->latest().broker->connected; }, 60000), qPrintable(panel.connectionText()));
        QCOMPARE(c->latest().broker->reconnects, uint64_t(1));
        {
            auto publisher = openPublisher(url.toStdString(), 1);
            for (size_t i = 0; i < 100; ++i)
                publisher->add(0, demo_->messages[i], {});
            publisher->flush();
        }
        QVERIFY2(c->waitFor([&] { return c->latest().counters.messages == 100 && c->latest().broker->lag == 0u; }, 30000),
                 qPrintable(panel.connectionText() + "\n" + panel.statusText()));
        panel.stopReplay();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }, 5000));
    }
};

QTEST_MAIN(TestLiveRabbitMq)
#include "test_live_rabbitmq.moc"
