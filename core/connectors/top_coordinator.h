#pragma once
// The global top-N of several workers (stream --partition ... --top-cut redis://...): a top
// node ranks every worker's customers together. Each worker publishes, per top node, its
// candidate count and its first k candidates (k = the node's cut of the summed counts: any
// global member is within its own worker's first k) to the Redis hash
// `<prefix><top node id>`, field "i/N"; every worker merges the N lists in the batch order
// (value, then key), takes the k-th as the cut and applies it to its own candidates
// (LiveEngine::setTopCut). Eventually consistent: a move in one worker reaches the others
// at their next sync (after each batch, and every 200 ms when idle); exact once quiet.
// Cost: up to k entries per worker and top node per publish (only when its list changed).
#include "connectors/redis_client.h"
#include "connectors/worker_partition.h"
#include "live/live_engine.h"

#include <map>
#include <string>
#include <vector>

namespace seg {

class TopCoordinator {
public:
    // redis://host:port/db[?prefix=segtop:]
    TopCoordinator(const std::string& url, const WorkerPartition& partition, const ConnectorHooks& hooks);
    // Publishes this worker's lists, reads everyone's and applies the cuts; the changes the
    // cuts cause are appended to `out`.
    void sync(LiveEngine& engine, std::vector<LiveChange>& out);
    std::string describe() const { return client_.describe(); }

private:
    struct TopState {
        std::string published; // the last list sent (not sent again unchanged)
        size_t total = 0;      // all workers' candidates, as last read (0: not known yet)
        std::string applied;   // the cut last applied (not applied again unchanged)
    };
    RedisClient client_;
    std::string prefix_;
    WorkerPartition partition_;
    std::map<int, TopState> tops_; // per top node index
};

} // namespace seg
