#pragma once
// Where `load` sends each shard's CREATE TABLE when the ClickHouse URL gives no `shards=`: each
// shard's host from system.clusters, on the HTTP port of the URL's server. Shards of a test
// cluster on one machine differ only in their native TCP ports, which HTTP cannot reach, so
// they would all resolve to the URL's server (issue 16 finding 12): that is refused with a
// message saying to give `shards=`.
#include "sql/http_client.h"

#include <string>
#include <vector>

namespace seg {

struct ClusterShardRow {
    int shardNum = 0;
    std::string hostAddress; // system.clusters.host_address
    int tcpPort = 0;         // system.clusters.port (native protocol)
};

// The HTTP endpoint of every row, in order. Throws seg::Error naming the cluster, both
// shards and the address when two different shards resolve to the same endpoint.
std::vector<HttpEndpoint> defaultShardEndpoints(const std::string& cluster, const std::vector<ClusterShardRow>& rows,
                                                int httpPort);

} // namespace seg
