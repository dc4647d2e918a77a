// `segstudio-cli stream` fed by a Redis stream and writing to a Redis sink, against a real
// redis-server (started once for this binary by scripts/broker-servers.sh). The demo project
// is imported with half of its events; the other half is published to a stream. The batch
// run over all events is the reference: the live exports equal it byte for byte, and the
// sink's sets `seg:<segment id>` hold exactly the batch members.
#include "broker_server.h"
#include "demo_stream.h"

#include <csignal>


class TestRedisStream : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(redis_.start(why), qPrintable(why));
        QVERIFY(dir_.isValid());
        EXPECT_CLI(runCli({"run", kDemo + "retail.segment.json", "--quiet", "--export", dir_.filePath("batch")}), 0);
        batch_ = membersOf(dir_.filePath("batch"));
        QCOMPARE(batch_.size(), size_t(11));
        QCOMPARE(batch_.at("s_vip_big_basket").size(), size_t(43)); // read right: the run report's size
    }

    // The group does not exist yet: it is created from the stream's first entry, so the
    // messages published before the start count; an entry without a data field is
    // dead-lettered with its entry id; everything is acknowledged in the end.
    void groupIsCreatedFromTheFirstEntry()
    {
        const QString d = dir_.filePath("first/");
        const QStringList messages = prepareProject(d);
        publishTo("ev1", messages);
        redis_.cli({"XADD", "ev1", "*", "note", "no data here"});
        redis_.cli({"XADD", "ev1", "*", "data", messages.first()}); // a duplicate
        QCOMPARE(redis_.cli({"XLEN", "ev1"}).value(0).toInt(), messages.size() + 2);

        runUntilConsumed({"stream", d + "g.segment.json", "--from", sourceUrl("ev1", "c1"), "--notify", d + "t.ndjson",
                          "--dead-letter", d + "dead.ndjson", "--report", d + "r.json", "--export", d + "live"},
                         "ev1");
        QCOMPARE(membersOf(d + "live"), batch_);
        const QJsonObject stream = QJsonDocument::fromJson(readFile(d + "r.json")).object()["stream"].toObject();
        QCOMPARE(stream["events"].toInt(), messages.size());
        QCOMPARE(stream["duplicates"].toInt(), 1);
        QCOMPARE(stream["dead_lettered"].toInt(), 1);
        const QJsonObject dead = QJsonDocument::fromJson(readFile(d + "dead.ndjson")).object();
        QVERIFY2(dead["reason"].toString().contains("no 'data' field"), qPrintable(dead["reason"].toString()));
        QVERIFY2(dead["position"].toString().startsWith("ev1 entry "), qPrintable(dead["position"].toString()));
        QCOMPARE(redis_.cli({"XPENDING", "ev1", "g"}).value(0), QString("0"));
    }

    // A consumer that received entries and died before acknowledging them: on restart under
    // the same name it handles its pending entries first, so nothing is lost. The Redis sink
    // ends with every segment's set equal to the batch members, and one stream entry per
    // trigger, the same as the NDJSON sink beside it.
    void restartHandlesPendingEntriesAndTheSinkMirrorsMembers()
    {
        const QString d = dir_.filePath("pending/");
        const QStringList messages = prepareProject(d);
        publishTo("ev2", messages);
        redis_.cli({"XGROUP", "CREATE", "ev2", "g", "0"});
        // The "crashed" consumer c2 got 25 entries and never acknowledged them.
        redis_.cli({"XREADGROUP", "GROUP", "g", "c2", "COUNT", "25", "STREAMS", "ev2", ">"});
        QCOMPARE(redis_.cli({"XPENDING", "ev2", "g"}).value(0), QString("25"));
        // Stale sets from an earlier run are replaced at start.
        redis_.cli({"SADD", "seg:s_vip", "not-a-customer"});

        runUntilConsumed({"stream", d + "g.segment.json", "--from", sourceUrl("ev2", "c2"), "--notify",
                          redis_.url() + "?prefix=seg:", "--notify", d + "t.ndjson", "--report", d + "r.json", "--export",
                          d + "live"},
                         "ev2");
        QCOMPARE(membersOf(d + "live"), batch_);
        for (const auto& [segment, keys] : batch_) {
            const QStringList got = redis_.cli({"SMEMBERS", "seg:" + segment});
            QVERIFY2(std::set<QString>(got.begin(), got.end()) == keys,
                     qPrintable(QStringLiteral("%1: %2 in Redis, %3 in batch").arg(segment).arg(got.size()).arg(keys.size())));
        }
        // SISMEMBER, as a website asks it.
        const QString someVip = *batch_.at("s_vip").begin();
        QCOMPARE(redis_.cli({"SISMEMBER", "seg:s_vip", someVip}).value(0), QString("1"));
        QCOMPARE(redis_.cli({"SISMEMBER", "seg:s_vip", "not-a-customer"}).value(0), QString("0"));
        const QJsonObject stream = QJsonDocument::fromJson(readFile(d + "r.json")).object()["stream"].toObject();
        QCOMPARE(stream["events"].toInt(), messages.size());
        QVERIFY(stream["changes"].toInt() > 0);
        QCOMPARE(redis_.cli({"XLEN", "seg:changes"}).value(0).toInt(), stream["changes"].toInt());
        // The second sink (--notify given twice) got the same triggers, in the same order.
        QStringList fileIds;
        for (const QByteArray& line : readFile(d + "t.ndjson").split('\n'))
            if (!line.isEmpty())
                fileIds << QJsonDocument::fromJson(line).object()["change_id"].toString();
        QStringList redisIds;
        const QStringList entries = redis_.cli({"XRANGE", "seg:changes", "-", "+"});
        for (qsizetype i = 0; i + 1 < entries.size(); ++i)
            if (entries[i] == "change_id")
                redisIds << entries[i + 1];
        QCOMPARE(fileIds.size(), stream["changes"].toInt());
        QCOMPARE(redisIds, fileIds);
        const QStringList first = redis_.cli({"XRANGE", "seg:changes", "-", "+", "COUNT", "1"});
        QVERIFY2(first.contains("change_id") && first.contains("segment") && first.contains("emitted_at"),
                 qPrintable(first.join(' ')));
    }

    // Another consumer of the group received 30 entries and died: after claim_idle_ms the
    // stream claims them (XAUTOCLAIM), so the members still end equal to the batch run's.
    void entriesOfADeadConsumerAreClaimed()
    {
        const QString d = dir_.filePath("claim/");
        const QStringList messages = prepareProject(d);
        publishTo("ev5", messages);
        redis_.cli({"XGROUP", "CREATE", "ev5", "g", "0"});
        redis_.cli({"XREADGROUP", "GROUP", "g", "dead", "COUNT", "30", "STREAMS", "ev5", ">"});
        runUntilConsumed({"stream", d + "g.segment.json", "--from", sourceUrl("ev5", "c5") + "&claim_idle_ms=300",
                          "--notify", d + "t.ndjson", "--export", d + "live"},
                         "ev5");
        QCOMPARE(membersOf(d + "live"), batch_);
    }

    // An entry that was delivered 5 times and never acknowledged (the consumers died on it)
    // goes to the dead letter on its 6th delivery with max_deliveries=5, instead of being
    // handled again; the next entry is handled.
    void anEntryDeliveredTooOftenIsDeadLettered()
    {
        const QString d = dir_.filePath("poison/");
        const QStringList messages = prepareProject(d);
        redis_.cli({"XADD", "ev6", "*", "data", messages[0]});
        redis_.cli({"XGROUP", "CREATE", "ev6", "g", "0"});
        redis_.cli({"XREADGROUP", "GROUP", "g", "c6", "STREAMS", "ev6", ">"});
        for (int i = 0; i < 4; ++i) // each re-read of the pending entry counts as a delivery
            redis_.cli({"XREADGROUP", "GROUP", "g", "c6", "STREAMS", "ev6", "0"});
        QCOMPARE(redis_.cli({"XPENDING", "ev6", "g", "-", "+", "10"}).value(3), QString("5"));
        redis_.cli({"XADD", "ev6", "*", "data", messages[1]});
        runUntilConsumed({"stream", d + "g.segment.json", "--from", sourceUrl("ev6", "c6") + "&max_deliveries=5",
                          "--notify", d + "t.ndjson", "--dead-letter", d + "dead.ndjson", "--report", d + "r.json"},
                         "ev6");
        const QJsonObject dead = QJsonDocument::fromJson(readFile(d + "dead.ndjson")).object();
        QCOMPARE(dead["reason"].toString(), QString("delivered 6 times without being acknowledged (max_deliveries=5)"));
        QCOMPARE(dead["message"].toString(), messages[0]);
        const QJsonObject stream = QJsonDocument::fromJson(readFile(d + "r.json")).object()["stream"].toObject();
        QCOMPARE(stream["events"].toInt(), 1);
        QCOMPARE(stream["dead_lettered"].toInt(), 1);
    }

    // The connections of the source and the Redis sink are cut while the stream runs: it says
    // so on stderr, reconnects and goes on with the messages published afterwards; the sink's
    // sets end equal to the batch members.
    void aLostConnectionIsRetriedAndReported()
    {
        const QString d = dir_.filePath("lost/");
        const QStringList messages = prepareProject(d);
        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH), {"stream", d + "g.segment.json", "--from", sourceUrl("ev3", "c3"),
                                               "--notify", d + "t.ndjson", "--notify", redis_.url() + "?prefix=lost:",
                                               "--export", d + "live"});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        waitForStderr(p, err, "ready in");
        redis_.cli({"CLIENT", "KILL", "TYPE", "normal"});
        publishTo("ev3", messages);
        waitForStderr(p, err, "is back after");
        QVERIFY2(err.contains("went away"), err.constData());
        waitUntilConsumed("ev3");
        stopStream(p, err);
        QCOMPARE(membersOf(d + "live"), batch_);
        for (const auto& [segment, keys] : batch_) {
            const QStringList got = redis_.cli({"SMEMBERS", "lost:" + segment});
            QVERIFY2(std::set<QString>(got.begin(), got.end()) == keys, qPrintable(segment));
        }
    }

    // publish --partitions 3: every message lands in stream ev4.<FNV-1a 64 of its key mod 3>
    // (worked out here independently: FNV-1a of "100001" is 3563858148288710999, so
    // partition 2), all of one customer's events in one partition in file order, none lost;
    // a line without a key goes to partition 0 (the stream dead-letters it there).
    void publishSplitsByCustomerKey()
    {
        const QString d = dir_.filePath("publish/");
        const QStringList messages = prepareProject(d);
        writeFile(d + "in.ndjson", (messages.join('\n') + "\n{\"no_key\":1}\n\n").toUtf8());
        const CliResult r = runCli({"publish", d + "in.ndjson", "--to", redis_.url() + "?stream=ev4", "--partitions", "3"});
        EXPECT_CLI(r, 0);
        QVERIFY2(r.err.contains(QStringLiteral("publish: %1 messages (ev4.0: ").arg(messages.size() + 1)), qPrintable(r.err));
        QVERIFY2(r.err.contains("1 without a 'customer_id'"), qPrintable(r.err));

        const auto fnv = [](const QByteArray& key) {
            quint64 h = 14695981039346656037ull;
            for (const char c : key) {
                h ^= static_cast<unsigned char>(c);
                h *= 1099511628211ull;
            }
            return static_cast<int>(h % 3);
        };
        QCOMPARE(fnv("100001"), 2);
        QCOMPARE(fnv("42"), 1);
        std::map<QString, QStringList> expected; // stream -> messages in order
        for (const QString& m : messages)
            expected["ev4." + QString::number(fnv(QByteArray::number(
                                 QJsonDocument::fromJson(m.toUtf8()).object()["customer_id"].toInteger())))] << m;
        expected["ev4.0"] << "{\"no_key\":1}";
        for (const auto& [stream, want] : expected) {
            QVERIFY(want.size() > 1000);
            QStringList got;
            for (const QString& line : redis_.cli({"--raw", "XRANGE", stream, "-", "+"}))
                if (line.startsWith('{'))
                    got << line;
            QCOMPARE(got, want);
        }
    }

    void unreachableServerFailsWithTheReason()
    {
        const quint16 port = freeLoopbackPort();
        const CliResult r = runCli({"stream", kDemo + "retail.segment.json", "--from",
                                    QStringLiteral("redis://127.0.0.1:%1/0?stream=s&group=g&consumer=c").arg(port),
                                    "--notify", "-"});
        EXPECT_CLI(r, 1);
        QVERIFY2(r.err.contains("cannot connect to the redis source redis://127.0.0.1:"), qPrintable(r.err));
        const CliResult noGroup = runCli({"stream", kDemo + "retail.segment.json", "--from",
                                          redis_.url() + "?stream=s&consumer=c", "--notify", "-"});
        EXPECT_CLI(noGroup, 1);
        QVERIFY2(noGroup.err.contains("needs ?group="), qPrintable(noGroup.err));
    }

