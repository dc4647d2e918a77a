#pragma once
// `stream --partition i/N`: one of N workers that share the work by customer key. The worker
// imports the whole customers file (and events) and keeps only the customers whose key hashes
// to its partition (partitionOfKey, the producer's FNV-1a), so the union of the N workers'
// members is one process's members. Messages of other partitions' customers are not applied
// (dead-lettered with the partition that owns them): the producer routes every key to one
// partition, so such a message means a misrouted producer, never a normal case.
#include "data/dataset.h"
#include "graph/graph.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace seg {

struct WorkerPartition {
    uint32_t index = 0; // 0 .. count-1
    uint32_t count = 1;

    // "i/N" with 0 <= i < N <= 1024; throws seg::Error naming the text otherwise.
    static WorkerPartition parse(const std::string& text);
    uint32_t ownerOf(std::string_view key) const;
    bool owns(std::string_view key) const { return ownerOf(key) == index; }
    // The dead-letter reason for a key of another partition, or nullopt when the key is ours.
    std::optional<std::string> foreignReason(std::string_view key) const;
    std::string text() const { return std::to_string(index) + "/" + std::to_string(count); }
};

// Keeps only the partition's customers (in their imported order) and their events.
// Returns how many customers were kept.
size_t keepPartition(Dataset& data, const WorkerPartition& partition);

// A `top` node ranks all customers together, which a worker that sees only its partition
// cannot do alone: without a shared cut (--top-cut) it throws seg::Error naming the node
// (docs/segment-graph.md, "Several workers"). Returns whether the graph has top nodes.
bool checkPartitionable(const Graph& graph, bool sharedCut);
// The source of a partitioned worker must deliver exactly its partition's keys: a RabbitMQ
// consistent-hash exchange (?exchange=) decides its key-to-queue map inside the broker, so
// it is refused (throws naming the URL); partition queues or streams are fine.
void checkPartitionSource(const std::string& from);

} // namespace seg
