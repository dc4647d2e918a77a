#include "connectors/top_coordinator.h"

#include "exec/node_task.h"
#include "util/json.h"

#include <algorithm>

namespace seg {

namespace {

Json entryJson(const LiveTop::GlobalCut& e) { return Json::array({std::to_string(e.raw), e.text, e.key}); }

LiveTop::GlobalCut entryOf(const Json& j)
{
    LiveTop::GlobalCut e;
    e.raw = std::stoull(j.at(0).get<std::string>());
    e.text = j.at(1).get<std::string>();
    e.key = j.at(2).get<std::string>();
    return e;
}

} // namespace

namespace {

// The --top-cut URL, checked before anything connects.
ConnectorUrl topCutUrl(const std::string& text)
{
    const ConnectorUrl url = parseConnectorUrl(text);
    if (url.scheme != "redis")
        throw Error("--top-cut " + url.redacted() + ": the top-N cut is shared through Redis (redis://...)");
    for (const auto& [name, value] : url.query)
        if (name != "prefix")
            throw Error("the URL " + url.redacted() + " has an unknown parameter '" + name + "' (prefix)");
    return url;
}

} // namespace

TopCoordinator::TopCoordinator(const std::string& text, const WorkerPartition& partition, const ConnectorHooks& hooks)
    : client_(topCutUrl(text), "top-N coordination", hooks), prefix_(topCutUrl(text).value("prefix", "segtop:")),
      partition_(partition)
{
}

void TopCoordinator::sync(LiveEngine& engine, std::vector<LiveChange>& out)
{
    const std::string field = partition_.text();
    const std::string suffix = "/" + std::to_string(partition_.count);
    for (size_t index = 0; index < engine.bound().nodes.size(); ++index) {
        const LiveTop* top = engine.top(static_cast<int>(index));
        if (!top)
            continue;
        TopState& state = tops_[static_cast<int>(index)];
        const Node& node = top->node();
        const std::string key = prefix_ + node.id;
        const size_t n = top->candidates();
        // This worker's first k by the last known total (its own count until one is known).
        const size_t k = std::min(n, topCount(std::max(state.total, n), node));
        Json list = Json::array();
        for (size_t r = 0; r < k; ++r)
            list.push_back(entryJson(top->entryAt(r)));
        const std::string mine = Json{{"n", n}, {"top", list}}.dump();
        std::vector<RedisCommand> commands;
        if (mine != state.published)
            commands.push_back({"HSET", key, field, mine});
        commands.push_back({"HGETALL", key});
        const std::vector<RedisReply> replies = client_.pipeline(commands);
        state.published = mine;

        // Everyone's lists (a worker not there yet: no global cut, the local one meanwhile).
        std::vector<LiveTop::GlobalCut> merged;
        size_t total = 0, workers = 0;
        const redisReply* all = replies.back().raw();
        for (size_t i = 0; redisElement(all, i + 1); i += 2) {
            const std::string name = redisText(redisElement(all, i));
            if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
                continue; // a worker of another partition count
            const Json j = Json::parse(redisText(redisElement(all, i + 1)), nullptr, false);
            if (j.is_discarded() || !j.contains("n") || !j.contains("top"))
                continue;
            ++workers;
            total += j["n"].get<size_t>();
            for (const Json& e : j["top"])
                merged.push_back(entryOf(e));
        }
        if (workers < partition_.count)
            continue;
        state.total = total;
        const size_t globalK = topCount(total, node);
        std::optional<LiveTop::GlobalCut> cut;
        // (assigned, not emplace(): clang 14 finds the nested struct with member initializers not
        // default-constructible inside std::optional)
        if (globalK == 0) {
            LiveTop::GlobalCut nobody;
            nobody.kind = LiveTop::GlobalCut::Nobody;
            cut = nobody;
        } else if (globalK >= total) {
            LiveTop::GlobalCut everyone;
            everyone.kind = LiveTop::GlobalCut::Everyone;
            cut = everyone;
        } else if (merged.size() >= globalK) {
            std::nth_element(merged.begin(), merged.begin() + static_cast<std::ptrdiff_t>(globalK - 1), merged.end(),
                             [top](const LiveTop::GlobalCut& a, const LiveTop::GlobalCut& b) { return top->before(a, b); });
            cut = merged[globalK - 1];
        } else {
            continue; // a list was cut by an older total: the next sync has longer ones
        }
        const std::string applied = std::to_string(cut->kind) + '\n' + entryJson(*cut).dump();
        if (applied == state.applied)
            continue;
        state.applied = applied;
        engine.setTopCut(static_cast<int>(index), cut, out);
    }
}

} // namespace seg
