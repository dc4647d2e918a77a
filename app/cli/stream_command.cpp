// stream: keep a graph's segments live over a stream of NDJSON messages (events and profile
// updates), writing one enter/exit trigger per membership change. Starts from the imported
// data like `run`; stops cleanly at the end of the input or on SIGINT/SIGTERM, then writes
// the run report (with the stream's counters) and the exports like `run`.
#include "args.h"
#include "commands.h"
#include "project.h"

#include "exec/runner.h"
#include "export/atomic_text_file.h"
#include "live/live_engine.h"
#include "live/message_intake.h"
#include "util/error.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <thread>

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
    Sink(const std::string& path, const std::string& what)
    {
        if (path == "-")
            return;
        file_.open(path, std::ios::binary | std::ios::trunc);
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
                            {{"--from"}, {"--notify"}, {"--dead-letter"}, {"--clock"}, {"--replay-speed"},
                             {"--lateness-days"}, {"--max-future-days"}, {"--report"}, {"--export"}, {"--quiet", false}},
                            1, 1);
    const std::string from = parsed.required("--from");
    const std::string notify = parsed.required("--notify");
    const auto deadPath = parsed.value("--dead-letter");
    const auto reportPath = parsed.value("--report");
    const auto exportDir = parsed.value("--export");
    const bool quiet = parsed.has("--quiet");
    for (const auto& p : {from, notify, deadPath.value_or("x"), reportPath.value_or("x"), exportDir.value_or("x")})
        if (p.empty())
            parsed.fail("paths may not be empty");
    LiveIntakeOptions options;
    if (const auto l = parsed.count("--lateness-days", 0, 1'000'000))
        options.latenessDays = static_cast<int64_t>(*l);
    if (const auto f = parsed.count("--max-future-days", 0, 1'000'000))
        options.maxFutureDays = static_cast<int64_t>(*f);
    const double speed = static_cast<double>(parsed.count("--replay-speed", 1, 1'000'000'000).value_or(0));

    std::optional<Graph> graph = loadGraphOrReport(parsed.positionals()[0]);
    if (!graph)
        return kExitInvalidInput;
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

    std::ifstream file;
    if (from != "-") {
        file.open(from, std::ios::binary);
        if (!file)
            throw Error("cannot read " + from);
    }
    std::istream& in = from == "-" ? std::cin : file;
    Sink triggers(notify, "triggers");
    std::optional<Sink> deadSink;
    if (deadPath)
        deadSink.emplace(*deadPath, "dead letters");

    installStopHandlers(); // a signal during the import stops before the first message
    const auto t0 = std::chrono::steady_clock::now();
    const Dataset data = loadGraphData(*graph);
    LiveEngine engine(*graph, data, start); // throws, naming the node, when it cannot be kept live
    engine.start();
    LiveIntake intake(engine, options);
    const auto t1 = std::chrono::steady_clock::now();
    if (!quiet)
        std::cerr << "stream: " << engine.customers() << " customers, " << engine.storedEvents()
                  << " imported events kept, clock " << formatDate(engine.clock()) << ", ready in "
                  << std::chrono::duration<double>(t1 - t0).count() << " s\n";

    std::vector<LiveChange> changes;
    std::vector<DeadLetter> dead;
    std::string line;
    size_t lineNumber = 0;
    std::optional<int64_t> firstEvent;
    const auto replayStart = std::chrono::steady_clock::now();
    const bool flushEach = from == "-" || speed > 0;
    auto writeOutputs = [&] {
        if (!changes.empty()) {
            const std::string emitted = nowIso();
            for (const auto& c : changes) {
                Json j = changeToJson(c);
                j["emitted_at"] = emitted;
                triggers.out() << j.dump() << '\n';
            }
            changes.clear();
        }
        for (const auto& d : dead) {
            Json j{{"line", d.line}, {"reason", d.reason}, {"message", d.message}};
            (deadSink ? deadSink->out() : std::cerr) << j.dump(-1, ' ', false, Json::error_handler_t::replace) << '\n';
        }
        dead.clear();
        if (flushEach)
            triggers.out().flush();
    };
    while (!gStop && std::getline(in, line)) {
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
        intake.processLine(line, lineNumber, changes, dead);
        writeOutputs();
    }
    triggers.out().flush();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - replayStart).count();
    const LiveCounters& c = intake.counters();
    if (!quiet) {
        std::cerr << "stream: " << (gStop ? "stopped by signal" : "end of input") << " after " << c.messages
                  << " messages in " << seconds << " s: " << c.events << " events, " << c.profiles
                  << " profile updates, " << c.duplicates << " duplicates, " << c.deadLettered << " dead-lettered, "
                  << c.unknownCustomers << " of unknown customers, " << c.changes << " changes\n";
    }
    const RunResult result = engine.snapshot(seconds * 1000.0);
    if (reportPath) {
        Json report = runReportToJson(result, data);
        Json stream = intake.countersToJson();
        stream["seconds"] = seconds;
        stream["messages_per_second"] = seconds > 0 ? static_cast<double>(c.messages) / seconds : 0.0;
        stream["stopped_by"] = gStop ? "signal" : "end of input";
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
        const size_t written = exportSegments(*graph, data, result, *exportDir);
        if (!quiet)
            std::cerr << "stream: exported " << written << (written == 1 ? " segment" : " segments") << " to "
                      << *exportDir << "\n";
    }
    return kExitOk;
}

} // namespace seg::cli
