#pragma once
// Value buffers of derived columns, reused by later runs. A derive node's new column at 10M
// customers is an 80 MB array: allocating it fresh costs page faults and zero-filling on one
// thread before the partitions can start, in every run. Buffers come back here when the last
// user of a derived column (run result, result cache) lets it go.
#include "data/column.h"

#include <memory>
#include <vector>

namespace seg::buffer_pool {

// A vector of exactly n elements. A reused one holds stale values: the caller must write
// every element (derive nodes do: each partition writes all of its rows).
std::vector<int64_t> takeInts(size_t n);
std::vector<double> takeDoubles(size_t n);

// Returns a buffer taken above that no column adopted.
void giveBack(std::vector<int64_t> buffer);

// The column, shared, with a deleter that gives its int / double buffer back to the pool.
std::shared_ptr<const Column> share(Column column);

// An all-clear set of `rows` bits whose words go back to the pool when its last user lets it
// go. Node outputs are 1.25 MB at 10M customers and a graph makes about a hundred per run:
// fresh ones cost a page fault per 4 KiB, about as much as the scan that fills them.
std::shared_ptr<Bitset> takeBitset(size_t rows);

// Column buffers and bitsets held now (tests).
size_t heldBuffers();
size_t heldBitsets();

} // namespace seg::buffer_pool
