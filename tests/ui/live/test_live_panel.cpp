// The Live dock on the demo project (resources/demo: 2,000 customers, 30,000 events): its
// controller replays the project's events through the live engine on a worker thread and
// ends with exactly the batch engine's members for every set (the batch run computed here,
// independently); the cards show those counts; Pause holds the worker and Resume goes on;
// Stop leaves counts equal to a fresh engine fed the same messages; the feed is bounded and
// its CSV export reads back to the same rows.
#include "canvas/node_scene.h"
#include "data/csv_reader.h"
#include "document/document.h"
#include "exec/runner.h"
#include "live/live_chart.h"
#include "live/live_feed_model.h"
#include "live/live_panel.h"
#include "live/replay_source.h"
#include "session/data_session.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace seg;
using namespace seg::ui;

namespace {

RunResult batchAt(const Graph& g, const Dataset& data, int32_t asOf)
{
    RunOptions o;
    o.strategy = Strategy::Sequential;
    o.threads = 1;
    o.asOf = asOf;
    return runGraph(g, data, o);
}

// The members of every set reference after feeding a fresh engine (started without the
// imported events) the first `messages` messages of the project's events.
std::map<std::string, size_t> referenceCounts(const Graph& g, std::shared_ptr<const Dataset> data, uint64_t messages,
                                              const std::vector<std::string>& refs)
{
    LiveEngine engine(g, *data, *g.asOf);
    engine.start([](size_t) { return false; });
    LiveIntake intake(engine, LiveIntakeOptions{});
    auto source = makeProjectEventsSource(data);
    std::string line;
    std::vector<LiveChange> changes;
    std::vector<DeadLetter> dead;
    for (uint64_t i = 0; i < messages && source->next(line); ++i)
        intake.processLine(line, i + 1, changes, dead);
    std::map<std::string, size_t> out;
    for (const auto& ref : refs)
        out[ref] = engine.members(ref).count();
    return out;
}

std::vector<std::string> keysOf(const std::map<std::string, size_t>& m)
{
    std::vector<std::string> out;
    for (const auto& [k, v] : m)
        out.push_back(k);
    return out;
}

LiveReplaySettings demoSettings(const Graph& g, LivePace pace, double rate)
{
    LiveReplaySettings s;
    s.source = LiveSource::ProjectEvents;
    s.pace = pace;
    s.rate = rate;
    s.clock = LiveClock::Fixed;
    s.fixedDay = *g.asOf;
    return s;
}

} // namespace

class TestLivePanel : public QObject {
    Q_OBJECT
    Document doc_;
    DataSession data_;

private Q_SLOTS:
    void initTestCase()
    {
        QStringList errors;
        QVERIFY2(doc_.load(QStringLiteral(SEG_SOURCE_DIR "/resources/demo/retail.segment.json"), &errors),
                 qPrintable(errors.join('\n')));
        const Graph& g = doc_.graph();
        data_.setDataset(std::make_shared<Dataset>(
            loadDataset(g.customers, g.resolve(g.customers.path), g.events, g.resolve(g.events->path))));
    }

