#include "workspace/file_hash.h"

#include "util/error.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>

namespace seg::ws {

namespace {

// Four independent lanes of multiply-rotate over 8-byte words (the shape of xxHash64), so the
// hash runs at memory speed; the tail and the length are folded in at the end.
constexpr uint64_t kP1 = 0x9E3779B185EBCA87ULL, kP2 = 0xC2B2AE3D27D4EB4FULL, kP3 = 0x165667B19E3779F9ULL;

uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }
uint64_t mixRound(uint64_t acc, uint64_t input) { return rotl(acc + input * kP2, 31) * kP1; }

struct Hasher {
    uint64_t lanes[4] = {kP1 + kP2, kP2, 0, 0 - kP1};
    uint64_t length = 0;
    std::string tail; // < 32 bytes not yet hashed

    void add(const char* p, size_t n)
    {
        length += n;
        if (!tail.empty()) {
            const size_t take = std::min(n, 32 - tail.size());
            tail.append(p, take);
            p += take;
            n -= take;
            if (tail.size() < 32)
                return;
            block(tail.data());
            tail.clear();
        }
        for (; n >= 32; p += 32, n -= 32)
            block(p);
        tail.assign(p, n);
    }
    void block(const char* p)
    {
        for (int i = 0; i < 4; ++i) {
            uint64_t w;
            std::memcpy(&w, p + 8 * i, 8);
            lanes[i] = mixRound(lanes[i], w);
        }
    }
    uint64_t finish() const
    {
        uint64_t h = rotl(lanes[0], 1) + rotl(lanes[1], 7) + rotl(lanes[2], 12) + rotl(lanes[3], 18) + length;
        for (const char c : tail)
            h = rotl(h ^ (static_cast<uint8_t>(c) * kP3), 11) * kP1;
        h ^= h >> 33;
        h *= kP2;
        h ^= h >> 29;
        h *= kP3;
        h ^= h >> 32;
        return h;
    }
};

std::string hex(uint64_t v)
{
    char buffer[17];
    std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(v));
    return buffer;
}

} // namespace

std::string hashHex(std::string_view bytes)
{
    Hasher h;
    h.add(bytes.data(), bytes.size());
    return hex(h.finish());
}

std::string fileHash(const std::filesystem::path& file)
{
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(file.c_str(), "rb"), &std::fclose);
    if (!in)
        throw Error("cannot read " + file.string() + " to fingerprint it: " + std::strerror(errno));
    Hasher h;
    std::unique_ptr<char[]> buffer(new char[1 << 20]);
    size_t n;
    while ((n = std::fread(buffer.get(), 1, 1 << 20, in.get())) > 0)
        h.add(buffer.get(), n);
    if (std::ferror(in.get()))
        throw Error("cannot read " + file.string() + " to fingerprint it");
    return hex(h.finish());
}

} // namespace seg::ws
