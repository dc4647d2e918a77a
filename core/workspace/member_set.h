#pragma once
// Compact member sets for the run history (what `diff` needs from past runs). The set of
// customer rows is cut into blocks of 65,536 rows, and each block is stored in the smallest of
// four forms, as Roaring bitmaps do: empty or full (no bytes), a sorted array of 16-bit row
// offsets (2 bytes a member), runs of consecutive rows (4 bytes a run), or a plain 8 KiB bitmap.
// A sparse segment costs about 2 bytes a member, a dense one at most 1 bit a customer, and a
// range (top 10 % of a sorted table) a few bytes.
//
// Layout: u64 universe rows, then per block one kind byte and its payload (little-endian):
//   0 empty, 1 full, 2 array {u16 count - 1, count x u16}, 3 bitmap {8192 bytes},
//   4 runs {u16 runs - 1, runs x (u16 start, u16 length - 1)}.
#include "data/bitset.h"

#include <string>
#include <string_view>

namespace seg::ws {

std::string encodeMemberSet(const Bitset& members);
// Throws seg::Error when the bytes are not a member set.
Bitset decodeMemberSet(std::string_view bytes);

class Db;
// Runs keep a segment's members either whole or as the XOR against the members of an earlier
// run of the same segment on the same import (run_segments.members_base): from one morning to
// the next most customers stay, so the XOR is sparse even when the segment is a dense random
// half. Chains are at most kMaxMemberChain deltas deep.
inline constexpr int kMaxMemberChain = 15;
// The members of `segment` in `run` (following the chain). Throws seg::Error when missing.
Bitset storedMembers(Db& db, int64_t run, const std::string& segment);
Bitset xorOf(const Bitset& a, const Bitset& b); // same size

} // namespace seg::ws