    // The whole replay ends with the batch members of every set at as_of, on the controller's
    // totals and on the canvas cards; every enter and exit is in the feed, and the start
    // counts plus the enters minus the exits give the end counts.
    void replayOfTheDemoEndsWithTheBatchCounts()
    {
        const Graph& g = doc_.graph();
        LivePanel panel(&doc_, &data_);
        NodeScene scene(&doc_, nullptr, nullptr);
        connect(&panel, &LivePanel::liveCounts, &scene, &NodeScene::setLiveCounts);
        connect(&panel, &LivePanel::liveCountsCleared, &scene, &NodeScene::clearLiveCounts);
        panel.feed()->setCapacity(1'000'000);
        panel.controller()->setUpdateInterval(50);
        panel.setSettings(demoSettings(g, LivePace::Fastest, 0));
        QVERIFY2(panel.startReplay(), qPrintable(panel.statusText()));
        LiveReplayController* c = panel.controller();
        QVERIFY(c->waitFor([c] { return c->state() == LiveState::Finished || c->state() == LiveState::Failed; }));
        QVERIFY2(c->state() == LiveState::Finished, qPrintable(c->latest().error));
        QVERIFY(!c->isActive());

        const LiveUpdate& u = c->latest();
        qInfo("replayed %llu messages in %.3f s (%.0f messages/s, with the GUI updates)",
              static_cast<unsigned long long>(u.counters.messages), u.seconds, double(u.counters.messages) / u.seconds);
        QCOMPARE(u.counters.messages, uint64_t(data_.dataset()->events->rows()));
        QCOMPARE(u.clock, *g.asOf);
        const RunResult batch = batchAt(g, *data_.dataset(), *g.asOf);
        size_t compared = 0;
        for (const auto& [ref, set] : batch.sets) {
            const auto it = u.counts.find(ref);
            QVERIFY2(it != u.counts.end(), ref.c_str());
            QVERIFY2(it->second == set->count(), qPrintable(QStringLiteral("%1: live %2, batch %3")
                                                                .arg(QString::fromStdString(ref))
                                                                .arg(it->second)
                                                                .arg(set->count())));
            ++compared;
        }
        QVERIFY(compared >= 20);
        QVERIFY(u.counters.changes > 0);
        QCOMPARE(panel.feed()->total(), u.counters.changes);
        QCOMPARE(uint64_t(panel.feed()->shown()), u.counters.changes);

        // Start (no events) + enters - exits = end, per segment.
        const auto start = referenceCounts(g, data_.dataset(), 0, keysOf(u.counts));
        std::map<std::string, int64_t> net;
        for (const LiveFeedRow& r : panel.feed()->rowsOldestFirst())
            net[r.segmentId.toStdString()] += r.enter ? 1 : -1;
        for (const Node& n : g.nodes)
            if (n.type == NodeType::Segment)
                QCOMPARE(int64_t(start.at(n.id)) + net[n.id], int64_t(u.counts.at(n.id)));

        // The cards show the replay's counts (the live overlay), with the live status.
        for (const Node& n : g.nodes) {
            if (n.type == NodeType::Derive)
                continue;
            const NodeItem* item = scene.nodeItem(QString::fromStdString(n.id));
            QVERIFY(item);
            QCOMPARE(item->liveState().status, NodeLiveState::Status::Live);
            QCOMPARE(*item->liveState().members, u.counts.at(n.id));
            if (const Bitset* set = batch.members(n.id)) // split and priority: their ports are sets
                QCOMPARE(*item->liveState().members, set->count());
        }
        QVERIFY(panel.chart()->pointCount() > 0);
        QVERIFY2(panel.statusText().contains(QStringLiteral("clock 2024-12-31 (fixed)")), qPrintable(panel.statusText()));
        QVERIFY(panel.statusText().contains(QStringLiteral("0 dead-lettered")));

        // Clear: the cards go back to the preview (no overlay), the feed empties.
        panel.clearReplay();
        QVERIFY(!scene.showsLiveCounts());
        QCOMPARE(panel.feed()->total(), uint64_t(0));
        QCOMPARE(c->state(), LiveState::Idle);
    }

