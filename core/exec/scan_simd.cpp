#include "exec/scan_simd.h"

#include <algorithm>
#include <atomic>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define SEG_SCAN_AVX2 1
#endif

namespace seg::simd {

namespace {

std::atomic<bool> g_disabled{false};

// Full words only: the partial last word is the scalar loop's.
size_t fullWordEnd(size_t rows, size_t lastWord) { return std::min(lastWord, rows / 64); }

#ifdef SEG_SCAN_AVX2

bool cpuHasAvx2()
{
    static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
    return has;
}

bool useAvx2() { return cpuHasAvx2() && !g_disabled.load(std::memory_order_relaxed); }

#define SEG_AVX2 __attribute__((target("avx2")))

// 0/-1 bytes of two 32-byte compares of 16-bit lanes, as 32 bits in row order.
SEG_AVX2 inline uint32_t packMask16(__m256i a, __m256i b)
{
    // packs works per 128-bit lane (a.lo, b.lo, a.hi, b.hi); the permute restores row order.
    const __m256i packed = _mm256_permute4x64_epi64(_mm256_packs_epi16(a, b), _MM_SHUFFLE(3, 1, 2, 0));
    return static_cast<uint32_t>(_mm256_movemask_epi8(packed));
}

SEG_AVX2 inline uint32_t insideU8(const uint8_t* p, __m256i lo, __m256i span)
{
    const __m256i d = _mm256_sub_epi8(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)), lo);
    return static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_min_epu8(d, span), d)));
}

SEG_AVX2 inline __m256i insideU16(const uint16_t* p, __m256i lo, __m256i span)
{
    const __m256i d = _mm256_sub_epi16(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)), lo);
    return _mm256_cmpeq_epi16(_mm256_min_epu16(d, span), d);
}

SEG_AVX2 inline uint32_t insideU32(const uint32_t* p, __m256i lo, __m256i span)
{
    const __m256i d = _mm256_sub_epi32(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)), lo);
    return static_cast<uint32_t>(_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(_mm256_min_epu32(d, span), d))));
}

// AVX2 has no unsigned 64-bit compare: flipping the sign bit turns it into a signed one.
SEG_AVX2 inline uint32_t outsideU64(const uint64_t* p, __m256i lo, __m256i spanFlipped, __m256i sign)
{
    const __m256i d = _mm256_sub_epi64(_mm256_loadu_si256(reinterpret_cast<const __m256i*>(p)), lo);
    const __m256i gt = _mm256_cmpgt_epi64(_mm256_xor_si256(d, sign), spanFlipped);
    return static_cast<uint32_t>(_mm256_movemask_pd(_mm256_castsi256_pd(gt)));
}

SEG_AVX2 size_t rangeU8Avx2(const uint8_t* data, uint8_t lo, uint8_t span, bool outside, const uint64_t* valid,
                            size_t fw, size_t end, uint64_t* out)
{
    const __m256i l = _mm256_set1_epi8(static_cast<char>(lo)), s = _mm256_set1_epi8(static_cast<char>(span));
    const uint64_t flip = outside ? ~uint64_t{0} : 0;
    for (size_t w = fw; w < end; ++w) {
        const uint8_t* p = data + w * 64;
        const uint64_t bits = uint64_t{insideU8(p, l, s)} | (uint64_t{insideU8(p + 32, l, s)} << 32);
        out[w] = (bits ^ flip) & valid[w];
    }
    return end;
}

SEG_AVX2 size_t rangeU16Avx2(const uint16_t* data, uint16_t lo, uint16_t span, bool outside, const uint64_t* valid,
                             size_t fw, size_t end, uint64_t* out)
{
    const __m256i l = _mm256_set1_epi16(static_cast<short>(lo)), s = _mm256_set1_epi16(static_cast<short>(span));
    const uint64_t flip = outside ? ~uint64_t{0} : 0;
    for (size_t w = fw; w < end; ++w) {
        const uint16_t* p = data + w * 64;
        const uint64_t low = packMask16(insideU16(p, l, s), insideU16(p + 16, l, s));
        const uint64_t high = packMask16(insideU16(p + 32, l, s), insideU16(p + 48, l, s));
        out[w] = ((low | (high << 32)) ^ flip) & valid[w];
    }
    return end;
}

SEG_AVX2 size_t rangeU32Avx2(const uint32_t* data, uint32_t lo, uint32_t span, bool outside, const uint64_t* valid,
                             size_t fw, size_t end, uint64_t* out)
{
    const __m256i l = _mm256_set1_epi32(static_cast<int>(lo)), s = _mm256_set1_epi32(static_cast<int>(span));
    const uint64_t flip = outside ? ~uint64_t{0} : 0;
    for (size_t w = fw; w < end; ++w) {
        const uint32_t* p = data + w * 64;
        uint64_t bits = 0;
        for (unsigned k = 0; k < 8; ++k)
            bits |= uint64_t{insideU32(p + 8 * k, l, s)} << (8 * k);
        out[w] = (bits ^ flip) & valid[w];
    }
    return end;
}

