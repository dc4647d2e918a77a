// Checkpoints of the live state (core/checkpoint): a snapshot read back is the same state
// (same members, same customers table, same counters, the same bytes when written again,
// and the same triggers for the messages that follow as the engine that was saved); a
// truncated, damaged, foreign or newer snapshot and a damaged log are refused naming the
// file; a log replayed after a snapshot ends where the uninterrupted run ends.
#include "checkpoint/live_state_codec.h"
#include "checkpoint/message_log.h"
#include "checkpoint/snapshot_file.h"
#include "checkpoint/stream_state.h"
#include "graph/graph_io.h"
#include "live_test_support.h"

#include <QtTest/QtTest>
#include <QTemporaryDir>

#include <fstream>

using namespace seg;
using namespace seg::live_test;

namespace {

namespace fs = std::filesystem;

struct Project {
    Graph graph;
    Dataset data;
};

Project loadDemo()
{
    GraphLoadResult loaded = loadGraphFile(SEG_SOURCE_DIR "/resources/demo/retail.segment.json");
    if (!loaded.ok())
        qFatal("cannot load the demo graph");
    Project p{std::move(*loaded.graph), {}};
    p.data = loadDataset(p.graph.customers, p.graph.resolve(p.graph.customers.path), p.graph.events,
                         p.graph.resolve(p.graph.events->path));
    return p;
}

bool imported(size_t row) { return row % 2 == 0; }

// The demo's odd event rows as messages, with profile updates mixed in: known customers
// moved to another country and tier, and new customers (created by the update).
std::vector<std::string> demoMessages(const Dataset& data)
{
    std::vector<std::string> out;
    const std::vector<Line> events = eventLines(*data.events, imported, false, 0.02, 7); // 2 % sent twice
    for (size_t i = 0; i < events.size(); ++i) {
        out.push_back(events[i].text);
        if (i % 500 == 250) {
            const std::string key = data.customers.key().textAt(i % data.customers.rows());
            out.push_back(R"({"kind":"profile","customer_id":)" + key +
                          R"(,"set":{"country":"FR","loyalty_tier":"platinum","total_spend":5000.5}})");
        }
        if (i % 1000 == 700)
            out.push_back(R"({"kind":"profile","customer_id":)" + std::to_string(900000 + i) +
                          R"(,"set":{"country":"DE","orders":3,"total_spend":120.25}})");
    }
    return out;
}

void feed(LiveIntake& intake, const std::vector<std::string>& lines, size_t from, size_t to,
          std::vector<LiveChange>& changes)
{
    std::vector<DeadLetter> dead;
    std::vector<std::string_view> views(lines.begin() + static_cast<std::ptrdiff_t>(from),
                                        lines.begin() + static_cast<std::ptrdiff_t>(to));
    intake.processLines(views, from + 1, changes, dead);
}

std::string stateBytes(const LiveEngine& engine, const LiveIntake& intake)
{
    ByteWriter w;
    writeDataset(w, engine.data());
    writeEngineState(w, engine);
    writeIntakeState(w, intake);
    return std::move(w.buffer());
}

std::vector<std::string> changeIds(const std::vector<LiveChange>& changes)
{
    std::vector<std::string> out;
    for (const auto& c : changes)
        out.push_back(c.changeId + " " + c.segment + " " + c.key + (c.enter ? " enter" : " exit"));
    return out;
}

// Every set of the graph (as the batch run names them) has the same members in both.
std::string sameMembers(const RunResult& reference, const LiveEngine& a, const LiveEngine& b)
{
    for (const auto& [ref, set] : reference.sets)
        if (!(a.members(ref) == b.members(ref)))
            return "set '" + ref + "' differs: " + std::to_string(a.members(ref).count()) + " members before, " +
                std::to_string(b.members(ref).count()) + " restored";
    return {};
}

std::string csvOf(const CustomerTable& t)
{
    std::string out;
    for (size_t r = 0; r < t.rows(); ++r) {
        for (const Column& c : t.table.columns)
            out += c.textAt(r) + ",";
        out += "\n";
    }
    return out;
}

std::string readAll(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const fs::path& p, const std::string& bytes)
{
    std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

#define EXPECT_ERROR_WITH(statement, fragment)                                                          \
    do {                                                                                                \
        bool thrown_ = false;                                                                           \
        try {                                                                                           \
            statement;                                                                                  \
        } catch (const seg::Error& e_) {                                                                \
            thrown_ = true;                                                                             \
            QVERIFY2(std::string(e_.what()).find(fragment) != std::string::npos, e_.what());            \
        }                                                                                               \
        QVERIFY2(thrown_, "no error for " #statement);                                                  \
    } while (false)

} // namespace

class TestCheckpoint : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        project_ = loadDemo();
        messages_ = demoMessages(project_.data);
        QVERIFY(messages_.size() > 10'000);
        reference_ = batchAt(project_.graph, project_.data, *project_.graph.asOf);
    }

    // Half the messages, a snapshot, then the other half on both the saved engine and the
    // restored one: the same members, customers, counters and bytes at the snapshot, and
    // the same triggers (ids included) after it. The clock moves 40 days in between, so the
    // deadline queue and the stored events' windows are part of what is compared.
    void snapshotRoundTripEqualsTheLiveState()
    {
        const Graph& g = project_.graph;
        LiveEngine engine(g, project_.data, *g.asOf);
        engine.start(imported);
        LiveIntake intake(engine, {});
        std::vector<LiveChange> changes;
        const size_t half = messages_.size() / 2;
        feed(intake, messages_, 0, half, changes);
        intake.advanceClock(*g.asOf + 20, changes);
        QVERIFY(engine.createdCustomers() > 0);
        QVERIFY(engine.profiledCustomers() > engine.createdCustomers());

        const fs::path file = fs::path(dir_.path().toStdString()) / "roundtrip.bin";
        SnapshotHeader header;
        header.graphHash = "h";
        header.generation = 3;
        header.positions.clock = engine.clock();
        header.positions.sinks = {{"t.ndjson", 1234}};
        const std::string bytes = stateBytes(engine, intake);
        writeSnapshotFile(file, header, bytes);

        const SnapshotFile read = readSnapshotFile(file);
        QCOMPARE(read.header.generation, uint64_t(3));
        QCOMPARE(read.header.positions.sinks.front().second, uint64_t(1234));
        ByteReader in = read.stateReader(file);
        const Dataset data = readDataset(in);
        LiveEngine restored(g, data, read.header.positions.clock);
        readEngineState(in, restored);
        LiveIntake restoredIntake(restored, {});
        readIntakeState(in, restoredIntake);
        QCOMPARE(in.remaining(), size_t(0));

        const std::string problem = sameMembers(reference_, engine, restored);
        QVERIFY2(problem.empty(), problem.c_str());
        QCOMPARE(restored.customers(), engine.customers());
        QCOMPARE(restored.storedEvents(), engine.storedEvents());
        QCOMPARE(csvOf(restored.customerTable()), csvOf(engine.customerTable()));
        QCOMPARE(restoredIntake.countersToJson().dump(), intake.countersToJson().dump());
        QCOMPARE(restoredIntake.dedupIds(), intake.dedupIds());
        QVERIFY(stateBytes(restored, restoredIntake) == bytes); // nothing lost, nothing added

        // The messages after the snapshot (each sent-twice one a duplicate for both, since
        // the de-duplication window came along) and 40 more days.
        std::vector<LiveChange> after, restoredAfter;
        feed(intake, messages_, half, messages_.size(), after);
        feed(restoredIntake, messages_, half, messages_.size(), restoredAfter);
        intake.advanceClock(*g.asOf + 60, after);
        restoredIntake.advanceClock(*g.asOf + 60, restoredAfter);
        QVERIFY(after.size() > 50);
        QCOMPARE(changeIds(restoredAfter), changeIds(after));
        QVERIFY(intake.counters().duplicates > 0);
        QCOMPARE(restoredIntake.countersToJson().dump(), intake.countersToJson().dump());
        QVERIFY(stateBytes(restored, restoredIntake) == stateBytes(engine, intake));
    }

    void truncatedSnapshotIsRefusedNamingTheFile()
    {
        const fs::path file = writeSmallSnapshot("truncated.bin");
        const std::string bytes = readAll(file);
        writeAll(file, bytes.substr(0, bytes.size() - 100));
        EXPECT_ERROR_WITH(readSnapshotFile(file), file.string() + " is truncated or damaged");
        writeAll(file, bytes.substr(0, 20)); // cut inside the header
        EXPECT_ERROR_WITH(readSnapshotFile(file), file.string());
    }

    void corruptSnapshotIsRefusedNamingTheFile()
    {
        const fs::path file = writeSmallSnapshot("corrupt.bin");
        std::string bytes = readAll(file);
        bytes[bytes.size() / 2] ^= 0x10;
        writeAll(file, bytes);
        EXPECT_ERROR_WITH(readSnapshotFile(file), file.string() + " is damaged: its checksum does not match");
    }

    void foreignAndNewerSnapshotsAreRefused()
    {
        const fs::path file = writeSmallSnapshot("newer.bin");
        std::string bytes = readAll(file);
        bytes[8] = 2; // the format version (little-endian uint32 after the magic)
        writeAll(file, bytes);
        EXPECT_ERROR_WITH(readSnapshotFile(file), file.string() + " was written by a newer Segment Studio (state format 2");
        const fs::path foreign = fs::path(dir_.path().toStdString()) / "foreign.bin";
        writeAll(foreign, "customer_id,email\n1,a@b.c\n");
        EXPECT_ERROR_WITH(readSnapshotFile(foreign), foreign.string() + " is not a Segment Studio state snapshot");
    }

    // Records read back as written; a record cut short at the end (a kill while appending)
    // is dropped and cut off the file; a damaged record with records after it is refused.
    void logRecordsRoundTripAndATornTailIsDropped()
    {
        const fs::path file = fs::path(dir_.path().toStdString()) / "log-5.bin";
        std::vector<LogRecord> written;
        {
            MessageLog log(file, 5, "hash");
            for (int i = 0; i < 3; ++i) {
                LogRecord r;
                r.clockBefore = 100 + i;
                r.after.clock = 101 + i;
                r.after.sourceOffset = 1000u * static_cast<unsigned>(i);
                r.after.sinks = {{"t.ndjson", 77u * static_cast<unsigned>(i)}};
                r.acknowledged = {"ev entry " + std::to_string(i) + "-0"};
                r.messages = {"{\"a\":" + std::to_string(i) + "}", "second"};
                log.append(r);
                written.push_back(r);
            }
        }
        const size_t whole = fs::file_size(file);
        auto same = [&](const std::vector<LogRecord>& got, size_t n) {
            QCOMPARE(got.size(), n);
            for (size_t i = 0; i < n; ++i) {
                QCOMPARE(got[i].clockBefore, written[i].clockBefore);
                QCOMPARE(got[i].after.clock, written[i].after.clock);
                QCOMPARE(got[i].after.sourceOffset, written[i].after.sourceOffset);
                QVERIFY(got[i].after.sinks == written[i].after.sinks);
                QVERIFY(got[i].acknowledged == written[i].acknowledged);
                QVERIFY(got[i].messages == written[i].messages);
            }
        };
        same(MessageLog::read(file, 5, "hash"), 3);
        EXPECT_ERROR_WITH(MessageLog::read(file, 6, "hash"), file.string() + " belongs to another snapshot generation");

        // A torn last record: dropped, noted, and cut off so that appends follow record 2.
        fs::resize_file(file, whole - 5);
        std::string note;
        same(MessageLog::read(file, 5, "hash", &note), 2);
        QVERIFY2(note.find("dropped a record cut short") != std::string::npos, note.c_str());
        QVERIFY(fs::file_size(file) < whole - 5);
        {
            MessageLog log(file, 5, "hash");
            log.append(written[2]);
        }
        same(MessageLog::read(file, 5, "hash"), 3);
        QCOMPARE(size_t(fs::file_size(file)), whole);

        // A flipped byte in record 1 with records after it: damage, refused.
        std::string bytes = readAll(file);
        bytes[bytes.size() / 3] ^= 0x01;
        writeAll(file, bytes);
        EXPECT_ERROR_WITH(MessageLog::read(file, 5, "hash"), file.string() + " is damaged: record");
        writeAll(file, "not a log");
        EXPECT_ERROR_WITH(MessageLog::read(file, 5, "hash"), file.string() + " is not a Segment Studio state log");
    }

    // The stream's state folder without the CLI: a snapshot, batches logged after it, then
    // the process "dies" (no final snapshot). A new StreamState loads the snapshot and
    // replays the log; the result equals the engine that handled everything uninterrupted,
    // and a further batch gives the same triggers on both.
    void logReplayAfterASnapshotEqualsTheUninterruptedRun()
    {
        const Graph& g = project_.graph;
        const fs::path dir = fs::path(dir_.path().toStdString()) / "state";
        LiveEngine reference(g, project_.data, *g.asOf);
        reference.start(imported);
        LiveIntake referenceIntake(reference, {});
        std::vector<LiveChange> referenceChanges;

        StreamStateOptions options;
        options.dir = dir;
        options.snapshotMessages = 3000; // a snapshot in the middle, then a log after it
        const size_t stop = messages_.size() - 1000;
        {
            StreamState state(options, g, "-");
            std::vector<std::string> noSinks;
            auto sinks = state.openSinks(noSinks, {});
            LiveEngine engine(g, project_.data, *g.asOf);
            engine.start(imported);
            LiveIntake intake(engine, {});
            state.begin(engine, intake);
            std::vector<LiveChange> changes;
            for (size_t from = 0; from < stop; from += 700) {
                const size_t to = std::min(stop, from + 700);
                std::vector<SourceMessage> batch;
                for (size_t i = from; i < to; ++i)
                    batch.push_back({messages_[i], "line " + std::to_string(i + 1), {}, 0, {}});
                feed(intake, messages_, from, to, changes);
                if (from == 2100)
                    intake.advanceClock(*g.asOf + 3, changes); // a clock move inside the log
                state.commit(batch, to, 0, engine);
                state.maybeSnapshot(engine, intake);
            }
            QVERIFY(fs::exists(dir / "snapshot.bin"));
        } // killed: no final snapshot
        size_t logs = 0;
        for (const auto& e : fs::directory_iterator(dir))
            logs += e.path().filename().string().rfind("log-", 0) == 0 ? 1 : 0;
        QCOMPARE(logs, size_t(1));
        feed(referenceIntake, messages_, 0, 2800, referenceChanges);
        referenceIntake.advanceClock(*g.asOf + 3, referenceChanges);
        feed(referenceIntake, messages_, 2800, stop, referenceChanges);

        StreamState state(options, g, "-");
        QVERIFY(state.restoring());
        QCOMPARE(state.lineNumber(), uint64_t(stop));
        const Dataset data = state.restoredData();
        LiveEngine engine(g, data, state.savedClock());
        LiveIntake intake(engine, {});
        const std::string note = state.begin(engine, intake);
        QVERIFY2(note.find("replayed ") != std::string::npos && note.find("replayed 0 ") == std::string::npos, note.c_str());
        QCOMPARE(engine.clock(), *g.asOf + 3);
        const std::string problem = sameMembers(reference_, reference, engine);
        QVERIFY2(problem.empty(), problem.c_str());
        QCOMPARE(intake.countersToJson().dump(), referenceIntake.countersToJson().dump());

        std::vector<LiveChange> a, b;
        feed(referenceIntake, messages_, stop, messages_.size(), a);
        feed(intake, messages_, stop, messages_.size(), b);
        QCOMPARE(changeIds(b), changeIds(a));
        QVERIFY(stateBytes(engine, intake) == stateBytes(reference, referenceIntake));
    }

    // A state made for another graph is refused, saying so; --state-reset starts over.
    void stateOfAnotherGraphIsRefused()
    {
        const fs::path dir = fs::path(dir_.path().toStdString()) / "other";
        StreamStateOptions options;
        options.dir = dir;
        {
            StreamState state(options, project_.graph, "-");
            LiveEngine engine(project_.graph, project_.data, *project_.graph.asOf);
            engine.start(imported);
            LiveIntake intake(engine, {});
            state.begin(engine, intake);
        }
        Graph changed = project_.graph;
        changed.nodes.front().name += " (renamed)";
        EXPECT_ERROR_WITH(StreamState(options, changed, "-"), "was made for another graph");
        options.reset = true;
        StreamState fresh(options, changed, "-");
        QVERIFY(!fresh.restoring());
    }

    // Two streams on one folder would interleave their logs: the second is refused.
    void aSecondStreamOnTheFolderIsRefused()
    {
        StreamStateOptions options;
        options.dir = fs::path(dir_.path().toStdString()) / "locked";
        StreamState first(options, project_.graph, "-");
        EXPECT_ERROR_WITH(StreamState(options, project_.graph, "-"), "is in use by another stream");
    }

private:
    fs::path writeSmallSnapshot(const std::string& name)
    {
        LiveEngine engine(project_.graph, project_.data, *project_.graph.asOf);
        engine.start(imported);
        LiveIntake intake(engine, {});
        const fs::path file = fs::path(dir_.path().toStdString()) / name;
        SnapshotHeader header;
        header.graphHash = "h";
        writeSnapshotFile(file, header, stateBytes(engine, intake));
        readSnapshotFile(file); // intact before the damage
        return file;
    }

    QTemporaryDir dir_;
    Project project_;
    std::vector<std::string> messages_;
    RunResult reference_;
};

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "test_checkpoint.moc"
