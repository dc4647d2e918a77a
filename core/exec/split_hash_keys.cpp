// The split's hash for integer keys: "prefix" + the key in decimal, written straight into the
// MD5 blocks of 32 lanes (no text per member). Every block shares the prefix, so the message
// words that lie wholly inside it are the same on every lane and are broadcast; only the words
// holding digits are gathered from the blocks.
#include "exec/split_hash.h"
#include "exec/split_hash_lanes.h"
#include "util/md5.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string>

namespace seg {

namespace {

constexpr size_t kMaxDigits = 20; // "-9223372036854775808"

void decimalKeysOneByOne(std::string_view prefix, const int64_t* keys, size_t n, uint32_t* out)
{
    std::string text(prefix);
    for (size_t i = 0; i < n; ++i) {
        char digits[kMaxDigits];
        const char* end = std::to_chars(digits, digits + kMaxDigits, keys[i]).ptr;
        text.resize(prefix.size());
        text.append(digits, static_cast<size_t>(end - digits));
        out[i] = md5Prefix32(text);
    }
}

#if defined(__x86_64__) && defined(__GNUC__)

// GCC 12's AVX-512 intrinsics pass _mm512_undefined_epi32() as the unused merge operand, which
// its flow analysis reports as uninitialised once they are inlined here (a known false positive).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

// Eight keys in 0 .. 10^8 - 1 (64-bit lanes) as the message words that follow the prefix's
// whole words: w01 holds words firstDigitWord and +1 (low and high dword of each lane), w2 the
// word after, bits the text length in bits. Branch-free SWAR digits (P. Khuong, "How to print
// integers really fast"): v = q·10^4 + r, each half split into 2+2 digits, then 1+1. The
// multiply-shift quotients are exact: v·109951163 >> 40 for v < 10^8 (the constant exceeds
// 2^40/10^4 by 0.22, too little to carry v/10^4 past an integer), x·10486 >> 20 for x < 10^4,
// x·103 >> 10 for x < 100.
struct DigitWords {
    __m512i w01, w2, bits;
};
__attribute__((target("avx512f,avx512bw"))) inline DigitWords digitWords8(__m512i v, uint64_t prefixTail,
                                                                           unsigned shift, unsigned prefixBytes)
{
    const __m512i q = _mm512_srli_epi64(_mm512_mul_epu32(v, _mm512_set1_epi64(109951163)), 40);
    const __m512i r = _mm512_sub_epi64(v, _mm512_mul_epu32(q, _mm512_set1_epi64(10000)));
    const __m512i merged = _mm512_or_si512(q, _mm512_slli_epi64(r, 32)); // two numbers < 10^4 per lane
    const __m512i top = _mm512_and_si512(_mm512_srli_epi32(_mm512_mullo_epi32(merged, _mm512_set1_epi32(10486)), 20),
                                         _mm512_set1_epi32(0x7F)); // x / 100 per dword
    const __m512i bottom = _mm512_sub_epi32(merged, _mm512_mullo_epi32(top, _mm512_set1_epi32(100)));
    const __m512i hundreds = _mm512_or_si512(_mm512_slli_epi32(bottom, 16), top); // four numbers < 100
    const __m512i tens = _mm512_srli_epi16(_mm512_mullo_epi16(hundreds, _mm512_set1_epi16(103)), 10);
    const __m512i digits = _mm512_add_epi16(tens, _mm512_slli_epi16(_mm512_sub_epi16(hundreds, _mm512_mullo_epi16(tens, _mm512_set1_epi16(10))), 8));
    // digit count: 1 + how many of 10, 100, ..., 10^7 v reaches
    __m512i count = _mm512_set1_epi64(1);
    int64_t power = 10;
    for (int i = 0; i < 7; ++i, power *= 10)
        count = _mm512_mask_add_epi64(count, _mm512_cmpge_epu64_mask(v, _mm512_set1_epi64(power)), count,
                                      _mm512_set1_epi64(1));
    const __m512i countBits = _mm512_slli_epi64(count, 3);
    // ASCII, most significant digit in the low byte; leading zeros shifted out
    const __m512i ascii = _mm512_srlv_epi64(_mm512_add_epi64(digits, _mm512_set1_epi64(0x3030303030303030)),
                                            _mm512_sub_epi64(_mm512_set1_epi64(64), countBits));
    const __m512i marker = _mm512_set1_epi64(0x80);
    // sllv gives 0 for shifts of 64: eight digits put the 0x80 in the next 64 bits
    const __m512i low = _mm512_or_si512(ascii, _mm512_sllv_epi64(marker, countBits));
    const __m512i high = _mm512_maskz_mov_epi64(_mm512_cmpeq_epi64_mask(count, _mm512_set1_epi64(8)), marker);
    const __m512i up = _mm512_set1_epi64(shift), down = _mm512_set1_epi64(64 - shift); // srlv by 64 gives 0
    DigitWords out;
    out.w01 = _mm512_or_si512(_mm512_set1_epi64(static_cast<int64_t>(prefixTail)), _mm512_sllv_epi64(low, up));
    out.w2 = _mm512_or_si512(_mm512_srlv_epi64(low, down), _mm512_sllv_epi64(high, up));
    out.bits = _mm512_add_epi64(countBits, _mm512_set1_epi64(8 * prefixBytes));
    return out;
}

constexpr int kGroups = 2;
constexpr int kLanes = 16 * kGroups;

bool haveAvx512()
{
    static const bool have = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw");
    return have && splitHashAvx512Enabled();
}

// Hashes n keys in runs of 32; returns how many it did (a multiple of 32).
__attribute__((target("avx512f,avx512bw"))) size_t decimalKeysLanes(std::string_view prefix, const int64_t* keys, size_t n,
                                                            uint32_t* out)
{
    const size_t p = prefix.size();
    const size_t firstDigitWord = p / 4; // words below hold prefix bytes only
    uint32_t prefixWords[16] = {};
    std::memcpy(prefixWords, prefix.data(), p);
    const uint64_t prefixTail = prefixWords[firstDigitWord]; // the prefix's bytes in that word
    const unsigned shift = 8 * (p % 4);                      // where the digits start in it
    // General keys: whole blocks per lane, read column-wise with gathers.
    alignas(64) uint8_t blocks[kLanes][64];
    std::memset(blocks, 0, sizeof blocks);
    for (auto& block : blocks)
        std::memcpy(block, prefix.data(), p);
    const __m512i laneOffsets =
        _mm512_mullo_epi32(_mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32(64));
    size_t done = 0;
    for (; done + kLanes <= n; done += kLanes) {
        const int64_t* group = keys + done;
        alignas(64) uint32_t bitLengths[kLanes];
        __m512i m[kGroups][16];
        const __m512i limit = _mm512_set1_epi64(100000000);
        bool small = true; // all keys in 0 .. 10^8 - 1: eight digits at most
        for (int k = 0; k < kLanes / 8; ++k)
            small &= _mm512_cmplt_epu64_mask(_mm512_loadu_si512(group + 8 * k), limit) == 0xFF;
        if (small) {
            // Digits, 0x80 and the prefix's last partial word make three message words per
            // lane; the 64-bit lanes of two halves are packed into sixteen 32-bit lanes.
            const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            for (int g = 0; g < kGroups; ++g) {
                const DigitWords a = digitWords8(_mm512_loadu_si512(group + 16 * g), prefixTail, shift, static_cast<unsigned>(p));
                const DigitWords b = digitWords8(_mm512_loadu_si512(group + 16 * g + 8), prefixTail, shift, static_cast<unsigned>(p));
                for (size_t w = 0; w < 16; ++w)
                    m[g][w] = w < firstDigitWord ? _mm512_set1_epi32(static_cast<int>(prefixWords[w]))
                        : w == firstDigitWord     ? _mm512_permutex2var_epi32(a.w01, even, b.w01)
                        : w == firstDigitWord + 1 ? _mm512_permutex2var_epi32(a.w01, odd, b.w01)
                        : w == firstDigitWord + 2 ? _mm512_permutex2var_epi32(a.w2, even, b.w2)
                        : w == 14                 ? _mm512_permutex2var_epi32(a.bits, even, b.bits)
                                                  : _mm512_setzero_si512();
            }
        } else {
            size_t longest = 0;
            for (int lane = 0; lane < kLanes; ++lane) {
                char* digits = reinterpret_cast<char*>(blocks[lane] + p);
                std::memset(digits, 0, kMaxDigits + 1); // the last key's digits and end marker
                char* end = std::to_chars(digits, digits + kMaxDigits, group[lane]).ptr;
                *end = static_cast<char>(0x80);
                const size_t length = p + static_cast<size_t>(end - digits);
                bitLengths[lane] = static_cast<uint32_t>(length * 8);
                longest = std::max(longest, length);
            }
            const size_t lastDigitWord = longest / 4; // the word with the longest text's 0x80
            for (int g = 0; g < kGroups; ++g)
                for (size_t w = 0; w < 16; ++w)
                    m[g][w] = w < firstDigitWord ? _mm512_set1_epi32(static_cast<int>(prefixWords[w]))
                        : w <= lastDigitWord
                        ? _mm512_mask_i32gather_epi32(_mm512_setzero_si512(), 0xFFFF, laneOffsets, blocks[16 * g] + 4 * w, 1)
                        : w == 14 ? _mm512_load_si512(bitLengths + 16 * g)
                                  : _mm512_setzero_si512();
        }
        __m512i first[kGroups];
        split_lanes::md5FirstWords<kGroups>(m, first);
        for (int g = 0; g < kGroups; ++g) {
            alignas(64) uint32_t h0[16];
            _mm512_store_si512(h0, first[g]);
            for (int lane = 0; lane < 16; ++lane)
                out[done + static_cast<size_t>(16 * g + lane)] = __builtin_bswap32(h0[lane]); // digest bytes 0..3
        }
    }
    return done;
}

#pragma GCC diagnostic pop
#endif

} // namespace

void md5Prefix32DecimalKeys(std::string_view prefix, const int64_t* keys, size_t n, uint32_t* out)
{
    size_t done = 0;
#if defined(__x86_64__) && defined(__GNUC__)
    if (prefix.size() + kMaxDigits < 56 && haveAvx512())
        done = decimalKeysLanes(prefix, keys, n, out);
#endif
    decimalKeysOneByOne(prefix, keys + done, n - done, out + done);
}

} // namespace seg
