#include "sql/clickhouse_shards.h"

#include "util/error.h"

#include <map>
#include <utility>

namespace seg {

std::vector<HttpEndpoint> defaultShardEndpoints(const std::string& cluster, const std::vector<ClusterShardRow>& rows,
                                                int httpPort)
{
    std::vector<HttpEndpoint> out;
    std::map<std::pair<std::string, int>, const ClusterShardRow*> seen;
    for (const ClusterShardRow& row : rows) {
        const auto [it, added] = seen.emplace(std::make_pair(row.hostAddress, httpPort), &row);
        if (!added && it->second->shardNum != row.shardNum)
            throw Error("ClickHouse cluster '" + cluster + "': shards " + std::to_string(it->second->shardNum)
                        + " and " + std::to_string(row.shardNum) + " both resolve to " + row.hostAddress + ":"
                        + std::to_string(httpPort) + " over HTTP (they differ only in their native ports "
                        + std::to_string(it->second->tcpPort) + " and " + std::to_string(row.tcpPort)
                        + "), so every shard's table would go to one server; give each shard's HTTP endpoint in "
                          "the URL, in shard order: &shards=host:port,host:port");
        out.push_back({row.hostAddress, httpPort});
    }
    return out;
}

} // namespace seg
