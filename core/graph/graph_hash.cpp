#include "graph/graph_hash.h"

#include "graph/graph_io.h"
#include "util/sha256.h"

namespace seg {

std::string graphHash(const Graph& graph)
{
    Json j = graphToJson(graph);
    j.erase("ui");
    return sha256Hex(j.dump());
}

} // namespace seg
