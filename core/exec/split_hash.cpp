#include "exec/split_hash.h"

#include "exec/split_hash_lanes.h"
#include "util/md5.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define SEG_SPLIT_HASH_AVX2 1
#endif

namespace seg {

namespace {

std::atomic<bool> g_noAvx512{false};

#ifdef SEG_SPLIT_HASH_AVX2

using md5_constants::kShift;
using md5_constants::kTable;

// Eight single-block messages (each at most 55 bytes): padded, then the 64 MD5 steps on
// eight lanes. Only the first state word is needed for the 4-byte prefix.
__attribute__((target("avx2"))) void md5Prefix32Lanes(const std::string_view* texts, uint32_t* out)
{
    alignas(32) uint32_t words[16][8] = {};
    for (int lane = 0; lane < 8; ++lane) {
        uint8_t block[64] = {};
        const std::string_view t = texts[lane];
        std::memcpy(block, t.data(), t.size());
        block[t.size()] = 0x80;
        const uint64_t bits = static_cast<uint64_t>(t.size()) * 8;
        for (int i = 0; i < 8; ++i)
            block[56 + i] = static_cast<uint8_t>(bits >> (8 * i));
        for (int i = 0; i < 16; ++i)
            words[i][lane] = uint32_t{block[i * 4]} | (uint32_t{block[i * 4 + 1]} << 8)
                | (uint32_t{block[i * 4 + 2]} << 16) | (uint32_t{block[i * 4 + 3]} << 24);
    }
    __m256i m[16];
    for (int i = 0; i < 16; ++i)
        m[i] = _mm256_load_si256(reinterpret_cast<const __m256i*>(words[i]));
    const __m256i ones = _mm256_set1_epi32(-1);
    const __m256i a0 = _mm256_set1_epi32(0x67452301);
    __m256i a = a0, b = _mm256_set1_epi32(static_cast<int>(0xefcdab89)),
            c = _mm256_set1_epi32(static_cast<int>(0x98badcfe)), d = _mm256_set1_epi32(0x10325476);
    for (int i = 0; i < 64; ++i) {
        __m256i f;
        int g;
        if (i < 16) {
            f = _mm256_or_si256(_mm256_and_si256(b, c), _mm256_andnot_si256(b, d));
            g = i;
        } else if (i < 32) {
            f = _mm256_or_si256(_mm256_and_si256(d, b), _mm256_andnot_si256(d, c));
            g = (5 * i + 1) % 16;
        } else if (i < 48) {
            f = _mm256_xor_si256(_mm256_xor_si256(b, c), d);
            g = (3 * i + 5) % 16;
        } else {
            f = _mm256_xor_si256(c, _mm256_or_si256(b, _mm256_xor_si256(d, ones)));
            g = (7 * i) % 16;
        }
        const __m256i sum = _mm256_add_epi32(_mm256_add_epi32(a, f),
                                             _mm256_add_epi32(_mm256_set1_epi32(static_cast<int>(kTable[i])), m[g]));
        const __m128i left = _mm_cvtsi32_si128(static_cast<int>(kShift[i]));
        const __m128i right = _mm_cvtsi32_si128(static_cast<int>(32 - kShift[i]));
        const __m256i rotated = _mm256_or_si256(_mm256_sll_epi32(sum, left), _mm256_srl_epi32(sum, right));
        const __m256i next = _mm256_add_epi32(b, rotated);
        a = d;
        d = c;
        c = b;
        b = next;
    }
    alignas(32) uint32_t h0[8];
    _mm256_store_si256(reinterpret_cast<__m256i*>(h0), _mm256_add_epi32(a, a0));
    for (int lane = 0; lane < 8; ++lane)
        out[lane] = __builtin_bswap32(h0[lane]); // digest bytes 0..3 are h0 little-endian
}

bool haveAvx2()
{
    static const bool have = __builtin_cpu_supports("avx2");
    return have;
}

// Sixteen messages on AVX-512 lanes: the rotate is one instruction there and each round
// function one ternary-logic instruction, so a hash costs about half the AVX2 lanes' work.
// The blocks are laid out one per 64 bytes and read column-wise with gathers.
__attribute__((target("avx512f"))) void md5Prefix32Lanes16(const std::string_view* texts, uint32_t* out)
{
    alignas(64) uint8_t blocks[16][64];
    std::memset(blocks, 0, sizeof blocks);
    for (int lane = 0; lane < 16; ++lane) {
        const std::string_view t = texts[lane];
        uint8_t* block = blocks[lane];
        std::memcpy(block, t.data(), t.size());
        block[t.size()] = 0x80;
        const uint64_t bits = static_cast<uint64_t>(t.size()) * 8;
        std::memcpy(block + 56, &bits, 8); // little-endian length (x86)
    }
    const __m512i laneOffsets = _mm512_mullo_epi32(_mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15),
                                                   _mm512_set1_epi32(64));
    __m512i m[1][16];
    for (int i = 0; i < 16; ++i)
        m[0][i] = _mm512_mask_i32gather_epi32(_mm512_setzero_si512(), 0xFFFF, laneOffsets, blocks[0] + 4 * i, 1);
    __m512i first[1];
    split_lanes::md5FirstWords<1>(m, first);
    alignas(64) uint32_t h0[16];
    _mm512_store_si512(h0, first[0]);
    for (int lane = 0; lane < 16; ++lane)
        out[lane] = __builtin_bswap32(h0[lane]); // digest bytes 0..3 are h0 little-endian
}

bool haveAvx512()
{
    static const bool have = __builtin_cpu_supports("avx512f");
    return have && !g_noAvx512.load(std::memory_order_relaxed);
}

#endif

} // namespace

