#include "sql_differential.h"

#include "exec/runner.h"
#include "graph/graph_io.h"
#include "oracle_graph.h"
#include "sql/sql_engine.h"

#include <algorithm>
#include <set>

namespace seg::sqltest {

using namespace seg::oracle;

namespace {

constexpr uint64_t kGraphsPerDataset = 10;

DataOptions dataOptionsFor(uint64_t dataSeed)
{
    Rng rng(dataSeed * 104729 + 7);
    DataOptions o;
    o.customers = static_cast<size_t>(rng.range(300, 1500));
    o.stringKeys = dataSeed % 3 == 2;
    o.timeIsDate = dataSeed % 4 == 3;
    o.asOf = daysOfIso("2024-12-31") + static_cast<int32_t>(rng.range(-400, 400));
    return o;
}

// key text -> value text (or "" for set members) of one set or derived column.
using Members = std::map<std::string, std::string>;

Members memoryMembers(const RandomData& data, const Bitset& set)
{
    Members m;
    set.forEach([&](size_t r) { m.emplace(data.keyText(r), ""); });
    return m;
}

Members remoteMembers(const Dataset& remote, const Bitset& set)
{
    Members m;
    set.forEach([&](size_t r) { m.emplace(remote.customers.key().textAt(r), ""); });
    return m;
}

Members columnValues(const Column& key, const Column& column)
{
    Members m;
    for (size_t r = 0; r < key.size(); ++r)
        m.emplace(key.textAt(r), column.isNull(r) ? "NULL" : column.textAt(r));
    return m;
}

std::string difference(const Members& want, const Members& got)
{
    std::string out;
    int shown = 0;
    for (const auto& [k, v] : want) {
        auto it = got.find(k);
        if (it == got.end() || it->second != v) {
            out += " [" + k + ": memory '" + v + "', engine " + (it == got.end() ? "absent" : "'" + it->second + "'") + "]";
            if (++shown == 5)
                return out;
        }
    }
    for (const auto& [k, v] : got)
        if (!want.count(k)) {
            out += " [" + k + ": only on the engine]";
            if (++shown == 5)
                break;
        }
    return out;
}

} // namespace

DifferentialOutcome runDifferential(const std::string& engineUrl, uint64_t first, uint64_t last)
{
    DifferentialOutcome out;
    SqlEngine engine(engineUrl);
    for (uint64_t dataSeed = first / kGraphsPerDataset; dataSeed <= last / kGraphsPerDataset; ++dataSeed) {
        const RandomData data = makeRandomData(dataOptionsFor(dataSeed), dataSeed + 5000);
        bool loaded = false;
        for (uint64_t seed = std::max(first, dataSeed * kGraphsPerDataset);
             seed <= std::min(last, dataSeed * kGraphsPerDataset + kGraphsPerDataset - 1); ++seed) {
            const GeneratedGraph generated = generateGraph(data, GraphOptions{}, seed, {});
            const std::string text = generated.json.dump(1);
            const std::string where = "graph seed " + std::to_string(seed) + " (" + std::to_string(data.rows())
                + " customers" + (data.options.stringKeys ? ", string keys" : "") + ")";
            auto fail = [&](const std::string& line) {
                out.problems.push_back(where + ": " + line);
                if (out.problems.size() <= 3)
                    out.detail += where + ": " + line + "\n" + text + "\n";
            };
            const GraphLoadResult graph = parseGraph(text, "random-" + std::to_string(seed) + ".segment.json", {});
            if (!graph.ok()) {
                fail("the generated graph does not load");
                continue;
            }
            for (const auto& n : generated.json["nodes"]) {
                ++out.coverage["type " + n["type"].get<std::string>()];
                if (n.contains("op"))
                    ++out.coverage["op " + n["op"].get<std::string>()];
            }
            if (!loaded) {
                engine.load(*graph.graph, data.dataset);
                loaded = true;
            }
            RunOptions options;
            options.strategy = Strategy::Sequential;
            options.threads = 1;
            options.allNodes = true;
            ++out.graphs;
            RunResult memory;
            RemoteRun remote;
            try {
                memory = runGraph(*graph.graph, data.dataset, options);
                remote = engine.run(*graph.graph, options);
            } catch (const std::exception& e) {
                fail(std::string("the run failed: ") + e.what());
                continue;
            }
            for (const auto& n : remote.result.nodes)
                if (n.status != NodeStatus::Ok)
                    fail("node '" + n.id + "' is " + std::string(nodeStatusName(n.status)) + " on the engine: " + n.error);
            for (const auto& [ref, set] : memory.sets) {
                ++out.sets;
                const Bitset* other = remote.result.members(ref);
                if (!other) {
                    fail("set '" + ref + "' is missing on the engine");
                    continue;
                }
                const Members want = memoryMembers(data, *set), got = remoteMembers(remote.data, *other);
                ++out.coverage[want.empty() || want.size() == data.rows() ? "sets trivial" : "sets proper"];
                if (want != got)
                    fail("set '" + ref + "': memory " + std::to_string(want.size()) + " members, engine "
                         + std::to_string(got.size()) + ":" + difference(want, got));
            }
            for (const auto& [name, column] : memory.derived) {
                auto it = remote.result.derived.find(name);
                if (it == remote.result.derived.end()) {
                    fail("derived column '" + name + "' is missing on the engine");
                    continue;
                }
                const Members want = columnValues(data.dataset.customers.key(), *column);
                const Members got = columnValues(remote.data.customers.key(), *it->second);
                if (want != got)
                    fail("derived column '" + name + "' differs:" + difference(want, got));
            }
        }
    }
    return out;
}

} // namespace seg::sqltest
