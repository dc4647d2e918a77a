#include "checkpoint/byte_io.h"

namespace seg {

namespace {

constexpr uint64_t kP1 = 0x9E3779B185EBCA87ull;
constexpr uint64_t kP2 = 0xC2B2AE3D27D4EB4Full;
constexpr uint64_t kP3 = 0x165667B19E3779F9ull;

inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
inline uint64_t round(uint64_t acc, uint64_t input) { return rotl(acc + input * kP2, 31) * kP1; }
inline uint64_t load(const unsigned char* p)
{
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}

} // namespace

uint64_t checksum64(const void* data, size_t size)
{
    const auto* p = static_cast<const unsigned char*>(data);
    const unsigned char* end = p + size;
    uint64_t a = kP1 + kP2, b = kP2, c = 0, d = 0 - kP1;
    while (end - p >= 32) { // four independent lanes: the multiplies overlap
        a = round(a, load(p));
        b = round(b, load(p + 8));
        c = round(c, load(p + 16));
        d = round(d, load(p + 24));
        p += 32;
    }
    uint64_t h = rotl(a, 1) + rotl(b, 7) + rotl(c, 12) + rotl(d, 18) + static_cast<uint64_t>(size);
    while (end - p >= 8) {
        h ^= round(0, load(p));
        h = rotl(h, 27) * kP1 + kP3;
        p += 8;
    }
    while (p < end) {
        h ^= static_cast<uint64_t>(*p++) * kP1;
        h = rotl(h, 11) * kP2;
    }
    h ^= h >> 33;
    h *= kP2;
    h ^= h >> 29;
    h *= kP3;
    h ^= h >> 32;
    return h;
}

} // namespace seg
