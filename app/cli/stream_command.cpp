// stream: keep a graph's segments live over a stream of NDJSON messages (events and profile
// updates), writing one enter/exit trigger per membership change. Starts from the imported
// data like `run`; stops cleanly at the end of the input or on SIGINT/SIGTERM, then writes
// the run report (with the stream's counters) and the exports like `run`.
#include "args.h"
#include "commands.h"
#include "project.h"

#include "checkpoint/stream_state.h"
#include "connectors/change_sink.h"
#include "connectors/connector_url.h"
#include "connectors/message_source.h"
#include "connectors/stream_metrics.h"
#include "connectors/top_coordinator.h"
#include "connectors/worker_partition.h"
#include "exec/runner.h"
#include "export/atomic_text_file.h"
#include "live/live_engine.h"
#include "live/message_intake.h"
#include "util/error.h"
#include "workspace/run_history.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <thread>

#include <unistd.h>

namespace seg::cli {

namespace {

volatile std::sig_atomic_t gStop = 0;

extern "C" void onStopSignal(int) { gStop = 1; }

// SIGINT/SIGTERM end the stream after the current message. Without SA_RESTART a blocking
// read of stdin returns at once, so a quiet pipe stops too.
void installStopHandlers()
{
    struct sigaction sa {};
    sa.sa_handler = onStopSignal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

std::string nowIso()
{
    const auto now = std::chrono::system_clock::now();
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
    std::string text = formatTimestamp(micros - micros % 1000); // milliseconds are enough
    return text;
}

// Opens PATH for writing, or stdout for "-".
class Sink {
public:
    Sink(const std::string& path, const std::string& what, bool append = false)
    {
        if (path == "-")
            return;
        file_.open(path, std::ios::binary | (append ? std::ios::app : std::ios::trunc));
        if (!file_)
            throw Error("cannot write the " + what + " to " + path);
    }
    std::ostream& out() { return file_.is_open() ? static_cast<std::ostream&>(file_) : std::cout; }
    bool isStdout() const { return !file_.is_open(); }

private:
    std::ofstream file_;
};

std::optional<int64_t> eventMicros(const std::string& line, const EventTable& ev)
{
    try {
        const Json j = Json::parse(line);
        const std::string name = ev.table.columns[static_cast<size_t>(ev.timeColumn)].name();
        if (!j.is_object() || !j.contains(name) || !j[name].is_string())
            return std::nullopt;
        const std::string text = j[name].get<std::string>();
        if (auto t = parseIsoTimestamp(text))
            return t;
        if (auto d = parseIsoDate(text))
            return int64_t{*d} * kMicrosPerDay;
    } catch (const Json::exception&) {
    }
    return std::nullopt;
}

} // namespace

int streamCommand(const std::vector<std::string>& args)
{
    const ParsedArgs parsed("stream", args,
                            {{"--from"}, {"--notify", true, true}, {"--dead-letter"}, {"--clock"}, {"--replay-speed"},
                             {"--lateness-days"}, {"--max-future-days"}, {"--dedup-days"}, {"--dedup-ids"}, {"--report"},
                             {"--export"}, {"--quiet", false}, {"--metrics"}, {"--http-token-file"}, {"--webhook-secret-file"},
                             {"--state"}, {"--state-reset", false}, {"--snapshot-messages"}, {"--snapshot-seconds"},
                             {"--partition"}, {"--top-cut"}},
                            1, 1);
    const std::string from = parsed.required("--from");
    const std::vector<std::string> notify = parsed.values("--notify"); // several sinks allowed
    if (notify.empty())
        parsed.required("--notify"); // fails: names the missing option
    const auto deadPath = parsed.value("--dead-letter");
    const auto reportPath = parsed.value("--report");
    const auto exportDir = parsed.value("--export");
    const bool quiet = parsed.has("--quiet");
    for (const auto& p : {from, deadPath.value_or("x"), reportPath.value_or("x"), exportDir.value_or("x")})
        if (p.empty())
            parsed.fail("paths may not be empty");
    for (const auto& p : notify)
        if (p.empty())
            parsed.fail("paths may not be empty");
    LiveIntakeOptions options;
    if (const auto l = parsed.count("--lateness-days", 0, 1'000'000))
        options.latenessDays = static_cast<int64_t>(*l);
    if (const auto f = parsed.count("--max-future-days", 0, 1'000'000))
        options.maxFutureDays = static_cast<int64_t>(*f);
    if (const auto d = parsed.count("--dedup-days", 0, 1'000'000))
        options.dedupDays = static_cast<int64_t>(*d);
    if (const auto n = parsed.count("--dedup-ids", 1, 1'000'000'000'000))
        options.dedupMaxIds = static_cast<size_t>(*n);
    const double speed = static_cast<double>(parsed.count("--replay-speed", 1, 1'000'000'000).value_or(0));

    std::optional<Graph> graph = loadGraphOrReport(parsed.positionals()[0]);
    if (!graph)
        return kExitInvalidInput;
    // --partition i/N: one of N workers sharing the customers by key (worker_partition.h).
    std::optional<WorkerPartition> partition;
    bool sharedTops = false; // --top-cut: the workers' top-N cut shared through Redis
    if (parsed.has("--top-cut") && !parsed.has("--partition"))
        parsed.fail("--top-cut goes with --partition");
    if (const auto text = parsed.value("--partition")) {
        partition = WorkerPartition::parse(*text);
        sharedTops = checkPartitionable(*graph, parsed.has("--top-cut"));
        checkPartitionSource(from);
        options.foreignKey = [p = *partition](std::string_view key) { return p.foreignReason(key); };
    }
    // The clock: a fixed date, the latest event time seen, or the wall clock (UTC day). By
    // default the graph's as_of (a replay gives the batch result), else the wall clock.
    int32_t start = graph->asOf.value_or(todayUtc());
    const std::string clock = parsed.value("--clock").value_or(graph->asOf ? "fixed" : "wall");
    if (clock == "wall") {
        options.clock = LiveClockMode::Wall;
        start = todayUtc();
    } else if (clock == "events") {
        options.clock = LiveClockMode::Events;
    } else if (clock != "fixed") {
        const auto day = parseIsoDate(clock);
        if (!day)
            parsed.fail("option '--clock' takes wall, events or a date YYYY-MM-DD, not '" + clock + "'");
        start = *day;
    }

    // --from and --notify pick their kind by form: a path, "-", or a broker URL (connectors/).
    std::optional<Sink> deadSink;
    if (deadPath) // a stream with --state appends (its earlier runs' dead letters stay)
        deadSink.emplace(*deadPath, "dead letters", parsed.value("--state").has_value());
    ConnectorHooks hooks{[] { return gStop != 0; }, {}};
    // Webhook sinks dead-letter changes after their retries (on this thread, in flush()).
    hooks.deadLetter = [&deadSink](const std::string& line) { (deadSink ? deadSink->out() : std::cerr) << line << '\n'; };
    hooks.httpTokenFile = parsed.value("--http-token-file").value_or("");
    hooks.webhookSecretFile = parsed.value("--webhook-secret-file").value_or("");
    installStopHandlers(); // a broker that is down is retried until a signal
    // --state DIR: continue from the folder's snapshot and log (core/checkpoint/stream_state.h).
    std::optional<StreamState> state;
    if (const auto dir = parsed.value("--state")) {
        StreamStateOptions stateOptions;
        stateOptions.dir = *dir;
        stateOptions.reset = parsed.has("--state-reset");
        stateOptions.snapshotMessages = parsed.count("--snapshot-messages", 1, 1'000'000'000'000).value_or(1'000'000);
        stateOptions.snapshotSeconds = static_cast<double>(parsed.count("--snapshot-seconds", 1, 86'400 * 365).value_or(300));
        state.emplace(stateOptions, *graph, from);
    } else if (parsed.has("--state-reset") || parsed.has("--snapshot-messages") || parsed.has("--snapshot-seconds")) {
        parsed.fail("--state-reset, --snapshot-messages and --snapshot-seconds need --state DIR");
    }
    const bool restoring = state && state->restoring();
    const std::unique_ptr<MessageSource> source = state ? state->openSource(from, hooks) : openMessageSource(from, hooks);
    const std::unique_ptr<ChangeSink> triggers = state ? state->openSinks(notify, hooks) : openChangeSinks(notify, hooks);
    std::optional<StreamMetrics> metrics; // GET /metrics (Prometheus text)
    if (const auto address = parsed.value("--metrics"))
        metrics.emplace(*address);

    // (a signal during the import stops before the first message)
    const auto t0 = std::chrono::steady_clock::now();
    // A restored state holds the data as this worker kept it (its partition only).
    Dataset data = restoring ? state->restoredData() : loadGraphData(*graph);
    if (partition && !restoring)
        keepPartition(data, *partition);
    LiveEngine engine(*graph, data, restoring ? state->savedClock() : start); // throws, naming the node, when it cannot be kept live
    if (!restoring)
        engine.start();
    LiveIntake intake(engine, options);
    if (state) {
        const std::string note = state->begin(engine, intake);
        if (!quiet)
            std::cerr << note;
    }
    std::optional<TopCoordinator> topCut;
    if (sharedTops) {
        topCut.emplace(*parsed.value("--top-cut"), *partition, hooks);
        std::vector<LiveChange> atStart; // the start state, not triggers
        topCut->sync(engine, atStart);
    }
    auto nextTopSync = std::chrono::steady_clock::now();
    if (partition) // other workers' members in a shared sink stay
        triggers->startShared(engine, [p = *partition](std::string_view key) { return p.owns(key); });
    else
        triggers->start(engine); // a sink mirroring memberships writes the members at start
    if (metrics)
        metrics->start(engine);
    const auto t1 = std::chrono::steady_clock::now();
    if (!quiet)
        std::cerr << "stream: " << engine.customers() << " customers, " << engine.storedEvents()
                  << " imported events kept" << (partition ? " (partition " + partition->text() + ")" : std::string()) << ", clock " << formatDate(engine.clock()) << ", ready in "
                  << std::chrono::duration<double>(t1 - t0).count() << " s\n";

    std::vector<LiveChange> changes;
    std::vector<DeadLetter> dead;
    std::vector<SourceMessage> batch;
    std::vector<std::string_view> views;
    size_t lineNumber = state ? state->lineNumber() : 0;
    uint64_t entriesWithoutMessage = state ? state->entriesWithoutMessage() : 0; // dead-lettered by the source (e.g. no data field)
    std::optional<int64_t> firstEvent;
    const auto replayStart = std::chrono::steady_clock::now();
    // A broker source is acknowledged only after the changes of a batch are flushed to the
    // sinks; a broker sink gets each batch at once (not everything at the end of a file).
    const bool flushEach = from == "-" || state || speed > 0 || source->acknowledges() ||
        std::any_of(notify.begin(), notify.end(), [](const std::string& n) { return looksLikeUrl(n); });
    size_t batchFirstLine = 1; // the line number of the current batch's first message
    std::chrono::steady_clock::time_point nextLagQuery{}; // --metrics: when to ask the source's lag again
    size_t batchChanges = 0; // changes of the current batch (for the latency histogram)
    std::vector<std::pair<int64_t, size_t>> changesBySent; // per message with changes: (sent, changes)
    auto writeOutputs = [&](const std::string& position) {
        if (!changes.empty()) {
            batchChanges += changes.size();
            triggers->write(changes, nowIso());
            changes.clear();
        }
        for (const auto& d : dead) {
            const size_t index = d.line - batchFirstLine; // of the message in the batch
            source->rejected(index, d.reason);            // an HTTP source answers it to the producer
            Json j{{"line", d.line}, {"reason", d.reason}, {"message", d.message}};
            if (source->acknowledges()) // the broker's entry, e.g. "events entry 1712-0"
                j["position"] = index < batch.size() ? batch[index].position : position;
            (deadSink ? deadSink->out() : std::cerr) << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
        }
        dead.clear();
    };
    auto handle = [&](const SourceMessage& m) {
        const std::string& line = m.data;
        ++lineNumber;
        if (speed > 0 && data.events) {
            // Replay at `speed` times the pace of the events' own times.
            if (const auto t = eventMicros(line, *data.events)) {
                if (!firstEvent)
                    firstEvent = *t;
                const auto due = replayStart +
                    std::chrono::microseconds(static_cast<int64_t>(static_cast<double>(*t - *firstEvent) / speed));
                while (!gStop && std::chrono::steady_clock::now() < due)
                    std::this_thread::sleep_until(std::min(due, std::chrono::steady_clock::now() + std::chrono::milliseconds(100)));
            }
        }
        if (!m.error.empty()) {
            dead.push_back({line, m.error, lineNumber});
            ++entriesWithoutMessage;
        } else {
            intake.processLine(line, lineNumber, changes, dead);
        }
        const size_t before = batchChanges;
        writeOutputs(m.position);
        if (batchChanges > before)
            changesBySent.emplace_back(m.sentMicros, batchChanges - before);
    };
    while (!gStop && source->next(batch, std::chrono::milliseconds(200))) {
        const auto received = std::chrono::steady_clock::now();
        batchFirstLine = lineNumber + 1;
        // Entries the state holds already (handled, not acknowledged before a crash).
        const size_t alreadyHandled = state ? state->dropHandled(batch) : 0;
        batchChanges = 0;
        changesBySent.clear();
        bool whole = true;
        if (speed == 0 && !metrics) {
            // Unpaced: the batch's messages go through processLines together (parsed and
            // de-duplicated on the other core while the previous ones are applied), with the
            // same results and order as one by one. Entries without a message split the runs.
            size_t i = 0;
            while (i < batch.size() && (!gStop || state)) { // with a state, batches stay whole
                size_t j = i;
                while (j < batch.size() && batch[j].error.empty())
                    ++j;
                if (j - i > 1) {
                    views.clear();
                    for (size_t k = i; k < j; ++k)
                        views.emplace_back(batch[k].data);
                    intake.processLines(views, lineNumber + 1, changes, dead);
                    lineNumber += j - i;
                    writeOutputs(batch[j - 1].position);
                    i = j;
                } else {
                    handle(batch[i++]);
                }
            }
            whole = !gStop || i == batch.size();
        } else {
            for (const SourceMessage& m : batch) {
                if (gStop && !state) {
                    whole = false; // the rest is redelivered: not acknowledged
                    break;
                }
                handle(m);
            }
        }
        if (batch.empty() && options.clock == LiveClockMode::Wall) {
            intake.advanceClock(todayUtc(), changes); // a quiet broker: windows still move at midnight
            writeOutputs({});
        }
        if (topCut && std::chrono::steady_clock::now() >= nextTopSync) {
            topCut->sync(engine, changes); // the other workers' moves of the top-N cut
            writeOutputs({});
            nextTopSync = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
        }
        if (flushEach) {
            triggers->flush();
            if (deadSink)
                deadSink->out().flush();
        }
        if (metrics) {
            // Event-to-change latency: from the producer's send where the source knows it
            // (Redis entry ids), else from the batch's arrival.
            const double sinceReceived = std::chrono::duration<double>(std::chrono::steady_clock::now() - received).count();
            const int64_t nowMicros = std::chrono::duration_cast<std::chrono::microseconds>(
                                          std::chrono::system_clock::now().time_since_epoch()).count();
            std::vector<std::pair<double, size_t>> latencies;
            for (const auto& [sent, n] : changesBySent)
                latencies.emplace_back(sent > 0 ? std::max(0.0, static_cast<double>(nowMicros - sent) / 1e6) : sinceReceived, n);
            metrics->update(intake.counters(), latencies);
            if (received >= nextLagQuery) { // a round trip to the broker: once a second
                metrics->setSourceLag(source->lag());
                nextLagQuery = std::chrono::steady_clock::now() + std::chrono::seconds(1);
            }
        }
        if (state) // durable before the source lets go of the batch
            state->commit(batch, lineNumber, entriesWithoutMessage, engine);
        if (whole && (!batch.empty() || alreadyHandled))
            source->acknowledge();
        if (state)
            if (const std::string note = state->maybeSnapshot(engine, intake); !quiet)
                std::cerr << note;
    }
    triggers->flush();
    if (state) { // a clean stop: the restart reads one snapshot and no log
        state->commit({}, lineNumber, entriesWithoutMessage, engine);
        if (const std::string note = state->maybeSnapshot(engine, intake, true); !quiet)
            std::cerr << note;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - replayStart).count();
    const LiveCounters& c = intake.counters();
    if (!quiet) {
        std::cerr << "stream: " << source->describe() << ": " << (gStop ? "stopped by signal" : "end of input") << " after " << c.messages
                  << " messages in " << seconds << " s: " << c.events << " events, " << c.profiles
                  << " profile updates (" << c.createdCustomers << " new customers), " << c.duplicates << " duplicates, " << c.deadLettered << " dead-lettered, "
                  << c.unknownCustomers << " of unknown customers, " << c.changes << " changes\n";
    }
    RunResult result = engine.snapshot(seconds * 1000.0);
    if (const auto& workspace = openedWorkspace()) { // a workspace keeps the final snapshot as a run
        const int64_t run = recordRun(*workspace, *graph, result, "stream");
        if (!quiet)
            std::cerr << "stream: recorded the final snapshot as run " << run << " in " << workspace->file.string() << "\n";
    }
    if (reportPath) {
        Json report = runReportToJson(result, data);
        Json stream = intake.countersToJson();
        stream["seconds"] = seconds;
        stream["messages_per_second"] = seconds > 0 ? static_cast<double>(c.messages) / seconds : 0.0;
        stream["stopped_by"] = gStop ? "signal" : "end of input";
        stream["dead_lettered"] = stream["dead_lettered"].get<uint64_t>() + entriesWithoutMessage;
        report["stream"] = stream;
        // Atomically, as `run --report` (issue 16 finding 6): a kill or a full disk leaves the
        // previous report whole, and the message names the OS reason.
        try {
            AtomicTextFile out{std::filesystem::path(*reportPath)};
            out.append(report.dump(2) + "\n");
            out.commit();
        } catch (const Error& e) {
            std::string reason = e.what(); // "cannot write '<file>': <OS reason>": keep the reason
            if (const size_t at = reason.find("': "); at != std::string::npos)
                reason.erase(0, at + 3);
            throw Error("cannot write the run report to " + *reportPath + ": " + reason);
        }
    }
    if (exportDir) {
        // The final state: profile updates applied and created customers appended, so the
        // exported columns are what a `run --export` over the edited customers file writes.
        size_t written = 0;
        if (engine.profiledCustomers() == 0) {
            written = exportSegments(*graph, data, result, *exportDir);
        } else {
            Dataset final;
            final.customers = engine.customerTable();
            written = exportSegments(*graph, final, result, *exportDir);
        }
        if (!quiet)
            std::cerr << "stream: exported " << written << (written == 1 ? " segment" : " segments") << " to "
                      << *exportDir << "\n";
    }
    return kExitOk;
}

} // namespace seg::cli