SEG_AVX2 size_t rangeU64Avx2(const uint64_t* data, uint64_t lo, uint64_t span, bool outside, const uint64_t* valid,
                             size_t fw, size_t end, uint64_t* out)
{
    const __m256i sign = _mm256_set1_epi64x(static_cast<long long>(uint64_t{1} << 63));
    const __m256i l = _mm256_set1_epi64x(static_cast<long long>(lo));
    const __m256i s = _mm256_set1_epi64x(static_cast<long long>(span ^ (uint64_t{1} << 63)));
    const uint64_t flip = outside ? 0 : ~uint64_t{0}; // the compare gives "outside"
    for (size_t w = fw; w < end; ++w) {
        const uint64_t* p = data + w * 64;
        uint64_t bits = 0;
        for (unsigned k = 0; k < 16; ++k)
            bits |= uint64_t{outsideU64(p + 4 * k, l, s, sign)} << (4 * k);
        out[w] = (bits ^ flip) & valid[w];
    }
    return end;
}

// The compare predicates are immediates, so each inclusive/exclusive pair is its own loop.
template <int LoPredicate, int HiPredicate>
SEG_AVX2 size_t doubleRangeAvx2(const double* data, double lo, double hi, bool outside, const uint64_t* valid,
                                size_t fw, size_t end, uint64_t* out)
{
    const __m256d l = _mm256_set1_pd(lo), h = _mm256_set1_pd(hi);
    const uint64_t flip = outside ? ~uint64_t{0} : 0;
    for (size_t w = fw; w < end; ++w) {
        const double* p = data + w * 64;
        uint64_t bits = 0;
        for (unsigned k = 0; k < 16; ++k) {
            const __m256d v = _mm256_loadu_pd(p + 4 * k);
            const __m256d in = _mm256_and_pd(_mm256_cmp_pd(v, l, LoPredicate), _mm256_cmp_pd(v, h, HiPredicate));
            bits |= uint64_t(static_cast<uint32_t>(_mm256_movemask_pd(in))) << (4 * k);
        }
        out[w] = (bits ^ flip) & valid[w];
    }
    return end;
}

struct LookupU8 {
    __m256i bitmapLow, bitmapHigh, bitOf, low5, low3;
};

// 32 codes against the 256-bit bitmap: pshufb looks up 16 bytes at a time, so the byte index
// (code / 8, 0..31) picks from both halves and bit 4 of it chooses; the bit is code % 8.
SEG_AVX2 inline uint32_t lookupU8Half(const uint8_t* p, const LookupU8& k)
{
    const __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i byteIndex = _mm256_and_si256(_mm256_srli_epi16(c, 3), k.low5);
    const __m256i fromLow = _mm256_shuffle_epi8(k.bitmapLow, byteIndex);
    const __m256i fromHigh = _mm256_shuffle_epi8(k.bitmapHigh, byteIndex);
    const __m256i byte = _mm256_blendv_epi8(fromLow, fromHigh, _mm256_slli_epi16(byteIndex, 3));
    const __m256i bit = _mm256_shuffle_epi8(k.bitOf, _mm256_and_si256(c, k.low3));
    return static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(_mm256_and_si256(byte, bit), bit)));
}

SEG_AVX2 size_t lookupU8Avx2(const uint8_t* codes, const uint8_t* table, size_t tableSize, const uint64_t* valid,
                             size_t fw, size_t end, uint64_t* out)
{
    // Membership bitmap of the 256 possible codes: byte i holds codes 8i .. 8i+7.
    alignas(32) uint8_t bitmap[32] = {};
    for (size_t c = 0; c < std::min<size_t>(tableSize, 256); ++c)
        if (table[c])
            bitmap[c >> 3] |= static_cast<uint8_t>(1u << (c & 7));
    const __m128i lowHalf = _mm_load_si128(reinterpret_cast<const __m128i*>(bitmap));
    const __m128i highHalf = _mm_load_si128(reinterpret_cast<const __m128i*>(bitmap + 16));
    const __m256i bitmapLow = _mm256_broadcastsi128_si256(lowHalf), bitmapHigh = _mm256_broadcastsi128_si256(highHalf);
    const __m256i bitOf = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128, 1, 2, 4, 8, 16,
                                           32, 64, -128, 1, 2, 4, 8, 16, 32, 64, -128);
    const LookupU8 k{bitmapLow, bitmapHigh, bitOf, _mm256_set1_epi8(0x1F), _mm256_set1_epi8(7)};
    for (size_t w = fw; w < end; ++w) {
        const uint8_t* p = codes + w * 64;
        out[w] = (uint64_t{lookupU8Half(p, k)} | (uint64_t{lookupU8Half(p + 32, k)} << 32)) & valid[w];
    }
    return end;
}

