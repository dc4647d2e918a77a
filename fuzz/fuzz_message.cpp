// Fuzz target: the live message parser (issue 16: "any message parser the project has") over
// arbitrary bytes, each line one message of `stream`, on a small graph with a window, a top
// cut, a "not" and a customer column rule. Checks, on top of "no crash, no sanitizer report,
// no hang": every line is counted as one message, every dead letter names a line of this
// input, line by line and batched intake (processLine vs processLines) agree on the changes
// and dead letters, and the connector URL parser refuses what it cannot read with seg::Error.
#include "connectors/connector_url.h"
#include "graph/graph_io.h"
#include "live/live_engine.h"
#include "live/message_intake.h"
#include "live/message_json.h"
#include "util/error.h"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

namespace {

struct Project {
    seg::Graph graph;
    seg::Dataset data;
};

const Project& project()
{
    static const Project p = [] {
        const std::filesystem::path dir =
            std::filesystem::temp_directory_path() / ("segstudio-fuzz-message-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        std::ofstream(dir / "customers.csv") << "id,name,vip\n1,Ann,false\n2,Bob,true\n3,Cid,false\n4,Dee,\n";
        std::ofstream(dir / "events.csv") << "customer_id,ts,event_type,amount\n"
                                             "1,2024-06-01 10:00:00,purchase,100.0\n"
                                             "2,2024-12-30 10:00:00,purchase,90.0\n"
                                             "3,2024-12-01 10:00:00,view,\n";
        const std::string text = R"({"format":"segment-studio/graph","format_version":1,"as_of":"2024-12-31",
          "datasets":{"customers":{"path":"customers.csv","key":"id"},
                      "events":{"path":"events.csv","key":"customer_id","time":"ts","type":"event_type"}},
          "nodes":[
            {"id":"d","type":"derive","name":"spend","from":"events","event":"purchase","aggregate":"sum","field":"amount"},
            {"id":"t","type":"top","field":"spend","count":2},
            {"id":"b","type":"behavior","event":"purchase","within_last_days":2,"aggregate":"count","op":"ge","value":1},
            {"id":"n","type":"behavior","event":"purchase","within_last_days":2,"aggregate":"count","op":"eq","value":0},
            {"id":"s_top","type":"segment","name":"Top","input":"t"},
            {"id":"s_recent","type":"segment","name":"Recent","input":"b"},
            {"id":"s_lapsed","type":"segment","name":"Lapsed","input":"n"}]})";
        seg::GraphLoadResult loaded = seg::parseGraph(text, "fuzz.segment.json", dir.string());
        if (!loaded.ok())
            std::abort(); // the target's own graph must load
        Project out{*loaded.graph, {}};
        out.data = seg::loadDataset(out.graph.customers, out.graph.resolve("customers.csv"), out.graph.events,
                                    out.graph.resolve("events.csv"));
        std::filesystem::remove_all(dir);
        return out;
    }();
    return p;
}

std::string describe(const std::vector<seg::LiveChange>& changes, const std::vector<seg::DeadLetter>& dead)
{
    std::string out;
    for (const auto& c : changes)
        out += c.segment + ' ' + c.key + (c.enter ? " +" : " -") + c.changeId + '\n';
    for (const auto& d : dead)
        out += std::to_string(d.line) + ' ' + d.reason + '\n';
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size)
{
    const std::string input(reinterpret_cast<const char*>(bytes), size);
    try { // the URL parser: a clear refusal (seg::Error) or a URL, never anything else
        (void)seg::parseConnectorUrl(input.substr(0, input.find('\n')));
    } catch (const seg::Error&) {
    }

    std::vector<std::string_view> lines;
    for (size_t start = 0; start < input.size();) {
        size_t end = input.find('\n', start);
        if (end == std::string::npos)
            end = input.size();
        const std::string_view line(input.data() + start, end - start);
        // The intake skips blank lines, after its own trimming (line ends, whitespace).
        if (seg::live_detail::trimLine(line).find_first_not_of(" \t") != std::string_view::npos)
            lines.push_back(line);
        start = end + 1;
    }
    const Project& p = project();
    seg::LiveIntakeOptions options;
    options.maxLineBytes = 4096; // small, so the long-line path is reached too

    seg::LiveEngine oneEngine(p.graph, p.data, *p.graph.asOf);
    oneEngine.start();
    seg::LiveIntake one(oneEngine, options);
    std::vector<seg::LiveChange> oneChanges;
    std::vector<seg::DeadLetter> oneDead;
    for (size_t i = 0; i < lines.size(); ++i)
        one.processLine(lines[i], i + 1, oneChanges, oneDead);
    if (one.counters().messages != lines.size() || one.counters().deadLettered != oneDead.size())
        std::abort(); // a message not counted, or a dead letter not counted
    for (const auto& d : oneDead)
        if (d.line < 1 || d.line > lines.size())
            std::abort(); // a dead letter naming a line this input does not have

    seg::LiveEngine batchEngine(p.graph, p.data, *p.graph.asOf);
    batchEngine.start();
    seg::LiveIntake batch(batchEngine, options);
    std::vector<seg::LiveChange> batchChanges;
    std::vector<seg::DeadLetter> batchDead;
    batch.processLines(lines, 1, batchChanges, batchDead);
    if (describe(oneChanges, oneDead) != describe(batchChanges, batchDead))
        std::abort(); // the batched pipeline must do exactly what one by one does
    return 0;
}
