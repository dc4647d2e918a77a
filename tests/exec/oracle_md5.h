#pragma once
// A compact MD5 (RFC 1321) written for the oracle, deliberately not core/util/md5.h: the split
// oracle must not share code with the engine it checks. Checked against the RFC test vectors
// in test_sqlite_oracle.
#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace seg::oracle {

inline std::array<uint8_t, 16> referenceMd5(std::string_view text)
{
    static constexpr uint32_t kShift[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                            5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                                            4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                            6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
    static const auto kSine = [] {
        // K[i] = floor(|sin(i + 1)| * 2^32), computed rather than tabulated.
        std::array<uint32_t, 64> k{};
        for (int i = 0; i < 64; ++i) {
            const long double s = __builtin_fabsl(__builtin_sinl(static_cast<long double>(i + 1)));
            k[static_cast<size_t>(i)] = static_cast<uint32_t>(s * 4294967296.0L);
        }
        return k;
    }();

    std::vector<uint8_t> msg(text.begin(), text.end());
    const uint64_t bitLength = static_cast<uint64_t>(text.size()) * 8;
    msg.push_back(0x80);
    while (msg.size() % 64 != 56)
        msg.push_back(0);
    for (int i = 0; i < 8; ++i)
        msg.push_back(static_cast<uint8_t>(bitLength >> (8 * i)));

    uint32_t h[4] = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u};
    auto rotl = [](uint32_t x, uint32_t c) { return (x << c) | (x >> (32 - c)); };
    for (size_t block = 0; block < msg.size(); block += 64) {
        uint32_t m[16];
        for (int i = 0; i < 16; ++i) {
            const uint8_t* p = &msg[block + static_cast<size_t>(i) * 4];
            m[i] = uint32_t{p[0]} | uint32_t{p[1]} << 8 | uint32_t{p[2]} << 16 | uint32_t{p[3]} << 24;
        }
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
        for (uint32_t i = 0; i < 64; ++i) {
            uint32_t f, g;
            if (i < 16) {
                f = (b & c) | (~b & d);
                g = i;
            } else if (i < 32) {
                f = (d & b) | (~d & c);
                g = (5 * i + 1) % 16;
            } else if (i < 48) {
                f = b ^ c ^ d;
                g = (3 * i + 5) % 16;
            } else {
                f = c ^ (b | ~d);
                g = (7 * i) % 16;
            }
            const uint32_t rotated = rotl(a + f + kSine[i] + m[g], kShift[i]);
            a = d;
            d = c;
            c = b;
            b = b + rotated;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
    }
    std::array<uint8_t, 16> out{};
    for (int i = 0; i < 16; ++i)
        out[static_cast<size_t>(i)] = static_cast<uint8_t>(h[i / 4] >> (8 * (i % 4)));
    return out;
}

} // namespace seg::oracle