// Wider codes: table bytes gathered one by one, then packed 32 at a time by a compare.
template <class Code>
SEG_AVX2 size_t lookupWideAvx2(const Code* codes, const uint8_t* table, const uint64_t* valid, size_t fw, size_t end,
                               uint64_t* out)
{
    const __m256i zero = _mm256_setzero_si256();
    alignas(32) uint8_t hits[64];
    for (size_t w = fw; w < end; ++w) {
        const Code* p = codes + w * 64;
        for (unsigned j = 0; j < 64; ++j)
            hits[j] = table[p[j]];
        const __m256i a = _mm256_load_si256(reinterpret_cast<const __m256i*>(hits));
        const __m256i b = _mm256_load_si256(reinterpret_cast<const __m256i*>(hits + 32));
        const uint64_t missA = static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(a, zero)));
        const uint64_t missB = static_cast<uint32_t>(_mm256_movemask_epi8(_mm256_cmpeq_epi8(b, zero)));
        out[w] = ~(missA | (missB << 32)) & valid[w];
    }
    return end;
}

#else

bool useAvx2() { return false; }

#endif

} // namespace

bool available() { return useAvx2(); }

void setDisabledForTesting(bool disabled) { g_disabled.store(disabled); }

// The full words [firstWord, end) go to `call` (an AVX2 loop that sees `end`) where the CPU
// has AVX2; otherwise nothing is filled and the scalar loop does it all.
#ifdef SEG_SCAN_AVX2
#define SEG_DISPATCH(call)                                  \
    const size_t end = fullWordEnd(rows, lastWord);         \
    return end > firstWord && useAvx2() ? (call) : firstWord
#else
#define SEG_DISPATCH(call) return firstWord
#endif

size_t rangeWordsU8(const uint8_t* data, uint8_t lo, uint8_t span, bool outside, const uint64_t* valid, size_t rows,
                    size_t firstWord, size_t lastWord, uint64_t* out)
{
    SEG_DISPATCH(rangeU8Avx2(data, lo, span, outside, valid, firstWord, end, out));
}

size_t rangeWordsU16(const uint16_t* data, uint16_t lo, uint16_t span, bool outside, const uint64_t* valid,
                     size_t rows, size_t firstWord, size_t lastWord, uint64_t* out)
{
    SEG_DISPATCH(rangeU16Avx2(data, lo, span, outside, valid, firstWord, end, out));
}

size_t rangeWordsU32(const uint32_t* data, uint32_t lo, uint32_t span, bool outside, const uint64_t* valid,
                     size_t rows, size_t firstWord, size_t lastWord, uint64_t* out)
{
    SEG_DISPATCH(rangeU32Avx2(data, lo, span, outside, valid, firstWord, end, out));
}

size_t rangeWordsU64(const uint64_t* data, uint64_t lo, uint64_t span, bool outside, const uint64_t* valid,
                     size_t rows, size_t firstWord, size_t lastWord, uint64_t* out)
{
    SEG_DISPATCH(rangeU64Avx2(data, lo, span, outside, valid, firstWord, end, out));
}

size_t doubleRangeWords(const double* data, double lo, double hi, bool loInclusive, bool hiInclusive, bool outside,
                        const uint64_t* valid, size_t rows, size_t firstWord, size_t lastWord, uint64_t* out)
{
    const size_t end = fullWordEnd(rows, lastWord);
    if (end <= firstWord)
        return firstWord;
#ifdef SEG_SCAN_AVX2
    if (!useAvx2())
        return firstWord;
    if (loInclusive && hiInclusive)
        return doubleRangeAvx2<_CMP_GE_OQ, _CMP_LE_OQ>(data, lo, hi, outside, valid, firstWord, end, out);
    if (loInclusive)
        return doubleRangeAvx2<_CMP_GE_OQ, _CMP_LT_OQ>(data, lo, hi, outside, valid, firstWord, end, out);
    if (hiInclusive)
        return doubleRangeAvx2<_CMP_GT_OQ, _CMP_LE_OQ>(data, lo, hi, outside, valid, firstWord, end, out);
    return doubleRangeAvx2<_CMP_GT_OQ, _CMP_LT_OQ>(data, lo, hi, outside, valid, firstWord, end, out);
#else
    (void)data, (void)lo, (void)hi, (void)loInclusive, (void)hiInclusive, (void)outside, (void)valid, (void)out;
    return firstWord;
#endif
}

size_t lookupWordsU8(const uint8_t* codes, const uint8_t* table, size_t tableSize, const uint64_t* valid, size_t rows,
                     size_t firstWord, size_t lastWord, uint64_t* out)
{
    SEG_DISPATCH(lookupU8Avx2(codes, table, tableSize, valid, firstWord, end, out));
}

size_t lookupWordsU16(const uint16_t* codes, const uint8_t* table, const uint64_t* valid, size_t rows,
                      size_t firstWord, size_t lastWord, uint64_t* out)
{
    SEG_DISPATCH(lookupWideAvx2(codes, table, valid, firstWord, end, out));
}

size_t lookupWordsU32(const uint32_t* codes, const uint8_t* table, const uint64_t* valid, size_t rows,
                      size_t firstWord, size_t lastWord, uint64_t* out)
{
    SEG_DISPATCH(lookupWideAvx2(codes, table, valid, firstWord, end, out));
}

} // namespace seg::simd
