#pragma once
// SHA-256 through OpenSSL's libcrypto (EVP), the hash every ad platform asks for. One Sha256
// object per thread: it keeps its digest context, so hashing a short identifier costs no
// allocation and no algorithm lookup (OpenSSL picks the SHA-NI / AVX2 code path itself).
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

struct evp_md_st;
struct evp_md_ctx_st;

namespace seg {

using Sha256Digest = std::array<uint8_t, 32>;

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    Sha256Digest digest(std::string_view data);
    // Lower-case hex, the form the platforms take: writes exactly 64 characters at `out`.
    void hexInto(std::string_view data, char* out);
    std::string hex(std::string_view data);

private:
    evp_md_st* md_ = nullptr;
    evp_md_ctx_st* ctx_ = nullptr;
};

// 64 lower-case hex characters of `digest` at `out`.
void digestToHex(const Sha256Digest& digest, char* out);
// A 64-character hex digest (either case) back to bytes; false when `hex` is not one.
bool hexToDigest(std::string_view hex, Sha256Digest& out);

// One-off convenience (creates a context per call; use a Sha256 object in loops).
std::string sha256Hex(std::string_view data);

} // namespace seg

namespace seg {
// Incremental SHA-256 of a whole file's bytes as they are written (manifests).
class Sha256Stream {
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream&) = delete;
    Sha256Stream& operator=(const Sha256Stream&) = delete;
    void update(std::string_view data);
    std::string finishHex(); // the hex digest; the stream starts over
private:
    evp_md_st* md_ = nullptr;
    evp_md_ctx_st* ctx_ = nullptr;
};
} // namespace seg
