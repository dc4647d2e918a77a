#pragma once
// MD5 (RFC 1321), used only for the split node's deterministic buckets, which the spec defines
// on MD5 so that SQL engines (md5() in PostgreSQL, ClickHouse, SQLite via a function) agree.
#include <array>
#include <cstdint>
#include <string_view>

namespace seg {

std::array<uint8_t, 16> md5(std::string_view data);

// First 4 bytes of MD5(text), big-endian: the split bucket numerator (bucket u = value / 2^32).
inline uint32_t md5Prefix32(std::string_view text)
{
    const auto d = md5(text);
    return (uint32_t{d[0]} << 24) | (uint32_t{d[1]} << 16) | (uint32_t{d[2]} << 8) | uint32_t{d[3]};
}

} // namespace seg
