#pragma once
// Internal to exec/split_hash*.cpp: MD5's 64 steps on AVX-512 lanes, for G groups of sixteen
// single-block messages at once. One group's steps form a single dependency chain (about four
// cycles a step), so a second group interleaved with it fills the idle vector ports.
#if defined(__x86_64__) && defined(__GNUC__)
#include "util/md5.h"

#include <immintrin.h>

namespace seg::split_lanes {

// m[g][w]: message word w of group g's sixteen messages (one per lane). h0[g] receives the
// first state word after the block (a + 0x67452301), per lane, not yet byte-swapped.
template <int G>
__attribute__((target("avx512f"), always_inline)) inline void md5FirstWords(const __m512i (&m)[G][16], __m512i (&h0)[G])
{
    using md5_constants::kShift;
    using md5_constants::kTable;
    const __m512i init = _mm512_set1_epi32(0x67452301);
    __m512i a[G], b[G], c[G], d[G];
    for (int j = 0; j < G; ++j) {
        a[j] = init;
        b[j] = _mm512_set1_epi32(static_cast<int>(0xefcdab89));
        c[j] = _mm512_set1_epi32(static_cast<int>(0x98badcfe));
        d[j] = _mm512_set1_epi32(0x10325476);
    }
    // Unrolled, every step's word index, constant and round function are compile-time constants.
#pragma GCC unroll 64
    for (int i = 0; i < 64; ++i) {
        const int w = i < 16 ? i : i < 32 ? (5 * i + 1) % 16 : i < 48 ? (3 * i + 5) % 16 : (7 * i) % 16;
        const __m512i k = _mm512_set1_epi32(static_cast<int>(kTable[i]));
        const __m512i shift = _mm512_set1_epi32(static_cast<int>(kShift[i]));
        for (int j = 0; j < G; ++j) {
            // a + K + M does not depend on this step's f: added first, it leaves f, one add,
            // the rotate and one add on the chain.
            const __m512i early = _mm512_add_epi32(a[j], _mm512_add_epi32(k, m[j][w]));
            __m512i f;
            if (i < 16)
                f = _mm512_ternarylogic_epi32(b[j], c[j], d[j], 0xCA); // b ? c : d
            else if (i < 32)
                f = _mm512_ternarylogic_epi32(b[j], c[j], d[j], 0xE4); // d ? b : c
            else if (i < 48)
                f = _mm512_ternarylogic_epi32(b[j], c[j], d[j], 0x96); // b ^ c ^ d
            else
                f = _mm512_ternarylogic_epi32(b[j], c[j], d[j], 0x39); // c ^ (b | ~d)
            const __m512i next = _mm512_add_epi32(b[j], _mm512_maskz_rolv_epi32(0xFFFF, _mm512_add_epi32(f, early), shift));
            a[j] = d[j];
            d[j] = c[j];
            c[j] = b[j];
            b[j] = next;
        }
    }
    for (int j = 0; j < G; ++j)
        h0[j] = _mm512_add_epi32(a[j], init);
}

} // namespace seg::split_lanes
#endif
