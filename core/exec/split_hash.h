#pragma once
// The split node's bucket numerator, md5Prefix32 (util/md5.h), for many short texts at once:
// sixteen (AVX-512) or eight (AVX2) MD5 computations side by side where the CPU has them
// (checked at run time), one at a time otherwise. Same results as util/md5.h, bit for bit.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace seg {

// Texts of up to this many bytes fit one MD5 block and take the lane path.
constexpr size_t kSplitHashLaneBytes = 55;

// out[i] = md5Prefix32(texts[i]) for i < n.
void md5Prefix32Many(const std::string_view* texts, size_t n, uint32_t* out);

// out[i] = md5Prefix32(prefix + keys[i] in plain decimal) for i < n: the split's texts for
// integer keys, written straight into the MD5 blocks (split_hash_keys.cpp).
void md5Prefix32DecimalKeys(std::string_view prefix, const int64_t* keys, size_t n, uint32_t* out);

// Where each part but the first begins: a member with hash h (md5Prefix32) belongs to the
// first part p with 100·u < cumulative[p], u = h / 2^32 (spec section 4; cumulative percents,
// the last exactly 100). That is the first p with h < starts[p], or the last part; starts has
// one entry fewer than cumulative, each in [0, 2^32].
std::vector<uint64_t> splitPartStarts(const std::vector<double>& cumulative);

// Tests turn the 16-lane AVX-512 paths off to check the 8-lane and scalar ones on the same CPU.
void setSplitHashAvx512ForTesting(bool enabled);
bool splitHashAvx512Enabled();

} // namespace seg