void setSplitHashAvx512ForTesting(bool enabled) { g_noAvx512.store(!enabled); }
bool splitHashAvx512Enabled() { return !g_noAvx512.load(std::memory_order_relaxed); }

void md5Prefix32Many(const std::string_view* texts, size_t n, uint32_t* out)
{
    size_t i = 0;
#ifdef SEG_SPLIT_HASH_AVX2
    if (haveAvx512()) {
        for (; i + 16 <= n; i += 16) {
            bool fits = true;
            for (size_t j = 0; j < 16; ++j)
                fits = fits && texts[i + j].size() <= kSplitHashLaneBytes;
            if (!fits)
                break; // the 8-lane and scalar paths below take the rest
            md5Prefix32Lanes16(texts + i, out + i);
        }
    }
    if (haveAvx2()) {
        for (; i + 8 <= n; i += 8) {
            bool fits = true;
            for (size_t j = 0; j < 8; ++j)
                fits = fits && texts[i + j].size() <= kSplitHashLaneBytes;
            if (fits) {
                md5Prefix32Lanes(texts + i, out + i);
            } else {
                for (size_t j = 0; j < 8; ++j)
                    out[i + j] = md5Prefix32(texts[i + j]);
            }
        }
    }
#endif
    for (; i < n; ++i)
        out[i] = md5Prefix32(texts[i]);
}

// Both sides of 100·h < cumulative[p]·2^32 are exact in double (100·h < 2^39, and scaling by
// 2^32 is exact), so the start is the smallest h failing that test, found by stepping from the
// rounded quotient with the exact test itself.
std::vector<uint64_t> splitPartStarts(const std::vector<double>& cumulative)
{
    constexpr uint64_t kEnd = uint64_t{1} << 32;
    std::vector<uint64_t> starts;
    for (size_t p = 0; p + 1 < cumulative.size(); ++p) {
        const double x = cumulative[p] * 4294967296.0;
        auto inPart = [&](uint64_t h) { return static_cast<double>(h * 100) < x; };
        uint64_t h = !(x > 0) ? 0 : std::min(static_cast<uint64_t>(std::min(std::ceil(x / 100), 4294967296.0)), kEnd);
        while (h > 0 && !inPart(h - 1))
            --h;
        while (h < kEnd && inPart(h))
            ++h;
        starts.push_back(h);
    }
    return starts;
}

} // namespace seg