    // Pause holds the worker (no message handled while paused, on the worker's own counter and
    // on what the GUI shows); Resume goes on; Stop ends with a state a fresh engine fed the
    // same messages agrees with, and a new replay can start.
    void pauseResumeAndStop()
    {
        const Graph& g = doc_.graph();
        LivePanel panel(&doc_, &data_);
        panel.feed()->setCapacity(1'000'000);
        LiveReplayController* c = panel.controller();
        c->setUpdateInterval(50);
        panel.setSettings(demoSettings(g, LivePace::EventsPerSecond, 5000));
        QElapsedTimer sinceStart;
        sinceStart.start();
        QVERIFY(panel.startReplay());
        QVERIFY(c->waitFor([c] { return c->messagesDone() > 300; }, 10000));
        panel.pauseReplay();
        QVERIFY(c->waitFor([c] { return c->state() == LiveState::Paused; }, 5000));
        const uint64_t atPause = c->messagesDone();
        // The pace holds: never more than 5,000 messages per second (a slow machine only lags).
        QVERIFY2(double(atPause) <= 5000.0 * double(sinceStart.elapsed()) / 1000.0 + 5,
                 qPrintable(QStringLiteral("%1 messages in %2 ms").arg(atPause).arg(sinceStart.elapsed())));
        QCOMPARE(c->latest().counters.messages, atPause);
        QTest::qWait(400);
        QCOMPARE(c->messagesDone(), atPause);
        QCOMPARE(c->latest().counters.messages, atPause);
        QVERIFY(atPause < data_.dataset()->events->rows());

        panel.resumeReplay();
        QVERIFY(c->waitFor([&] { return c->messagesDone() > atPause + 300; }, 10000));
        QVERIFY(c->state() == LiveState::Running);

        panel.stopReplay();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }, 5000));
        QCOMPARE(c->state(), LiveState::Stopped);
        const LiveUpdate& u = c->latest();
        QCOMPARE(u.counters.messages, c->messagesDone());
        QVERIFY(u.counters.messages < data_.dataset()->events->rows());
        QCOMPARE(panel.feed()->total(), u.counters.changes);
        const auto reference = referenceCounts(g, data_.dataset(), u.counters.messages, keysOf(u.counts));
        for (const auto& [ref, count] : reference)
            QVERIFY2(u.counts.at(ref) == count, ref.c_str());

        // Stopped is over: a new replay starts from scratch.
        QVERIFY(panel.startReplay());
        QCOMPARE(panel.feed()->total(), uint64_t(0));
        panel.stopReplay();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }, 5000));
    }

    // With the event-time clock the replay starts at the first event's day and ends at the
    // last one's, with the members a batch run at that day gives.
    void eventTimeClockEndsAtTheLastEventWithTheBatchCounts()
    {
        const Graph& g = doc_.graph();
        LivePanel panel(&doc_, &data_);
        LiveReplaySettings s = demoSettings(g, LivePace::Fastest, 0);
        s.clock = LiveClock::EventTime;
        panel.setSettings(s);
        QVERIFY(panel.startReplay());
        LiveReplayController* c = panel.controller();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }));
        QCOMPARE(c->state(), LiveState::Finished);
        const EventTable& ev = *data_.dataset()->events;
        const Column& time = ev.table.columns[size_t(ev.timeColumn)];
        int64_t last = INT64_MIN;
        for (size_t r = 0; r < ev.rows(); ++r)
            if (!time.isNull(r))
                last = std::max(last, time.type() == DataType::Date ? int64_t(time.dateAt(r)) * kMicrosPerDay : time.intAt(r));
        QCOMPARE(c->latest().clock, dayOfTimestamp(last));
        QVERIFY2(panel.statusText().contains(QStringLiteral("(event time)")), qPrintable(panel.statusText()));
        const RunResult batch = batchAt(g, *data_.dataset(), c->latest().clock);
        for (const auto& [ref, set] : batch.sets)
            QVERIFY2(c->latest().counts.at(ref) == set->count(), ref.c_str());
    }

    // Times real time: the events' own pace sped up. At 20 days of events per second, the
    // event-time clock moves, but never further than 20 days per second of replay.
    void timesRealTimeFollowsTheEventsPace()
    {
        const Graph& g = doc_.graph();
        LivePanel panel(&doc_, &data_);
        LiveReplaySettings s = demoSettings(g, LivePace::TimesRealTime, 20 * 86400.0);
        s.clock = LiveClock::EventTime;
        panel.setSettings(s);
        LiveReplayController* c = panel.controller();
        c->setUpdateInterval(50);
        QElapsedTimer sinceStart;
        sinceStart.start();
        QVERIFY(panel.startReplay());
        QVERIFY(c->waitFor([c] { return c->state() == LiveState::Running; }, 10000));
        const int32_t firstDay = c->latest().clock;
        QTest::qWait(600);
        panel.stopReplay();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }, 5000));
        const double seconds = double(sinceStart.elapsed()) / 1000.0;
        const int32_t moved = c->latest().clock - firstDay;
        QVERIFY2(moved >= 1 && moved <= 20.0 * seconds + 1,
                 qPrintable(QStringLiteral("%1 days in %2 s").arg(moved).arg(seconds)));
        QVERIFY(c->latest().counters.messages < data_.dataset()->events->rows());
    }

    // A file replay starts from the imported data (all events): with no valid event of a known
    // customer the counts stay the batch ones; a broken line is dead-lettered and counted.
    void fileReplayCountsDeadLetters()
    {
        const Graph& g = doc_.graph();
        QTemporaryDir dir;
        const QString path = dir.filePath("messages.ndjson");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{broken\n"
                "{\"event_id\":\"x1\",\"customer_id\":999999999,\"ts\":\"2024-12-30 10:00:00\",\"event_type\":\"purchase\","
                "\"amount\":5,\"product_category\":null}\n");
        f.close();
        LivePanel panel(&doc_, &data_);
        LiveReplaySettings s = demoSettings(g, LivePace::Fastest, 0);
        s.source = LiveSource::File;
        s.filePath = path;
        panel.setSettings(s);
        QVERIFY(panel.startReplay());
        LiveReplayController* c = panel.controller();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }));
        QCOMPARE(c->state(), LiveState::Finished);
        QCOMPARE(c->latest().counters.deadLettered, uint64_t(1));
        QCOMPARE(c->latest().counters.unknownCustomers, uint64_t(1));
        QVERIFY2(panel.statusText().contains(QStringLiteral("1 dead-lettered")), qPrintable(panel.statusText()));
        QVERIFY(panel.statusText().contains(QStringLiteral("line 1:")));
        const RunResult batch = batchAt(g, *data_.dataset(), *g.asOf);
        for (const auto& [ref, set] : batch.sets)
            QCOMPARE(c->latest().counts.at(ref), set->count());
    }

    // A graph the engine cannot run (a condition on a column the data lacks) fails on the
    // worker with the engine's message naming the node; nothing moves on the cards.
    void engineRefusalIsShownAndNamesTheNode()
    {
        Document doc;
        QStringList errors;
        QVERIFY(doc.load(QStringLiteral(SEG_SOURCE_DIR "/resources/demo/retail.segment.json"), &errors));
        Node broken = *doc.graph().find("c_big_orders");
        broken.condition.field = "no_such_column";
        doc.changeNode(broken);
        LivePanel panel(&doc, &data_);
        bool cardsMoved = false;
        connect(&panel, &LivePanel::liveCounts, this, [&] { cardsMoved = true; });
        panel.setSettings(demoSettings(doc.graph(), LivePace::Fastest, 0));
        QVERIFY(panel.startReplay());
        LiveReplayController* c = panel.controller();
        QVERIFY(c->waitFor([c] { return !c->isActive(); }));
        QCOMPARE(c->state(), LiveState::Failed);
        QVERIFY2(panel.statusText().contains(QStringLiteral("Cannot replay")), qPrintable(panel.statusText()));
        QVERIFY2(panel.statusText().contains(QStringLiteral("c_big_orders")), qPrintable(panel.statusText()));
        QVERIFY(!cardsMoved);
    }

    void startWithoutWhatItNeedsSaysWhy()
    {
        DataSession empty;
        LivePanel panel(&doc_, &empty);
        QVERIFY(!panel.startReplay());
        QVERIFY(panel.statusText().contains(QStringLiteral("No data is loaded")));
        LivePanel withData(&doc_, &data_);
        LiveReplaySettings s = demoSettings(doc_.graph(), LivePace::Fastest, 0);
        s.source = LiveSource::File;
        withData.setSettings(s);
        QVERIFY(!withData.startReplay());
        QVERIFY(withData.statusText().contains(QStringLiteral("Choose the NDJSON file")));
    }

    // The feed keeps the newest rows up to its capacity and counts all; the CSV export writes
    // the kept rows oldest first and reads back (RFC 4180, the project's CSV reader) to the
    // same fields, commas, quotes and line breaks included.
    void feedIsBoundedAndItsCsvRoundTrips()
    {
        LiveFeedModel feed;
        feed.setCapacity(5);
        std::vector<LiveFeedRow> rows;
        for (int i = 0; i < 12; ++i) {
            LiveFeedRow r;
            r.time = QStringLiteral("2024-12-%1 10:00:00").arg(10 + i);
            r.segmentId = QStringLiteral("s_%1").arg(i % 3);
            r.segment = i == 9 ? QStringLiteral("VIP, \"gold\"\nand more") : QStringLiteral("Segment %1").arg(i % 3);
            r.key = QString::number(100000 + i);
            r.enter = i % 2 == 0;
            r.eventId = i == 10 ? QString() : QStringLiteral("e%1").arg(i);
            r.cause = i == 10 ? QStringLiteral("clock:2025-01-01") : QStringLiteral("event:e%1").arg(i);
            r.changeId = QStringLiteral("c%1").arg(i);
            rows.push_back(r);
        }
        feed.append({rows.begin(), rows.begin() + 4});
        feed.append({rows.begin() + 4, rows.end()}, 3); // 3 more happened that never arrived
        QCOMPARE(feed.total(), uint64_t(15));
        QCOMPARE(feed.shown(), size_t(5));
        QCOMPARE(feed.rowAt(0), rows[11]); // newest first
        QCOMPARE(feed.data(feed.index(1, LiveFeedModel::Event)).toString(), QStringLiteral("(clock)"));
        const std::vector<LiveFeedRow> kept(rows.begin() + 7, rows.end());
        QCOMPARE(feed.rowsOldestFirst(), kept);

        QTemporaryDir dir;
        const QString path = dir.filePath("feed.csv");
        feed.exportCsv(path.toStdString());
        CsvReader reader(path.toStdString(), ',');
        CsvRecord rec;
        QVERIFY(reader.next(rec));
        QStringList header;
        for (auto f : rec.fields)
            header << QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size()));
        QCOMPARE(header.join(','), QString::fromLatin1(LiveFeedModel::kCsvHeader));
        std::vector<LiveFeedRow> back;
        while (reader.next(rec)) {
            QCOMPARE(rec.fields.size(), size_t(8));
            auto s = [&](int i) { return QString::fromUtf8(rec.fields[size_t(i)].data(), static_cast<qsizetype>(rec.fields[size_t(i)].size())); };
            LiveFeedRow r{s(0), s(1), s(2), s(3), s(4) == QStringLiteral("enter"), s(5), s(6), s(7)};
            back.push_back(r);
        }
        QCOMPARE(back, kept);
    }
};

QTEST_MAIN(TestLivePanel)
#include "test_live_panel.moc"