private:
    // One entry per message, field data (redis-cli --pipe: not our own client).
    void publishTo(const QString& stream, const QStringList& messages) const
    {
        QList<QStringList> commands;
        for (const QString& m : messages)
            commands.append({"XADD", stream, "*", "data", m});
        redis_.pipe(commands);
    }

    QString sourceUrl(const QString& stream, const QString& consumer) const
    {
        return redis_.url() + "?stream=" + stream + "&group=g&consumer=" + consumer;
    }

    // Every entry delivered to the group and acknowledged (Redis 7: lag 0 and nothing pending).
    void waitUntilConsumed(const QString& stream) const
    {
        for (int i = 0; i < 300; ++i) {
            const QStringList info = redis_.cli({"XINFO", "GROUPS", stream});
            const auto field = [&](const QString& name) { return info.value(info.indexOf(name) + 1); };
            if (field("pending") == "0" && field("lag") == "0")
                return;
            QTest::qWait(100);
        }
        QFAIL(qPrintable("the stream did not consume " + stream + ": " + redis_.cli({"XINFO", "GROUPS", stream}).join(' ')));
    }

    void runUntilConsumed(const QStringList& args, const QString& stream)
    {
        QProcess p;
        p.start(QStringLiteral(SEG_CLI_PATH), args);
        QVERIFY(p.waitForStarted());
        QByteArray err;
        waitForStderr(p, err, "ready in");
        waitUntilConsumed(stream);
        stopStream(p, err);
    }

    RedisServer redis_;
    QTemporaryDir dir_;
    std::map<QString, std::set<QString>> batch_;
};

QTEST_GUILESS_MAIN(TestRedisStream)
#include "test_redis_stream.moc"
