#include "connectors/worker_partition.h"

#include "connectors/connector_url.h"
#include "connectors/publisher.h"
#include "util/error.h"

#include <charconv>

namespace seg {

WorkerPartition WorkerPartition::parse(const std::string& text)
{
    WorkerPartition p;
    const size_t slash = text.find('/');
    auto number = [](std::string_view s, uint32_t& out) {
        const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return !s.empty() && ec == std::errc() && ptr == s.data() + s.size();
    };
    if (slash == std::string::npos || !number(std::string_view(text).substr(0, slash), p.index) ||
        !number(std::string_view(text).substr(slash + 1), p.count) || p.count < 1 || p.count > 1024 ||
        p.index >= p.count)
        throw Error("option '--partition' takes i/N (this worker's partition i of N, 0 <= i < N <= 1024), not '" +
                    text + "'");
    return p;
}

uint32_t WorkerPartition::ownerOf(std::string_view key) const { return partitionOfKey(key, count); }

std::optional<std::string> WorkerPartition::foreignReason(std::string_view key) const
{
    const uint32_t owner = ownerOf(key);
    if (owner == index)
        return std::nullopt;
    return "customer " + std::string(key) + " belongs to partition " + std::to_string(owner) + " of " +
        std::to_string(count) + ", not to this worker (--partition " + text() +
        "): the producer must route by the same key hash";
}

size_t keepPartition(Dataset& data, const WorkerPartition& partition)
{
    if (partition.count <= 1)
        return data.customers.rows();
    const Column& key = data.customers.key();
    std::vector<uint32_t> rows;
    for (size_t r = 0; r < data.customers.rows(); ++r)
        if (partition.owns(key.textAt(r)))
            rows.push_back(static_cast<uint32_t>(r));
    if (data.events) {
        // Events are grouped by customer row: keep the owned customers' runs, in order.
        EventTable& ev = *data.events;
        std::vector<uint32_t> eventRows;
        std::vector<uint64_t> offsets{0};
        offsets.reserve(rows.size() + 1);
        for (const uint32_t r : rows) {
            for (uint64_t e = ev.offsets[r]; e < ev.offsets[r + 1]; ++e)
                eventRows.push_back(static_cast<uint32_t>(e));
            offsets.push_back(eventRows.size());
        }
        for (Column& c : ev.table.columns)
            c.gather(eventRows);
        ev.table.rows = eventRows.size();
        ev.offsets = std::move(offsets);
    }
    for (Column& c : data.customers.table.columns)
        c.gather(rows);
    data.customers.table.rows = rows.size();
    ++data.version;
    return rows.size();
}

bool checkPartitionable(const Graph& graph, bool sharedCut)
{
    bool tops = false;
    for (const Node& n : graph.nodes)
        if (n.type == NodeType::Top) {
            tops = true;
            if (!sharedCut)
                throw Error("node '" + n.id + "' (top): --partition cannot keep a top-N cut live alone, since the cut "
                            "ranks the customers of every partition together; give --top-cut redis://... to share it "
                            "between the workers, or run this graph in one process");
        }
    return tops;
}

void checkPartitionSource(const std::string& from)
{
    if (!looksLikeUrl(from))
        return;
    const ConnectorUrl url = parseConnectorUrl(from);
    if (url.scheme == "amqp" && url.query.count("exchange"))
        throw Error("--partition with --from " + url.redacted() +
                    ": a consistent-hash exchange picks each key's queue inside RabbitMQ, so this worker cannot know "
                    "which customers are its own; publish with --to amqp://...?queue=Q --partitions N and read ?queue=Q.<i>");
}

} // namespace seg
