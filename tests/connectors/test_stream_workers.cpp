// Several `stream` workers sharing the customers by key (issue 14, "Several workers"), against
// a real redis-server and rabbitmq-server (scripts/broker-servers.sh). The demo project (its
// top node taken out: a top-N cut is refused with --partition) is imported with half of its
// events; the other half is published with `publish --partitions N`. N = 2 and 3 workers
// (`stream --partition i/N`) each read their own partition; the union of their exports must
// equal one process's exports and the batch run's, no customer may be in two workers, and a
// worker killed (-9) while it holds unacknowledged messages loses nothing once restarted (the
// broker delivers them again).
#include "broker_server.h"
#include "amqp_consumer.h"
#include "demo_stream.h"

#include <QJsonArray>

#include <memory>

namespace {

// FNV-1a 64 of the key text mod n, worked out here apart from the code under test.
int partitionOf(const QString& key, int n)
{
    quint64 h = 14695981039346656037ull;
    for (const char c : key.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return static_cast<int>(h % static_cast<quint64>(n));
}

// The demo graph without its top node (s_vip reads t_vip's input instead).
QByteArray graphWithoutTop()
{
    QJsonObject g = QJsonDocument::fromJson(readFile(kDemo + "retail.segment.json")).object();
    QJsonArray nodes;
    for (const auto& v : g["nodes"].toArray()) {
        QJsonObject n = v.toObject();
        if (n["id"].toString() == "t_vip")
            continue;
        if (n["id"].toString() == "s_vip")
            n["input"] = "a_vip_pool";
        nodes.append(n);
    }
    g["nodes"] = nodes;
    return QJsonDocument(g).toJson();
}

struct Worker {
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray err;
};

using Members = std::map<QString, std::set<QString>>;

} // namespace

class TestStreamWorkers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(redis_.start(why), qPrintable(why));
        QVERIFY2(rabbit_.start(why), qPrintable(why));
        QVERIFY(dir_.isValid());
        // The batch reference: the graph over all events.
        const QString b = dir_.filePath("batch/");
        writeFile(b + "g.segment.json", graphWithoutTop());
        writeFile(b + "customers.csv", readFile(kDemo + "customers.csv"));
        writeFile(b + "events.csv", readFile(kDemo + "events.csv"));
        EXPECT_CLI(runCli({"run", b + "g.segment.json", "--quiet", "--export", b + "out"}), 0);
        batch_ = membersOf(b + "out");
        QVERIFY(batch_.at("s_vip").size() > 10); // s_vip still has members without the cut
        // One process over the same messages (a file): the live reference.
        const QString s = dir_.filePath("single/");
        const QStringList messages = prepare(s);
        writeFile(s + "in.ndjson", (messages.join('\n') + "\n").toUtf8());
        EXPECT_CLI(runCli({"stream", s + "g.segment.json", "--from", s + "in.ndjson", "--notify", s + "t.ndjson",
                           "--export", s + "live", "--quiet"}),
                   0);
        single_ = membersOf(s + "live");
        QCOMPARE(single_, batch_);
        EXPECT_CLI(runCli({"run", kDemo + "retail.segment.json", "--quiet", "--export", dir_.filePath("demobatch")}), 0);
        demoBatch_ = membersOf(dir_.filePath("demobatch"));
    }

    void redisPartitions_data() { workerCounts(); }
    // publish --partitions N to streams wN.0 ... ; worker 1 first takes its whole partition in
    // one batch and is killed -9 halfway (paced by --replay-speed), so every entry it read
    // is pending; restarted under the same consumer name it handles them again. All workers
    // share one Redis sink (prefix wN:): each replaces at start only its own customers there
    // (a stale non-member of each partition is removed), and the sets end as one process's.
    void redisPartitions()
    {
        QFETCH(int, n);
        const QString d = dir_.filePath(QStringLiteral("redis%1/").arg(n));
        const QString stream = QStringLiteral("w%1").arg(n);
        const QStringList messages = prepare(d);
        writeFile(d + "in.ndjson", (messages.join('\n') + "\n").toUtf8());
        EXPECT_CLI(runCli({"publish", d + "in.ndjson", "--to", redis_.url() + "?stream=" + stream, "--partitions",
                           QString::number(n), "--quiet"}),
                   0);
        const auto url = [&](int i) {
            return redis_.url() + QStringLiteral("?stream=%1.%2&group=g&consumer=w&count=100000").arg(stream).arg(i);
        };

        const QString sink = redis_.url() + "?prefix=" + stream + ":";
        QStringList stale; // one customer of each partition, in no s_welcome, put in its set
        for (int k = 100001; stale.size() < n; ++k)
            if (partitionOf(QString::number(k), n) == stale.size() && !single_.at("s_welcome").count(QString::number(k)))
                stale << QString::number(k);
        redis_.cli(QStringList{"SADD", stream + ":s_welcome"} + stale);

        Worker slow;
        startWorker(slow, d, 1, n, url(1), {"--replay-speed", "1000000", "--notify", sink});
        QTest::qWait(1500);
        ::kill(static_cast<pid_t>(slow.process->processId()), SIGKILL);
        QVERIFY(slow.process->waitForFinished(10'000));
        const int inPartition1 = redis_.cli({"XLEN", stream + ".1"}).value(0).toInt();
        QVERIFY(inPartition1 > 1000);
        QCOMPARE(redis_.cli({"XPENDING", stream + ".1", "g"}).value(0).toInt(), inPartition1); // none acknowledged

        std::vector<Worker> workers(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            startWorker(workers[size_t(i)], d, i, n, url(i), {"--notify", sink});
        for (int i = 0; i < n; ++i)
            waitUntilConsumed(QStringLiteral("%1.%2").arg(stream).arg(i));
        for (Worker& w : workers)
            stopStream(*w.process, w.err);
        checkUnion(d, n, messages.size());
        for (const auto& [segment, keys] : single_) {
            const QStringList got = redis_.cli({"SMEMBERS", stream + ":" + segment});
            QVERIFY2(std::set<QString>(got.begin(), got.end()) == keys,
                     qPrintable(QStringLiteral("%1: %2 in Redis, %3 in one process").arg(segment).arg(got.size()).arg(keys.size())));
        }
    }

    void topCutIsSharedThroughRedis_data() { workerCounts(); }
    // The demo graph with its top node (t_vip: top 20 % by 12-month spend of a_vip_pool, feeding five
    // segments): with --top-cut the workers publish their candidates to Redis and apply the
    // cut of all of them, so the union of their exports equals the batch run of the whole
    // graph, the top-driven segments included.
    void topCutIsSharedThroughRedis()
    {
        QFETCH(int, n);
        const QString d = dir_.filePath(QStringLiteral("top%1/").arg(n));
        const QString stream = QStringLiteral("t%1").arg(n);
        const QStringList messages = prepareProject(d); // the demo graph as it is
        writeFile(d + "in.ndjson", (messages.join('\n') + "\n").toUtf8());
        EXPECT_CLI(runCli({"publish", d + "in.ndjson", "--to", redis_.url() + "?stream=" + stream, "--partitions",
                           QString::number(n), "--quiet"}),
                   0);
        std::vector<Worker> workers(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            startWorker(workers[size_t(i)], d, i, n,
                        redis_.url() + QStringLiteral("?stream=%1.%2&group=g&consumer=w").arg(stream).arg(i),
                        {"--top-cut", redis_.url() + "?prefix=" + stream + ":top:"});
        for (int i = 0; i < n; ++i)
            waitUntilConsumed(QStringLiteral("%1.%2").arg(stream).arg(i));
        QTest::qWait(1000); // the last moves of the cut reach every worker (they sync every 0.1 s)
        for (Worker& w : workers)
            stopStream(*w.process, w.err);
        Members together;
        for (int i = 0; i < n; ++i)
            for (const auto& [segment, keys] : membersOf(d + QStringLiteral("live%1").arg(i)))
                together[segment].insert(keys.begin(), keys.end());
        QCOMPARE(together, demoBatch_);
        QCOMPARE(redis_.cli({"HLEN", stream + ":top:t_vip"}).value(0).toInt(), n);
    }

    void rabbitmqPartitions_data() { workerCounts(); }
    // publish --partitions N to quorum queues qN.0 ...; worker 1 is frozen (SIGSTOP) before
    // the messages arrive, so the broker delivers its partition to it (prefetch) and none is
    // acknowledged; killed -9, its messages return to the queue and the restarted worker
    // handles them. Each partition ends with a sentinel (a message of one of its customers
    // that is no valid event): once it is dead-lettered, everything before it was handled.
    void rabbitmqPartitions()
    {
        QFETCH(int, n);
        const QString d = dir_.filePath(QStringLiteral("rabbit%1/").arg(n));
        const QString queue = QStringLiteral("q%1").arg(n);
        const QStringList messages = prepare(d);
        QStringList lines = messages;
        for (int i = 0, k = 900000; i < n; ++k)
            if (partitionOf(QString::number(k), n) == i)
                lines << QStringLiteral("{\"customer_id\":%1,\"sentinel\":%2}").arg(k).arg(i++);
        writeFile(d + "in.ndjson", (lines.join('\n') + "\n").toUtf8());
        const auto url = [&](int i) {
            return rabbit_.url() + QStringLiteral("?queue=%1.%2&prefetch=65535").arg(queue).arg(i); // the URL holds %2f
        };
        Worker slow;
        startWorker(slow, d, 1, n, url(1));
        ::kill(static_cast<pid_t>(slow.process->processId()), SIGSTOP);
        EXPECT_CLI(runCli({"publish", d + "in.ndjson", "--to", rabbit_.url() + "?queue=" + queue, "--partitions",
                           QString::number(n), "--quiet"}),
                   0);
        int inPartition1 = 1; // its sentinel
        for (const QString& m : messages)
            inPartition1 += partitionOf(QString::number(QJsonDocument::fromJson(m.toUtf8()).object()["customer_id"].toInteger()), n) == 1;
        QVERIFY(inPartition1 > 1000);
        for (int t = 0; t < 100 && readyCount(rabbit_.url(), queue + ".1") == inPartition1; ++t)
            QTest::qWait(100);
        QVERIFY(readyCount(rabbit_.url(), queue + ".1") < inPartition1); // delivered to the frozen worker
        ::kill(static_cast<pid_t>(slow.process->processId()), SIGKILL);
        QVERIFY(slow.process->waitForFinished(10'000));
        // Its connection gone, the broker puts every message it held back (none was acknowledged).
        for (int t = 0; t < 100 && readyCount(rabbit_.url(), queue + ".1") != inPartition1; ++t)
            QTest::qWait(100);
        QCOMPARE(readyCount(rabbit_.url(), queue + ".1"), inPartition1);

        std::vector<Worker> workers(static_cast<size_t>(n));
        for (int i = 0; i < n; ++i)
            startWorker(workers[size_t(i)], d, i, n, url(i));
        for (int i = 0; i < n; ++i) {
            const QString dead = d + QStringLiteral("dead%1.ndjson").arg(i);
            for (int t = 0; t < 300 && !readFile(dead).contains("sentinel"); ++t)
                QTest::qWait(100);
            QVERIFY2(readFile(dead).contains("sentinel"), workers[size_t(i)].err.constData());
        }
        for (Worker& w : workers)
            stopStream(*w.process, w.err);
        checkUnion(d, n, messages.size(), 1);
        // Worker 1 handled its whole partition after the restart: the killed one acknowledged nothing.
        const QJsonObject r1 = QJsonDocument::fromJson(readFile(d + "r1.json")).object()["stream"].toObject();
        QCOMPARE(r1["messages"].toInt(), inPartition1);
    }

    // A message of another partition's customer reaching a worker (a misrouted producer) is
    // dead-lettered with the owner named, and a profile update of another partition's new key
    // creates no customer; a new key of the worker's own partition is created as usual.
    void foreignKeysAreDeadLetteredNotCreated()
    {
        const QString d = dir_.filePath("foreign/");
        prepare(d);
        QString own, other;
        for (int k = 900000; own.isEmpty() || other.isEmpty(); ++k)
            (partitionOf(QString::number(k), 2) == 0 ? own : other) = QString::number(k);
        const QString known1 = "100001"; // an imported customer, FNV partition 1 of 2
        QCOMPARE(partitionOf(known1, 2), 1);
        writeFile(d + "in.ndjson",
                  QStringLiteral("{\"kind\":\"profile\",\"customer_id\":%1,\"set\":{\"country\":\"DE\"}}\n"
                                 "{\"kind\":\"profile\",\"customer_id\":%2,\"set\":{\"country\":\"DE\"}}\n"
                                 "{\"event_id\":\"x1\",\"customer_id\":%3,\"ts\":\"2024-06-01 10:00:00\",\"event_type\":\"email_open\"}\n")
                      .arg(own, other, known1)
                      .toUtf8());
        EXPECT_CLI(runCli({"stream", d + "g.segment.json", "--from", d + "in.ndjson", "--partition", "0/2", "--notify",
                           d + "t.ndjson", "--dead-letter", d + "dead.ndjson", "--report", d + "r.json", "--quiet"}),
                   0);
        const QList<QByteArray> dead = readFile(d + "dead.ndjson").trimmed().split('\n');
        QCOMPARE(dead.size(), 2);
        QCOMPARE(QJsonDocument::fromJson(dead[0]).object()["reason"].toString(),
                 "customer " + other + " belongs to partition 1 of 2, not to this worker (--partition 0/2): the "
                 "producer must route by the same key hash");
        QCOMPARE(QJsonDocument::fromJson(dead[1]).object()["line"].toInt(), 3);
        const QJsonObject stream = QJsonDocument::fromJson(readFile(d + "r.json")).object()["stream"].toObject();
        QCOMPARE(stream["created_customers"].toInt(), 1);
        QCOMPARE(stream["profiles"].toInt(), 1);
    }

    void topNodesAndHashExchangesAreRefused()
    {
        const CliResult top = runCli({"stream", kDemo + "retail.segment.json", "--from", "-", "--notify", "-",
                                      "--partition", "0/2"});
        EXPECT_CLI(top, 1);
        QVERIFY2(top.err.contains("node 't_vip' (top): --partition cannot keep a top-N cut live alone") &&
                     top.err.contains("give --top-cut redis://"),
                 qPrintable(top.err));
        const CliResult exchange = runCli({"stream", dir_.filePath("batch/g.segment.json"), "--from",
                                           rabbit_.url() + "?queue=x&exchange=hx", "--notify", "-", "--partition", "0/2"});
        EXPECT_CLI(exchange, 1);
        QVERIFY2(exchange.err.contains("a consistent-hash exchange picks each key's queue inside RabbitMQ"),
                 qPrintable(exchange.err));
        for (const char* bad : {"2/2", "1", "a/3", "0/0", "-1/2"}) {
            const CliResult r = runCli({"stream", dir_.filePath("batch/g.segment.json"), "--from", "-", "--notify", "-",
                                        "--partition", bad});
            EXPECT_CLI(r, 1);
            QVERIFY2(r.err.contains("option '--partition' takes i/N"), qPrintable(r.err));
        }
    }

    // publish --to amqp://...?exchange=X: a durable x-consistent-hash exchange routing by the
    // header customer_key; three queues bound with weights 1, 1, 2. Every message arrives
    // once, all of one customer's in one queue; a line without a key is refused with its line
    // number and never sent.
    void consistentHashExchangeRoutesByTheKeyHeader()
    {
        const QString d = dir_.filePath("hash/");
        const QStringList messages = prepare(d).mid(0, 3000);
        for (int i = 0; i < 3; ++i) { // a worker's URL declares the exchange and binds its queue
            Worker w;
            w.process->start(QStringLiteral(SEG_CLI_PATH),
                             {"stream", d + "g.segment.json", "--from",
                              rabbit_.url() + QStringLiteral("?queue=h.%1&exchange=hx&weight=%2").arg(i).arg(i == 2 ? 2 : 1),
                              "--notify", d + QStringLiteral("t%1.ndjson").arg(i)});
            QVERIFY(w.process->waitForStarted());
            waitForStderr(*w.process, w.err, "ready in");
            stopStream(*w.process, w.err);
        }
        QStringList lines = messages;
        lines.insert(10, "{\"event_id\":\"nokey\",\"ts\":\"2024-06-01 10:00:00\",\"event_type\":\"email_open\"}");
        writeFile(d + "in.ndjson", (lines.join('\n') + "\n").toUtf8());
        const CliResult r = runCli({"publish", d + "in.ndjson", "--to", rabbit_.url() + "?exchange=hx"});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains(d + "in.ndjson line 11: refused, no 'customer_id'"), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("publish: %1 messages (exchange hx: %1); 1 refused").arg(messages.size())),
                 qPrintable(r.err));
        const QStringList exchanges = rabbit_.ctl({"list_exchanges", "name", "type", "durable", "arguments"}).filter("hx\t");
        QCOMPARE(exchanges.size(), 1);
        QVERIFY2(exchanges[0].contains("x-consistent-hash\ttrue") && exchanges[0].contains("customer_key"),
                 qPrintable(exchanges[0]));
        // Read the three queues back with a plain consumer: all messages, one queue per customer.
        int total = 0;
        std::map<QString, int> queueOfKey;
        for (int i = 0; i < 3; ++i) {
            const QString q = QStringLiteral("h.%1").arg(i);
            const int count = readyCount(rabbit_.url(), q);
            QVERIFY2(count > 300, qPrintable(QStringLiteral("%1 holds %2").arg(q).arg(count)));
            total += count;
            for (const QString& key : drainKeys(q, count))
                QVERIFY2(queueOfKey.emplace(key, i).first->second == i, qPrintable("customer " + key + " in two queues"));
        }
        QCOMPARE(total, messages.size());
    }

    // Source lag on /metrics: worker reads one entry per batch, paced (0.1 s per message) by
    // --replay-speed, so a scrape sees a backlog: the group's lag (entries not yet delivered)
    // is the number published minus those the stream has taken, and one is pending.
    void metricsShowTheSourceLag_data()
    {
        QTest::addColumn<bool>("rabbit");
        QTest::newRow("redis") << false;
        QTest::newRow("rabbitmq") << true;
    }
    void metricsShowTheSourceLag()
    {
        QFETCH(bool, rabbit);
        const QString d = dir_.filePath(rabbit ? "lagr/" : "lag/");
        prepare(d);
        constexpr int kMessages = 200;
        QStringList lines;
        for (int i = 0; i < kMessages; ++i) // one a day: 0.1 s apart at --replay-speed 864000
            lines << QStringLiteral("{\"event_id\":\"l%1\",\"customer_id\":100001,\"ts\":\"%2\",\"event_type\":\"email_open\"}")
                         .arg(i)
                         .arg(QDate(2023, 1, 1).addDays(i).toString(Qt::ISODate));
        writeFile(d + "in.ndjson", (lines.join('\n') + "\n").toUtf8());
        const QString target = rabbit ? rabbit_.url() + "?queue=lag" : redis_.url() + "?stream=lag";
        EXPECT_CLI(runCli({"publish", d + "in.ndjson", "--to", target, "--quiet"}), 0);
        const QString from = rabbit ? target + "&prefetch=1" : target + "&group=g&consumer=c&count=1";
        const quint16 port = freeLoopbackPort();
        Worker w;
        w.process->start(QStringLiteral(SEG_CLI_PATH), {"stream", d + "g.segment.json", "--from", from, "--notify",
                                                        d + "t.ndjson", "--replay-speed", "864000", "--metrics",
                                                        QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(w.process->waitForStarted());
        waitForStderr(*w.process, w.err, "ready in");
        QTest::qWait(2500);
        const QString page = scrape(port);
        stopStream(*w.process, w.err);
        const double lag = sample(page, "segstudio_source_lag_messages");
        const double pending = sample(page, "segstudio_source_pending_messages");
        const double taken = sample(page, "segstudio_messages_total");
        QVERIFY2(taken >= 5 && taken < kMessages - 50, qPrintable(page)); // about 25 handled
        // The lag was asked after `taken` or fewer messages were handled (once a second):
        // it is at most the rest after the first, at least the rest after `taken` (RabbitMQ:
        // one more is delivered ahead with prefetch 1).
        QVERIFY2(lag <= kMessages - 1 && lag >= kMessages - taken - (rabbit ? 2 : 1), qPrintable(page));
        QCOMPARE(pending, 1.0);
    }

    // A quorum-queue message returned unacknowledged 5 times (its consumers died on it)
    // carries x-delivery-count 5; with max_deliveries=5 the stream dead-letters it on its
    // 6th delivery instead of handling it, and handles the next one.
    void rabbitmqMessageDeliveredTooOftenIsDeadLettered()
    {
        const QString d = dir_.filePath("poison/");
        const QStringList messages = prepare(d);
        writeFile(d + "one.ndjson", (messages[0] + "\n").toUtf8());
        const QString url = rabbit_.url() + "?queue=poison";
        EXPECT_CLI(runCli({"publish", d + "one.ndjson", "--to", url, "--quiet"}), 0);
        for (int i = 0; i < 5; ++i) // a consumer that takes it and dies without acknowledging
            QCOMPARE(drainKeys("poison", 1, false).size(), size_t(1));
        writeFile(d + "two.ndjson", (messages[1] + "\n{\"customer_id\":100001,\"sentinel\":1}\n").toUtf8());
        EXPECT_CLI(runCli({"publish", d + "two.ndjson", "--to", url, "--quiet"}), 0);
        Worker w;
        w.process->start(QStringLiteral(SEG_CLI_PATH), {"stream", d + "g.segment.json", "--from", url + "&max_deliveries=5",
                                                        "--notify", d + "t.ndjson", "--dead-letter", d + "dead.ndjson",
                                                        "--report", d + "r.json"});
        QVERIFY(w.process->waitForStarted());
        waitForStderr(*w.process, w.err, "ready in");
        for (int t = 0; t < 300 && !readFile(d + "dead.ndjson").contains("sentinel"); ++t)
            QTest::qWait(100);
        stopStream(*w.process, w.err);
        const QJsonObject dead = QJsonDocument::fromJson(readFile(d + "dead.ndjson").split('\n').first()).object();
        QCOMPARE(dead["reason"].toString(), QString("delivered 6 times without being acknowledged (max_deliveries=5)"));
        QCOMPARE(dead["message"].toString(), messages[0]);
        const QJsonObject stream = QJsonDocument::fromJson(readFile(d + "r.json")).object()["stream"].toObject();
        QCOMPARE(stream["events"].toInt(), 1);
        QCOMPARE(stream["dead_lettered"].toInt(), 2); // the poison message and the sentinel
    }

private:
    static void workerCounts()
    {
        QTest::addColumn<int>("n");
        QTest::newRow("2 workers") << 2;
        QTest::newRow("3 workers") << 3;
    }

    // The project (graph without top, half the events imported); the other half as messages.
    static QStringList prepare(const QString& d)
    {
        const QStringList messages = prepareProject(d);
        writeFile(d + "g.segment.json", graphWithoutTop());
        return messages;
    }

    static void startWorker(Worker& w, const QString& d, int i, int n, const QString& from, const QStringList& extra = {})
    {
        w.process->start(QStringLiteral(SEG_CLI_PATH),
                         QStringList{"stream", d + "g.segment.json", "--from", from, "--partition",
                                     QStringLiteral("%1/%2").arg(i).arg(n), "--notify", d + QStringLiteral("t%1.ndjson").arg(i),
                                     "--dead-letter", d + QStringLiteral("dead%1.ndjson").arg(i), "--report",
                                     d + QStringLiteral("r%1.json").arg(i), "--export", d + QStringLiteral("live%1").arg(i)} +
                             extra);
        QVERIFY(w.process->waitForStarted());
        waitForStderr(*w.process, w.err, "ready in");
        QVERIFY2(w.err.contains(QStringLiteral("(partition %1/%2)").arg(i).arg(n).toUtf8()), w.err.constData());
    }

    // The workers' exports: disjoint, each key in its own partition, their union equal to one
    // process's and the batch run's; every message handled once, nothing dead-lettered.
    void checkUnion(const QString& d, int n, qsizetype messages, int sentinels = 0) const
    {
        Members together;
        int handled = 0;
        for (int i = 0; i < n; ++i) {
            const Members mine = membersOf(d + QStringLiteral("live%1").arg(i));
            for (const auto& [segment, keys] : mine)
                for (const QString& key : keys) {
                    QVERIFY2(partitionOf(key, n) == i, qPrintable(QStringLiteral("%1 exported by worker %2").arg(key).arg(i)));
                    QVERIFY2(together[segment].insert(key).second, qPrintable(key + " exported twice"));
                }
            const QJsonObject stream =
                QJsonDocument::fromJson(readFile(d + QStringLiteral("r%1.json").arg(i))).object()["stream"].toObject();
            handled += stream["events"].toInt();
            QCOMPARE(stream["dead_lettered"].toInt(), sentinels);
            QCOMPARE(stream["unknown_customers"].toInt(), 0);
        }
        for (const auto& [segment, keys] : batch_)
            together[segment]; // a segment empty in every worker is still a segment
        QCOMPARE(together, single_);
        QCOMPARE(handled, int(messages));
    }

    void waitUntilConsumed(const QString& stream) const
    {
        for (int i = 0; i < 300; ++i) {
            const QStringList info = redis_.cli({"XINFO", "GROUPS", stream});
            const auto field = [&](const QString& name) { return info.value(info.indexOf(name) + 1); };
            if (field("pending") == "0" && field("lag") == "0")
                return;
            QTest::qWait(100);
        }
        QFAIL(qPrintable("not consumed: " + stream + ": " + redis_.cli({"XINFO", "GROUPS", stream}).join(' ')));
    }

    // Takes `count` messages from the queue with a plain consumer (amqp_consumer.h) and
    // returns their customer keys; acknowledged, or (ack=false) returned by closing.
    std::vector<QString> drainKeys(const QString& queue, int count, bool ack = true) const;

    QString scrape(quint16 port) const;
    static double sample(const QString& page, const QString& series)
    {
        for (const QString& line : page.split('\n'))
            if (line.startsWith(series + ' '))
                return line.mid(series.size() + 1).toDouble();
        return -1;
    }

    RedisServer redis_;
    RabbitServer rabbit_;
    QTemporaryDir dir_;
    Members batch_, single_, demoBatch_;
};

#include <QTcpSocket>

std::vector<QString> TestStreamWorkers::drainKeys(const QString& queue, int count, bool ack) const
{
    std::vector<QString> keys;
    for (const QByteArray& body : consumeRaw(rabbit_.url(), queue, count, ack))
        keys.push_back(QString::number(QJsonDocument::fromJson(body).object()["customer_id"].toInteger()));
    return keys;
}

QString TestStreamWorkers::scrape(quint16 port) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    const qsizetype split = reply.indexOf("\r\n\r\n");
    return split < 0 ? QString() : QString::fromUtf8(reply.mid(split + 4));
}

QTEST_GUILESS_MAIN(TestStreamWorkers)
#include "test_stream_workers.moc"
