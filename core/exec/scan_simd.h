#pragma once
// Vectorised filter scans: the hot loops of filter_kernels, written with AVX2 compares and
// movemask so that 32 rows become 32 result bits in a few instructions (the plain loop that
// shifts one bit at a time runs at about one row per 3 cycles and does not auto-vectorise).
//
// Every function fills out[w] = valid[w] & (match bits of rows 64w .. 64w+63) for the FULL words
// w in [firstWord, lastWord) and returns the first word it did not fill: the caller finishes that
// and any later word (the last, partial word) with the scalar loop, which shares the meaning.
// Without AVX2 (another CPU, or not x86) they fill nothing and return firstWord.
#include <cstddef>
#include <cstdint>

namespace seg::simd {

// Rows whose unsigned difference (v - lo) is <= span (inside), or > span (outside): one
// comparison for "lo <= v <= lo + span" in unsigned wrap-around arithmetic.
size_t rangeWordsU8(const uint8_t* data, uint8_t lo, uint8_t span, bool outside, const uint64_t* valid,
                    size_t rows, size_t firstWord, size_t lastWord, uint64_t* out);
size_t rangeWordsU16(const uint16_t* data, uint16_t lo, uint16_t span, bool outside, const uint64_t* valid,
                     size_t rows, size_t firstWord, size_t lastWord, uint64_t* out);
size_t rangeWordsU32(const uint32_t* data, uint32_t lo, uint32_t span, bool outside, const uint64_t* valid,
                     size_t rows, size_t firstWord, size_t lastWord, uint64_t* out);
size_t rangeWordsU64(const uint64_t* data, uint64_t lo, uint64_t span, bool outside, const uint64_t* valid,
                     size_t rows, size_t firstWord, size_t lastWord, uint64_t* out);

// Rows with lo (<= or <) v (<= or <) hi, or the complement (outside); NaN is never inside.
size_t doubleRangeWords(const double* data, double lo, double hi, bool loInclusive, bool hiInclusive,
                        bool outside, const uint64_t* valid, size_t rows, size_t firstWord, size_t lastWord,
                        uint64_t* out);

// Rows whose code has a nonzero entry in `table` (one byte per code). 8-bit codes index a
// 256-bit membership bitmap held in registers; wider codes are looked up one by one but packed
// into words with vector compares.
size_t lookupWordsU8(const uint8_t* codes, const uint8_t* table, size_t tableSize, const uint64_t* valid,
                     size_t rows, size_t firstWord, size_t lastWord, uint64_t* out);
size_t lookupWordsU16(const uint16_t* codes, const uint8_t* table, const uint64_t* valid, size_t rows,
                      size_t firstWord, size_t lastWord, uint64_t* out);
size_t lookupWordsU32(const uint32_t* codes, const uint8_t* table, const uint64_t* valid, size_t rows,
                      size_t firstWord, size_t lastWord, uint64_t* out);

// Whether the vector paths are in use on this CPU (tests report it; results never depend on it).
bool available();
// Turns the vector paths off (true) or back on, so tests can compare both on the same data.
void setDisabledForTesting(bool disabled);

} // namespace seg::simd
